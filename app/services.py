"""Builds the services of one open venue; the GUI and the command line share this."""

from __future__ import annotations

from dataclasses import dataclass

from app.customers.service import CustomerService
from app.security.audit import AuditTrail
from app.security.audit_log import AuditLogService
from app.security.desk_session import DeskSession
from app.security.keys import VaultKeys
from app.staff.service import StaffService
from app.venue import Venue
from app.venue_settings import SettingsService


@dataclass
class Services:
    venue: Venue
    desk: DeskSession
    audit: AuditTrail
    staff: StaffService
    settings: SettingsService
    audit_log: AuditLogService
    customers: CustomerService

    def close(self) -> None:
        self.desk.close()
        self.venue.dispose()


def build_services(venue: Venue, keys: VaultKeys) -> Services:
    desk = DeskSession(keys)
    audit = AuditTrail(keys.audit_key)
    uow = venue.uow
    return Services(
        venue=venue,
        desk=desk,
        audit=audit,
        staff=StaffService(uow, desk, audit),
        settings=SettingsService(uow, desk, audit),
        audit_log=AuditLogService(uow, desk, audit),
        customers=CustomerService(uow, desk, audit),
    )
