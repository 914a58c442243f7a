"""The shipped example articles: present, readable, dated and the right length for the demo."""

from __future__ import annotations

from summitry.ingest import example_paths, read_paths
from summitry.model import Article


def test_shipped_examples_ingest_as_dated_titled_articles() -> None:
    paths = example_paths()
    items = list(read_paths(paths))

    assert [path.name for path in paths] == ["articles.jsonl"]
    assert len(items) == 6
    for item in items:
        assert isinstance(item, Article), item
        assert item.published is not None and item.title and item.source
        assert 150 <= len(item.body.split()) <= 300
    assert len({item.id for item in items if isinstance(item, Article)}) == 6
