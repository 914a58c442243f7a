from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from summitry.store import open_database
from summitry.store.tables import metadata


def test_migrations_build_exactly_the_declared_tables(database_url: str) -> None:
    database = open_database(database_url)
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_opening_twice_keeps_the_schema_at_head(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nested' / 'b.db'}"
    first = open_database(url).schema_revision()
    assert first is not None
    assert open_database(url).schema_revision() == first
