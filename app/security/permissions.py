"""Who may do what: the permission table the services enforce (hidden buttons are a courtesy)."""

from __future__ import annotations

from enum import StrEnum

from app.errors import PermissionDenied


class Role(StrEnum):
    RECEPTION = "reception"
    MANAGER = "manager"
    ADMIN = "admin"
    GENERAL_MANAGER = "general_manager"
    ENGINEERING_LEAD = "engineering_lead"
    TECHNICIAN = "technician"
    ARCHIVE_KEEPER = "archive_keeper"
    FINANCE = "finance"


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
    # complaints (issue 5)
    RECORD_COMPLAINT = "record_complaint"
    HANDLE_COMPLAINT = "handle_complaint"
    APPROVE_COMPENSATION = "approve_compensation"
    # repairs (issue 6)
    RECORD_REPAIR = "record_repair"
    DISPATCH_REPAIR = "dispatch_repair"
    WORK_REPAIR = "work_repair"
    CHECK_REPAIR = "check_repair"
    MANAGE_FEE_STANDARD = "manage_fee_standard"
    APPROVE_OTHER_FEE = "approve_other_fee"
    VIEW_REPAIR_REPORTS = "view_repair_reports"
    # archive lending, confidential access, destruction (issue 7)
    APPLY_LOAN = "apply_loan"
    APPROVE_LOAN_DEPARTMENT = "approve_loan_department"
    APPROVE_LOAN_ARCHIVE = "approve_loan_archive"
    APPROVE_LOAN_CONFIDENTIAL = "approve_loan_confidential"
    MANAGE_ARCHIVE = "manage_archive"
    REQUEST_FILE_ACCESS = "request_file_access"
    APPROVE_FILE_ACCESS = "approve_file_access"
    APPROVE_DESTRUCTION = "approve_destruction"
    VIEW_LENDING_REPORTS = "view_lending_reports"
    # a room's own rules: complaint deadlines and categories, repair layout, loan limit
    MANAGE_ROOM_SETTINGS = "manage_room_settings"
    # customer care and analysis (issue 8)
    CARE_TASKS = "care_tasks"
    OVERRIDE_CLASS = "override_class"
    VIEW_ANALYSIS = "view_analysis"


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
        Permission.RECORD_COMPLAINT,
        Permission.RECORD_REPAIR,
        Permission.APPLY_LOAN,
        Permission.REQUEST_FILE_ACCESS,
        Permission.CARE_TASKS,
    }
)
_MANAGER = _RECEPTION | {
    Permission.HANDLE_COMPLAINT,
    Permission.APPROVE_COMPENSATION,
    Permission.DISPATCH_REPAIR,
    Permission.CHECK_REPAIR,
    Permission.MANAGE_FEE_STANDARD,
    Permission.APPROVE_OTHER_FEE,
    Permission.VIEW_REPAIR_REPORTS,
    Permission.APPROVE_LOAN_DEPARTMENT,
    Permission.APPROVE_FILE_ACCESS,
    Permission.APPROVE_DESTRUCTION,
    Permission.OVERRIDE_CLASS,
    Permission.VIEW_ANALYSIS,
    Permission.MANAGE_ROOM_SETTINGS,
    Permission.VIEW_LENDING_REPORTS,
    Permission.DELETE_CUSTOMER,
    Permission.EXPORT_DATA,
    Permission.VIEW_AUDIT,
    Permission.VERIFY_STORE,
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
_GENERAL_MANAGER = _MANAGER | {Permission.APPROVE_LOAN_CONFIDENTIAL}
# Staff outside the front desk: each sees customers only as far as their work needs.
_STAFF_BASE = frozenset(
    {Permission.PRINT_FORMS, Permission.APPLY_LOAN, Permission.REQUEST_FILE_ACCESS}
)
_TECHNICIAN = _STAFF_BASE | {Permission.RECORD_REPAIR, Permission.WORK_REPAIR}
_ENGINEERING_LEAD = _TECHNICIAN | {
    Permission.DISPATCH_REPAIR,
    Permission.CHECK_REPAIR,
    Permission.VIEW_REPAIR_REPORTS,
    Permission.APPROVE_LOAN_DEPARTMENT,
}
_ARCHIVE_KEEPER = _STAFF_BASE | {
    Permission.VIEW_CUSTOMER,
    Permission.APPROVE_LOAN_ARCHIVE,
    Permission.MANAGE_ARCHIVE,
    Permission.APPROVE_DESTRUCTION,
    Permission.VIEW_LENDING_REPORTS,
}
_FINANCE = _STAFF_BASE | {Permission.VIEW_REPAIR_REPORTS, Permission.VIEW_ANALYSIS}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTION: _RECEPTION,
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: _ADMIN,
    Role.GENERAL_MANAGER: frozenset(_GENERAL_MANAGER),
    Role.ENGINEERING_LEAD: frozenset(_ENGINEERING_LEAD),
    Role.TECHNICIAN: frozenset(_TECHNICIAN),
    Role.ARCHIVE_KEEPER: frozenset(_ARCHIVE_KEEPER),
    Role.FINANCE: frozenset(_FINANCE),
}


def allows(role: str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


def require(role: str, permission: Permission) -> None:
    if not allows(role, permission):
        raise PermissionDenied(permission.value, role)
