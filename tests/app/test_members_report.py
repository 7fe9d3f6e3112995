"""The monthly members report against the records it counts: a venue built day by day on a test
clock (cards issued, renewed, lapsed, lost and replaced, cancelled; points earned, adjusted,
redeemed, expired, moved to a replacement card), then each figure of three months checked, and
the PDF / CSV renderings of the same figures. `members_scenario` also feeds the CLI tests."""

from __future__ import annotations

import csv
import dataclasses
import io
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.checkin.schemas import VisitInput
from app.errors import ValidationError
from app.forms.members_report import (
    members_report_csv,
    members_report_data,
    render_members_report,
)
from app.members.admin import MembershipAdmin
from app.members.report import MembersMonth
from app.members.settings import MemberSettings
from app.members.store import add_months
from app.services import Services
from tests.app.member_helpers import Desk, desk, member, spend

EXPIRY_DAYS = 30


@dataclass(frozen=True)
class Scenario:
    """Three months: `before` (M-1), `month` (M, the busy one) and `after` (M+1), with what the
    report must say for each, worked out by hand from the records in the builder."""

    before: str
    month: str
    after: str
    expected: dict[str, dict[str, object]]
    visit_day: date
    visitor: str
    visitor_card: str
    after_card: str  # its points fall due after M+1: `expire-points` today takes them


def _on(t: Desk, day: date) -> None:
    t.clock.at = datetime(day.year, day.month, day.day, 12).astimezone().astimezone(UTC)


def _expiry(admin: Services, days: int) -> None:
    """Points earned from now on expire after `days` (0: never), so each lot's day is chosen."""
    admin.membership.update_settings(dataclasses.replace(MemberSettings(), expiry_days=days))


def members_scenario(admin: Services, today: date | None = None) -> tuple[Desk, Scenario]:
    """M is three months before `today`'s month, so every date below is in the past."""
    t = desk(admin)
    m = add_months((today or date.today()).replace(day=1), -3)
    before, after = add_months(m, -1), add_months(m, 1)
    gift = admin.points.save_gift("茶叶礼盒", 40, 5).id

    _on(t, add_months(m, -12).replace(day=10))
    a = member(t, "甲")  # valid to M-09, never renewed: lapses in M
    b = member(t, "乙")  # renewed in M

    _on(t, before.replace(day=20))
    c = member(t, "丙", tier="silver")
    _expiry(admin, EXPIRY_DAYS)
    spend(t, c.card_no, 1_000)  # 1000 yuan - 5 % = 950 -> 95 x 1.2 = 114 points, due in M

    _on(t, m)
    t.cards.renew(b.card_no)
    _on(t, m.replace(day=5))
    d = member(t, "丁·德", tier="gold")
    spend(t, a.card_no, 300)  # 30 points, due early in M+1
    _expiry(admin, 0)  # the rest of M's points never expire
    spend(t, d.card_no, 500)  # 500 - 10 % = 450 -> 45 x 1.5 = 67 points
    t.checkin.scan(d.card_no, VisitInput(2, "商务洽谈", "茶室"))
    _on(t, m.replace(day=6))
    t.points.adjust(d.card_no, 20, "开卡礼")  # issued
    t.points.adjust(d.card_no, -5, "录入更正")  # neither issued nor redeemed
    _on(t, m.replace(day=7))
    t.points.redeem_gift(c.card_no, gift)  # 40 redeemed, from the lot of 114
    _on(t, m.replace(day=8))
    e = member(t, "戊")
    spend(t, e.card_no, 200)  # 20 points, then moved to the replacement
    t.cards.report_lost(e.card_no, "丢失")
    e2 = t.cards.replace(e.card_no, "补卡")  # not a new member
    _on(t, m.replace(day=25))
    assert t.points.expire_due() == 114 - 40  # c's first lot, due on the 19th-22nd of M
    f = member(t, "己")
    t.cards.cancel(f.card_no, "退会")
    balances_end_m = sum(t.points.balance(x.card_no) for x in (a, b, c, d, e2))

    _on(t, after.replace(day=2))
    g = member(t, "庚")
    _expiry(admin, EXPIRY_DAYS)
    spend(t, g.card_no, 100)  # 10 points, due early in M+2
    _on(t, after.replace(day=10))
    assert t.points.expire_due() == 30  # a's lot from M-05

    expected: dict[str, dict[str, object]] = {
        f"{before:%Y-%m}": {
            "by_tier": {"standard": 2, "silver": 1, "gold": 0, "platinum": 0},
            "new_cards": 1,
            "renewed": 0,
            "lapsed": 0,
            "points_issued": 114,
            "points_redeemed": 0,
            "points_expired": 0,
            "points_outstanding": 114,
        },
        f"{m:%Y-%m}": {
            # b and e's replacement, c, d; a lapsed, e lost, f cancelled
            "by_tier": {"standard": 2, "silver": 1, "gold": 1, "platinum": 0},
            "new_cards": 3,  # d, e, f
            "renewed": 1,
            "lapsed": 1,
            "points_issued": 67 + 30 + 20 + 20,
            "points_redeemed": 40,
            "points_expired": 74,
            "points_outstanding": 114 + 137 - 5 - 40 - 74,
        },
        f"{after:%Y-%m}": {
            "by_tier": {"standard": 3, "silver": 1, "gold": 1, "platinum": 0},
            "new_cards": 1,
            "renewed": 0,
            "lapsed": 0,
            "points_issued": 10,
            "points_redeemed": 0,
            "points_expired": 30,
            "points_outstanding": 132 + 10 - 30,
        },
    }
    assert balances_end_m == expected[f"{m:%Y-%m}"]["points_outstanding"] == 132
    scenario = Scenario(
        f"{before:%Y-%m}",
        f"{m:%Y-%m}",
        f"{after:%Y-%m}",
        expected,
        m.replace(day=5),
        "丁·德",
        d.card_no,
        g.card_no,
    )
    return t, scenario


def figures(report: MembersMonth) -> dict[str, object]:
    out: dict[str, object] = {f.name: getattr(report, f.name) for f in dataclasses.fields(report)}
    out["by_tier"] = {code: n for code, _name, n in report.by_tier}
    del out["month"]
    return out


@pytest.fixture
def built(admin: Services) -> tuple[Desk, Scenario, MembershipAdmin]:
    t, scenario = members_scenario(admin)
    s = admin
    return t, scenario, MembershipAdmin(s.venue.uow, s.desk, s.audit, now=t.clock)


def test_each_figure_of_three_months_matches_the_records(
    built: tuple[Desk, Scenario, MembershipAdmin],
) -> None:
    _t, scenario, membership = built
    for month in (scenario.before, scenario.month, scenario.after):
        assert figures(membership.month_report(month)) == scenario.expected[month], month


def test_the_report_is_refused_for_a_month_not_begun(
    built: tuple[Desk, Scenario, MembershipAdmin],
) -> None:
    t, _scenario, membership = built
    with pytest.raises(ValidationError) as err:
        membership.month_report(f"{add_months(t.clock.today(), 1):%Y-%m}")
    assert (err.value.field, err.value.code) == ("month", "in_future")


def test_csv_and_pdf_carry_the_same_figures(
    built: tuple[Desk, Scenario, MembershipAdmin], tmp_path: Path
) -> None:
    _t, scenario, membership = built
    data = members_report_data(membership.month_report(scenario.month), "静安·云栖会所")
    raw = members_report_csv(data)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["月份", "类别", "项目", "代码", "数值"]
    values = {code: int(value) for month, _section, _label, code, value in rows[1:]}
    assert {month for month, *_rest in rows[1:]} == {scenario.month}
    want = scenario.expected[scenario.month]
    assert {k: values[k] for k in want if k != "by_tier"} == {
        k: v for k, v in want.items() if k != "by_tier"
    }
    assert {k: values[k] for k in ("standard", "silver", "gold", "platinum")} == want["by_tier"]
    assert values["total"] == 4
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_members_report(data))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = {" ".join(line.split()) for line in text.splitlines()}
    for label, value in (("到期未续", 1), ("兑换积分", 40), ("过期积分", 74), ("金卡", 1)):
        assert f"{label} {value}" in lines, text
    assert "月末未兑积分（负债） 132" in lines and f"月份 {scenario.month}" in lines
