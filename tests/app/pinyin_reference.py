"""pinyin_columns reshaped as name_pinyin gives it, one (full, initials) pair per name: the
tests compare the column-at-once readings with the one-name reference through it."""

from __future__ import annotations

from app.customers.search_columns import pinyin_columns


def pinyin_all(names: list[str]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """name_pinyin of each folded name, computed by pinyin_columns."""
    first_full, first_initials, special = pinyin_columns(names)
    full: list[tuple[str, ...]] = [(f,) if f else () for f in first_full]
    initials: list[tuple[str, ...]] = [(i,) if i else () for i in first_initials]
    for i, (f, n) in special.items():
        full[i], initials[i] = f, n
    return full, initials
