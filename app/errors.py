"""Errors the services raise; each carries a code the UI and CLI turn into words."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the venue refused the action; `code` names which, for translation."""

    code = "domain_error"

    def __init__(self, detail: str = "", *, code: str | None = None) -> None:
        super().__init__(detail or self.code)
        if code is not None:
            self.code = code
        self.detail = detail


class ValidationError(DomainError):
    """Input refused: `field` names the field, `code` the problem (e.g. "required", "invalid")."""

    def __init__(self, field: str, code: str, detail: str = "") -> None:
        super().__init__(detail or f"{field}: {code}", code=code)
        self.field = field


class PermissionDenied(DomainError):
    code = "permission_denied"

    def __init__(self, permission: str, role: str = "") -> None:
        super().__init__(f"role {role or '?'} may not {permission}")
        self.permission = permission
        self.role = role


class ConfidentialFile(PermissionDenied):
    """A 机密/绝密 file opens only for a manager or with an approved access request."""

    code = "confidential_needs_approval"

    def __init__(self, role: str) -> None:
        super().__init__("confidential_needs_approval", role)


class NotSignedIn(DomainError):
    code = "not_signed_in"


class SessionLocked(DomainError):
    code = "session_locked"


class SignInFailed(DomainError):
    code = "sign_in_failed"


class AccountLocked(DomainError):
    code = "account_locked"

    def __init__(self, seconds_left: int) -> None:
        super().__init__(f"account locked for another {seconds_left} s")
        self.seconds_left = seconds_left


class VaultError(DomainError):
    code = "vault_error"


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"


class VaultDamaged(VaultError):
    code = "vault_damaged"


class DecryptionFailed(VaultError):
    """A stored value does not authenticate: altered, or moved to another row/column."""

    code = "decryption_failed"


class StorageError(DomainError):
    code = "storage_error"


class NetworkShareRefused(StorageError):
    code = "network_share"


class VenueNotInitialised(StorageError):
    code = "venue_not_initialised"
