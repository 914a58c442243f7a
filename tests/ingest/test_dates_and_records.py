"""Dates from metadata and file names, content-hash ids, and the shared article rules."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest

from summitry.ingest import Notice, article_id, read_paths, undated_warning
from summitry.ingest.dates import date_in_name, parse_date
from summitry.model import Article


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-09-13", date(2019, 9, 13)),
        ("2019-09-13T23:10:00+09:00", date(2019, 9, 13)),
        ("Fri, 13 Sep 2019 08:00:00 +0000", date(2019, 9, 13)),
        ("20190913", date(2019, 9, 13)),
        (20190913, date(2019, 9, 13)),
        ("13 September 2019", date(2019, 9, 13)),
        (datetime(2019, 9, 13, 7, 0), date(2019, 9, 13)),
        (time.strptime("2019-09-13", "%Y-%m-%d"), date(2019, 9, 13)),
    ],
)
def test_parse_date_reads_the_common_forms(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2019-02-30", "20191301", "yesterday", "soon", "", None, 3.5])
def test_parse_date_refuses_impossible_relative_and_unreadable_dates(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


def test_impossible_date_names_the_value() -> None:
    with pytest.raises(ValueError, match=r"impossible date '2019-02-30'"):
        parse_date("2019-02-30")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("briefing-2019-09-13.txt", date(2019, 9, 13)),
        ("20180612_singapore.txt", date(2018, 6, 12)),
        ("000_45ea516383d9d374.txt", None),
        ("scan_20191399.txt", None),
        ("notes.txt", None),
    ],
)
def test_date_in_name(name: str, expected: date | None) -> None:
    assert date_in_name(name) == expected


def test_article_id_ignores_whitespace_layout_but_not_words() -> None:
    assert article_id("Envoys met  in\nGeneva.") == article_id(" Envoys met in Geneva. ")
    assert article_id("Envoys met in Geneva.") != article_id("Envoys met in Oslo.")
    assert len(article_id("x")) == 16


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def articles(paths: list[Path], **options: object) -> list[Article]:
    found = list(read_paths(paths, **options))  # type: ignore[arg-type]
    assert all(isinstance(item, Article) for item in found), found
    return [item for item in found if isinstance(item, Article)]


def test_date_comes_from_metadata_then_argument_then_file_name(tmp_path: Path) -> None:
    dated = write(tmp_path / "2019-01-05.jsonl", '{"text": "Talks.", "date": "2019-03-01"}\n')
    undated_record = write(tmp_path / "b-2019-01-05.jsonl", '{"text": "More talks."}\n')

    (with_metadata,) = articles([dated], published=date(2019, 2, 2))
    (with_argument,) = articles([undated_record], published=date(2019, 2, 2))
    (with_file_name,) = articles([undated_record])

    assert with_metadata.published == date(2019, 3, 1)
    assert with_argument.published == date(2019, 2, 2)
    assert with_file_name.published == date(2019, 1, 5)


def test_bad_metadata_date_keeps_article_without_it_and_gives_a_notice(tmp_path: Path) -> None:
    path = write(tmp_path / "records.jsonl", '{"text": "Talks ended.", "date": "2019-02-30"}\n')

    notice, article = read_paths([path])

    assert isinstance(notice, Notice) and isinstance(article, Article)
    assert article.published is None
    assert notice.origin.endswith("records.jsonl:1") and "2019-02-30" in notice.message
    warning = undated_warning(article)
    assert warning is not None and warning.startswith(f"{path}:1: no publication date")


def test_undated_warning_is_none_for_a_dated_article(tmp_path: Path) -> None:
    (article,) = articles([write(tmp_path / "a.txt", "Talks ended.")], published=date(2019, 1, 1))
    assert undated_warning(article) is None


def test_titles_get_ascii_quotes_and_record_source_wins_over_argument(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.jsonl",
        '{"text": "Body ‘kept’.", "title": "Kim’s “Last” Offer", "source": "Wire"}\n'
        '{"text": "Second body."}\n',
    )

    first, second = articles([path], source="Fallback")

    assert first.title == 'Kim\'s "Last" Offer'
    assert first.body == "Body ‘kept’."
    assert (first.source, second.source) == ("Wire", "Fallback")
