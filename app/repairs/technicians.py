"""The technicians engineering dispatches to, with their specialties and (optionally) the staff
account that receives their reminders."""

from __future__ import annotations

import builtins

from sqlalchemy import select

from app.errors import ValidationError
from app.repairs.schemas import (
    CATEGORY_SPECIALTIES,
    RepairCategory,
    Specialty,
    TechnicianInput,
    TechnicianRecord,
)
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Staff, Technician
from db.session import UnitOfWork


def technician_record(row: Technician) -> TechnicianRecord:
    specialties = tuple(s for s in row.specialties.split(",") if s)
    return TechnicianRecord(row.id, row.name, specialties, row.staff_id, row.active)


def suits(record: TechnicianRecord, category: str) -> bool:
    """A technician suits a category through one of its specialties, or as a generalist."""
    wanted = CATEGORY_SPECIALTIES.get(category, frozenset())
    return Specialty.GENERAL in record.specialties or bool(wanted & set(record.specialties))


class TechnicianService:
    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def list(self, active_only: bool = True) -> list[TechnicianRecord]:
        """Technicians by name."""
        self._desk.current()
        with self._uow() as s:
            query = select(Technician).order_by(Technician.name, Technician.id)
            if active_only:
                query = query.where(Technician.active.is_(True))
            return [technician_record(t) for t in s.scalars(query)]

    def for_specialty(self, category: str) -> builtins.list[TechnicianRecord]:
        """Active technicians who suit a repair category, specialists first."""
        if category not in set(RepairCategory):
            raise ValidationError("category", "invalid")
        found = [t for t in self.list(active_only=True) if suits(t, category)]
        return sorted(found, key=lambda t: (Specialty.GENERAL in t.specialties, t.name))

    def save(self, data: TechnicianInput) -> TechnicianRecord:
        """Add or change a technician (DISPATCH_REPAIR: the supervisor keeps the list)."""
        actor = self._desk.require(Permission.DISPATCH_REPAIR)
        name = data.name.strip()
        if not name:
            raise ValidationError("name", "required")
        if len(name) > 64:
            raise ValidationError("name", "too_long")
        if not data.specialties:
            raise ValidationError("specialties", "required")
        for code in data.specialties:
            if code not in set(Specialty):
                raise ValidationError("specialties", "invalid", code)
        with self._uow() as s:
            if data.staff_id is not None and s.get(Staff, data.staff_id) is None:
                raise ValidationError("staff_id", "not_found")
            if data.id is None:
                row = Technician()
                s.add(row)
            else:
                found = s.get(Technician, data.id)
                if found is None:
                    raise ValidationError("id", "not_found")
                row = found
            row.name = name
            row.specialties = ",".join(dict.fromkeys(data.specialties))
            row.staff_id, row.active = data.staff_id, data.active
            s.flush()
            self._audit.record(
                s,
                actor,
                AuditAction.REPAIR_CHANGED,
                entity="technician",
                entity_id=str(row.id),
                detail={"specialties": row.specialties, "active": row.active},
            )
            return technician_record(row)
