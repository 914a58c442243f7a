"""Store: records in, SQL rows out, and queries back to records.

SQLAlchemy Core tables with Alembic migrations; SQLite (WAL) by default, PostgreSQL by URL.
Only the pipeline and the faces (through `Workspace`) write here; stages never do.
"""

from summitry.store.database import Database, open_database

__all__ = ["Database", "open_database"]
