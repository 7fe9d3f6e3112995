from __future__ import annotations

from datetime import date

from app.customers.schemas import CustomerInput
from app.services import Services


def test_admin_creates_and_opens_customer(admin: Services) -> None:
    rec = admin.customers.create(
        CustomerInput(
            "欧阳·娜娜😀", "+86 138 0013 8000", "female", date(1990, 2, 3), '备注,"引号"\n第二行'
        )
    )
    again = admin.customers.open(rec.id)
    assert again.name == "欧阳·娜娜😀"
    assert again.notes == '备注,"引号"\n第二行'
    assert admin.audit_log.verify().ok
