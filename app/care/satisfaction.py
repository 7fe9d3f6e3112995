"""CSAT (1-5) and NPS (0-10) answers and the month's figures: NPS = % promoters (9-10) minus
% detractors (0-6)."""

from __future__ import annotations

from dataclasses import dataclass

from app.care.schemas import SatisfactionInput, SatisfactionMonth, SurveySource
from app.errors import ValidationError


@dataclass(frozen=True)
class Answer:
    csat: int | None
    nps: int | None
    comment: str


def validate_answer(data: SatisfactionInput) -> None:
    if data.source not in set(SurveySource):
        raise ValidationError("source", "invalid")
    if data.csat is None and data.nps is None:
        raise ValidationError("csat", "required", "a satisfaction score or a recommendation score")
    if data.csat is not None and not 1 <= data.csat <= 5:
        raise ValidationError("csat", "out_of_range", "1 to 5")
    if data.nps is not None and not 0 <= data.nps <= 10:
        raise ValidationError("nps", "out_of_range", "0 to 10")
    if len(data.comment) > 1000:
        raise ValidationError("comment", "too_long", "1000 characters at most")


def summarise(month: str, answers: list[Answer]) -> SatisfactionMonth:
    csat = [a.csat for a in answers if a.csat is not None]
    nps = [a.nps for a in answers if a.nps is not None]
    promoters = sum(1 for n in nps if n >= 9)
    detractors = sum(1 for n in nps if n <= 6)
    return SatisfactionMonth(
        month=month,
        answers=len(answers),
        csat_count=len(csat),
        csat_average=round(sum(csat) / len(csat), 2) if csat else None,
        nps_count=len(nps),
        promoters=promoters,
        passives=len(nps) - promoters - detractors,
        detractors=detractors,
        nps=round(100 * (promoters - detractors) / len(nps), 1) if nps else None,
        comments=[a.comment for a in answers if a.comment],
    )
