"""The consumption receipt (amounts in yuan from fen, points, reversal shown) and a member's
history for the customer file tabs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.members.schemas import yuan
from app.points.consumption import ConsumptionInput
from app.services import Services
from tests.app.member_helpers import desk, member, spend


def test_yuan_shows_fen_with_two_decimals() -> None:
    assert [yuan(0), yuan(5), yuan(123_456), yuan(-1_050)] == ["0.00", "0.05", "1,234.56", "-10.50"]


def test_receipt_pdf_shows_amounts_points_and_reversal(admin: Services, tmp_path: Path) -> None:
    t = desk(admin)
    card = member(t, "韩梅梅", tier="silver")
    record = t.consumption.record(
        ConsumptionInput("餐饮部", "家宴·八人位", 123_456, "alipay", card_no=card.card_no)
    )
    data = t.consumption.receipt(record.receipt_no)
    rows = dict(data.rows)
    assert rows["金额"] == "¥ 1,234.56" and rows["会员折扣"] == "- ¥ 61.72"
    assert rows["实付"] == "¥ 1,172.84" and rows["本次积分"] == "140 分"  # 117.28 x 1.2
    assert rows["客户"] == "韩梅梅" and rows["支付方式"] == "支付宝"
    t.consumption.reverse(record.receipt_no, "客人退单")
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(t.consumption.render_receipt(record.receipt_no))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("消费小票", record.receipt_no, "1,172.84", "已冲正", "家宴"):
        assert expected in text
    decoded = subprocess.run(
        f"pdftoppm -r 300 -png {pdf} {tmp_path / 'r'} && zbarimg -q {tmp_path / 'r'}-1.png",
        shell=True,
        capture_output=True,
        text=True,
    ).stdout
    assert f"CODE-128:{record.receipt_no}" in decoded


def test_member_history_for_the_file_tabs(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    t.consumption.record(ConsumptionInput("茶室", "龙井", 8_800, "cash", card_no=card.card_no))
    t.checkin.scan(card.card_no)
    assert [c.card_no for c in t.history.cards_of(card.customer_id)] == [card.card_no]
    assert len(t.history.visits_of(card.customer_id)) == 1
    bought = t.consumption.consumptions_of(card.customer_id)
    assert [(c.items, c.amount_fen, c.points_earned) for c in bought] == [("龙井", 8_800, 8)]


def test_monthly_members_report(admin: Services) -> None:
    t = desk(admin)
    month = f"{t.clock.today():%Y-%m}"
    a, b = member(t, "甲"), member(t, "乙")
    spend(t, a.card_no, 6_000)  # 600 points, silver
    t.points.adjust(b.card_no, 50, "开卡礼")
    gift = admin.points.save_gift("茶叶", 100, 5).id
    t.points.redeem_gift(a.card_no, gift)
    t.cards.report_lost(b.card_no, "丢失")
    t.cards.replace(b.card_no, "补卡")
    report = admin.membership.month_report(month)
    assert dict((code, n) for code, _name, n in report.by_tier) == {
        "standard": 1, "silver": 1, "gold": 0, "platinum": 0,
    }  # fmt: skip
    assert (report.new_cards, report.renewed, report.lapsed) == (2, 0, 0)
    assert (report.points_issued, report.points_redeemed, report.points_expired) == (650, 100, 0)
    assert report.points_outstanding == 550
    with pytest.raises(ValidationError):
        admin.membership.month_report("2026-13")
    with pytest.raises(ValidationError):
        admin.membership.month_report("2999-01")
