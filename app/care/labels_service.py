"""Mailing labels for a greeting day: the name and sealed address of every customer who agreed
to marketing messages (the same people as the greeting list), audited as a printed form."""

from __future__ import annotations

from sqlalchemy import select

from app.care.today import TABLE, live_customers, marketing_ids
from app.errors import ValidationError
from app.forms.mailing_labels import MailingLabel
from app.security.audit import AuditAction, AuditTrail
from app.security.cipher import column_opener
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Customer, GreetingDay
from db.session import UnitOfWork


class MailingLabelService:
    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def greeting_labels(self, greeting_day_id: int) -> list[MailingLabel]:
        """One label per consenting customer with an address, in customer-number order."""
        actor = self._desk.require(Permission.CARE_TASKS)
        keys = self._desk.keys
        open_name = column_opener(keys.ciphers, TABLE, "name")
        open_address = column_opener(keys.ciphers, TABLE, "address")
        with self._uow() as s:
            if s.get(GreetingDay, greeting_day_id) is None:
                raise ValidationError("greeting_day", "not_found")
            ids = sorted(marketing_ids(s))
            labels: list[MailingLabel] = []
            for start in range(0, len(ids), 500):
                rows = s.execute(
                    select(Customer.id, Customer.number, Customer.name, Customer.address).where(
                        Customer.id.in_(ids[start : start + 500]), *live_customers()
                    )
                )
                labels += [
                    MailingLabel(
                        cid, number, open_name(name, cid).decode(),
                        open_address(address, cid).decode(),
                    )
                    for cid, number, name, address in rows
                    if address
                ]  # fmt: skip
            labels = [label for label in labels if label.address.strip()]
            labels.sort(key=lambda label: label.number)
            self._audit.record(
                s, actor, AuditAction.FORM_PRINTED, entity="mailing_labels",
                entity_id=str(greeting_day_id), detail={"labels": len(labels)},
            )  # fmt: skip
            return labels
