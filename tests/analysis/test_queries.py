from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest
from analysis_fixtures import KIM, MOON, PRK, TRUMP, USA, stored

from summitry.analysis.merge import merge_mentions
from summitry.analysis.queries import dyad_series, most_active_actors, timeline
from summitry.model import CanonicalEvent


@pytest.fixture(scope="module")
def canonical() -> list[CanonicalEvent]:
    return merge_mentions(
        [
            stored(1, "Trump met Kim on February 27.", day=date(2019, 2, 27)),
            stored(2, "The United States met North Korea.", source=USA, target=PRK,
                   published=date(2019, 2, 28)),
            stored(3, "Trump met Kim on June 12.", day=date(2018, 6, 12)),
            stored(4, "Moon met Kim on April 27.", source=MOON, day=date(2018, 4, 27)),
            stored(5, "North Korea threatened the United States.", trigger="threatened",
                   type="THREATEN", source=PRK, target=USA, day=date(2018, 8, 9), cameo="130"),
            stored(6, "Trump will meet Kim again.", modality="planned",
                   published=date(2019, 1, 3)),
            stored(7, "Kim accused Trump.", trigger="accused", type="ACCUSE", source=KIM,
                   target=TRUMP, day=date(2018, 8, 20), cameo="112"),
        ]
    )  # fmt: skip


def _mentions(events: list[CanonicalEvent]) -> list[tuple[int, ...]]:
    return [e.mention_ids for e in events]


@pytest.mark.parametrize("query", ["Donald Trump", "trump", "donald_trump", "DONALD TRUMP"])
def test_a_person_is_found_by_name_part_or_id(canonical: list[CanonicalEvent], query: str) -> None:
    assert _mentions(timeline(canonical, query)) == [(3,), (7,), (6,), (1, 2)]


def test_a_country_code_finds_its_people_and_the_state(canonical: list[CanonicalEvent]) -> None:
    assert _mentions(timeline(canonical, "USA")) == [(3,), (5,), (7,), (6,), (1, 2)]


def test_a_state_name_finds_events_where_only_one_report_named_the_state(
    canonical: list[CanonicalEvent],
) -> None:
    assert _mentions(timeline(canonical, "United States", "North Korea")) == [(5,), (1, 2)]


def test_two_actors_must_stand_on_opposite_sides(canonical: list[CanonicalEvent]) -> None:
    assert _mentions(timeline(canonical, "Kim", "Moon")) == [(4,)]
    assert timeline(canonical, "Trump", "USA") == []


def test_filters_narrow_by_date_type_and_modality(canonical: list[CanonicalEvent]) -> None:
    assert _mentions(
        timeline(canonical, "PRK", since=date(2018, 7, 1), until=date(2018, 12, 31))
    ) == [(5,), (7,)]
    assert _mentions(timeline(canonical, "Kim", event_type="consult", modality="asserted")) == [
        (4,),
        (3,),
        (1, 2),
    ]
    assert _mentions(timeline(canonical, "Kim", modality="planned")) == [(6,)]  # fmt: skip


def test_dyad_series_scores_cooperation_above_and_conflict_below_zero(
    canonical: list[CanonicalEvent],
) -> None:
    series = dyad_series(canonical, "USA", "PRK")

    assert list(series.index[[0, -1]]) == [pd.Timestamp("2018-06-01"), pd.Timestamp("2019-02-01")]
    assert len(series) == 9
    june, august, february = (
        series.loc[pd.Timestamp(d)] for d in ("2018-06-01", "2018-08-01", "2019-02-01")
    )
    assert (june["events"], june["verbal_cooperation"], june["score"]) == (1, 1, 2.0)
    assert august["score"] < 0 < june["score"]
    assert (august["verbal_conflict"], august["events"]) == (2, 2)
    assert february["events"] == 1  # the planned meeting of January is not counted
    assert series.loc[pd.Timestamp("2018-07-01"), "events"] == 0
    assert math.isnan(series.loc[pd.Timestamp("2018-07-01"), "mean_intensity"])  # fmt: skip


def test_weekly_series_and_empty_dyads(canonical: list[CanonicalEvent]) -> None:
    weekly = dyad_series(canonical, "Trump", "Kim", freq="W")
    assert weekly["events"].sum() == 3
    assert all(stamp.day_of_week == 0 for stamp in weekly.index)
    assert dyad_series(canonical, "Moon", "Trump").empty


def test_most_active_actors_counts_each_event_once(canonical: list[CanonicalEvent]) -> None:
    ranked = most_active_actors(canonical, top=3)
    assert [(a.actor.id, a.events) for a in ranked] == [
        ("kim_jong_un", 5),
        ("donald_trump", 4),
        ("PRK", 2),
    ]
    kim = ranked[0]
    assert (kim.as_source, kim.as_target) == (1, 4)
