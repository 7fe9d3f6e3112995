"""The customer screens for `main.py screenshots`: the room searching "zs", the file dialog's tabs,
a refusal next to its field, the duplicate prompt, the erase confirmation and an import preview."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QWidget

from app.customers.schemas import ConsentInput, CustomerInput
from app.services import Services
from ui.customers.customers_room import CustomersRoom
from ui.customers.file_dialog import CustomerFileDialog
from ui.customers.import_dialog import ImportDialog
from ui.customers.prompts import DuplicatePrompt, EraseConfirmDialog

Shoot = Callable[[QWidget, str], None]
DEMO_FILE = CustomerInput(
    "张三",
    "13800138000",
    "female",
    date(1949, 12, 31),
    notes="喜欢安静的包间；每月第一个周六来访。",
    value_tier="diamond",
    activity="active",
    email="zhangsan@example.com",
    address="上海市静安区南京西路 1266 号",
    occupation="教师",
    id_doc_type="mainland_id",
    id_number="11010519491231002X",
    interests="茶艺、书法",
    habits="不吃辣；需要无障碍通道",
    tags=("茶艺", "老客户"),
    consents=(ConsentInput("service"), ConsentInput("sensitive_id", note="纸质同意书已存档")),
)
BAD_LIST = (
    "姓名,性别,手机,生日,证件号码,地址,会员等级,备注\r\n"
    "孙丽,女,13912340000,1991-04-12,,上海市黄浦区,金卡,\r\n"
    "周杰,男,12345,1985-13-01,,北京市朝阳区,普通,电话不对\r\n"
    "吴敏,女,18600001111,1979-08-30,,杭州市西湖区,银卡,老客户介绍\r\n"
)


def _signed_form_png() -> bytes:
    """A stand-in scan: a signed consent form drawn with the bundled font."""
    image = QImage(480, 340, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbfaf5"))
    painter = QPainter(image)
    painter.setPen(QColor("#333333"))
    font = QFont()
    font.setPointSize(16)
    painter.setFont(font)
    painter.drawText(QRect(0, 20, 480, 40), Qt.AlignmentFlag.AlignCenter, "个人信息处理知情同意书")
    font.setPointSize(11)
    painter.setFont(font)
    lines = [
        "本人同意会所为提供服务处理本人的个人信息，",
        "并单独同意处理本人的证件信息。",
        "",
        "签名：张三      日期：2026年11月23日",
    ]
    for n, line in enumerate(lines):
        painter.drawText(40, 110 + n * 32, line)
    painter.drawRect(20, 10, 440, 310)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(QByteArray(buffer.data()).data())


def seed_customer_demo(services: Services) -> str:
    """The demo file the dialog screenshots show; returns its id."""
    record = services.customers.create(DEMO_FILE, allow_duplicate=True)
    services.attachments.add(record.id, "signed_form", "知情同意书.png", _signed_form_png())
    retired = dataclasses.replace(DEMO_FILE, occupation="退休教师", consents=())
    services.customers.update(record.id, retired, reason="客户告知已退休")
    return record.id


def customer_screens(shoot: Shoot, services: Services, room: CustomersRoom, file_id: str) -> None:
    room.search.setText("zs")
    room.run_search()
    shoot(room.window(), "room_customers_search_zs")
    dialog = CustomerFileDialog(services, services.customers.open(file_id, "客户来电咨询"))
    for index, name in enumerate(("basic", "id_consent", "classification", "notes")):
        dialog.tabs.setCurrentIndex(index)
        shoot(dialog, f"customer_file_{name}")
    dialog.tabs.setCurrentWidget(dialog.attachments)
    dialog.attachments.view.selectRow(0)
    dialog.attachments.view_selected()
    shoot(dialog, "customer_file_attachments")
    if dialog.history is not None:
        dialog.tabs.setCurrentWidget(dialog.history)
        shoot(dialog, "customer_file_history")
    if dialog.viewers is not None:
        dialog.tabs.setCurrentWidget(dialog.viewers)
        shoot(dialog, "customer_file_viewers")
    for tab in dialog.room_tabs:  # complaints_tab, repairs_tab, paper_files_tab, care_tab
        dialog.tabs.setCurrentWidget(tab)
        shoot(dialog, f"customer_file_{tab.view.objectName()}")
    dialog.close()
    new = CustomerFileDialog(services)
    new.basic.name.setText("赵六")
    new.basic.phone.setText("12345")
    new.accept()
    shoot(new, "customer_file_phone_error")
    new.basic.phone.setText("13800138000")
    new.ids.id_number.setText("110105194912310021")
    new.accept()
    shoot(new, "customer_file_id_checksum_error")
    new.ids.id_number.setText("11010519491231002X")
    new.accept()
    shoot(new, "customer_file_id_needs_consent")
    new.close()
    matches = services.customers.find_duplicates(CustomerInput("赵六", "13800138000"))
    shoot(DuplicatePrompt(matches), "customer_duplicate_prompt")
    record = services.customers.open(file_id)
    erase = EraseConfirmDialog(record.number, record.name)
    erase.typed_number.setText(record.number[:-1])
    erase.reason.setText("客户书面申请删除")
    erase.accept()
    shoot(erase, "customer_erase_confirm")
    with tempfile.TemporaryDirectory(prefix="frontdesk-import-") as tmp:
        path = Path(tmp) / "客户名单.csv"
        path.write_bytes(BAD_LIST.encode("gb18030"))
        importer = ImportDialog(services)
        importer.load(path)
        shoot(importer, "customer_import_preview")
        importer.dry_run.setChecked(True)
        importer.run_import()
        shoot(importer, "customer_import_dry_run")
        importer.close()
