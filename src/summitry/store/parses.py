"""The parse cache: serialized spaCy Docs keyed by article and pipeline.

Recoding after a lexicon or knowledge change then costs no parsing; a different pipeline
gets its own entries.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select

from summitry.store.tables import parses


def cached_docs(
    connection: Connection, article_ids: Iterable[str], pipeline: str
) -> dict[str, bytes]:
    """Serialized docs already cached for these articles under this pipeline."""
    ids = list(article_ids)
    query = select(parses.c.article_id, parses.c.doc).where(
        parses.c.pipeline == pipeline, parses.c.article_id.in_(ids)
    )
    return {row.article_id: row.doc for row in connection.execute(query)}


def cache_doc(connection: Connection, article_id: str, pipeline: str, doc: bytes) -> None:
    connection.execute(
        delete(parses).where(parses.c.article_id == article_id, parses.c.pipeline == pipeline)
    )
    connection.execute(
        parses.insert(), {"article_id": article_id, "pipeline": pipeline, "doc": doc}
    )
