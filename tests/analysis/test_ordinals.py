from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from analysis_fixtures import HANOI, KIM, MOON, PRK, SINGAPORE, TRUMP, USA, stored

from summitry.analysis.merge import merge_mentions
from summitry.analysis.ordinals import (
    OrdinalCuesError,
    check_ordinals,
    find_ordinal_claims,
    load_ordinal_cues,
)
from summitry.store.evidence import StoredEvent


@pytest.mark.parametrize(
    ("sentence", "number", "types"),
    [
        ("They held a 3rd round of talks in Geneva.", 3, ("CONSULT",)),
        ("Their second Trump-Kim summit ended early.", 2, ("CONSULT",)),
        ("A fourth round of sanctions followed.", 4, ("SANCTION",)),
    ],
)
def test_ordinal_phrases_are_read(sentence: str, number: int, types: tuple[str, ...]) -> None:
    [claim] = find_ordinal_claims(sentence)
    assert (claim.number, claim.types) == (number, types)


@pytest.mark.parametrize(
    "sentence",
    [
        "At first, the meeting seemed cordial.",
        "It is the second-largest economy in the region and hosts the summit.",
        "The first thing the two leaders did after the long and difficult summit was eat.",
    ],
)
def test_ordinals_not_counting_an_event_are_ignored(sentence: str) -> None:
    assert find_ordinal_claims(sentence) == []


def _two_summits(*extra: StoredEvent) -> list[StoredEvent]:
    return [
        stored(1, "Trump met Kim in Singapore on June 12.", day=date(2018, 6, 12), place=SINGAPORE),
        stored(
            2,
            "Trump met Kim in Hanoi on February 27.",
            day=date(2019, 2, 27),
            place=HANOI,
            published=date(2019, 2, 28),
        ),
        *extra,
    ]


def test_a_correct_ordinal_raises_no_warning() -> None:
    mentions = _two_summits(
        stored(
            3,
            "Trump and Kim opened their second summit in Hanoi on February 27.",
            trigger="summit",
            day=date(2019, 2, 27),
            place=HANOI,
        )
    )
    assert check_ordinals(merge_mentions(mentions), mentions) == []


def test_a_wrong_ordinal_is_surfaced_with_the_events_counted() -> None:
    mentions = _two_summits(
        stored(
            3,
            "Trump and Kim opened their third summit in Hanoi on February 27.",
            trigger="summit",
            day=date(2019, 2, 27),
            place=HANOI,
        )
    )
    canonical = merge_mentions(mentions)
    [warning] = check_ordinals(canonical, mentions)
    singapore, hanoi = canonical
    assert (warning.event_id, warning.mention_id) == (hanoi.id, 3)
    assert (warning.claimed, warning.expected) == (3, 2)
    assert warning.earlier_event_ids == (singapore.id,)
    assert "third summit" in warning.message


def test_plans_are_counted_from_the_day_they_were_reported() -> None:
    mentions = _two_summits(
        stored(
            3,
            "Trump will hold a second summit with Kim.",
            trigger="summit",
            modality="planned",
            published=date(2019, 1, 5),
        ),
        stored(
            4,
            "Trump will hold a fourth summit with Kim.",
            trigger="summit",
            modality="planned",
            published=date(2019, 7, 1),
        ),
    )
    [warning] = check_ordinals(merge_mentions(mentions), mentions)
    assert (warning.mention_id, warning.claimed, warning.expected) == (4, 4, 3)


def test_other_dyads_and_other_types_do_not_count() -> None:
    mentions = _two_summits(
        stored(3, "Moon met Kim at the border on April 27.", source=MOON, day=date(2018, 4, 27)),
        stored(
            4,
            "Kim accused Trump of sabotaging the second summit.",
            trigger="accused",
            type="ACCUSE",
            source=KIM,
            target=TRUMP,
            day=date(2019, 3, 1),
            cameo="112",
        ),
    )
    assert check_ordinals(merge_mentions(mentions), mentions) == []


def test_cue_file_schema_is_checked(tmp_path: Path) -> None:
    bad = tmp_path / "ordinals.yaml"
    bad.write_text("ordinals: {second: 2}\nnouns: {summit: [MEET]}\nmax_gap_words: 2\n")
    with pytest.raises(OrdinalCuesError, match="summit"):
        load_ordinal_cues(bad)


THIRD_SUMMIT = stored(
    4,
    "Trump and Kim held their third summit on June 30.",
    trigger="summit",
    day=date(2019, 6, 30),
    published=date(2019, 7, 1),
)


@pytest.mark.parametrize(
    "not_a_summit",
    [
        # reported only as an envoy's visit, never as a summit
        stored(3, "Trump's envoy made a visit to Kim on March 3.", trigger="visit",
               day=date(2019, 3, 3)),
        # another type between the same leaders
        stored(3, "Trump and Kim agreed on a statement on June 13.", trigger="agreed", type="AGREE",
               day=date(2018, 6, 13)),
        # a meeting of the two states' officials, not of the leaders
        stored(3, "American and North Korean officials met at the border on March 3.", source=USA,
               target=PRK, day=date(2019, 3, 3)),
    ],
)  # fmt: skip
def test_only_the_leaders_own_summits_count(not_a_summit: StoredEvent) -> None:
    mentions = _two_summits(not_a_summit, THIRD_SUMMIT)
    assert check_ordinals(merge_mentions(mentions), mentions) == []
