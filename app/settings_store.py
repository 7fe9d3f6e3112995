"""Typed settings of one room kept as JSON values in venue_settings under a prefix ("care.")."""

from __future__ import annotations

import dataclasses
import json
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from db.models import VenueSetting

T = TypeVar("T")


def read_json_settings(session: Session, prefix: str, cls: type[T]) -> T:
    """The stored values over the dataclass defaults; JSON lists come back as tuples where the
    default is a tuple."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        row = session.get(VenueSetting, prefix + f.name)
        if row is None:
            continue
        raw = json.loads(row.value)
        values[f.name] = tuple(raw) if isinstance(raw, list) and _tuple_default(f) else raw
    return cls(**values)


def write_json_settings(session: Session, prefix: str, value: Any) -> list[str]:
    """Store every field; return the names that changed."""
    changed = []
    for f in dataclasses.fields(value):
        raw = getattr(value, f.name)
        text = json.dumps(list(raw) if isinstance(raw, tuple) else raw, ensure_ascii=False)
        row = session.get(VenueSetting, prefix + f.name)
        if row is None:
            session.add(VenueSetting(key=prefix + f.name, value=text))
            changed.append(f.name)
        elif row.value != text:
            row.value = text
            changed.append(f.name)
    return changed


def _tuple_default(f: dataclasses.Field[Any]) -> bool:
    if f.default is not dataclasses.MISSING:
        return isinstance(f.default, tuple)
    return f.default_factory is not dataclasses.MISSING and isinstance(f.default_factory(), tuple)
