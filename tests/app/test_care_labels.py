"""Mailing labels for a greeting day: only consenting customers with an address, the address
decrypted, 24 to an A4 sheet, read back from the PDF; and one dashboard chart as CSV."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.customers.schemas import ConsentInput, ConsentPurpose, CustomerInput
from app.errors import ValidationError
from app.forms.chart_csv import chart_csv
from app.forms.mailing_labels import MailingLabel, label_lines, render_mailing_labels
from app.services import Services

MARKETING = (ConsentInput(ConsentPurpose.MARKETING),)


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "labels.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_labels_hold_the_consenting_customers_with_an_address(
    admin: Services, tmp_path: Path
) -> None:
    create = admin.customers.create
    create(CustomerInput("张三😀", address="上海市静安区南京西路1601号", consents=MARKETING))
    create(CustomerInput("李四", address="上海市徐汇区衡山路8号"))  # no consent
    create(CustomerInput("王五", consents=MARKETING))  # no address
    day = next(d for d in admin.care.greeting_days() if d.name == "中秋节")
    labels = admin.care_labels.greeting_labels(day.id)
    assert [(label.name, label.address) for label in labels] == [
        ("张三😀", "上海市静安区南京西路1601号")
    ]
    text = pdf_text(render_mailing_labels(labels), tmp_path)
    assert "南京西路1601号" in text and "收" in text and "李四" not in text
    with pytest.raises(ValidationError):
        admin.care_labels.greeting_labels(9999)


def test_a_sheet_holds_24_labels_and_long_addresses_are_cut(tmp_path: Path) -> None:
    labels = [
        MailingLabel(str(n), f"C{n:07d}", f"客户{n}", f"北京市朝阳区{n}号") for n in range(25)
    ]
    text = pdf_text(render_mailing_labels(labels), tmp_path)
    assert text.count("\f") == 2  # two pages
    assert "客户23" in text.split("\f")[0] and "客户24" in text.split("\f")[1]
    long = MailingLabel("x", "C1", "阿卜杜拉·买买提", "新疆维吾尔自治区乌鲁木齐市" * 6)
    lines, addressee = label_lines(long)
    assert len(lines) == 3 and lines[-1].endswith("…") and addressee == "阿卜杜拉·买买提 收"


def test_one_chart_as_csv_keeps_decimals_and_defuses_formulas() -> None:
    rows = chart_csv("本月各部门消费额（元）", [("茶室", 1857.6), ("=HYPERLINK()", 3.0)])
    assert rows.decode("utf-8-sig").splitlines() == [
        "图表,项目,数值",
        "本月各部门消费额（元）,茶室,1857.6",
        "本月各部门消费额（元）,'=HYPERLINK(),3",
    ]
