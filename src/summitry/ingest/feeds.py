"""RSS and Atom feeds, from files or fetched from http(s) URLs: one article per entry."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser

import feedparser

from summitry.ingest.records import Draft, InputError

_FETCH_TIMEOUT_SECONDS = 30
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
)
_SKIPPED_TAGS = frozenset({"script", "style"})


def fetch_feed(url: str, max_bytes: int) -> bytes:
    """The feed document at `url`, refusing anything larger than `max_bytes`."""
    request = urllib.request.Request(url, headers={"User-Agent": "summitry feed reader"})
    try:
        with urllib.request.urlopen(request, timeout=_FETCH_TIMEOUT_SECONDS) as response:
            data: bytes = response.read(max_bytes + 1)
    except (urllib.error.URLError, OSError, ValueError) as problem:
        raise InputError(f"cannot fetch feed: {problem}") from None
    if len(data) > max_bytes:
        raise InputError(f"feed is above the limit of {max_bytes} bytes")
    return data


def read_feed(document: str | bytes, origin: str) -> Iterator[Draft]:
    """Each entry with a title or text becomes a draft named ``origin:N`` (1-based entry)."""
    try:
        parsed = feedparser.parse(document)
    except Exception as problem:  # feedparser's XML back-ends raise many types on odd input
        raise InputError(f"not a readable feed: {problem}") from None
    entries = [entry for entry in parsed.entries if _entry_text(entry) or entry.get("title")]
    if not entries:
        detail = parsed.get("bozo_exception") if parsed.bozo else "it has no entries"
        raise InputError(f"not a readable feed: {detail}")
    feed_title = parsed.feed.get("title") or None
    for number, entry in enumerate(entries, start=1):
        yield Draft(
            origin=f"{origin}:{number}",
            body=_entry_text(entry),
            title=entry.get("title"),
            source=feed_title,
            url=entry.get("link"),
            author=entry.get("author"),
            date_value=(
                entry.get("published_parsed")
                or entry.get("updated_parsed")
                or entry.get("published")
                or entry.get("updated")
            ),
        )


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment, one paragraph per block element."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    paragraphs = (" ".join(part.split()) for part in "".join(collector.parts).split("\n\n"))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    """The richest text an entry carries: full content, else its summary, as plain text."""
    contents = entry.get("content") or []
    html = max((item.get("value", "") for item in contents), key=len, default="")
    return html_to_text(html or entry.get("summary", ""))


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)
