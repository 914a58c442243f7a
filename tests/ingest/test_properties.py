"""Property: whatever bytes a file holds, reading it yields records and never raises."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitry.ingest import Rejection, read_paths
from summitry.model import Article

SUFFIXES = ["", ".txt", ".jsonl", ".json", ".csv", ".tsv", ".xml", ".html"]
PREFIXES = [b"", b"{", b"[", b"<rss>", b"<html>", b"text,title\n", b"\xef\xbb\xbf", b"\xff\xfe"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prefix=st.sampled_from(PREFIXES),
    data=st.binary(max_size=600),
    suffix=st.sampled_from(SUFFIXES),
)
def test_read_paths_never_raises_on_arbitrary_bytes(
    tmp_path: Path, prefix: bytes, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(prefix + data)

    items = list(read_paths([path], max_bytes=10_000))

    assert items, "every input yields at least one article or rejection"
    for item in items:
        assert isinstance(item, Article | Rejection)
        if isinstance(item, Article):
            assert item.body.strip()


@settings(max_examples=50, deadline=None)
@given(text=st.text(max_size=400))
def test_stdin_never_raises_on_arbitrary_text(text: str) -> None:
    items = list(read_paths(["-"], stdin=io.StringIO(text)))

    assert items and all(isinstance(item, Article | Rejection) for item in items)
