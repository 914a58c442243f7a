"""Plain text and scraped pages: header boilerplate found by its shape, not by its words."""

from __future__ import annotations

from pathlib import Path

from summitry.ingest import read_paths
from summitry.ingest.plaintext import split_text
from summitry.model import Article

FIXTURES = Path(__file__).parent / "fixtures"


def only_article(paths: list[Path]) -> Article:
    (item,) = list(read_paths(paths))
    assert isinstance(item, Article), item
    return item


def test_scraped_page_header_becomes_metadata_and_body_starts_at_first_paragraph() -> None:
    article = only_article([FIXTURES / "scraped_page.txt"])

    assert article.title == "Envoys Return to Geneva: Why the Timing Isn't an Accident"
    assert article.section == "Asia Desk"
    assert article.lede is not None and article.lede.startswith("The foreign ministry says")
    assert article.credit == "Photo by Example Photo Agency"
    assert article.body.startswith("On Tuesday, a foreign ministry spokesman")
    assert "Most Read" not in article.body
    assert "“We expect a serious discussion,”" in article.body  # body keeps typographic quotes


def test_header_detection_does_not_depend_on_the_navigation_words() -> None:
    page = "\n\n".join(
        [
            "World",
            "Talks Resume in Oslo",
            "Trending Now",
            "Editors' Picks",
            "World",
            "Talks Resume in Oslo",
            "Both delegations arrived on Monday evening.",
            "Talks Resume in Oslo\nImage: Example Pool",
            "Delegates met for three hours on Tuesday and agreed to continue.",
        ]
    )
    parts = split_text(page, "page.txt")

    assert parts.title == "Talks Resume in Oslo"
    assert parts.section == "World"
    assert parts.lede == "Both delegations arrived on Monday evening."
    assert parts.credit == "Example Pool"
    assert parts.body == "Delegates met for three hours on Tuesday and agreed to continue."


def test_credit_line_alone_ends_a_header() -> None:
    parts = split_text(
        "Politics\n\nMinisters Sign Accord in Rome\n\nCredit: Example Pool\n\n"
        "The ministers signed the accord on Friday.",
        "page.txt",
    )

    assert (parts.section, parts.title, parts.credit) == (
        "Politics",
        "Ministers Sign Accord in Rome",
        "Example Pool",
    )
    assert parts.body == "The ministers signed the accord on Friday."


def test_plain_text_first_line_is_title_when_it_stands_alone_as_a_headline() -> None:
    parts = split_text(
        "Ministers meet in Vienna\n\nThe ministers met on Friday.\n\nThey agreed.", "page.txt"
    )

    assert parts.title == "Ministers meet in Vienna"
    assert parts.body == "The ministers met on Friday.\n\nThey agreed."
    assert parts.section is None and parts.lede is None


def test_plain_text_without_a_headline_is_all_body() -> None:
    sentence_first = "The ministers met on Friday.\n\nThey agreed to meet again."
    hard_wrapped = "The ministers met on Friday in Vienna and\nagreed to meet again in May."

    assert split_text(sentence_first, "page.txt").title is None
    assert split_text(sentence_first, "page.txt").body == sentence_first
    assert split_text(hard_wrapped, "page.txt").title is None
    assert split_text(hard_wrapped, "page.txt").body == hard_wrapped


def test_a_repeated_line_deep_in_the_text_is_not_a_header() -> None:
    lines = [f"Paragraph {n} reports what the delegation said on day {n}." for n in range(6)]
    text = "\n\n".join(["Advertisement", *lines, "Advertisement", "Closing remarks."])

    parts = split_text(text, "page.txt")

    assert parts.lede is None
    assert all(line in parts.body for line in lines)
    assert parts.body.endswith("Closing remarks.")
