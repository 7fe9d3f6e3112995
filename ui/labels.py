"""Words for the codes the services use (roles, audit actions, customer tiers), translated."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication


def role_texts() -> dict[str, str]:
    return {
        "reception": QCoreApplication.translate("Labels", "Receptionist"),
        "manager": QCoreApplication.translate("Labels", "Duty manager"),
        "admin": QCoreApplication.translate("Labels", "Administrator"),
        "general_manager": QCoreApplication.translate("Labels", "General manager"),
        "engineering_lead": QCoreApplication.translate("Labels", "Engineering supervisor"),
        "technician": QCoreApplication.translate("Labels", "Technician"),
        "archive_keeper": QCoreApplication.translate("Labels", "Archive keeper"),
        "finance": QCoreApplication.translate("Labels", "Finance"),
    }


def role_text(role: str) -> str:
    return role_texts().get(role, role)


def action_texts() -> dict[str, str]:
    return {
        "venue_created": QCoreApplication.translate("Labels", "Venue created"),
        "sign_in": QCoreApplication.translate("Labels", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("Labels", "Failed sign-in"),
        "sign_out": QCoreApplication.translate("Labels", "Signed out"),
        "session_locked": QCoreApplication.translate("Labels", "Desk locked"),
        "session_unlocked": QCoreApplication.translate("Labels", "Desk unlocked"),
        "customer_viewed": QCoreApplication.translate("Labels", "Customer file viewed"),
        "customer_created": QCoreApplication.translate("Labels", "Customer file created"),
        "customer_updated": QCoreApplication.translate("Labels", "Customer file changed"),
        "customer_deleted": QCoreApplication.translate("Labels", "Customer file deleted"),
        "data_exported": QCoreApplication.translate("Labels", "Data exported"),
        "form_printed": QCoreApplication.translate("Labels", "Form printed"),
        "staff_created": QCoreApplication.translate("Labels", "Staff account created"),
        "staff_updated": QCoreApplication.translate("Labels", "Staff account changed"),
        "settings_changed": QCoreApplication.translate("Labels", "Settings changed"),
        "backup_written": QCoreApplication.translate("Labels", "Backup written"),
        "backup_restored": QCoreApplication.translate("Labels", "Backup restored"),
        "key_rotated": QCoreApplication.translate("Labels", "Key rotated"),
        "schema_upgraded": QCoreApplication.translate("Labels", "Database upgraded"),
        "audit_viewed": QCoreApplication.translate("Labels", "Audit log viewed"),
        "complaint_recorded": QCoreApplication.translate("Labels", "Complaint card recorded"),
        "complaint_changed": QCoreApplication.translate("Labels", "Complaint card changed"),
        "repair_recorded": QCoreApplication.translate("Labels", "Repair order recorded"),
        "repair_changed": QCoreApplication.translate("Labels", "Repair order changed"),
        "fee_standard_changed": QCoreApplication.translate("Labels", "Repair fee standard changed"),
        "archive_changed": QCoreApplication.translate("Labels", "Paper archive changed"),
        "loan_changed": QCoreApplication.translate("Labels", "Archive loan changed"),
        "file_access_requested": QCoreApplication.translate("Labels", "File access requested"),
        "file_access_decided": QCoreApplication.translate(
            "Labels", "File access approved or refused"
        ),
        "file_destroyed": QCoreApplication.translate("Labels", "Paper file destroyed"),
        "care_recorded": QCoreApplication.translate("Labels", "Customer care recorded"),
        "satisfaction_recorded": QCoreApplication.translate("Labels", "Satisfaction recorded"),
        "class_overridden": QCoreApplication.translate("Labels", "Customer class overridden"),
    }


def action_text(action: str) -> str:
    return action_texts().get(action, action)


def entity_text(entity: str) -> str:
    return {
        "venue": QCoreApplication.translate("Labels", "Venue"),
        "customer": QCoreApplication.translate("Labels", "Customer file"),
        "customer_list": QCoreApplication.translate("Labels", "Customer list"),
        "customer_batch": QCoreApplication.translate("Labels", "Customer import"),
        "staff": QCoreApplication.translate("Labels", "Staff"),
        "settings": QCoreApplication.translate("Labels", "Settings"),
        "backup": QCoreApplication.translate("Labels", "Backup"),
        "audit_log": QCoreApplication.translate("Labels", "Audit log"),
        "attachment": QCoreApplication.translate("Labels", "Attachment"),
        "consent": QCoreApplication.translate("Labels", "Consent record"),
        "customer_merge": QCoreApplication.translate("Labels", "Customer files merged"),
        "person_copy": QCoreApplication.translate("Labels", "Copy of personal information"),
    }.get(entity, entity)


def tier_text(tier: str) -> str:
    return {
        "regular": QCoreApplication.translate("Labels", "Regular customer"),
        "vip": QCoreApplication.translate("Labels", "VIP customer"),
        "diamond": QCoreApplication.translate("Labels", "Diamond customer"),
    }.get(tier, tier)


def activity_text(activity: str) -> str:
    return {
        "active": QCoreApplication.translate("Labels", "Active"),
        "dormant": QCoreApplication.translate("Labels", "Dormant"),
        "potential": QCoreApplication.translate("Labels", "Potential customer"),
    }.get(activity, activity)


def gender_text(gender: str) -> str:
    return {
        "male": QCoreApplication.translate("Labels", "Male"),
        "female": QCoreApplication.translate("Labels", "Female"),
    }.get(gender, "")


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Labels", "Yes")
    return QCoreApplication.translate("Labels", "No")


def local_time(moment: datetime | None) -> str:
    """Stored times are UTC; staff read them in the PC's local time."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def confidentiality_text(level: str) -> str:
    return {
        "normal": QCoreApplication.translate("Labels", "Normal"),
        "confidential": QCoreApplication.translate("Labels", "Confidential"),
        "top_secret": QCoreApplication.translate("Labels", "Top secret"),
    }.get(level, level)


def source_texts() -> dict[str, str]:
    return {
        "walk_in": QCoreApplication.translate("Labels", "Walk-in"),
        "referral": QCoreApplication.translate("Labels", "Referred by a customer"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "online": QCoreApplication.translate("Labels", "Online"),
        "event": QCoreApplication.translate("Labels", "Event"),
        "partner": QCoreApplication.translate("Labels", "Partner"),
    }


def id_type_texts() -> dict[str, str]:
    return {
        "mainland_id": QCoreApplication.translate("Labels", "Mainland resident ID"),
        "hk_macao_permit": QCoreApplication.translate("Labels", "HK/Macao permit"),
        "taiwan_permit": QCoreApplication.translate("Labels", "Taiwan permit"),
        "passport": QCoreApplication.translate("Labels", "Passport"),
        "other": QCoreApplication.translate("Labels", "Other document"),
    }


def purpose_text(purpose: str) -> str:
    return {
        "service": QCoreApplication.translate("Labels", "Service"),
        "marketing": QCoreApplication.translate("Labels", "Marketing messages"),
        "photos": QCoreApplication.translate("Labels", "Photos"),
        "sensitive_id": QCoreApplication.translate("Labels", "ID document (separate consent)"),
        "guardian": QCoreApplication.translate("Labels", "Guardian's consent (under 14)"),
    }.get(purpose, purpose)


def method_text(method: str) -> str:
    return {
        "paper": QCoreApplication.translate("Labels", "Signed on paper"),
        "on_screen": QCoreApplication.translate("Labels", "On screen"),
        "verbal": QCoreApplication.translate("Labels", "Verbal"),
    }.get(method, method)


def attachment_kind_text(kind: str) -> str:
    return {
        "id_scan": QCoreApplication.translate("Labels", "ID scan"),
        "signed_form": QCoreApplication.translate("Labels", "Signed form"),
        "contract": QCoreApplication.translate("Labels", "Contract"),
        "photo": QCoreApplication.translate("Labels", "Photo"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(kind, kind)


def customer_field_text(field: str) -> str:
    """Names of the file's fields, for the change history."""
    return {
        "name": QCoreApplication.translate("Labels", "Name"),
        "phone": QCoreApplication.translate("Labels", "Mobile"),
        "other_phones": QCoreApplication.translate("Labels", "Other phones"),
        "gender": QCoreApplication.translate("Labels", "Gender"),
        "birthday": QCoreApplication.translate("Labels", "Birthday"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "occupation": QCoreApplication.translate("Labels", "Occupation"),
        "id_doc_type": QCoreApplication.translate("Labels", "ID type"),
        "id_number": QCoreApplication.translate("Labels", "ID number"),
        "id_expiry": QCoreApplication.translate("Labels", "ID expiry"),
        "interests": QCoreApplication.translate("Labels", "Interests"),
        "habits": QCoreApplication.translate("Labels", "Habits and special needs"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "tags": QCoreApplication.translate("Labels", "Tags"),
        "value_tier": QCoreApplication.translate("Labels", "Value tier"),
        "activity": QCoreApplication.translate("Labels", "Activity"),
        "confidentiality": QCoreApplication.translate("Labels", "Confidentiality"),
        "source": QCoreApplication.translate("Labels", "Source"),
        "owner_staff_id": QCoreApplication.translate("Labels", "Owner"),
        "referrer_id": QCoreApplication.translate("Labels", "Referrer"),
    }.get(field, field)
