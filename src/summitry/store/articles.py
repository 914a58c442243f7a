"""Article rows: insert, look up and query."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, fields
from datetime import date, datetime

from sqlalchemy import Connection, func, or_, select

from summitry.model import Article
from summitry.store.tables import articles

_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def existing_ids(connection: Connection, ids: Iterable[str]) -> set[str]:
    """Which of these article ids are already stored."""
    wanted = list(set(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(connection.scalars(select(articles.c.id).where(articles.c.id.in_(chunk))))
    return found


def insert_articles(
    connection: Connection, batch: Sequence[Article], ingested_at: datetime
) -> None:
    """Insert articles known not to be stored yet."""
    if batch:
        connection.execute(
            articles.insert(), [asdict(a) | {"ingested_at": ingested_at} for a in batch]
        )


def stored_bodies(connection: Connection) -> Iterator[tuple[str, str]]:
    """(id, body) of every stored article, for rebuilding the near-duplicate index."""
    for row in connection.execute(select(articles.c.id, articles.c.body)):
        yield row.id, row.body


def count_articles(connection: Connection) -> int:
    return int(connection.scalar(select(func.count()).select_from(articles)) or 0)


def get_article(connection: Connection, id_or_prefix: str) -> Article | None:
    """The article with this id, or the only one whose id starts with this prefix."""
    rows = connection.execute(
        select(articles).where(articles.c.id.startswith(id_or_prefix, autoescape=True)).limit(2)
    ).all()
    exact = [r for r in rows if r.id == id_or_prefix]
    if exact:
        return _to_article(exact[0])
    return _to_article(rows[0]) if len(rows) == 1 else None


def query_articles(
    connection: Connection,
    *,
    source: str | None = None,
    since: date | None = None,
    until: date | None = None,
    search: str | None = None,
    uncoded_only: bool = False,
    limit: int | None = None,
) -> list[Article]:
    """Articles matching all the given filters, oldest publication first (undated last)."""
    query = select(articles)
    if source:
        query = query.where(articles.c.source == source)
    if since:
        query = query.where(articles.c.published >= since)
    if until:
        query = query.where(articles.c.published <= until)
    if search:
        pattern = f"%{search}%"
        query = query.where(or_(articles.c.title.ilike(pattern), articles.c.body.ilike(pattern)))
    if uncoded_only:
        query = query.where(articles.c.coded_run.is_(None))
    query = query.order_by(articles.c.published.is_(None), articles.c.published, articles.c.id)
    if limit:
        query = query.limit(limit)
    return [_to_article(row) for row in connection.execute(query)]


def _to_article(row: object) -> Article:
    mapping = row._mapping  # type: ignore[attr-defined]
    return Article(**{name: mapping[name] for name in _ARTICLE_FIELDS})
