"""The repairs room on a real venue: intake refusals next to the field with the typed text kept,
an order walked from intake to closed through the room's own dialogs (the signature drawn on the
pad with the mouse), and what each role sees."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.repairs.schemas import TechnicianInput
from app.services import Services
from tests.conftest import sign_in_as
from tests.ui.customer_helpers import answer_modal
from tests.ui.test_repairs_signature_pad import draw_signature
from ui.repairs.completion_dialog import CompletionDialog
from ui.repairs.onsite_dialog import OnSiteDialog
from ui.repairs.orders_page import OrdersPage
from ui.repairs.repair_messages import repair_field_text, state_texts
from ui.repairs.repair_order_dialog import RepairOrderDialog
from ui.repairs.repairs_room import RepairsRoom
from ui.repairs.step_dialogs import CheckDialog, DispatchDialog

FAULT = '柜门锁芯卡死，钥匙"拧不动"，\n客户物品在内 🔑'


def answer(handle: Callable[[QWidget], None]) -> None:
    """answer_modal, but a failed assertion closes the dialog instead of hanging the test."""

    def guarded(widget: QWidget) -> None:
        try:
            handle(widget)
        finally:
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    answer_modal(guarded)


def _room(qtbot: QtBot, services: Services) -> RepairsRoom:
    room = RepairsRoom(services)
    qtbot.addWidget(room)
    room.resize(1200, 760)
    room.show()
    room.activate()
    return room


def test_an_appointment_in_the_past_is_refused_next_to_it_and_nothing_typed_is_lost(
    qtbot: QtBot, admin: Services
) -> None:
    dialog = RepairOrderDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setText("3 号更衣室 A-12 柜")
    dialog.fault.setPlainText(FAULT)
    dialog.appointment.day.setDate(QDate.currentDate().addDays(-1))
    dialog.accept()
    assert dialog.isVisible() and dialog.record is None
    expected = repair_field_text("appointment_start", "in_past")
    assert expected and dialog.errors.text("appointment_start") == expected
    assert dialog.location.text() == "3 号更衣室 A-12 柜"
    assert dialog.fault.toPlainText() == FAULT
    assert admin.repairs.list_rows() == []
    dialog.location.clear()
    dialog.appointment.day.setDate(QDate.currentDate().addDays(1))
    dialog.accept()
    assert dialog.errors.text("location") == repair_field_text("location", "required")
    assert dialog.errors.text("appointment_start") == ""


def _fill_intake(customer_name: str) -> Callable[[QWidget], None]:
    def fill(widget: QWidget) -> None:
        assert isinstance(widget, RepairOrderDialog)
        widget.finder.search_for(customer_name)
        widget.finder.choose_selected()
        assert customer_name in widget.customer.text()
        widget.category.setCurrentIndex(widget.category.findData("locker"))
        widget.location.setText("3 号更衣室 A-12 柜")
        widget.fault.setPlainText(FAULT)
        widget.appointment.day.setDate(QDate.currentDate().addDays(1))
        widget.accept()

    return fill


def test_an_order_goes_from_intake_to_closed_through_the_room(
    qtbot: QtBot, admin: Services, tmp_path: Path
) -> None:
    customer = admin.customers.create(CustomerInput("王𠮷", "+86 138 0013 8000"))
    locksmith = admin.technicians.save(TechnicianInput("张师傅", ("locks",)))
    admin.technicians.save(TechnicianInput("李电工", ("electrical",)))
    room = _room(qtbot, admin)
    page = room.orders
    answer(_fill_intake("王𠮷"))
    page.new_order.click()
    order = page.order
    assert order is not None and order.customer_id == customer.id and order.state == "new"
    assert page.model.rowCount() == 1 and order.number in page.note.text()
    assert page.buttons["dispatch"].isEnabled() and not page.buttons["close"].isEnabled()

    offered: list[list[str]] = []

    def dispatch(widget: QWidget) -> None:
        assert isinstance(widget, DispatchDialog)
        box = widget.technician
        offered.append([box.itemText(i) for i in range(box.count())])
        widget.accept()

    answer(dispatch)
    page.buttons["dispatch"].click()
    assert len(offered[0]) == 1 and offered[0][0].startswith("张师傅")  # locks only
    assert page.order is not None and page.order.technician_id == locksmith.id

    def on_site(widget: QWidget) -> None:
        assert isinstance(widget, OnSiteDialog)
        items = widget.fees._items
        cylinder = next(i for i in items if i.code == "L02")
        widget.fees.add_line(cylinder.id, 2)
        assert "120.00" in widget.fees.total.text()
        widget.agreed.setChecked(True)
        widget.accept()

    answer(on_site)
    page.buttons["onsite"].click()
    order = page.order
    assert order is not None and order.state == "in_progress" and order.lines_fen == 12_000
    assert order.fees_agreed_at is not None and order.late is False

    def complete(widget: QWidget) -> None:
        assert isinstance(widget, CompletionDialog)
        widget.work_done.setPlainText("更换锁芯并试开三次")
        widget.parts.setPlainText("锁芯 ×2")
        draw_signature(qtbot, widget.signature.pad)
        widget.accept()

    answer(complete)
    page.buttons["complete"].click()
    order = page.order
    assert order is not None and order.state == "done" and order.has_signature
    stored = admin.repairs.signature(order.id)
    assert stored is not None and stored.startswith(b"\x89PNG") and len(stored) > 500

    def check(widget: QWidget) -> None:
        assert isinstance(widget, CheckDialog)
        widget.yes.setChecked(True)
        widget.note.setPlainText("试开正常")
        widget.accept()

    answer(check)
    page.buttons["check"].click()
    assert page.order is not None and page.order.state == "checked"
    page.buttons["close"].click()
    order = page.order
    assert order is not None and order.state == "closed" and order.closed_at is not None
    html = page.order_view.toHtml()
    assert order.number in html and "张师傅" in html and "更换储物柜锁芯" in html
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 4).data() == state_texts()["closed"]
    assert page.proxy.index(0, 8).data() == "120.00"
    page.state.setCurrentIndex(page.state.findData("new"))
    assert page.proxy.rowCount() == 0
    page.state.setCurrentIndex(page.state.findData("closed"))
    assert page.proxy.rowCount() == 1
    assert not any(b.isEnabled() for k, b in page.buttons.items() if k != "print")
    _prints_and_reports(qtbot, page, order.number, tmp_path)


def _prints_and_reports(qtbot: QtBot, page: OrdersPage, number: str, tmp_path: Path) -> None:
    """The three parts on one sheet or on three pages; the month's register saved as CSV."""
    choice = page.printing.layout_choice
    for layout, pages in (("sheet", 1), ("pages", 3)):
        choice.setCurrentIndex(choice.findData(layout))
        preview = page.printing.order_preview(number)
        assert preview is not None
        qtbot.addWidget(preview)
        assert preview.document.pageCount() == pages
    csv_path = tmp_path / "维修 登记表.csv"
    assert page.printing.write_report_csv(csv_path)
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert number in text and "120.00" in text


def test_an_other_fee_waits_for_a_manager_before_the_customer_agrees(
    qtbot: QtBot, admin: Services
) -> None:
    tech = admin.technicians.save(TechnicianInput("张师傅", ("locks",)))
    sign_in_as(admin, "zhang", "technician")
    room = _room(qtbot, admin)
    page = room.orders
    answer(_fill_intake_without_customer())
    page.new_order.click()
    assert page.order is not None
    sign_in_as(admin, "gongcheng", "engineering_lead")
    from app.repairs.schemas import DispatchInput

    admin.repairs.dispatch(page.order.id, DispatchInput(tech.id))
    sign_in_as(admin, "zhang", "technician")
    page.open_order(page.order.id)
    assert page.buttons["onsite"].isVisible() and not page.buttons["dispatch"].isVisible()
    refusals: list[str] = []

    def on_site(widget: QWidget) -> None:
        assert isinstance(widget, OnSiteDialog)
        widget.fees.add_other("定制柜门把手", "个", "35.50", 1)
        widget.agreed.setChecked(True)
        widget.accept()
        refusals.append(widget.errors.text("fees"))
        widget.reject()

    answer(on_site)
    page.buttons["onsite"].click()
    assert refusals == [repair_field_text("fees", "other_not_approved")]
    order = admin.repairs.open(page.order.id)
    assert order.fees_agreed_at is None and order.state == "scheduled"
    assert [(line.name, line.approved) for line in order.lines] == [("定制柜门把手", False)]
    assert not page.buttons["approve"].isVisible()  # a technician may not approve


def _fill_intake_without_customer() -> Callable[[QWidget], None]:
    def fill(widget: QWidget) -> None:
        assert isinstance(widget, RepairOrderDialog)
        widget.location.setText("二楼走廊储物柜 B-03")
        widget.fault.setPlainText("锁坏了")
        widget.appointment.day.setDate(QDate.currentDate().addDays(1))
        widget.accept()

    return fill


def test_a_technician_sees_no_fee_standard_editor_and_a_manager_does(
    qtbot: QtBot, admin: Services
) -> None:
    sign_in_as(admin, "zhang", "technician")
    room = _room(qtbot, admin)
    assert room.fee_standard is None and room.technicians is None
    assert room.findChild(QWidget, "fee_standard_page") is None
    assert not room.orders.buttons["dispatch"].isVisible()
    sign_in_as(admin, "jingli", "manager")
    manager_room = _room(qtbot, admin)
    assert manager_room.fee_standard is not None
    manager_room.setCurrentWidget(manager_room.fee_standard)
    page = manager_room.fee_standard
    assert page.items.rowCount() >= 10  # the default standard
    page.items.item(0, 3).setText("66.00")
    page.effective.setDate(QDate.currentDate().addDays(7))
    page.note.setText("2027 年调价")
    page.publish()
    versions = admin.fee_standard.versions()
    assert len(versions) == 2 and versions[0].note == "2027 年调价"
    assert versions[0].items[0].price_fen == 6_600
    assert versions[1].items[0].price_fen != 6_600 or versions[1].items[0].code != "L01"
    assert (versions[0].effective_from - versions[1].effective_from) == timedelta(days=7)
