"""The fee standard (维修项目收费标准): priced items kept by a manager. A change publishes a new
version and the old ones stay, so an order always shows the prices of its day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DomainError, ValidationError
from app.members.store import Clock, local_today
from app.repairs.schemas import FeeItemInput, FeeItemRecord, FeeStandardRecord, RepairCategory
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import FeeItem, FeeStandardVersion
from db.session import UnitOfWork
from db.types import utc_now

# code, name, unit, price (fen), category: the standard a new venue starts with.
DEFAULT_FEE_ITEMS: tuple[FeeItemInput, ...] = (
    FeeItemInput("L01", "更换门锁", "把", 12_000, RepairCategory.LOCKER),
    FeeItemInput("L02", "更换储物柜锁芯", "个", 6_000, RepairCategory.LOCKER),
    FeeItemInput("L03", "储物柜开锁", "次", 2_000, RepairCategory.LOCKER),
    FeeItemInput("P01", "疏通下水道", "次", 8_000, RepairCategory.ROOM),
    FeeItemInput("P02", "更换水龙头", "个", 9_000, RepairCategory.ROOM),
    FeeItemInput("P03", "更换花洒软管", "根", 4_500, RepairCategory.ROOM),
    FeeItemInput("P04", "更换马桶水箱配件", "套", 7_000, RepairCategory.ROOM),
    FeeItemInput("E01", "更换灯管", "支", 3_000, RepairCategory.FACILITY),
    FeeItemInput("E02", "更换开关插座面板", "个", 3_500, RepairCategory.FACILITY),
    FeeItemInput("E03", "检修电路", "次", 10_000, RepairCategory.FACILITY),
    FeeItemInput("Q01", "跑步机皮带调校", "次", 15_000, RepairCategory.EQUIPMENT),
    FeeItemInput("Q02", "器械钢丝绳更换", "米", 4_000, RepairCategory.EQUIPMENT),
    FeeItemInput("C01", "门窗合页调整", "处", 2_500, RepairCategory.ROOM),
    FeeItemInput("C02", "家具维修", "件", 5_000, RepairCategory.OTHER),
)


def item_record(row: FeeItem) -> FeeItemRecord:
    return FeeItemRecord(row.id, row.code, row.name, row.unit, row.price_fen, row.category)


def standard_record(session: Session, version: FeeStandardVersion) -> FeeStandardRecord:
    items = session.scalars(
        select(FeeItem).where(FeeItem.version_id == version.id).order_by(FeeItem.code)
    )
    return FeeStandardRecord(
        id=version.id,
        effective_from=date.fromisoformat(version.effective_from),
        note=version.note,
        created_at=version.created_at,
        items=tuple(item_record(i) for i in items),
    )


def _insert_version(
    session: Session,
    items: tuple[FeeItemInput, ...],
    effective_from: date,
    note: str,
    staff_id: int | None,
) -> FeeStandardVersion:
    version = FeeStandardVersion(
        effective_from=effective_from.isoformat(), note=note, created_by=staff_id
    )
    session.add(version)
    session.flush()
    for item in items:
        session.add(
            FeeItem(
                version_id=version.id,
                code=item.code.strip(),
                name=item.name.strip(),
                unit=item.unit.strip(),
                price_fen=item.price_fen,
                category=item.category,
            )
        )
    session.flush()
    return version


def current_version(session: Session, today: date) -> FeeStandardVersion:
    """The version in force on `today`; the default standard is written the first time."""
    version = session.scalar(
        select(FeeStandardVersion)
        .where(FeeStandardVersion.effective_from <= today.isoformat())
        .order_by(FeeStandardVersion.effective_from.desc(), FeeStandardVersion.id.desc())
        .limit(1)
    )
    if version is not None:
        return version
    if session.scalar(select(FeeStandardVersion.id).limit(1)) is not None:
        # only future versions exist: the earliest one is the standard until then
        first = session.scalar(
            select(FeeStandardVersion).order_by(FeeStandardVersion.effective_from).limit(1)
        )
        assert first is not None
        return first
    return _insert_version(session, DEFAULT_FEE_ITEMS, today, "默认收费标准", None)


def validate_items(items: tuple[FeeItemInput, ...]) -> None:
    if not items:
        raise ValidationError("items", "required")
    codes: set[str] = set()
    for item in items:
        code = item.code.strip()
        if not code or len(code) > 16:
            raise ValidationError("code", "invalid", item.code)
        if code in codes:
            raise ValidationError("code", "duplicate", code)
        codes.add(code)
        if not item.name.strip() or len(item.name.strip()) > 64:
            raise ValidationError("name", "required" if not item.name.strip() else "too_long")
        if not item.unit.strip() or len(item.unit.strip()) > 16:
            raise ValidationError("unit", "required" if not item.unit.strip() else "too_long")
        if item.price_fen < 0:
            raise ValidationError("price_fen", "negative", code)
        if item.category and item.category not in set(RepairCategory):
            raise ValidationError("category", "invalid", item.category)


class FeeStandardService:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, now: Clock = utc_now
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now

    def current(self) -> FeeStandardRecord:
        """The standard in force today (the default one is created the first time)."""
        self._desk.current()
        with self._uow() as s:
            return standard_record(s, current_version(s, local_today(self._now())))

    def versions(self) -> list[FeeStandardRecord]:
        """Every version, newest first."""
        self._desk.current()
        with self._uow() as s:
            current_version(s, local_today(self._now()))
            rows = s.scalars(
                select(FeeStandardVersion).order_by(
                    FeeStandardVersion.effective_from.desc(), FeeStandardVersion.id.desc()
                )
            )
            return [standard_record(s, v) for v in rows]

    def version(self, version_id: int) -> FeeStandardRecord:
        self._desk.current()
        with self._uow() as s:
            row = s.get(FeeStandardVersion, version_id)
            if row is None:
                raise DomainError(str(version_id), code="fee_standard_not_found")
            return standard_record(s, row)

    def publish(
        self, items: tuple[FeeItemInput, ...], effective_from: date, note: str = ""
    ) -> FeeStandardRecord:
        """A new version from `effective_from` (today or later) (MANAGE_FEE_STANDARD), audited."""
        actor = self._desk.require(Permission.MANAGE_FEE_STANDARD)
        validate_items(items)
        today = local_today(self._now())
        if effective_from < today:
            raise ValidationError("effective_from", "in_past")
        if len(note) > 200:
            raise ValidationError("note", "too_long")
        with self._uow() as s:
            current_version(s, today)
            version = _insert_version(s, items, effective_from, note.strip(), actor.staff_id)
            self._audit.record(
                s,
                actor,
                AuditAction.FEE_STANDARD_CHANGED,
                entity="fee_standard",
                entity_id=str(version.id),
                detail={"effective_from": version.effective_from, "items": len(items)},
            )
            return standard_record(s, version)
