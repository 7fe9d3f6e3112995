"""Data key rotation: re-seal every row in small batches, each its own transaction, so a crash
loses at most one batch and the next run resumes; the old key goes only when no row uses it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.security import vault
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.keys import VaultKeys
from app.security.permissions import Permission
from db.base import Base
from db.models import SEALED_TABLES, DataKey
from db.session import UnitOfWork

RETIRING = "retiring"


@dataclass(frozen=True)
class RotationProgress:
    active_key_id: str
    rows_resealed: int
    rows_remaining: int
    retired_key_ids: tuple[str, ...]


def _retiring_ids(session: Session) -> list[str]:
    return list(session.scalars(select(DataKey.key_id).where(DataKey.state == RETIRING)))


def rows_on_old_keys(session: Session, active_key_id: str) -> int:
    total = 0
    for model, _columns in SEALED_TABLES.values():
        key_col = model.__table__.c.key_id
        total += session.scalar(select(func.count()).where(key_col != active_key_id)) or 0
    return total


def start_rotation(uow: UnitOfWork, keys: VaultKeys) -> str:
    """Make a new active data key (or keep the one a crashed rotation made) and load it."""
    master = bytes(keys.master_key)
    with uow() as s:
        if not _retiring_ids(s):
            for row in s.scalars(select(DataKey).where(DataKey.state == "active")):
                row.state = RETIRING
            vault.add_data_key(s, keys.venue_id, master)
        keys.adopt(vault.load_keys(s, keys.venue_id, master))
    return keys.active_key_id


def _reseal(keys: VaultKeys, model: type[Base], columns: tuple[str, ...], row: object) -> None:
    table = model.__tablename__
    row_id = str(row.id)  # type: ignore[attr-defined]
    for column in columns:
        value = keys.open_bytes(getattr(row, column), table=table, column=column, row_id=row_id)
        setattr(row, column, keys.seal_bytes(value, table=table, column=column, row_id=row_id))
    row.key_id = keys.active_key_id  # type: ignore[attr-defined]


def run_rotation(
    uow: UnitOfWork,
    keys: VaultKeys,
    audit: AuditTrail,
    actor: Actor,
    *,
    batch_size: int = 500,
    before_commit: Callable[[int], None] | None = None,
) -> RotationProgress:
    """Re-seal rows still on a retiring key; `before_commit(batch)` lets tests crash mid-batch."""
    resealed, batch_no = 0, 0
    for model, columns in SEALED_TABLES.values():
        key_col = model.__table__.c.key_id
        while True:
            with uow() as s:
                query = select(model).where(key_col != keys.active_key_id).limit(batch_size)
                rows = list(s.scalars(query))
                if not rows:
                    break
                for row in rows:
                    _reseal(keys, model, columns, row)
                s.flush()
                batch_no += 1
                if before_commit is not None:
                    before_commit(batch_no)
            resealed += len(rows)
    return _finish(uow, keys, audit, actor, resealed)


def _finish(
    uow: UnitOfWork, keys: VaultKeys, audit: AuditTrail, actor: Actor, resealed: int
) -> RotationProgress:
    with uow() as s:
        remaining = rows_on_old_keys(s, keys.active_key_id)
        retired: tuple[str, ...] = ()
        if remaining == 0:
            retired = tuple(_retiring_ids(s))
            if retired:
                s.execute(delete(DataKey).where(DataKey.key_id.in_(retired)))
                audit.record(
                    s,
                    actor,
                    AuditAction.KEY_ROTATED,
                    entity="data_key",
                    entity_id=keys.active_key_id,
                    detail={"retired": list(retired), "rows": resealed},
                )
    for key_id in retired:
        keys.ciphers.pop(key_id, None)
    return RotationProgress(keys.active_key_id, resealed, remaining, retired)


def rotate_data_key(
    uow: UnitOfWork, keys: VaultKeys, audit: AuditTrail, actor: Actor, *, batch_size: int = 500
) -> RotationProgress:
    """Start (or resume) a rotation and run it to the end."""
    start_rotation(uow, keys)
    return run_rotation(uow, keys, audit, actor, batch_size=batch_size)


def rotation_pending(uow: UnitOfWork) -> bool:
    with uow() as s:
        return bool(_retiring_ids(s))


class KeyRotationService:
    """Admins rotate the data key (e.g. after a suspected leak of a backup)."""

    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def rotate(self, batch_size: int = 500) -> RotationProgress:
        actor = self._desk.require(Permission.ROTATE_KEYS)
        return rotate_data_key(
            self._uow, self._desk.keys, self._audit, actor, batch_size=batch_size
        )

    def pending(self) -> bool:
        return rotation_pending(self._uow)
