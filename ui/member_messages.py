"""Refusals of the member, points and check-in services, worded for the desk (ui/messages.py
merges these into its tables)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def member_code_texts() -> dict[str, str]:
    return {
        "card_unknown": QCoreApplication.translate(
            "MemberMessages", "No member card has this number. Check the card or search by name."
        ),
        "check_digit": QCoreApplication.translate(
            "MemberMessages", "The check digit of this card number is wrong: mistyped or misread?"
        ),
        "card_expired": QCoreApplication.translate(
            "MemberMessages", "This member card has expired."
        ),
        "card_frozen": QCoreApplication.translate("MemberMessages", "This member card is frozen."),
        "card_lost": QCoreApplication.translate(
            "MemberMessages", "This member card was reported lost; it is blocked."
        ),
        "card_cancelled": QCoreApplication.translate(
            "MemberMessages", "This member card has been cancelled."
        ),
        "card_active": QCoreApplication.translate("MemberMessages", "This member card is active."),
        "has_card": QCoreApplication.translate(
            "MemberMessages", "This customer already holds a live member card."
        ),
        "not_frozen": QCoreApplication.translate(
            "MemberMessages", "This member card is not frozen."
        ),
        "not_lost": QCoreApplication.translate(
            "MemberMessages", "Only a card reported lost (and not yet replaced) can be replaced."
        ),
        "in_past": QCoreApplication.translate("MemberMessages", "This date lies in the past."),
        "before_start": QCoreApplication.translate(
            "MemberMessages", "The end date lies before the start date."
        ),
        "in_future": QCoreApplication.translate("MemberMessages", "This date lies in the future."),
        "not_positive": QCoreApplication.translate("MemberMessages", "Enter an amount above zero."),
        "too_large": QCoreApplication.translate(
            "MemberMessages", "This amount is too large; please check it."
        ),
        "needs_card": QCoreApplication.translate(
            "MemberMessages", "Paying with points needs a member card."
        ),
        "exceeds_balance": QCoreApplication.translate(
            "MemberMessages", "The card does not hold that many points."
        ),
        "out_of_stock": QCoreApplication.translate(
            "MemberMessages", "Not enough of this gift in stock."
        ),
        "zero": QCoreApplication.translate(
            "MemberMessages", "Enter a number of points other than zero."
        ),
        "already_reversed": QCoreApplication.translate(
            "MemberMessages", "This consumption has already been reversed."
        ),
        "undone": QCoreApplication.translate(
            "MemberMessages", "This check-in has already been undone."
        ),
        "checked_out": QCoreApplication.translate(
            "MemberMessages", "This visitor has already checked out."
        ),
    }


def member_field_texts() -> dict[tuple[str, str], str]:
    return {
        ("name", "required"): QCoreApplication.translate(
            "MemberMessages", "Please fill in the name."
        ),
        ("party_size", "out_of_range"): QCoreApplication.translate(
            "MemberMessages", "The party size must be between 1 and 500."
        ),
        ("party_size", "required"): QCoreApplication.translate(
            "MemberMessages", "Please fill in the party size."
        ),
        ("purpose", "required"): QCoreApplication.translate(
            "MemberMessages", "Please fill in the purpose of the visit."
        ),
        ("service_area", "required"): QCoreApplication.translate(
            "MemberMessages", "Please fill in the service area."
        ),
        ("host_staff_id", "required"): QCoreApplication.translate(
            "MemberMessages", "Choose the staff member who receives the visitor."
        ),
        ("host_staff_id", "not_found"): QCoreApplication.translate(
            "MemberMessages", "This staff member no longer exists."
        ),
        ("card_no", "invalid"): QCoreApplication.translate(
            "MemberMessages", "A card number has only digits."
        ),
        ("card_no", "required"): QCoreApplication.translate(
            "MemberMessages", "Scan or type a card number."
        ),
        ("customer", "not_found"): QCoreApplication.translate(
            "MemberMessages", "This customer file no longer exists."
        ),
        ("department", "required"): QCoreApplication.translate(
            "MemberMessages", "Please fill in the department."
        ),
        ("items", "required"): QCoreApplication.translate(
            "MemberMessages", "Please fill in the items or service."
        ),
        ("amount_fen", "invalid"): QCoreApplication.translate(
            "MemberMessages", "Enter the amount in yuan, e.g. 123.45."
        ),
        ("discount_percent", "out_of_range"): QCoreApplication.translate(
            "MemberMessages", "A discount lies between 0 and 100 %."
        ),
        ("gift", "not_found"): QCoreApplication.translate(
            "MemberMessages", "This gift is no longer in the catalogue."
        ),
        ("quantity", "not_positive"): QCoreApplication.translate(
            "MemberMessages", "Enter a quantity of at least 1."
        ),
    }


def card_state_text(state: str) -> str:
    return {
        "active": QCoreApplication.translate("MemberMessages", "Active"),
        "frozen": QCoreApplication.translate("MemberMessages", "Frozen"),
        "lost": QCoreApplication.translate("MemberMessages", "Reported lost"),
        "cancelled": QCoreApplication.translate("MemberMessages", "Cancelled"),
        "expired": QCoreApplication.translate("MemberMessages", "Expired"),
        "": QCoreApplication.translate("MemberMessages", "No member card"),
    }.get(state, state)


def alert_text(code: str, detail: str = "") -> str:
    """One line per alert; the detail (benefit to offer, last check-in time) follows."""
    texts = {
        "card_expired": QCoreApplication.translate("MemberMessages", "Card expired"),
        "card_frozen": QCoreApplication.translate("MemberMessages", "Card frozen"),
        "card_lost": QCoreApplication.translate("MemberMessages", "Card reported lost"),
        "card_cancelled": QCoreApplication.translate("MemberMessages", "Card cancelled"),
        "birthday_today": QCoreApplication.translate(
            "MemberMessages", "Birthday today: offer the birthday benefit"
        ),
        "birthday_week": QCoreApplication.translate(
            "MemberMessages", "Birthday this week: offer the birthday benefit"
        ),
        "open_complaint": QCoreApplication.translate("MemberMessages", "Has an open complaint"),
        "overdue_item": QCoreApplication.translate(
            "MemberMessages", "Has an overdue borrowed item"
        ),
        "recent_visit": QCoreApplication.translate(
            "MemberMessages", "Checked in recently, last at"
        ),
        "missing_photo": QCoreApplication.translate("MemberMessages", "No photo on file"),
    }
    text = texts.get(code, code)
    if not detail:
        return text
    return QCoreApplication.translate("MemberMessages", "{alert}: {detail}").format(
        alert=text, detail=detail
    )


def payment_texts() -> dict[str, str]:
    return {
        "cash": QCoreApplication.translate("MemberMessages", "Cash"),
        "wechat": QCoreApplication.translate("MemberMessages", "WeChat Pay"),
        "alipay": QCoreApplication.translate("MemberMessages", "Alipay"),
        "bank_card": QCoreApplication.translate("MemberMessages", "Bank card"),
        "points": QCoreApplication.translate("MemberMessages", "Points"),
    }


def entry_kind_text(kind: str) -> str:
    return {
        "earn": QCoreApplication.translate("MemberMessages", "Earned"),
        "redeem": QCoreApplication.translate("MemberMessages", "Redeemed"),
        "expire": QCoreApplication.translate("MemberMessages", "Expired"),
        "adjust": QCoreApplication.translate("MemberMessages", "Adjustment"),
        "reverse": QCoreApplication.translate("MemberMessages", "Reversal"),
        "transfer": QCoreApplication.translate("MemberMessages", "Moved to the new card"),
    }.get(kind, kind)
