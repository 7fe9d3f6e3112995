"""Error codes from the services, worded for the person at the desk (translated with tr)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from app.errors import AccountLocked, DomainError, PermissionDenied, ValidationError
from app.security.passwords import MIN_LENGTH as MIN_PASSWORD
from app.security.vault import MIN_PASSPHRASE_LENGTH
from ui.member_messages import member_code_texts, member_field_texts


def _field_texts() -> dict[tuple[str, str], str]:
    return {
        ("passphrase", "too_short"): QCoreApplication.translate(
            "Messages", "The passphrase needs at least {n} characters."
        ).format(n=MIN_PASSPHRASE_LENGTH),
        ("passphrase", "same_as_password"): QCoreApplication.translate(
            "Messages", "The venue passphrase must differ from the admin password."
        ),
        ("passphrase_again", "mismatch"): QCoreApplication.translate(
            "Messages", "The two passphrases differ."
        ),
        ("password", "too_short"): QCoreApplication.translate(
            "Messages", "The password needs at least {n} characters."
        ).format(n=MIN_PASSWORD),
        ("new_password", "too_short"): QCoreApplication.translate(
            "Messages", "The password needs at least {n} characters."
        ).format(n=MIN_PASSWORD),
        ("password_again", "mismatch"): QCoreApplication.translate(
            "Messages", "The two passwords differ."
        ),
        ("username", "taken"): QCoreApplication.translate(
            "Messages", "This username is already in use."
        ),
        ("username", "invalid"): QCoreApplication.translate(
            "Messages", "Use at most 64 characters and no spaces."
        ),
        ("auto_lock_minutes", "out_of_range"): QCoreApplication.translate(
            "Messages", "Choose between 1 and 240 minutes."
        ),
        ("backup_keep", "out_of_range"): QCoreApplication.translate(
            "Messages", "Keep between 1 and 365 backups."
        ),
        ("backup_dir", "not_absolute"): QCoreApplication.translate(
            "Messages", "Choose a full folder path."
        ),
        ("old_password", "wrong"): QCoreApplication.translate(
            "Messages", "The current password is wrong."
        ),
        ("birthday", "in_future"): QCoreApplication.translate(
            "Messages", "The birthday lies in the future."
        ),
        **_customer_field_texts(),
        **member_field_texts(),
    }


def _customer_field_texts() -> dict[tuple[str, str], str]:
    return {
        ("phone", "invalid"): QCoreApplication.translate(
            "Messages", "This is not a valid phone number."
        ),
        ("other_phones", "invalid"): QCoreApplication.translate(
            "Messages", "One of the other phones is not a valid number."
        ),
        ("phone", "required"): QCoreApplication.translate(
            "Messages", "Please fill in the mobile number."
        ),
        ("phone", "too_long"): QCoreApplication.translate(
            "Messages", "This phone number has too many digits."
        ),
        ("email", "invalid"): QCoreApplication.translate(
            "Messages", "This is not a valid email address."
        ),
        ("birthday", "too_old"): QCoreApplication.translate(
            "Messages", "The birthday lies before 1900; please check the year."
        ),
        ("birthday", "id_birthday_mismatch"): QCoreApplication.translate(
            "Messages", "The birthday differs from the one in the ID number."
        ),
        ("gender", "id_gender_mismatch"): QCoreApplication.translate(
            "Messages", "The gender differs from the one in the ID number."
        ),
        ("birthday", "needs_guardian_consent"): QCoreApplication.translate(
            "Messages",
            "This customer is under 14: record a guardian's consent first (tab ID & consent).",
        ),
        ("id_number", "needs_separate_consent"): QCoreApplication.translate(
            "Messages", "An ID number needs the customer's separate consent: add it below first."
        ),
        ("file", "needs_separate_consent"): QCoreApplication.translate(
            "Messages", "An ID scan needs the customer's separate consent (tab ID & consent)."
        ),
        ("id_number", "invalid_checksum"): QCoreApplication.translate(
            "Messages", "The check digit of this ID number is wrong; please check each digit."
        ),
        ("id_number", "invalid_format"): QCoreApplication.translate(
            "Messages", "This number does not have the format of the chosen document type."
        ),
        ("id_number", "invalid_date"): QCoreApplication.translate(
            "Messages", "The date of birth inside this ID number is not valid."
        ),
        ("id_doc_type", "required"): QCoreApplication.translate(
            "Messages", "Choose the type of the ID document."
        ),
        ("guardian_name", "required"): QCoreApplication.translate(
            "Messages", "Please fill in the guardian's name."
        ),
        ("tags", "too_long"): QCoreApplication.translate(
            "Messages", "At most 20 tags of at most 20 characters each."
        ),
        ("file", "empty"): QCoreApplication.translate("Messages", "The file is empty."),
        ("file", "too_large"): QCoreApplication.translate(
            "Messages", "The file is larger than 20 MB."
        ),
        ("file", "unsupported_type"): QCoreApplication.translate(
            "Messages", "Only JPEG, PNG, TIFF, WebP images and PDF are accepted."
        ),
        ("customer", "same_file"): QCoreApplication.translate(
            "Messages", "Choose two different customer files."
        ),
        ("customer", "erased"): QCoreApplication.translate(
            "Messages", "This file's personal information has been erased."
        ),
        ("reason", "required"): QCoreApplication.translate("Messages", "Please give a reason."),
        ("mapping", "missing_fields"): QCoreApplication.translate(
            "Messages", "Choose the column that holds the name."
        ),
        ("mapping", "invalid"): QCoreApplication.translate(
            "Messages", "The column mapping does not fit this file; choose the file again."
        ),
        ("path", "unsupported_format"): QCoreApplication.translate(
            "Messages", "Choose a file name ending in .xlsx or .csv."
        ),
    }


def _code_texts() -> dict[str, str]:
    return {
        "required": QCoreApplication.translate("Messages", "Please fill in this field."),
        "invalid": QCoreApplication.translate("Messages", "This value is not valid."),
        "too_long": QCoreApplication.translate("Messages", "This is too long."),
        "too_short": QCoreApplication.translate("Messages", "This is too short."),
        "mismatch": QCoreApplication.translate("Messages", "The two entries differ."),
        "taken": QCoreApplication.translate("Messages", "This is already in use."),
        "not_found": QCoreApplication.translate("Messages", "Not found; it may have been removed."),
        "out_of_range": QCoreApplication.translate("Messages", "This value is out of range."),
        "permission_denied": QCoreApplication.translate("Messages", "Your role may not do this."),
        "not_signed_in": QCoreApplication.translate("Messages", "Please sign in first."),
        "session_locked": QCoreApplication.translate(
            "Messages", "The desk is locked; unlock it first."
        ),
        "sign_in_failed": QCoreApplication.translate(
            "Messages", "Unknown username or wrong password."
        ),
        "wrong_passphrase": QCoreApplication.translate(
            "Messages", "The venue passphrase is wrong."
        ),
        "wrong_recovery_key": QCoreApplication.translate(
            "Messages", "This recovery key does not open this venue."
        ),
        "vault_damaged": QCoreApplication.translate(
            "Messages",
            "The venue data file is damaged or not a FrontDesk file. "
            "Restore the latest backup or call support.",
        ),
        "decryption_failed": QCoreApplication.translate(
            "Messages", "A stored value failed its integrity check; it may have been altered."
        ),
        "vault_error": QCoreApplication.translate(
            "Messages", "The venue data could not be unlocked."
        ),
        "network_share": QCoreApplication.translate(
            "Messages",
            "The data folder is on a network share, where the database is not safe. "
            "Choose a folder on this PC.",
        ),
        "venue_not_initialised": QCoreApplication.translate(
            "Messages", "No venue has been set up in this folder."
        ),
        "storage_error": QCoreApplication.translate(
            "Messages", "The venue data could not be read or written."
        ),
        "missing_area_code": QCoreApplication.translate(
            "Messages", "A landline needs its area code, e.g. 021-58881234."
        ),
        "invalid_characters": QCoreApplication.translate(
            "Messages", "This contains control characters that cannot be stored."
        ),
        "duplicate_customer": QCoreApplication.translate(
            "Messages", "A customer file with this phone or ID number already exists."
        ),
        "confidential_needs_approval": QCoreApplication.translate(
            "Messages",
            "This file is confidential: it opens only on your approved access request "
            "(apply to view it; a manager approves).",
        ),
        "unreadable_file": QCoreApplication.translate("Messages", "The file cannot be read."),
        "unsupported_format": QCoreApplication.translate(
            "Messages", "Only .csv and .xlsx files can be imported (save .xls as .xlsx)."
        ),
        "unknown_encoding": QCoreApplication.translate(
            "Messages", "The file is neither UTF-8 nor GB18030 text."
        ),
        **member_code_texts(),
    }


def field_error_text(field: str, code: str) -> str:
    """Text for a ValidationError shown next to its field."""
    return (
        _field_texts().get((field, code))
        or _code_texts().get(code)
        or QCoreApplication.translate("Messages", "This value is not valid.")
    )


def error_text(error: Exception) -> str:
    """Text for any error a service raised; unknown errors get a generic sentence."""
    if isinstance(error, AccountLocked):
        minutes = max(1, math.ceil(error.seconds_left / 60))
        return QCoreApplication.translate(
            "Messages", "Too many wrong passwords: this account is locked for {n} more minute(s)."
        ).format(n=minutes)
    if isinstance(error, ValidationError):
        return field_error_text(error.field, error.code)
    if isinstance(error, PermissionDenied) and error.permission in _code_texts():
        return _code_texts()[error.permission]  # e.g. confidential_needs_approval
    if isinstance(error, DomainError):
        return _code_texts().get(error.code) or QCoreApplication.translate(
            "Messages", "The action was refused."
        )
    return QCoreApplication.translate("Messages", "Something went wrong: {detail}").format(
        detail=str(error) or type(error).__name__
    )
