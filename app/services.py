"""Builds the services of one open venue; the GUI and the command line share this."""

from __future__ import annotations

from dataclasses import dataclass

from app.backup import BackupService
from app.checkin.service import CheckInService
from app.customers.attachments import AttachmentService
from app.customers.consents import ConsentService
from app.customers.directory import CustomerDirectory
from app.customers.export_service import CustomerExportService
from app.customers.import_service import CustomerImportService
from app.customers.lifecycle import CustomerLifecycle
from app.customers.oversight import CustomerOversight
from app.customers.person_copy import PersonCopyService
from app.customers.service import CustomerService
from app.members.admin import MembershipAdmin
from app.members.card_print import CardPrinting
from app.members.cards import CardService
from app.members.history import MemberHistory
from app.points.consumption import ConsumptionService
from app.points.service import PointsService
from app.reminders.board import ReminderBoard
from app.security.audit import AuditTrail
from app.security.audit_log import AuditLogService
from app.security.desk_session import DeskSession
from app.security.keys import VaultKeys
from app.security.rotation import KeyRotationService
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
    backups: BackupService
    directory: CustomerDirectory
    consents: ConsentService
    attachments: AttachmentService
    lifecycle: CustomerLifecycle
    person_copy: PersonCopyService
    rotation: KeyRotationService
    oversight: CustomerOversight
    importer: CustomerImportService
    exporter: CustomerExportService
    membership: MembershipAdmin
    cards: CardService
    points: PointsService
    consumption: ConsumptionService
    checkin: CheckInService
    card_print: CardPrinting
    member_history: MemberHistory
    reminders: ReminderBoard

    def close(self) -> None:
        self.desk.close()
        self.venue.dispose()


def build_services(venue: Venue, keys: VaultKeys) -> Services:
    desk = DeskSession(keys)
    audit = AuditTrail(keys.audit_key)
    uow = venue.uow
    directory = CustomerDirectory(uow, desk)
    customers = CustomerService(uow, desk, audit, directory)
    return Services(
        venue=venue,
        desk=desk,
        audit=audit,
        staff=StaffService(uow, desk, audit),
        settings=SettingsService(uow, desk, audit),
        audit_log=AuditLogService(uow, desk, audit),
        customers=customers,
        backups=BackupService(venue, desk, audit),
        directory=directory,
        consents=ConsentService(uow, desk, audit),
        attachments=AttachmentService(uow, desk, audit),
        lifecycle=CustomerLifecycle(uow, desk, audit, directory),
        person_copy=PersonCopyService(uow, desk, audit, venue.venue_name),
        rotation=KeyRotationService(uow, desk, audit),
        oversight=CustomerOversight(uow, desk, audit),
        importer=CustomerImportService(uow, desk, audit, directory),
        exporter=CustomerExportService(uow, desk, audit),
        membership=MembershipAdmin(uow, desk, audit),
        cards=CardService(uow, desk, audit),
        points=PointsService(uow, desk, audit),
        consumption=ConsumptionService(uow, desk, audit),
        checkin=CheckInService(uow, desk, audit, customers),
        card_print=CardPrinting(uow, desk, audit),
        member_history=MemberHistory(uow, desk, audit),
        reminders=ReminderBoard(uow, desk),
    )
