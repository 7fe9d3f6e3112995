"""Builds the services of one open venue; the GUI and the command line share this."""

from __future__ import annotations

from dataclasses import dataclass

from app.backup import BackupService
from app.care.analysis_service import CareAnalysis
from app.care.labels_service import MailingLabelService
from app.care.person_cache import PersonCache
from app.care.service import CareService
from app.checkin.service import CheckInService
from app.complaints.due import ComplaintDeadlines
from app.complaints.printing import ComplaintForms
from app.complaints.service import ComplaintService
from app.customers.attachments import AttachmentService
from app.customers.consents import ConsentService
from app.customers.directory import CustomerDirectory
from app.customers.export_service import CustomerExportService
from app.customers.import_service import CustomerImportService
from app.customers.lifecycle import CustomerLifecycle
from app.customers.oversight import CustomerOversight
from app.customers.person_copy import PersonCopyService
from app.customers.service import CustomerService
from app.lending.access import FileAccessService
from app.lending.archive import ArchiveService
from app.lending.destruction import DestructionService
from app.lending.due import LoanDueSource
from app.lending.loans import LoanService
from app.lending.register import LendingRegister
from app.members.admin import MembershipAdmin
from app.members.card_print import CardPrinting
from app.members.cards import CardService
from app.members.history import MemberHistory
from app.points.consumption import ConsumptionService
from app.points.service import PointsService
from app.reminders.board import ReminderBoard
from app.repairs.deadlines import RepairDeadlines
from app.repairs.fee_standard import FeeStandardService
from app.repairs.reports import RepairReports
from app.repairs.service import RepairService
from app.repairs.technicians import TechnicianService
from app.security.audit import AuditTrail
from app.security.audit_log import AuditLogService
from app.security.desk_session import DeskSession
from app.security.keys import VaultKeys
from app.security.rotation import KeyRotationService
from app.staff.service import StaffService
from app.venue import Venue
from app.venue_settings import SettingsService
from db.session import ReadOnlyWork


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
    archive: ArchiveService
    loans: LoanService
    lending: LendingRegister
    file_access: FileAccessService
    destruction: DestructionService
    complaints: ComplaintService
    complaint_forms: ComplaintForms
    repairs: RepairService
    fee_standard: FeeStandardService
    technicians: TechnicianService
    repair_reports: RepairReports
    care: CareService
    care_analysis: CareAnalysis
    care_labels: MailingLabelService

    def close(self) -> None:
        self.desk.close()
        self.venue.dispose()


def build_services(venue: Venue, keys: VaultKeys) -> Services:
    desk = DeskSession(keys)
    audit = AuditTrail(keys.audit_key)
    uow = venue.uow
    directory = CustomerDirectory(uow, desk)
    customers = CustomerService(uow, desk, audit, directory)
    reminders = ReminderBoard(uow, desk)
    people = PersonCache(desk)  # decrypted birthdays and districts for care and analysis
    reminders.register(RepairDeadlines())
    reminders.register(ComplaintDeadlines())
    reminders.register(LoanDueSource())
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
        reminders=reminders,
        archive=ArchiveService(uow, desk, audit),
        loans=LoanService(uow, desk, audit),
        lending=LendingRegister(uow, desk, audit, venue.venue_name),
        file_access=FileAccessService(uow, desk, audit, venue.venue_name),
        destruction=DestructionService(uow, desk, audit, directory, venue.venue_name),
        complaints=ComplaintService(uow, desk, audit, reminders),
        complaint_forms=ComplaintForms(uow, desk, audit, venue.venue_name),
        repairs=RepairService(uow, desk, audit, venue.venue_name),
        fee_standard=FeeStandardService(uow, desk, audit),
        technicians=TechnicianService(uow, desk, audit),
        repair_reports=RepairReports(uow, desk, audit, venue.venue_name),
        care=CareService(uow, desk, audit, reminders, people=people),
        care_analysis=CareAnalysis(
            uow, desk, audit, venue.venue_name, people=people, reader=ReadOnlyWork(venue.db_path)
        ),
        care_labels=MailingLabelService(uow, desk, audit),
    )
