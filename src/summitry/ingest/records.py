"""Records the ingest stage hands out, and the one step that turns a parsed draft into either.

Every format parser produces `Draft`s; `finish_article` applies the rules they all share
(content-hash id, date fallbacks, ASCII titles, empty-body rejection) so no parser repeats them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from summitry.ingest.dates import parse_date
from summitry.model import Article

# Typographic quotes map to ASCII in titles so a title typed by hand compares equal to the page's.
_TITLE_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
    }
)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input (a file, or one line/row/entry of it) that yielded no article, and why.

    `origin` is ``path`` or ``path:N`` with N the 1-based line, CSV row line, JSON item or
    feed entry, so a user can find the culprit.
    """

    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class Notice:
    """Something a user should know about an article that was kept (e.g. a date dropped)."""

    origin: str
    message: str


class InputError(Exception):
    """A whole input is unusable; the reader turns it into one `Rejection` for that input."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Draft:
    """What a format parser found in one record, before the shared rules are applied.

    `date_value` is the raw date as the format carried it (string, number, date or
    `time.struct_time`); it is parsed in `finish_article` so every format reports bad dates alike.
    """

    origin: str
    body: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    section: str | None = None
    lede: str | None = None
    credit: str | None = None
    author: str | None = None
    date_value: object = None


def article_id(body: str) -> str:
    """Content hash of the whitespace-normalised body: the same story read twice gets one id."""
    normalised = " ".join(body.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def normalise_title(title: str | None) -> str | None:
    """Collapse whitespace and turn typographic quotes into ASCII; None for a blank title."""
    if title is None:
        return None
    cleaned = " ".join(title.translate(_TITLE_QUOTES).split())
    return cleaned or None


def finish_article(
    draft: Draft,
    *,
    source: str | None,
    published: date | None,
    file_date: date | None,
) -> Iterator[Article | Rejection | Notice]:
    """Apply the shared rules to a draft: its article, or its rejection, after any notices.

    The date comes from the record's metadata, else `published`, else `file_date`, never
    from today. A metadata date that cannot be a date (e.g. 2019-02-30) is dropped with a
    `Notice` rather than losing the article.
    """
    body = draft.body.strip()
    if not body:
        yield Rejection(draft.origin, "empty body: no text left after removing whitespace")
        return
    metadata_date: date | None = None
    if draft.date_value not in (None, ""):
        try:
            metadata_date = parse_date(draft.date_value)
        except ValueError as problem:
            yield Notice(draft.origin, f"{problem}; kept the article without that date")
    yield Article(
        id=article_id(body),
        body=body,
        title=normalise_title(draft.title),
        source=draft.source or source,
        url=draft.url,
        section=draft.section,
        lede=draft.lede,
        credit=draft.credit,
        author=draft.author,
        published=metadata_date or published or file_date,
        origin=draft.origin,
    )


def undated_warning(article: Article) -> str | None:
    """The warning a caller should show for an article with no publication date, else None.

    Ingest never guesses today's date, so later stages would resolve "on Monday" against
    nothing; the user should know and can pass a date or put one in the file name.
    """
    if article.published is not None:
        return None
    where = article.origin or article.id
    return (
        f"{where}: no publication date found; relative dates in it cannot be resolved "
        "(give a publication date or put one such as 2019-09-13 in the file name)"
    )
