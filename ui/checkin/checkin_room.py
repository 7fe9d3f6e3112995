"""前台签到: F2 from anywhere lands in the scan field. A scanner types the card number and Enter;
the member shows at once with the alerts. Unknown or blocked: the reason and the customer search,
whose Enter checks the customer found in. Today's visitors are listed below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.checkin.schemas import CheckInDenied, CheckInResult
from app.errors import DomainError, ValidationError
from app.members.card_numbers import normalise
from app.services import Services
from ui.checkin.member_panel import MemberPanel
from ui.checkin.visit_fields import VisitFields
from ui.checkin.visitors_panel import VisitorsPanel
from ui.checkin.walk_in_dialog import WalkInDialog
from ui.customers.customer_finder import CustomerFinder
from ui.member_messages import alert_text
from ui.messages import error_text

OK_STYLE = "background: #e6f4ea; color: #1e6b34; padding: 6px; font-size: 12pt;"
WARN_STYLE = "background: #fff4d6; color: #7a5200; padding: 6px; font-size: 12pt;"
DENY_STYLE = "background: #fdecea; color: #b3261e; padding: 6px; font-size: 12pt;"


class CheckInRoom(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkin_room")
        self._services = services
        title = QLabel(self.tr("Front-desk check-in"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.scan = QLineEdit()
        self.scan.setObjectName("scan_field")
        self.scan.setPlaceholderText(self.tr("Scan the member card, or type its number + Enter"))
        self.scan.setStyleSheet("font-size: 14pt;")
        self.scan.returnPressed.connect(self.scan_entered)
        scan_label = QLabel(self.tr("&Scan:"))
        scan_label.setBuddy(self.scan)
        walk_in = QPushButton(self.tr("&Walk-in visitor... (F3)"))
        walk_in.setObjectName("walk_in_button")
        walk_in.setAutoDefault(False)
        walk_in.clicked.connect(self.register_walk_in)
        QShortcut(QKeySequence("F3"), self, self.register_walk_in)
        top = QHBoxLayout()
        top.addWidget(scan_label)
        top.addWidget(self.scan, 1)
        top.addWidget(walk_in)
        self.visit = VisitFields(services, self)
        options = QHBoxLayout()
        for text, widget in (
            (self.tr("Party si&ze:"), self.visit.party_size),
            (self.tr("Pu&rpose:"), self.visit.purpose),
            (self.tr("Service ar&ea:"), self.visit.service_area),
            (self.tr("H&ost:"), self.visit.host),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            options.addWidget(label)
            options.addWidget(widget, 0 if widget is self.visit.party_size else 1)
        self.status = QLabel()
        self.status.setObjectName("checkin_status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.panel = MemberPanel()
        self.finder = CustomerFinder(services.directory, self.tr("&Find customer:"))
        self.finder.setObjectName("checkin_finder")
        self.finder.chosen.connect(self.check_in_customer)
        middle = QSplitter()
        middle.addWidget(self.panel)
        middle.addWidget(self.finder)
        middle.setSizes([560, 440])
        self.visitors = VisitorsPanel(services)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.status)
        layout.addWidget(middle, 2)
        layout.addWidget(self.visitors, 3)
        self.setTabOrder(self.scan, self.visit.party_size)

    def activate(self) -> None:
        """The room was opened (F2 or the list): today's visitors, and the scan field ready."""
        self.visitors.reload()
        self.focus_scan()

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def scan_entered(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        number = normalise(text)
        if not (number.isdigit() and number.isascii()):  # a name or pinyin: search instead
            self.scan.clear()
            self.finder.search_for(text)
            return
        self._check_in(lambda: self._services.checkin.scan(number, self.visit.visit_input()))

    def check_in_customer(self, customer_id: str) -> None:
        visit = self.visit.visit_input()
        self._check_in(lambda: self._services.checkin.check_in_customer(customer_id, visit))

    def _check_in(self, action: Callable[[], CheckInResult]) -> None:
        try:
            result = action()
        except CheckInDenied as exc:
            self.panel.show_summary(exc.summary)
            reasons = "; ".join(alert_text(a.code, a.detail) for a in exc.summary.denied)
            self._status(
                self.tr("Check-in refused: {reasons}. No visit was recorded.").format(
                    reasons=reasons
                ),
                DENY_STYLE,
            )
            self.focus_scan()
            return
        except ValidationError as exc:
            if exc.field not in ("card_no", "customer"):
                self._status(error_text(exc), DENY_STYLE)  # e.g. the party size
                return
            self._not_found(error_text(exc))
            return
        except DomainError as exc:
            if exc.code == "card_unknown":
                self._not_found(error_text(exc))
                return
            self._status(error_text(exc), DENY_STYLE)
            return
        self._show_result(result)

    def _not_found(self, text: str) -> None:
        """Unknown or mistyped number: say so and go to the customer search."""
        self.panel.clear()
        self._status(text + " " + self.tr("Search by name or phone below."), DENY_STYLE)
        self.scan.selectAll()
        self.finder.search.setFocus()
        self.finder.search.selectAll()

    def _show_result(self, result: CheckInResult) -> None:
        self.panel.show_summary(result.summary)
        name, time = result.summary.name, result.visit.checked_in_at.astimezone()
        if result.repeated:
            text = self.tr(
                "{name} is already checked in (at {time}); the repeated scan made no second visit."
            )
            self._status(text.format(name=name, time=time.strftime("%H:%M")), WARN_STYLE)
        elif result.summary.warnings:
            text = self.tr("Checked in: {name} at {time}. Please note the alerts below.")
            self._status(text.format(name=name, time=time.strftime("%H:%M")), WARN_STYLE)
        else:
            text = self.tr("Checked in: {name} at {time}.")
            self._status(text.format(name=name, time=time.strftime("%H:%M")), OK_STYLE)
        self.visit.reset()
        self.scan.clear()
        self.visitors.reload()
        self.scan.setFocus()

    def register_walk_in(self) -> None:
        dialog = WalkInDialog(self._services, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.result_
        dialog.deleteLater()
        if accepted and result is not None:
            self._show_result(result)

    def _status(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.show()

    def wipe(self) -> None:
        """Forget every decrypted value (desk locked or signed out)."""
        self.panel.clear()
        self.finder.wipe()
        self.visitors.wipe()
        self.scan.clear()
        self.visit.reset()
        self.status.hide()
