from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from analysis_fixtures import HANOI, KIM, PRK, SINGAPORE, TRUMP, USA, stored

from summitry.analysis.export import (
    EXPORT_FORMATS,
    ExportFormat,
    export,
    export_records,
    read_export,
)
from summitry.analysis.layouts import GDELT, NATIVE, PLOVER, canonical_from_record
from summitry.analysis.merge import merge_mentions
from summitry.model import CanonicalEvent
from summitry.store.evidence import StoredEvent

SUFFIX = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet", "plover-json": "json",
          "gdelt-tsv": "tsv"}  # fmt: skip


@pytest.fixture(scope="module")
def mentions() -> list[StoredEvent]:
    return [
        stored(1, "Trump met Kim in Singapore on June 12, a day of handshakes.",
               day=date(2018, 6, 12), place=SINGAPORE, mode="third-party", cameo="044",
               confidence=0.8, index=0),
        stored(2, "The United States and North Korea, tab\tand \"quote\", met.", source=USA,
               target=PRK, published=date(2018, 6, 13), outlet="Herald", confidence=0.5),
        stored(3, "Trump will meet Kim in Hanoi in February.", modality="planned", place=HANOI,
               span=(date(2019, 2, 1), date(2019, 2, 28)), published=date(2019, 1, 20)),
        stored(4, "Kim accused the Pentagon, a café of lies.", trigger="accused", type="ACCUSE",
               source=KIM, target=None, published=None, cameo="112"),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def canonical(mentions: list[StoredEvent]) -> list[CanonicalEvent]:
    return merge_mentions(mentions)


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_every_format_round_trips_its_records(
    fmt: ExportFormat, canonical: list[CanonicalEvent], mentions: list[StoredEvent], tmp_path: Path
) -> None:
    path = tmp_path / f"events.{SUFFIX[fmt]}"
    written = export(canonical, mentions, fmt, path)
    expected = export_records(canonical, mentions, fmt)
    assert written == len(expected) > 0
    assert read_export(fmt, path) == expected


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_own_layout_rebuilds_the_canonical_events_exactly(
    fmt: ExportFormat, canonical: list[CanonicalEvent], mentions: list[StoredEvent], tmp_path: Path
) -> None:
    path = tmp_path / f"events.{SUFFIX[fmt]}"
    export(canonical, mentions, fmt, path)
    assert [canonical_from_record(r) for r in read_export(fmt, path)] == canonical


def test_plover_records_carry_actor_recipient_and_the_evidence_sentence(
    canonical: list[CanonicalEvent], mentions: list[StoredEvent]
) -> None:
    summit = next(r for r in export_records(canonical, mentions, "plover-json")
                  if r["summitry_mention_ids"] == [1, 2])  # fmt: skip
    assert summit["event_date"] == date(2018, 6, 12)
    assert (summit["actor"], summit["actor_country"]) == (TRUMP.name, "USA")
    assert (summit["recipient"], summit["recipient_sector"]) == (KIM.name, "GOV")
    assert summit["event_text"].startswith("Trump met Kim in Singapore")
    assert (summit["event_mode"], summit["location"]) == ("third-party", "Singapore")


def test_gdelt_table_holds_only_what_happened_with_cameo_levels(
    canonical: list[CanonicalEvent], mentions: list[StoredEvent], tmp_path: Path
) -> None:
    path = tmp_path / "events.tsv"
    export(canonical, mentions, "gdelt-tsv", path)
    header = path.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert header == [name for name, _ in GDELT.columns]
    rows = read_export("gdelt-tsv", path)
    assert len(rows) == sum(e.modality == "asserted" for e in canonical)
    summit = next(r for r in rows if r["NumMentions"] == 2)
    assert (summit["SQLDATE"], summit["MonthYear"], summit["Year"]) == (20180612, 201806, 2018)
    assert (summit["EventCode"], summit["EventBaseCode"], summit["EventRootCode"]) == (
        "044", "044", "04"
    )  # fmt: skip
    assert (summit["Actor1Code"], summit["Actor1CountryCode"]) == ("USAGOV", "USA")
    assert (summit["QuadClass"], summit["IsRootEvent"], summit["NumArticles"]) == (1, 1, 2)
    assert summit["SOURCEURL"] == "https://news.example/2"  # the first article to report it
    assert summit["DATEADDED"] == 20180613000000


def test_unknown_format_is_refused(canonical: list[CanonicalEvent], tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export(canonical, [], "xml", tmp_path / "x")  # type: ignore[arg-type]


def test_formats_doc_names_every_column_of_every_layout() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "formats.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Za-z0-9_]+)` \|", doc, flags=re.MULTILINE))
    for layout in (NATIVE, PLOVER, GDELT):
        assert {name for name, _ in layout.columns} <= documented
