"""The card on show in the members room: tier, state, validity, balance; and its points ledger."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.members.schemas import CardRecord
from app.points.service import PointsEntryRecord
from ui.checkin.member_panel import PROMPT_STYLE
from ui.labels import local_time
from ui.member_messages import card_state_text, entry_kind_text
from ui.models.row_model import Column

LIVE = ("active", "frozen", "expired")
HEADING_STYLE = "font-size: 16pt; font-weight: bold;"
BLOCKED_STYLE = "color: #b3261e; font-weight: bold;"


def points_columns() -> list[Column[PointsEntryRecord]]:
    return [
        Column(
            lambda: QCoreApplication.translate("PointsHistory", "When"),
            lambda r: local_time(r.at),
            lambda r: r.id,
        ),
        Column(
            lambda: QCoreApplication.translate("PointsHistory", "Kind"),
            lambda r: entry_kind_text(r.kind),
        ),
        Column(
            lambda: QCoreApplication.translate("PointsHistory", "Points"),
            lambda r: f"{r.points:+d}",
            lambda r: r.points,
        ),
        Column(
            lambda: QCoreApplication.translate("PointsHistory", "Expires on"),
            lambda r: r.expires_on.isoformat() if r.expires_on else "",
        ),
        Column(lambda: QCoreApplication.translate("PointsHistory", "Reason"), lambda r: r.reason),
        Column(lambda: QCoreApplication.translate("PointsHistory", "Staff"), lambda r: r.staff),
    ]


def enabled_actions(card: CardRecord | None, customer_id: str, receipt: str) -> dict[str, bool]:
    """Which buttons of the members room apply to the card on show."""
    state = card.state if card else ""
    live = state in LIVE
    return {
        "issue": bool(customer_id) and not live,
        "renew": state in ("active", "expired"),
        "freeze": state == "active",
        "unfreeze": state == "frozen" or bool(card and card.frozen_from),
        "lost": live,
        "replace": state == "lost" and not (card and card.replaced_by),
        "cancel": card is not None and state != "cancelled",
        "print_card": live,
        "print_sheet": live,
        "consume": True,
        "receipt": bool(receipt),
        "redeem": state == "active",
        "adjust": card is not None,
    }


def validity_text(card: CardRecord) -> str:
    return f"{card.issued_on.isoformat()} — {card.valid_until.isoformat()}"


class CardPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setObjectName("card_heading")
        self.heading.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = [
            ("card_no", self.tr("Card number")),
            ("customer_number", self.tr("Customer number")),
            ("tier", self.tr("Tier")),
            ("state", self.tr("Card state")),
            ("validity", self.tr("Validity")),
            ("frozen", self.tr("Frozen period")),
            ("balance", self.tr("Points balance")),
            ("replaced_by", self.tr("Replaced by")),
        ]
        for n, (key, caption) in enumerate(captions):
            value = QLabel()
            value.setObjectName(f"card_{key}")
            grid.addWidget(QLabel(caption + self.tr(":")), n // 2, (n % 2) * 2)
            grid.addWidget(value, n // 2, (n % 2) * 2 + 1)
            self.values[key] = value
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        self.clear()

    def show_card(self, card: CardRecord) -> None:
        self.heading.setStyleSheet(HEADING_STYLE)
        self.heading.setText(f"{card.member_name}  {card.tier_name}")
        frozen = ""
        if card.frozen_from and card.frozen_to:
            frozen = f"{card.frozen_from.isoformat()} — {card.frozen_to.isoformat()}"
            if card.freeze_reason:
                frozen += f" ({card.freeze_reason})"
        texts = {
            "card_no": card.card_no,
            "customer_number": card.customer_number,
            "tier": card.tier_name,
            "state": card_state_text(card.state),
            "validity": validity_text(card),
            "frozen": frozen,
            "balance": str(card.points_balance),
            "replaced_by": card.replaced_by,
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.values["state"].setStyleSheet("" if card.state == "active" else BLOCKED_STYLE)

    def show_no_card(self, who: str) -> None:
        self.clear()
        self.heading.setStyleSheet(HEADING_STYLE)
        self.heading.setText(self.tr("{who}: no member card yet").format(who=who))

    def clear(self) -> None:
        self.heading.setStyleSheet(PROMPT_STYLE)
        self.heading.setText(self.tr("Scan or type a card number, or find the customer."))
        for label in self.values.values():
            label.clear()
            label.setStyleSheet("")
