"""Indexes for the care dashboard and the day's care list on 100,000 customers: the month's
spend per day and department, files created and customers turned dormant are read from index
pages alone. The new consumptions index starts with the day, so the day-only one is dropped;
uq_care_tasks_customer_id (customer_id first) serves every lookup of a customer's care tasks,
so their customer-only index is dropped too (the day's ~70,000 planned calls insert faster).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_CONSUMPTIONS_PAID = ["day", "reversed_at", "amount_fen", "discount_fen", "department"]
_CUSTOMERS_DORMANT = ["activity", "last_activity_at", "erased_at", "merged_into_id"]


def upgrade() -> None:
    with op.batch_alter_table("consumptions", schema=None) as batch_op:
        batch_op.create_index("ix_consumptions_day_paid", _CONSUMPTIONS_PAID, unique=False)
        batch_op.drop_index("ix_consumptions_day")

    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customers_created", ["created_at", "merged_into_id"], unique=False
        )
        batch_op.create_index("ix_customers_activity_last", _CUSTOMERS_DORMANT, unique=False)

    with op.batch_alter_table("care_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_tasks_customer_id"))


def downgrade() -> None:
    with op.batch_alter_table("care_tasks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_care_tasks_customer_id"), ["customer_id"], unique=False
        )

    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_activity_last")
        batch_op.drop_index("ix_customers_created")

    with op.batch_alter_table("consumptions", schema=None) as batch_op:
        batch_op.create_index("ix_consumptions_day", ["day"], unique=False)
        batch_op.drop_index("ix_consumptions_day_paid")
