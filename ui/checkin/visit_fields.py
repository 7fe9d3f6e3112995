"""The optional details of a visit (party size, purpose, service area, host), shared by the scan
row of the check-in room and the walk-in dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from app.checkin.schemas import VisitInput
from app.errors import DomainError
from app.services import Services

MAX_PARTY = 500


class VisitFields:
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.party_size = QSpinBox(parent)
        self.party_size.setObjectName("party_size")
        self.party_size.setRange(1, MAX_PARTY)
        self.purpose = QLineEdit(parent)
        self.purpose.setObjectName("purpose")
        self.purpose.setMaxLength(200)
        self.service_area = QLineEdit(parent)
        self.service_area.setObjectName("service_area")
        self.service_area.setMaxLength(32)
        self.host = QComboBox(parent)
        self.host.setObjectName("host")
        self.host.addItem(QCoreApplication.translate("VisitFields", "(none)"), None)
        try:
            colleagues = services.staff.colleagues()
        except DomainError:
            colleagues = []
        for staff in colleagues:
            self.host.addItem(staff.display_name or staff.username, staff.id)

    def widgets(self) -> dict[str, QWidget]:
        """By the service's field names, for errors shown next to the right field."""
        return {
            "party_size": self.party_size,
            "purpose": self.purpose,
            "service_area": self.service_area,
            "host_staff_id": self.host,
        }

    def visit_input(self) -> VisitInput:
        host = self.host.currentData()
        return VisitInput(
            self.party_size.value(),
            self.purpose.text().strip(),
            self.service_area.text().strip(),
            int(host) if host is not None else None,
        )

    def reset(self) -> None:
        self.party_size.setValue(1)
        self.purpose.clear()
        self.service_area.clear()
        self.host.setCurrentIndex(0)
