"""The month's analysis counted from the records it describes, and its PDF with the charts."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.care.analysis_service import CareAnalysis
from app.care.demographics import age_band, district_of
from app.care.person_cache import PersonCache
from app.care.schemas import SatisfactionInput
from app.customers.schemas import CustomerInput
from app.errors import PermissionDenied, ValidationError
from app.points.consumption import ConsumptionInput
from app.services import Services
from db.session import ReadOnlyWork
from tests.app.care_helpers import care
from tests.app.complaint_helpers import complaints, intake
from tests.app.member_helpers import Clock, desk, member
from tests.conftest import ADMIN_PASSWORD, sign_in_as


@pytest.mark.parametrize(
    ("address", "district"),
    [
        ("上海市静安区南京西路1688号", "静安区"),
        ("上海市浦东新区世纪大道100号", "浦东新区"),
        ("江苏省苏州市昆山县前进路5号", "昆山县"),
        ("北京朝阳区建国路88号", "朝阳区"),
        ("江苏省苏州市昆山市前进路5号", "昆山市"),
        ("Room 5, somewhere", "未知"),
    ],
)
def test_district_is_read_from_a_chinese_address(address: str, district: str) -> None:
    assert district_of(address) == district


def test_age_band_counts_the_birthday() -> None:
    assert age_band(date(2008, 11, 24), date(2026, 11, 23)) == "<18"
    assert age_band(date(2008, 11, 23), date(2026, 11, 23)) == "18-29"
    assert age_band(date(1960, 1, 1), date(2026, 11, 23)) == "60+"


def analysis(services: Services, clock: Clock) -> CareAnalysis:
    return CareAnalysis(services.venue.uow, services.desk, services.audit, "测试会所", now=clock)


def test_month_figures_match_the_records(admin: Services, tmp_path: Path) -> None:
    clock = Clock()
    t = desk(admin, clock)
    today = clock.today()
    month = today.strftime("%Y-%m")
    for name, born, gender, address in [
        ("王𠮷", date(1990, 3, 1), "female", "上海市静安区南京西路1号"),
        ("阿卜杜拉·买买提", date(1950, 5, 5), "male", "上海市浦东新区张江路2号"),
        ("小明😀", None, "", ""),
    ]:
        admin.customers.create(
            CustomerInput(name=name, birthday=born, gender=gender, address=address)
        )
    card = member(t, "李雷", tier="gold")
    t.checkin.scan(card.card_no)
    for dept, yuan in [("茶室", 300), ("茶室", 200), ("康乐", 150)]:
        t.consumption.record(
            ConsumptionInput(dept, "项目", yuan * 100, "cash", card_no=card.card_no)
        )
    complaints(admin, clock).record(intake())
    complaints(admin, clock).record(intake(category="hygiene"))
    complaints(admin, clock).record(intake(category="hygiene"))
    for nps in (10, 9, 3):
        care(admin, clock).record_satisfaction(SatisfactionInput(nps=nps))

    figures = analysis(admin, clock).month(month)
    assert sum(n for _d, n in figures.visits_per_day) == 1
    assert dict(figures.visits_per_day)[today.isoformat()] == 1
    assert figures.visits_per_hour == [(clock().astimezone().strftime("%H"), 1)]
    assert dict(figures.members_by_tier)["金卡"] == 1
    gold_discount = 10  # the gold tier's default discount, applied to every purchase
    paid = {d: v * (100 - gold_discount) for d, v in {"茶室": 500, "康乐": 150}.items()}
    assert dict(figures.spend_by_department) == paid
    assert figures.spend_trend[-1] == (month, sum(paid.values()))
    assert figures.spend_trend[0][0] < month and len(figures.spend_trend) == 12
    assert figures.new_customers[-1] == (month, 4)
    assert dict(figures.complaints_by_category) == {"hygiene": 2, "service_attitude": 1}
    assert figures.nps_trend[-1] == (month, round(100 * (2 - 1) / 3, 1))
    demo = figures.demographics
    assert dict(demo.gender) == {"female": 1, "male": 1, "未知": 2}
    assert dict(demo.district) == {"静安区": 1, "浦东新区": 1, "未知": 2}
    assert dict(demo.age_bands)["60+"] == 1 and dict(demo.age_bands)["未知"] == 2

    later = clock.today() + timedelta(days=100)
    clock.advance(days=100)  # 91 days after the last visit the customer counts as lost
    care(admin, clock).refresh_classes()  # the morning's classification (Task Scheduler)
    lost_month = (today + timedelta(days=91)).strftime("%Y-%m")
    assert (
        dict(analysis(admin, clock).month(later.strftime("%Y-%m")).lost_customers)[lost_month] == 1
    )

    pdf = tmp_path / "analysis.pdf"
    pdf.write_bytes(analysis(admin, clock).render(month))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"{month} 客户分析月报" in text
    assert "每日到访人次" in text and "所在区县" in text and "静安区" in text
    assert "卫生" in text  # complaint categories in the venue's words
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "yes" in fonts.splitlines()[2]  # the CJK font is embedded


def test_only_managers_see_the_analysis(admin: Services) -> None:
    clock = Clock()
    sign_in_as(admin, "qiantai", "reception")
    with pytest.raises(PermissionDenied):
        analysis(admin, clock).month("2026-11")
    sign_in_as(admin, "caiwu", "finance")
    with pytest.raises(ValidationError):
        analysis(admin, clock).month("2026-13")


def test_the_attributes_are_decrypted_in_the_background_and_kept_current(admin: Services) -> None:
    admin.customers.create(CustomerInput(name="王𠮷", gender="female", address="上海市静安区1号"))
    people = PersonCache(admin.desk)
    reader = ReadOnlyWork(admin.venue.db_path)
    people.warm_in_background(reader).join(timeout=30)
    with admin.venue.uow() as s:
        first = people.people(s)
    assert [(p.gender, p.district) for p in first.values()] == [("female", "静安区")]
    added = admin.customers.create(CustomerInput(name="李四", address="上海市徐汇区2号"))
    with admin.venue.uow() as s:
        assert people.people(s)[added.id].district == "徐汇区"  # only the change decrypted
    assert len(people) == 2
    admin.staff.lock()  # the keys and every decrypted attribute go with the lock
    assert len(people) == 0
    admin.staff.unlock(ADMIN_PASSWORD)
    with admin.venue.uow() as s:
        assert len(people.people(s)) == 2  # read again from the start
    reader.engine.dispose()
