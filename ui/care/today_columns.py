"""The columns of the today page's lists (birthdays, calls due, win-backs, greeting days)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.care.schemas import BirthdayItem, CareTaskRecord, GreetingOccasion, WinBackItem
from ui.care.care_words import call_reason
from ui.customers.search_model import phone_text
from ui.labels import tier_text
from ui.models.row_model import Column

translate = QCoreApplication.translate  # a plain name lupdate finds


def _when(day: date, today: Callable[[], date]) -> str:
    if day == today():
        return translate("TodayPage", "{day} (today)").format(day=day.isoformat())
    return day.isoformat()


def birthday_columns(today: Callable[[], date]) -> list[Column[BirthdayItem]]:
    return [
        Column(
            lambda: translate("TodayPage", "Birthday"),
            lambda b: _when(b.birthday, today),
            lambda b: b.birthday.isoformat() + b.name,
        ),
        Column(lambda: translate("TodayPage", "Name"), lambda b: b.name),
        Column(lambda: translate("TodayPage", "Phone"), lambda b: phone_text(b.phone)),
        Column(
            lambda: translate("TodayPage", "Turning"),
            lambda b: "" if b.turning is None else str(b.turning),
            lambda b: b.turning or 0,
        ),
        Column(lambda: translate("TodayPage", "Card tier"), lambda b: b.tier_name),
        Column(
            lambda: translate("TodayPage", "Given"),
            lambda b: translate("TodayPage", "Given") if b.benefit_given else "",
        ),
        Column(lambda: translate("TodayPage", "Birthday benefit"), lambda b: b.benefit),
    ]


def call_columns() -> list[Column[CareTaskRecord]]:
    return [
        Column(lambda: translate("TodayPage", "Due on"), lambda t: t.due_on),
        Column(lambda: translate("TodayPage", "Name"), lambda t: t.name),
        Column(lambda: translate("TodayPage", "Phone"), lambda t: phone_text(t.phone)),
        Column(lambda: translate("TodayPage", "Why"), call_reason),
        Column(lambda: translate("TodayPage", "Note"), lambda t: t.note),
    ]


def win_back_columns() -> list[Column[WinBackItem]]:
    return [
        Column(lambda: translate("TodayPage", "Last active"), lambda w: w.last_active_on),
        Column(lambda: translate("TodayPage", "Name"), lambda w: w.name),
        Column(lambda: translate("TodayPage", "Phone"), lambda w: phone_text(w.phone)),
        Column(lambda: translate("TodayPage", "Value tier"), lambda w: tier_text(w.value_tier)),
    ]


def greeting_columns(today: Callable[[], date]) -> list[Column[GreetingOccasion]]:
    return [
        Column(
            lambda: translate("TodayPage", "Date"),
            lambda g: _when(g.on, today),
            lambda g: g.on.isoformat(),
        ),
        Column(lambda: translate("TodayPage", "Greeting day"), lambda g: g.name),
        Column(lambda: translate("TodayPage", "Greeting"), lambda g: g.greeting),
    ]
