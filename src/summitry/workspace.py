"""`Workspace`: the one Python API that the CLI, the REST API and workers all call.

A workspace is a database plus the settings to fill it: ingest files, code what is not
coded yet, and query articles, events and quotes back as plain records.

The coder (spaCy) and the analysis layer (pandas, pyarrow, matplotlib) are imported inside the
methods that need them, so commands that only ingest or list start in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from summitry import __version__
from summitry.config import Settings, as_db_url
from summitry.ingest import NearDuplicateIndex, Notice, Rejection, read_paths, undated_warning
from summitry.model import Article, CanonicalEvent
from summitry.store import Database, evidence, open_database
from summitry.store import articles as article_rows
from summitry.store import canonical as canonical_rows
from summitry.store import parses as parse_cache
from summitry.store.canonical import StoredLink
from summitry.store.evidence import StoredEvent, StoredQuote

if TYPE_CHECKING:
    import pandas as pd

    from summitry.analysis import ActorActivity, ExportFormat, OrdinalWarning
    from summitry.pipeline import Coder

INGEST_BATCH = 200
CODE_BATCH = 16


@dataclass(slots=True)
class IngestReport:
    """What one ingest did: counts for the summary line, and every problem by file and line."""

    added: int = 0
    duplicates: int = 0
    rejected: int = 0
    near_duplicates: list[tuple[str, str]] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        return {"added": self.added, "duplicates": self.duplicates, "rejected": self.rejected}


@dataclass(slots=True)
class CodeReport:
    """What one coding run did."""

    articles: int = 0
    parsed: int = 0
    actors: int = 0
    events: int = 0
    quotes: int = 0
    canonical: int = 0

    def summary(self) -> dict[str, int]:
        return {
            "canonical_events": self.canonical,
            "articles": self.articles,
            "parsed": self.parsed,
            "actors": self.actors,
            "events": self.events,
            "quotes": self.quotes,
        }


class Workspace:
    """A summitry database and the operations on it.

    >>> ws = Workspace("sqlite:///news.db")        # doctest: +SKIP
    >>> ws.ingest(["articles/"]).summary()          # doctest: +SKIP
    {'added': 12, 'duplicates': 0, 'rejected': 1}
    """

    def __init__(self, db_url: str | None = None, settings: Settings | None = None) -> None:
        base = settings or Settings()
        self.settings = base if db_url is None else replace(base, db_url=as_db_url(db_url))
        self._database: Database | None = None
        self._coder: Coder | None = None

    @property
    def database(self) -> Database:
        """The database, opened and migrated on first use."""
        if self._database is None:
            self._database = open_database(self.settings.db_url)
        return self._database

    # -- ingest ----------------------------------------------------------------------------

    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        source: str | None = None,
        published: date | None = None,
        max_bytes: int | None = None,
        on_item: Callable[[str], None] | None = None,
    ) -> IngestReport:
        """Read articles from files, directories, feeds or `-` and store the new ones.

        Batches are written in their own transactions, so an interrupted ingest keeps every
        finished batch and a rerun adds only what is missing. Articles already stored (same
        content hash) count as duplicates; near-duplicates are stored and linked to the
        original they resemble.
        """
        report = IngestReport()
        with self.database.transaction() as connection:
            index = NearDuplicateIndex()
            for article_id, body in article_rows.stored_bodies(connection):
                index.add(article_id, body)
        batch: list[Article] = []
        for item in read_paths(
            paths,
            source=source,
            published=published,
            max_bytes=max_bytes or self.settings.max_bytes,
        ):
            if on_item is not None:
                on_item(item.origin or "")
            if isinstance(item, Rejection):
                report.rejected += 1
                report.rejections.append(item)
                continue
            if isinstance(item, Notice):
                report.warnings.append(f"{item.origin}: {item.message}")
                continue
            batch.append(item)
            if len(batch) >= INGEST_BATCH:
                self._store_batch(batch, index, report)
                batch = []
        self._store_batch(batch, index, report)
        return report

    def _store_batch(
        self, batch: list[Article], index: NearDuplicateIndex, report: IngestReport
    ) -> None:
        with self.database.transaction() as connection:
            stored = article_rows.existing_ids(connection, (a.id for a in batch))
            fresh: dict[str, Article] = {}
            for article in batch:
                if article.id in stored or article.id in fresh:
                    report.duplicates += 1
                    continue
                original = index.find(article.body)
                if original is not None:
                    article = replace(article, near_duplicate_of=original)
                    report.near_duplicates.append((article.id, original))
                index.add(article.id, article.body)
                warning = undated_warning(article)
                if warning:
                    report.warnings.append(warning)
                fresh[article.id] = article
            article_rows.insert_articles(connection, list(fresh.values()), _now())
            report.added += len(fresh)

    # -- coding ----------------------------------------------------------------------------

    def coder(self) -> Coder:
        """The coding pipeline for this workspace's settings, built on first use."""
        if self._coder is None:
            from summitry.pipeline import Coder  # spaCy loads only when coding is asked for

            self._coder = Coder(self.settings)
        return self._coder

    def code(
        self,
        *,
        recode: bool = False,
        batch_size: int = CODE_BATCH,
        on_article: Callable[[Article], None] | None = None,
    ) -> CodeReport:
        """Code stored articles not coded yet (all of them with `recode`).

        Each batch is written in one transaction that replaces the coded articles' rows, so
        an interrupted run loses at most one batch and rerunning codes only what is missing.
        Parses are cached per pipeline: recoding after a knowledge change does not re-parse.
        """
        coder = self.coder()
        report = CodeReport()
        with self.database.transaction() as connection:
            todo = article_rows.query_articles(connection, uncoded_only=not recode)
            run_id = evidence.start_run(
                connection,
                started_at=_now(),
                spacy_model=coder.pipeline_id,
                knowledge_version=coder.knowledge_version,
            )
        for start in range(0, len(todo), batch_size):
            self._code_batch(coder, todo[start : start + batch_size], run_id, report, on_article)
        if todo:
            report.canonical = self.rebuild_canonical()
        return report

    def _code_batch(
        self,
        coder: Coder,
        batch: list[Article],
        run_id: int,
        report: CodeReport,
        on_article: Callable[[Article], None] | None,
    ) -> None:
        with self.database.transaction() as connection:
            cached = parse_cache.cached_docs(connection, (a.id for a in batch), coder.pipeline_id)
        docs = coder.parse_cached([a.body for a in batch], [cached.get(a.id) for a in batch])
        with self.database.transaction() as connection:
            for article, (doc, newly_parsed) in zip(batch, docs, strict=True):
                if on_article is not None:
                    on_article(article)
                if newly_parsed:
                    parse_cache.cache_doc(
                        connection, article.id, coder.pipeline_id, coder.to_bytes(doc)
                    )
                    report.parsed += 1
                coded = coder.code_doc(doc, article_id=article.id, published=article.published)
                evidence.replace_coding(
                    connection, article.id, run_id, coded.actors, coded.events, coded.quotes
                )
                report.articles += 1
                report.events += len(coded.events)
                report.actors += len(coded.actors)
                report.quotes += len(coded.quotes)

    def rebuild_canonical(self) -> int:
        """Merge every stored event mention into canonical events and link plans to outcomes.

        The whole history is rebuilt at once: a new mention can join, split or realise events
        reported long before, and merging is deterministic, so ids stay stable across rebuilds.
        """
        from summitry.analysis import canonical_to_json, link_plans, merge_mentions

        with self.database.transaction() as connection:
            merged = merge_mentions(evidence.query_events(connection))
            links = [StoredLink(k.plan_id, k.event_id, k.reason) for k in link_plans(merged)]
            canonical_rows.replace_canonical(
                connection, [(e, canonical_to_json(e)) for e in merged], links
            )
        return len(merged)

    # -- queries ---------------------------------------------------------------------------

    def articles(
        self,
        *,
        source: str | None = None,
        since: date | None = None,
        until: date | None = None,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[Article]:
        """Stored articles matching all filters, by publication date."""
        with self.database.transaction() as connection:
            return article_rows.query_articles(
                connection, source=source, since=since, until=until, search=search, limit=limit
            )

    def article(self, id_or_prefix: str) -> Article | None:
        """One article by id or unambiguous id prefix."""
        with self.database.transaction() as connection:
            return article_rows.get_article(connection, id_or_prefix)

    def events(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        modality: str | None = None,
        since: date | None = None,
        until: date | None = None,
        article_id: str | None = None,
    ) -> list[StoredEvent]:
        """Coded event mentions with their evidence, by event date.

        `actor` matches an actor id, a country code or part of a name on either side.
        """
        with self.database.transaction() as connection:
            return evidence.query_events(
                connection,
                actor=actor,
                event_type=event_type,
                modality=modality,
                since=since,
                until=until,
                article_id=article_id,
            )

    def search_events(self, text: str) -> list[StoredEvent]:
        """Event mentions whose sentence contains `text` (case-insensitive)."""
        with self.database.transaction() as connection:
            return evidence.query_events(connection, text=text)

    def quotes(self, *, actor: str | None = None) -> list[StoredQuote]:
        """Attributed direct quotations, optionally of one speaker."""
        with self.database.transaction() as connection:
            return evidence.query_quotes(connection, actor=actor)

    def canonical_events(self) -> list[CanonicalEvent]:
        """Every canonical event (merged from the coded mentions), in date order."""
        from summitry.analysis import canonical_from_json

        with self.database.transaction() as connection:
            records = canonical_rows.canonical_records(connection)
        return [canonical_from_json(r) for r in records]

    def timeline(
        self,
        actor_a: str,
        actor_b: str | None = None,
        *,
        since: date | None = None,
        until: date | None = None,
        event_type: str | None = None,
        modality: str | None = None,
    ) -> list[CanonicalEvent]:
        """Canonical events of one actor, or between two, in chronological order."""
        from summitry.analysis import timeline

        return timeline(
            self.canonical_events(),
            actor_a,
            actor_b,
            since=since,
            until=until,
            event_type=event_type,
            modality=modality,
        )

    def dyad(self, actor_a: str, actor_b: str, *, freq: Literal["M", "W"] = "M") -> pd.DataFrame:
        """Per-period counts by quad class and a cooperation–conflict score for two actors."""
        from summitry.analysis import dyad_series

        return dyad_series(self.canonical_events(), actor_a, actor_b, freq=freq)

    def active_actors(self, top: int = 20) -> list[ActorActivity]:
        """The actors taking part in the most canonical events."""
        from summitry.analysis import most_active_actors

        return most_active_actors(self.canonical_events(), top=top)

    def ordinal_warnings(self) -> list[OrdinalWarning]:
        """Ordinal claims ("the second summit") that disagree with the stored sequence."""
        from summitry.analysis import check_ordinals

        with self.database.transaction() as connection:
            mentions = evidence.query_events(connection)
        return check_ordinals(self.canonical_events(), mentions)

    def export(self, fmt: ExportFormat, path: Path) -> int:
        """Write the canonical events in an export format; returns the number of rows."""
        from summitry.analysis import export

        with self.database.transaction() as connection:
            mentions = evidence.query_events(connection)
        return export(self.canonical_events(), mentions, fmt, path)

    def info(self) -> dict[str, Any]:
        """Where the data lives and how much of it there is."""
        with self.database.transaction() as connection:
            count = article_rows.count_articles(connection)
        return {
            "version": __version__,
            "database": self.database.url,
            "schema": self.database.schema_revision(),
            "articles": count,
            "spacy_model": self.settings.spacy_model,
        }


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
