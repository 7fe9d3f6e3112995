"""Words for the codes the services use (roles, audit actions, customer tiers), translated."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication


def role_texts() -> dict[str, str]:
    return {
        "reception": QCoreApplication.translate("Labels", "Receptionist"),
        "manager": QCoreApplication.translate("Labels", "Duty manager"),
        "admin": QCoreApplication.translate("Labels", "Administrator"),
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
