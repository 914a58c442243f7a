from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from analysis_fixtures import (
    HANOI,
    KIM,
    POMPEO,
    PRK,
    SINGAPORE,
    SINGAPORE_STATE,
    TRUMP,
    USA,
    stored,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from summitry.analysis.links import link_plans
from summitry.analysis.merge import CONFIDENCE_CAP, merge_mentions
from summitry.model import ActorRef, DateSpan

JUNE_12 = date(2018, 6, 12)


def test_vague_and_precise_reports_of_one_summit_merge_to_the_precise_date() -> None:
    precise = stored(
        1,
        "Donald Trump met Kim Jong Un in Singapore on June 12.",
        day=JUNE_12,
        place=SINGAPORE,
        published=date(2018, 6, 13),
        outlet="Wire",
    )
    vague = stored(
        2,
        "Kim and Trump held talks in Singapore last June.",
        trigger="held talks",
        source=KIM,
        target=TRUMP,
        span=(date(2018, 6, 1), date(2018, 6, 30)),
        place=SINGAPORE_STATE,
        published=date(2019, 1, 10),
        outlet="Herald",
    )
    undated = stored(
        3,
        "North Korea and the United States met at last.",
        source=PRK,
        target=USA,
        published=date(2018, 6, 13),
        outlet="Courier",
    )

    [event] = merge_mentions([vague, undated, precise])

    assert event.mention_ids == (1, 2, 3)
    assert event.date == DateSpan(JUNE_12, JUNE_12, True, "2018-06-12")
    assert event.location == SINGAPORE
    assert (event.source, event.target) == (TRUMP, KIM)
    assert set(event.source_actors) == {TRUMP, USA}
    assert set(event.target_actors) == {KIM, PRK}
    assert (event.first_reported, event.last_reported) == (date(2018, 6, 13), date(2019, 1, 10))
    assert event.sources == 3


def test_same_meeting_a_week_apart_stays_two_events() -> None:
    first = stored(1, "Trump met Kim on June 12.", day=JUNE_12)
    second = stored(2, "Trump met Kim on June 19.", day=date(2018, 6, 19))
    echo = stored(3, "Trump and Kim met again on June 19.", day=date(2018, 6, 19))

    events = merge_mentions([first, second, echo])

    assert [e.mention_ids for e in events] == [(1,), (2, 3)]
    assert events[0].id != events[1].id


def test_days_one_apart_merge_across_datelines() -> None:
    asia = stored(1, "Trump met Kim on Tuesday, June 12.", day=JUNE_12)
    america = stored(2, "Trump met Kim on Monday, June 11.", day=date(2018, 6, 11))
    assert len(merge_mentions([asia, america])) == 1


@pytest.mark.parametrize(
    ("published", "merges"),
    [(date(2018, 6, 13), True), (date(2018, 6, 25), False), (date(2018, 6, 10), False)],
)
def test_publication_day_fallback_merges_only_when_near_and_not_before(
    published: date, merges: bool
) -> None:
    dated = stored(1, "Trump met Kim on June 12.", day=JUNE_12)
    undated = stored(2, "Trump met Kim.", published=published)
    assert len(merge_mentions([dated, undated])) == (1 if merges else 2)


@pytest.mark.parametrize("modality", ["hypothetical", "planned", "negated", "reported_intent"])
def test_non_asserted_mentions_never_merge_into_what_happened(modality: str) -> None:
    happened = stored(1, "Trump met Kim on June 12.", day=JUNE_12)
    other = stored(2, "Trump might meet Kim on June 12.", day=JUNE_12, modality=modality)  # type: ignore[arg-type]
    events = merge_mentions([happened, other])
    assert sorted(e.modality for e in events) == sorted(["asserted", modality])


def test_plan_and_reported_intent_merge_as_one_plan() -> None:
    plan = stored(1, "Trump will meet Kim on June 12.", day=JUNE_12, modality="planned")
    intent = stored(
        2,
        "Kim wants to meet Trump in June.",
        source=KIM,
        target=TRUMP,
        span=(date(2018, 6, 1), date(2018, 6, 30)),
        modality="reported_intent",
    )
    [event] = merge_mentions([plan, intent])
    assert event.modality == "planned"


def test_different_named_places_never_merge() -> None:
    there = stored(1, "Trump met Kim in Singapore on June 12.", day=JUNE_12, place=SINGAPORE)
    elsewhere = stored(2, "Trump met Kim in Hanoi on June 12.", day=JUNE_12, place=HANOI)
    assert len(merge_mentions([there, elsewhere])) == 2


def test_two_officials_of_one_country_are_different_actors() -> None:
    leader = stored(1, "Trump met Kim on June 12.", day=JUNE_12)
    envoy = stored(2, "Pompeo met Kim on June 12.", source=POMPEO, day=JUNE_12)
    assert len(merge_mentions([leader, envoy])) == 2


def test_direction_matters_for_directed_types_only() -> None:
    accuses = stored(
        1,
        "Trump accused Kim on June 12.",
        trigger="accused",
        type="ACCUSE",
        day=JUNE_12,
        cameo="112",
    )
    accused = stored(
        2,
        "Kim accused Trump on June 12.",
        trigger="accused",
        type="ACCUSE",
        source=KIM,
        target=TRUMP,
        day=JUNE_12,
        cameo="112",
    )
    assert len(merge_mentions([accuses, accused])) == 2


def test_missing_actor_is_unknown_but_an_actorless_mention_joins_nobody() -> None:
    full = stored(1, "Trump met Kim on June 12.", day=JUNE_12)
    half = stored(2, "Trump met him on June 12.", target=None, day=JUNE_12)
    nobody = stored(
        3,
        "A meeting took place on June 12.",
        trigger="meeting",
        source=None,
        target=None,
        day=JUNE_12,
    )
    events = merge_mentions([full, half, nobody])
    assert sorted(e.mention_ids for e in events) == [(1, 2), (3,)]


def test_a_phone_call_is_not_the_visit_of_the_same_day() -> None:
    call = stored(1, "Trump phoned Kim on June 12.", trigger="phoned", day=JUNE_12, mode="phone")
    visit = stored(2, "Trump visited Kim on June 12.", trigger="visited", day=JUNE_12, mode="visit")
    assert len(merge_mentions([call, visit])) == 2


def test_confidence_is_noisy_or_over_articles_and_capped() -> None:
    same_article = [
        stored(1, "Trump met Kim on June 12.", day=JUNE_12, article="a", confidence=0.6),
        stored(2, "The two met on June 12.", day=JUNE_12, article="a", confidence=0.5),
    ]
    assert merge_mentions(same_article)[0].confidence == 0.6
    two_articles = [*same_article, stored(3, "Trump met Kim.", day=JUNE_12, confidence=0.6)]
    assert merge_mentions(two_articles)[0].confidence == pytest.approx(0.84)
    many = [stored(i, "Trump met Kim.", day=JUNE_12, confidence=0.9) for i in range(5)]
    assert merge_mentions(many)[0].confidence == CONFIDENCE_CAP


def test_ids_are_deterministic_whatever_the_input_order() -> None:
    mentions = [
        stored(1, "Trump met Kim on June 12.", day=JUNE_12, place=SINGAPORE),
        stored(2, "Trump met Kim in June.", span=(date(2018, 6, 1), date(2018, 6, 30))),
        stored(3, "Trump met Kim on June 19.", day=date(2018, 6, 19)),
        stored(4, "Trump will meet Kim.", modality="planned", published=date(2018, 5, 2)),
    ]
    expected = merge_mentions(mentions)
    shuffled = mentions[:]
    random.Random(7).shuffle(shuffled)
    assert merge_mentions(shuffled) == expected
    assert len({e.id for e in expected}) == len(expected)


def test_majority_mode_and_most_specific_cameo_are_kept() -> None:
    mentions = [
        stored(1, "Trump visited Kim on June 12.", day=JUNE_12, mode="visit", cameo="042"),
        stored(2, "Trump met Kim on June 12.", day=JUNE_12, cameo="04"),
    ]
    [event] = merge_mentions(mentions)
    assert (event.mode, event.cameo) == ("visit", "042")


def test_plan_is_linked_to_the_meeting_inside_its_dates() -> None:
    plan = stored(
        1,
        "Trump will meet Kim in Singapore in June.",
        modality="planned",
        span=(date(2018, 6, 1), date(2018, 6, 30)),
        place=SINGAPORE,
        published=date(2018, 5, 11),
    )
    meeting = stored(2, "Trump met Kim in Singapore on June 12.", day=JUNE_12, place=SINGAPORE)
    other_dyad = stored(3, "Pompeo met Kim on June 20.", source=POMPEO, day=date(2018, 6, 20))

    events = merge_mentions([plan, meeting, other_dyad])
    by_mention = {e.mention_ids[0]: e for e in events}

    assert by_mention[2].realises == by_mention[1].id
    assert by_mention[3].realises is None
    [link] = link_plans(events)
    assert (link.plan_id, link.event_id, link.reason) == (
        by_mention[1].id,
        by_mention[2].id,
        "within_planned_dates",
    )


def test_undated_plan_links_to_first_meeting_after_it_was_reported() -> None:
    before = stored(1, "Trump met Kim on June 12, 2018.", day=JUNE_12)
    plan = stored(
        2, "Trump and Kim will meet again.", modality="planned", published=date(2019, 1, 20)
    )
    after = stored(
        3,
        "Trump met Kim in Hanoi on February 27.",
        day=date(2019, 2, 27),
        place=HANOI,
        published=date(2019, 2, 28),
    )
    later = stored(4, "Trump met Kim on June 30, 2019.", day=date(2019, 6, 30))

    events = merge_mentions([before, plan, after, later])
    plan_id = next(e.id for e in events if e.modality == "planned")

    assert [(link.event_id, link.reason) for link in link_plans(events)] == [
        (next(e.id for e in events if 3 in e.mention_ids), "after_plan_reported")
    ]
    assert [e.realises for e in events if e.modality == "asserted"] == [None, plan_id, None]


def test_merged_events_come_out_in_date_order() -> None:
    events = merge_mentions(
        [
            stored(1, "Trump met Kim on June 30.", day=date(2019, 6, 30)),
            stored(2, "Trump met Kim on June 12.", day=JUNE_12),
            stored(3, "Trump met Kim.", published=None),
        ]
    )
    assert [e.mention_ids for e in events] == [(2,), (1,), (3,)]


_ACTORS = [TRUMP, KIM, USA, PRK, POMPEO, None]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["CONSULT", "ACCUSE"]),
            st.sampled_from(_ACTORS),
            st.sampled_from(_ACTORS),
            st.integers(0, 40),
            st.sampled_from(["asserted", "planned", "negated"]),
            st.booleans(),
        ),
        max_size=12,
    ),
    st.randoms(use_true_random=False),
)
def test_every_mention_lands_in_exactly_one_event_whatever_the_order(
    specs: list[tuple[str, ActorRef | None, ActorRef | None, int, str, bool]], rng: random.Random
) -> None:
    mentions = [
        stored(
            i,
            "They met.",
            type=kind,
            source=source,
            target=target,
            day=date(2018, 6, 1) + timedelta(days=offset) if explicit else None,
            published=date(2018, 6, 1) + timedelta(days=offset),
            modality=modality,  # type: ignore[arg-type]
        )
        for i, (kind, source, target, offset, modality, explicit) in enumerate(specs)
    ]
    events = merge_mentions(mentions)
    assert sorted(i for e in events for i in e.mention_ids) == list(range(len(mentions)))
    shuffled = mentions[:]
    rng.shuffle(shuffled)
    assert merge_mentions(shuffled) == events
