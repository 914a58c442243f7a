"""Where inputs come from: feed URLs (served locally here), stdin limits and input counting."""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Iterator
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from summitry.ingest import Rejection, count_inputs, read_paths
from summitry.model import Article

FIXTURES = Path(__file__).parent / "fixtures"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture
def fixture_server() -> Iterator[str]:
    """An HTTP server on localhost serving the fixtures folder; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(FIXTURES))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_feed_url_is_fetched_and_its_entries_ingested(fixture_server: str) -> None:
    url = f"{fixture_server}/feed.rss"

    items = list(read_paths([url], source="ignored when the feed names itself"))

    assert [(a.title, a.origin, a.published) for a in items if isinstance(a, Article)] == [
        ("Envoys agree to meet again", f"{url}:1", date(2019, 10, 8)),
        ("Minister postpones visit", f"{url}:2", date(2019, 10, 9)),
    ]
    assert all(isinstance(a, Article) and a.source == "Example Wire" for a in items)


def test_feed_url_above_the_size_limit_is_refused(fixture_server: str) -> None:
    url = f"{fixture_server}/feed.rss"

    assert list(read_paths([url], max_bytes=100)) == [
        Rejection(url, "feed is above the limit of 100 bytes")
    ]


def test_missing_feed_url_is_a_rejection(fixture_server: str) -> None:
    url = f"{fixture_server}/nothing-here.xml"

    (item,) = list(read_paths([url]))

    assert isinstance(item, Rejection) and item.origin == url
    assert "404" in item.reason


def test_stdin_above_the_size_limit_is_refused() -> None:
    assert list(read_paths(["-"], stdin=io.StringIO("x" * 50), max_bytes=10)) == [
        Rejection("<stdin>", "input is above the limit of 10 bytes")
    ]


def test_count_inputs_counts_stdin_urls_files_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Two.")

    paths: list[str | Path] = [
        "-",
        "https://feeds.example.org/rss",
        tmp_path,
        tmp_path / "absent.txt",
    ]

    assert count_inputs(paths) == 5
