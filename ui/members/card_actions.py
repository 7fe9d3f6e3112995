"""What each card button asks before calling the service: a reason, freeze dates, a gift, points.
Each returns the card as it is afterwards, or None when the question was cancelled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.members.schemas import CardRecord
from app.services import Services
from ui.customers.prompts import ReasonDialog
from ui.members.card_dialogs import AdjustDialog, FreezeDialog, RedeemDialog


class CardActions(QObject):
    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent

    def reason_dialog(self, title: str, required: bool = True) -> ReasonDialog:
        prompt = self.tr("Reason (kept with the card's history):")
        return ReasonDialog(title, prompt, required, self._parent)

    def _reason(self, title: str, required: bool = True) -> str | None:
        dialog = self.reason_dialog(title, required)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip()

    def discount_of(self, card: CardRecord) -> int:
        tiers = {t.code: t for t in self._services.membership.tiers()}
        tier = tiers.get(card.tier_code)
        return tier.discount_percent if tier is not None else 0

    def _with_reason(
        self, title: str, change: Callable[[str], CardRecord], required: bool = True
    ) -> CardRecord | None:
        reason = self._reason(title, required)
        return None if reason is None else change(reason)

    def renew(self, card: CardRecord) -> CardRecord | None:
        cards, default = self._services.cards, self.tr("Renewal")
        return self._with_reason(
            self.tr("Renew member card"), lambda r: cards.renew(card.card_no, r or default), False
        )

    def freeze(self, card: CardRecord) -> CardRecord | None:
        dialog = FreezeDialog(self._services.cards.today(), self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        start, end = dialog.dates()
        return self._services.cards.freeze(card.card_no, start, end, dialog.reason.text())

    def unfreeze(self, card: CardRecord) -> CardRecord | None:
        cards = self._services.cards
        return self._with_reason(
            self.tr("Unfreeze member card"), lambda r: cards.unfreeze(card.card_no, r), False
        )

    def report_lost(self, card: CardRecord) -> CardRecord | None:
        cards = self._services.cards
        title = self.tr("Report member card lost")
        return self._with_reason(title, lambda r: cards.report_lost(card.card_no, r))

    def replace(self, card: CardRecord) -> CardRecord | None:
        cards = self._services.cards
        title = self.tr("Replace lost member card")
        return self._with_reason(title, lambda r: cards.replace(card.card_no, r))

    def cancel(self, card: CardRecord) -> CardRecord | None:
        cards = self._services.cards
        title = self.tr("Cancel member card")
        return self._with_reason(title, lambda r: cards.cancel(card.card_no, r))

    def redeem(self, card: CardRecord) -> CardRecord | None:
        gifts = [g for g in self._services.points.gifts() if g.active]
        if not gifts:
            QMessageBox.information(
                self._parent,
                self.tr("Redeem a gift"),
                self.tr("The gift catalogue is empty; a manager adds gifts first."),
            )
            return None
        dialog = RedeemDialog(gifts, card.points_balance, self._parent)
        gift_id = dialog.gift_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if gift_id is None:
            return None
        self._services.points.redeem_gift(card.card_no, gift_id, dialog.quantity.value())
        return self._services.cards.get(card.card_no)

    def adjust(self, card: CardRecord) -> CardRecord | None:
        dialog = AdjustDialog(card.points_balance, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._services.points.adjust(card.card_no, dialog.points.value(), dialog.reason.text())
        return self._services.cards.get(card.card_no)
