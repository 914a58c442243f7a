"""Walk the inputs a user named and read each with the parser its format needs.

Nothing here raises for bad data: every unreadable path, unusable file or broken record
becomes one `Rejection`, so one bad file in a thousand never stops an ingest.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from summitry.config import DEFAULT_MAX_BYTES
from summitry.ingest.dates import date_in_name
from summitry.ingest.decoding import decode_bytes, normalise_newlines, read_limited
from summitry.ingest.feeds import fetch_feed, read_feed
from summitry.ingest.plaintext import split_text
from summitry.ingest.records import Draft, InputError, Notice, Rejection, finish_article
from summitry.ingest.structured import read_delimited, read_json_document, read_json_lines
from summitry.ingest.webpage import read_webpage
from summitry.model import Article

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
_FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
}
_FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf")
_SNIFF_CHARS = 2048


@dataclass(frozen=True, slots=True)
class _Options:
    source: str | None
    published: date | None
    max_bytes: int


def read_paths(
    paths: Sequence[str | Path],
    *,
    source: str | None = None,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | None = None,
) -> Iterator[Article | Rejection | Notice]:
    """Articles from files, directories (recursively, sorted), ``-`` (stdin) and feed URLs.

    `source` and `published` fill in what an input's own metadata lacks; an article's date
    otherwise falls back to a date in its file name, then to None. Bad inputs yield
    `Rejection`s; the generator never raises for bad data.
    """
    options = _Options(source=source, published=published, max_bytes=max_bytes)
    for item in iter_inputs(paths):
        if isinstance(item, Rejection):
            yield item
        elif item == STDIN:
            yield from _read_stdin(stdin or sys.stdin, options)
        elif isinstance(item, str):
            yield from _read_url(item, options)
        else:
            yield from _read_file(item, options)


def count_inputs(paths: Sequence[str | Path]) -> int:
    """How many inputs (files, stdin, URLs, unreadable paths) `read_paths` will visit."""
    return sum(1 for _ in iter_inputs(paths))


def iter_inputs(paths: Sequence[str | Path]) -> Iterator[Path | str | Rejection]:
    """Files in the order they are read; ``-`` and URLs as strings; bad paths as rejections.

    Hidden files and directories (``.git``, ``.DS_Store``) are skipped inside directories.
    """
    for raw in paths:
        text = str(raw)
        if text == STDIN or _is_url(text):
            yield text
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield Rejection(text, "no such file or directory")


def _walk(directory: Path) -> Iterator[Path | Rejection]:
    try:
        children = sorted(directory.iterdir())
    except OSError as problem:
        yield Rejection(str(directory), f"cannot list directory: {problem.strerror or problem}")
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        else:
            yield child


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _read_file(path: Path, options: _Options) -> Iterator[Article | Rejection | Notice]:
    origin = str(path)
    try:
        text = decode_bytes(read_limited(path, options.max_bytes))
    except InputError as problem:
        yield Rejection(origin, problem.reason)
        return
    kind = _FORMAT_BY_SUFFIX.get(path.suffix.lower()) or _sniff(text)
    yield from _finish_all(_parse(kind, text, origin), origin, options, date_in_name(path.name))


def _read_stdin(stream: TextIO, options: _Options) -> Iterator[Article | Rejection | Notice]:
    """Standard input holds plain text or JSON (Lines), told apart by its first character."""
    try:
        text = stream.read(options.max_bytes + 1)
    except (OSError, UnicodeDecodeError) as problem:
        yield Rejection(STDIN_ORIGIN, f"cannot read standard input: {problem}")
        return
    if len(text) > options.max_bytes:
        yield Rejection(STDIN_ORIGIN, f"input is above the limit of {options.max_bytes} bytes")
        return
    text = normalise_newlines(text)
    kind = "json" if text.lstrip().startswith(("[", "{")) else "text"
    yield from _finish_all(_parse(kind, text, STDIN_ORIGIN), STDIN_ORIGIN, options, None)


def _read_url(url: str, options: _Options) -> Iterator[Article | Rejection | Notice]:
    """Only feeds come from URLs: a page fetched by URL would need a crawler's manners."""
    try:
        document = fetch_feed(url, options.max_bytes)
    except InputError as problem:
        yield Rejection(url, problem.reason)
        return
    yield from _finish_all(read_feed(document, url), url, options, None)


def _finish_all(
    drafts: Iterator[Draft | Rejection],
    origin: str,
    options: _Options,
    file_date: date | None,
) -> Iterator[Article | Rejection | Notice]:
    """Turn drafts into articles; a whole-input failure or an input with no records is one
    rejection for the input."""
    produced = False
    try:
        for draft in drafts:
            produced = True
            if isinstance(draft, Rejection):
                yield draft
            else:
                yield from finish_article(
                    draft,
                    source=options.source,
                    published=options.published,
                    file_date=file_date,
                )
    except InputError as problem:
        yield Rejection(origin, problem.reason)
        return
    if not produced:
        yield Rejection(origin, "no articles found in it")


def _parse(kind: str, text: str, origin: str) -> Iterator[Draft | Rejection]:
    if kind == "jsonl":
        yield from read_json_lines(text, origin)
    elif kind == "json":
        yield from read_json_document(text, origin)
    elif kind in ("csv", "tsv"):
        csv.field_size_limit(max(csv.field_size_limit(), len(text)))  # a body may be long
        yield from read_delimited(text, origin, "\t" if kind == "tsv" else ",")
    elif kind == "feed":
        yield from read_feed(text, origin)
    elif kind == "html":
        yield read_webpage(text, origin)
    else:
        yield split_text(text, origin)


def _sniff(text: str) -> str:
    """The format of a file whose name does not say: markup, JSON, or plain text."""
    head = text.lstrip()[:_SNIFF_CHARS].lower()
    if head.startswith("<"):
        return "feed" if any(marker in head for marker in _FEED_MARKERS) else "html"
    if head.startswith(("[", "{")):
        return "json"  # a JSON document, or JSON Lines: the JSON reader tells them apart
    return "text"
