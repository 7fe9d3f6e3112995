"""What a customer's erasure or merge does to the care records: what was said on calls, the
comments given and the reason of a class override may describe the person and are dropped;
the counted facts (call dates and states, scores) stay so the month's figures do not change.
On a merge, the kept file wins where both have the same occasion or an override."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from db.models import CareTask, ClassOverride, SatisfactionAnswer

MERGED_MODELS = (CareTask, SatisfactionAnswer)


def blank_care_free_text(session: Session, customer_id: str) -> None:
    session.execute(
        update(CareTask)
        .where(CareTask.customer_id == customer_id)
        .values(note=None, result=None, next_step=None)
    )
    session.execute(
        update(SatisfactionAnswer)
        .where(SatisfactionAnswer.customer_id == customer_id)
        .values(comment=None)
    )
    session.execute(delete(ClassOverride).where(ClassOverride.customer_id == customer_id))


def prepare_care_merge(session: Session, keep_id: str, other_id: str) -> None:
    """Drop the merged file's duplicates of the kept file's occasions and its override, so
    moving its rows over cannot break one-task-per-occasion or one-override-per-customer."""
    kept = select(CareTask.kind, CareTask.occasion).where(CareTask.customer_id == keep_id)
    taken = {(kind, occasion) for kind, occasion in session.execute(kept)}
    for row in session.scalars(select(CareTask).where(CareTask.customer_id == other_id)):
        if (row.kind, row.occasion) in taken:
            session.delete(row)
    if session.scalar(select(ClassOverride.id).where(ClassOverride.customer_id == keep_id)):
        session.execute(delete(ClassOverride).where(ClassOverride.customer_id == other_id))
    else:
        session.execute(
            update(ClassOverride)
            .where(ClassOverride.customer_id == other_id)
            .values(customer_id=keep_id)
        )
    session.flush()
