"""Each input format, read through `read_paths` as the CLI reads it."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from summitry.ingest import Rejection, read_paths
from summitry.model import Article

FIXTURES = Path(__file__).parent / "fixtures"


def split(items: list[Article | Rejection]) -> tuple[list[Article], list[Rejection]]:
    return (
        [item for item in items if isinstance(item, Article)],
        [item for item in items if isinstance(item, Rejection)],
    )


def test_json_lines_bad_line_is_one_rejection_and_the_rest_land(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    good = {"id": "w1", "text": "Envoys met.", "date": "2019-04-10", "source": "Wire"}
    path.write_text(
        json.dumps(good)
        + '\n{"text": "broken" "date": 1}\n\n'
        + json.dumps({"title": "no body here"})
        + "\n[1, 2]\n"
        + json.dumps({"body": "Ministers spoke.", "published": "20190411", "url": "u"})
        + "\n",
        encoding="utf-8",
    )

    articles, rejections = split(list(read_paths([path])))

    assert [a.body for a in articles] == ["Envoys met.", "Ministers spoke."]
    assert [a.published for a in articles] == [date(2019, 4, 10), date(2019, 4, 11)]
    assert articles[0].origin == f"{path}:1" and articles[1].url == "u"
    assert [(r.origin, r.reason) for r in rejections] == [
        (f"{path}:2", "not valid JSON: Expecting ',' delimiter (column 19)"),
        (f"{path}:4", "no 'text' or 'body' field"),
        (f"{path}:5", "expected a JSON object, found list"),
    ]


def test_json_array_and_single_object(tmp_path: Path) -> None:
    array = tmp_path / "many.json"
    array.write_text(json.dumps([{"text": "One."}, {"text": "Two.", "author": "A. Writer"}]))
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"body": "Alone.", "section": "World"}, indent=2))

    articles, rejections = split(list(read_paths([array, single])))

    assert rejections == []
    assert [(a.body, a.origin) for a in articles] == [
        ("One.", f"{array}:1"),
        ("Two.", f"{array}:2"),
        ("Alone.", str(single)),
    ]
    assert articles[1].author == "A. Writer" and articles[2].section == "World"


def test_broken_json_array_is_one_rejection_for_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "One."},\n {"text": ')

    assert list(read_paths([path])) == [
        Rejection(str(path), "not valid JSON: Expecting value (line 2, column 11)")
    ]


def test_csv_ragged_row_is_rejected_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "stories.csv"
    path.write_text(
        "title,text,date\n"
        'First,"Envoys met,\nand talked.",2019-05-01\n'
        "Second,Too,many,fields\n"
        "Third,Ministers spoke.,2019-05-03\n"
    )

    articles, rejections = split(list(read_paths([path])))

    assert [(a.title, a.body, a.published) for a in articles] == [
        ("First", "Envoys met,\nand talked.", date(2019, 5, 1)),
        ("Third", "Ministers spoke.", date(2019, 5, 3)),
    ]
    assert [r.origin for r in rejections] == [f"{path}:4"]
    assert "different number of fields" in rejections[0].reason


def test_tsv_and_csv_without_a_text_column(tmp_path: Path) -> None:
    tsv = tmp_path / "stories.tsv"
    tsv.write_text("title\tbody\nA headline\tThe body, with a comma.\n")
    no_text = tmp_path / "prices.csv"
    no_text.write_text("item,price\ntea,3\n")

    articles, rejections = split(list(read_paths([tsv, no_text])))

    assert [(a.title, a.body) for a in articles] == [("A headline", "The body, with a comma.")]
    assert [r.origin for r in rejections] == [str(no_text)]
    assert "no 'text' or 'body' column" in rejections[0].reason


def test_rss_entries_become_articles_with_html_stripped() -> None:
    articles, rejections = split(list(read_paths([FIXTURES / "feed.rss"])))

    assert rejections == []
    assert [a.title for a in articles] == ["Envoys agree to meet again", "Minister postpones visit"]
    assert (
        articles[0].body
        == "The two envoys agreed on Tuesday to meet again next month.\n\nNo date was set."
    )
    assert articles[0].url == "https://wire.example.org/envoys"
    assert articles[0].source == "Example Wire"
    assert [a.published for a in articles] == [date(2019, 10, 8), date(2019, 10, 9)]
    assert articles[1].origin == f"{FIXTURES / 'feed.rss'}:2"


def test_atom_entry_content_and_author() -> None:
    (article,) = list(read_paths([FIXTURES / "feed.atom"]))

    assert isinstance(article, Article)
    assert article.body == "The two leaders shook hands at the border on Sunday."
    assert (article.author, article.published) == ("Jo Reporter", date(2019, 6, 30))


def test_feed_is_sniffed_without_an_extension_and_malformed_feed_is_rejected(
    tmp_path: Path,
) -> None:
    sniffed = tmp_path / "latest"
    sniffed.write_bytes((FIXTURES / "feed.rss").read_bytes())
    malformed = tmp_path / "broken.rss"
    malformed.write_text("<rss><channel><item><title>Cut off")

    articles, rejections = split(list(read_paths([sniffed, malformed])))

    assert len(articles) == 2
    assert [r.origin for r in rejections] == [str(malformed)]
    assert rejections[0].reason.startswith("not a readable feed")


def test_html_page_main_text_and_metadata() -> None:
    (article,) = list(read_paths([FIXTURES / "page.html"]))

    assert isinstance(article, Article)
    assert article.title == "Negotiators meet in Lisbon"
    assert article.body.startswith("Negotiators from the two countries met in Lisbon")
    assert "All rights reserved" not in article.body and "Sport" not in article.body
    assert (article.source, article.author) == ("Example Times", "Sam Writer")
    assert article.url == "https://times.example.org/2019/04/negotiators-lisbon"
    assert article.published == date(2019, 4, 2)


def test_html_without_main_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>T</title></head><body><script>run()</script></body></html>")

    assert list(read_paths([path])) == [Rejection(str(path), "no main text found in the HTML page")]


def test_stdin_plain_text_and_json_lines() -> None:
    text_items = list(
        read_paths(["-"], stdin=io.StringIO("Talks in Hanoi\n\nThe talks ended early."))
    )
    jsonl_items = list(
        read_paths(["-"], stdin=io.StringIO('{"text": "First."}\nnot json\n{"text": "Second."}\n'))
    )

    assert [(a.title, a.body, a.origin) for a in split(text_items)[0]] == [
        ("Talks in Hanoi", "The talks ended early.", "<stdin>")
    ]
    articles, rejections = split(jsonl_items)
    assert [a.body for a in articles] == ["First.", "Second."]
    assert [r.origin for r in rejections] == ["<stdin>:2"]


def test_unreachable_feed_url_is_a_rejection() -> None:
    url = "http://127.0.0.1:9/feed.xml"  # the discard port: nothing listens there

    (item,) = list(read_paths([url]))

    assert isinstance(item, Rejection)
    assert item.origin == url and item.reason.startswith("cannot fetch feed")
