"""Event dates: the expression attached to the trigger, resolved against publication."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from summitry.events.dates import (
    DateLexiconError,
    ImpossibleDate,
    default_date_lexicon,
    interpret_expression,
    parse_date_lexicon,
    resolve_event_date,
)
from summitry.model import DateSpan

SEPT_2018 = date(2018, 9, 11)  # a Tuesday
SEPT_2019 = date(2019, 9, 13)  # a Friday


def resolve(nlp: Language, text: str, trigger: str, published: date | None) -> DateSpan | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return resolve_event_date(token.sent, token, published)


def span(first: str, last: str | None = None) -> tuple[date, date]:
    return date.fromisoformat(first), date.fromisoformat(last or first)


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        (
            "Aides prepared a sequel to the June 12 summit between the two leaders.",
            "summit",
            SEPT_2018,
            span("2018-06-12"),
        ),
        (
            "The envoy visited the capital in early July.",
            "visited",
            SEPT_2018,
            span("2018-07-01", "2018-07-10"),
        ),
        ("The ministers met in mid-August.", "met", SEPT_2018, span("2018-08-11", "2018-08-20")),
        (
            "The envoy's late-August trip to Lima, which was called off after a row, upset aides.",
            "trip",
            SEPT_2018,
            span("2018-08-21", "2018-08-31"),
        ),
        (
            "On September 9, the deputy minister issued a statement.",
            "issued",
            SEPT_2019,
            span("2019-09-09"),
        ),
        (
            "The premier hinted that a third summit may be possible before the end of this year.",
            "summit",
            SEPT_2019,
            span("2019-09-13", "2019-12-31"),
        ),
        (
            "The chancellor recalled the June 30 summit at the border.",
            "summit",
            SEPT_2019,
            span("2019-06-30"),
        ),
        (
            "Envoys met before the failed February 2019 Oslo summit.",
            "summit",
            SEPT_2019,
            span("2019-02-01", "2019-02-28"),
        ),
        (
            "At the Lisbon summit meeting last June, the premier made a pledge.",
            "meeting",
            SEPT_2019,
            span("2018-06-01", "2018-06-30"),
        ),
        ("The ministers met in February.", "met", SEPT_2019, span("2019-02-01", "2019-02-28")),
        (
            "The ministers will meet in February.",
            "meet",
            SEPT_2019,
            span("2020-02-01", "2020-02-29"),
        ),
        (
            "The ministers will meet next month.",
            "meet",
            SEPT_2019,
            span("2019-10-01", "2019-10-31"),
        ),
        ("The ministers met last week.", "met", SEPT_2019, span("2019-09-02", "2019-09-08")),
        ("The ministers met yesterday.", "met", SEPT_2019, span("2019-09-12")),
        ("The ministers met in 2018.", "met", SEPT_2019, span("2018-01-01", "2018-12-31")),
        (
            "The ministers hope to meet this year.",
            "meet",
            SEPT_2019,
            span("2019-01-01", "2019-12-31"),
        ),
        ("The ministers met on 12 June 2018 in Oslo.", "met", SEPT_2019, span("2018-06-12")),
        (
            "The talks, which will be held in late October, are expected to be tough.",
            "talks",
            SEPT_2019,
            span("2019-10-21", "2019-10-31"),
        ),
    ],
)
def test_date_from_text(
    nlp: Language, text: str, trigger: str, published: date, expected: tuple[date, date]
) -> None:
    found = resolve(nlp, text, trigger, published)
    assert found is not None and found.from_text
    assert (found.start, found.end) == expected


@pytest.mark.parametrize(
    ("published", "tense", "expected"),
    [
        (date(2019, 9, 10), "met", "2019-09-09"),  # Tuesday: the day before
        (date(2019, 9, 12), "met", "2019-09-09"),  # Thursday: the same week's Monday
        (date(2019, 9, 9), "met", "2019-09-09"),  # Monday itself
        (date(2019, 9, 12), "will meet", "2019-09-16"),  # planned: the next Monday
    ],
)
def test_weekday_relative_to_publication(
    nlp: Language, published: date, tense: str, expected: str
) -> None:
    found = resolve(
        nlp,
        f"The foreign ministers {tense} on Monday.",
        "met" if tense == "met" else "meet",
        published,
    )
    assert found is not None
    assert (found.start, found.end) == span(expected)


def test_impossible_date_is_skipped_visibly(nlp: Language) -> None:
    found = resolve(nlp, "The envoys met on February 30 in Oslo.", "met", SEPT_2019)
    assert found == DateSpan(
        SEPT_2019, SEPT_2019, from_text=False, text="unparseable: on February 30"
    )


def test_no_expression_falls_back_to_publication(nlp: Language) -> None:
    found = resolve(nlp, "The envoys met in Oslo.", "met", SEPT_2019)
    assert found == DateSpan(SEPT_2019, SEPT_2019, from_text=False, text="")


def test_date_of_the_saying_does_not_date_the_event(nlp: Language) -> None:
    found = resolve(
        nlp, "Officials said on Thursday that the ministers will meet soon.", "meet", SEPT_2019
    )
    assert found is not None and not found.from_text


def test_without_publication_only_explicit_years_resolve(nlp: Language) -> None:
    assert resolve(nlp, "The envoys met on Monday.", "met", None) is None
    found = resolve(nlp, "The envoys met in March 2017.", "met", None)
    assert found is not None and (found.start, found.end) == span("2017-03-01", "2017-03-31")


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("late-August", "past", span("2019-08-21", "2019-08-31")),
        ("the end of this year", "future", span("2019-12-01", "2019-12-31")),
        ("early next year", "future", span("2020-01-01", "2020-04-30")),
        ("earlier this month", "past", span("2019-09-01", "2019-09-13")),
        ("since June", "past", span("2019-06-01", "2019-09-13")),
        ("two weeks ago", "past", span("2019-08-26", "2019-09-01")),
        ("next June", "future", span("2020-06-01", "2020-06-30")),
        ("Sept. 20th", "future", span("2019-09-20")),
        ("2019-06-30", "past", span("2019-06-30")),
    ],
)
def test_interpret_expression(text: str, direction: str, expected: tuple[date, date]) -> None:
    assert interpret_expression(text, SEPT_2019, direction) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["February 30", "June 31", "April 45", "2019-02-29"])
def test_impossible_expression_raises(text: str) -> None:
    with pytest.raises(ImpossibleDate):
        interpret_expression(text, SEPT_2019)


def test_unsupported_expression_is_none() -> None:
    assert interpret_expression("a day", SEPT_2019) is None
    assert interpret_expression("the 1990s", SEPT_2019) is None


def test_shipped_lexicon_loads() -> None:
    lexicon = default_date_lexicon()
    assert lexicon.months["sept"] == 9
    assert lexicon.month_parts["late"] == (21, 31)


def test_bad_lexicon_fails_loudly() -> None:
    with pytest.raises(DateLexiconError):
        parse_date_lexicon({"months": {"june": 13}})


WORDS = st.sampled_from(
    [
        "June",
        "February",
        "30",
        "31",
        "12",
        "2019",
        "early",
        "mid",
        "late",
        "-",
        "last",
        "next",
        "this",
        "week",
        "year",
        "month",
        "Monday",
        "before",
        "since",
        "the",
        "end",
        "of",
        "ago",
        "two",
        "yesterday",
        "0",
        "99",
        "9999",
        "1900",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=5),
    published=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    direction=st.sampled_from(["past", "future"]),
)
def test_interpretation_never_inverts_a_range(
    words: list[str], published: date, direction: str
) -> None:
    try:
        found = interpret_expression(" ".join(words), published, direction)  # type: ignore[arg-type]
    except ImpossibleDate:
        return
    assert found is None or found[0] <= found[1]


@settings(max_examples=40, deadline=None)
@given(
    phrase=st.lists(WORDS, min_size=1, max_size=4),
    published=st.one_of(
        st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
    ),
)
def test_resolve_never_raises(nlp: Language, phrase: list[str], published: date | None) -> None:
    doc = nlp(f"The envoys met on {' '.join(phrase)} in Oslo.")
    trigger = doc[2]
    found = resolve_event_date(doc[:], trigger, published)
    assert found is None or found.start <= found.end
    if published is not None:
        assert found is not None
