"""Who was scanned: name, tier, card state, photo flag, and each alert coloured by its rule
(Deny red, Warn amber, Allow plain)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.checkin.schemas import MemberSummary
from ui.labels import yes_no
from ui.member_messages import alert_text, card_state_text

RULE_STYLES = {
    "deny": "background: #fdecea; color: #b3261e; border: 1px solid #b3261e; font-weight: bold;",
    "warn": "background: #fff4d6; color: #7a5200; border: 1px solid #e0a800;",
    "allow": "color: #333333;",
}
NAME_STYLE = "font-size: 18pt; font-weight: bold;"
PROMPT_STYLE = "font-size: 12pt; color: #666666;"
STATE_DENIED = "color: #b3261e; font-weight: bold;"


class MemberPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("member_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setObjectName("member_name")
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = [
            ("customer_number", self.tr("Customer number")),
            ("card_no", self.tr("Card number")),
            ("tier", self.tr("Tier")),
            ("card_state", self.tr("Card state")),
            ("valid_until", self.tr("Valid until")),
            ("points", self.tr("Points")),
            ("photo", self.tr("Photo on file")),
        ]
        for n, (key, caption) in enumerate(captions):
            value = QLabel()
            value.setObjectName(f"member_{key}")
            grid.addWidget(QLabel(caption + self.tr(":")), n // 4, (n % 4) * 2)
            grid.addWidget(value, n // 4, (n % 4) * 2 + 1)
            self.facts[key] = value
        self.alerts_box = QVBoxLayout()
        self.alert_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(grid)
        layout.addLayout(self.alerts_box)
        self.clear()

    def show_summary(self, summary: MemberSummary) -> None:
        self._clear_alerts()
        self.name.setStyleSheet(NAME_STYLE)
        self.name.setText(summary.name)
        values = {
            "customer_number": summary.customer_number,
            "card_no": summary.card_no or "—",
            "tier": summary.tier_name or "—",
            "card_state": card_state_text(summary.card_state),
            "valid_until": summary.valid_until.isoformat() if summary.valid_until else "—",
            "points": str(summary.points_balance) if summary.card_no else "—",
            "photo": yes_no(summary.has_photo),
        }
        for key, value in values.items():
            self.facts[key].setText(value)
        blocked = summary.card_state not in ("active", "")
        self.facts["card_state"].setStyleSheet(STATE_DENIED if blocked else "")
        for alert in sorted(summary.alerts, key=lambda a: ("deny", "warn", "allow").index(a.rule)):
            label = QLabel(alert_text(alert.code, alert.detail))
            label.setObjectName(f"alert_{alert.rule}")
            label.setProperty("alert_code", alert.code)
            label.setStyleSheet(RULE_STYLES.get(alert.rule, "") + " padding: 4px;")
            label.setWordWrap(True)
            self.alerts_box.addWidget(label)
            self.alert_labels.append(label)
        self.show()

    def alert_texts(self, rule: str) -> list[str]:
        return [
            label.text() for label in self.alert_labels if label.objectName() == f"alert_{rule}"
        ]

    def _clear_alerts(self) -> None:
        for label in self.alert_labels:
            self.alerts_box.removeWidget(label)
            label.deleteLater()
        self.alert_labels = []

    def clear(self) -> None:
        """Forget the member (desk locked, or a new scan about to be shown)."""
        self._clear_alerts()
        self.name.setStyleSheet(PROMPT_STYLE)
        self.name.setText(self.tr("Scan a member card or search for a customer."))
        for label in self.facts.values():
            label.clear()
            label.setStyleSheet("")
