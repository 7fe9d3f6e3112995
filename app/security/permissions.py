"""Who may do what: the permission table the services enforce (hidden buttons are a courtesy)."""

from __future__ import annotations

from enum import StrEnum

from app.errors import PermissionDenied


class Role(StrEnum):
    RECEPTION = "reception"
    MANAGER = "manager"
    ADMIN = "admin"


class Permission(StrEnum):
    VIEW_CUSTOMER = "view_customer"
    EDIT_CUSTOMER = "edit_customer"
    DELETE_CUSTOMER = "delete_customer"
    EXPORT_DATA = "export_data"
    PRINT_FORMS = "print_forms"
    VIEW_AUDIT = "view_audit"
    MANAGE_STAFF = "manage_staff"
    MANAGE_SETTINGS = "manage_settings"
    RUN_BACKUP = "run_backup"
    RESTORE_BACKUP = "restore_backup"
    ROTATE_KEYS = "rotate_keys"
    VERIFY_STORE = "verify_store"
    OPEN_CONFIDENTIAL = "open_confidential"
    MERGE_CUSTOMERS = "merge_customers"
    ERASE_CUSTOMER = "erase_customer"
    VIEW_FILE_VIEWERS = "view_file_viewers"
    IMPORT_CUSTOMERS = "import_customers"
    CHECK_IN = "check_in"
    ISSUE_CARD = "issue_card"
    CANCEL_CARD = "cancel_card"
    RECORD_CONSUMPTION = "record_consumption"
    REDEEM_POINTS = "redeem_points"
    ADJUST_POINTS = "adjust_points"
    REVERSE_CONSUMPTION = "reverse_consumption"
    MANAGE_MEMBERSHIP = "manage_membership"


_RECEPTION = frozenset(
    {
        Permission.VIEW_CUSTOMER,
        Permission.EDIT_CUSTOMER,
        Permission.PRINT_FORMS,
        Permission.RUN_BACKUP,
        Permission.CHECK_IN,
        Permission.ISSUE_CARD,
        Permission.RECORD_CONSUMPTION,
        Permission.REDEEM_POINTS,
    }
)
_MANAGER = _RECEPTION | {
    Permission.DELETE_CUSTOMER,
    Permission.EXPORT_DATA,
    Permission.VIEW_AUDIT,
    Permission.VERIFY_STORE,
    Permission.OPEN_CONFIDENTIAL,
    Permission.MERGE_CUSTOMERS,
    Permission.ERASE_CUSTOMER,
    Permission.VIEW_FILE_VIEWERS,
    Permission.IMPORT_CUSTOMERS,
    Permission.CANCEL_CARD,
    Permission.ADJUST_POINTS,
    Permission.REVERSE_CONSUMPTION,
    Permission.MANAGE_MEMBERSHIP,
}
_ADMIN = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTION: _RECEPTION,
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: _ADMIN,
}


def allows(role: str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


def require(role: str, permission: Permission) -> None:
    if not allows(role, permission):
        raise PermissionDenied(permission.value, role)
