"""The migrations build exactly the schema the models describe: a model changed without its
migration (or the reverse) fails here, not on a venue's PC."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.base import Base
from db.migrate import upgrade_to_head
from db.session import make_engine


def test_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "fresh.sqlite3")
    upgrade_to_head(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []
