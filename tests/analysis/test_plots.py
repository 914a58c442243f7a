from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from analysis_fixtures import HANOI, KIM, SINGAPORE, TRUMP, stored

from summitry.analysis.merge import merge_mentions
from summitry.analysis.plots import plot_dyad, plot_timeline
from summitry.analysis.queries import dyad_series
from summitry.model import CanonicalEvent


@pytest.fixture(scope="module")
def canonical() -> list[CanonicalEvent]:
    return merge_mentions(
        [
            stored(1, "Trump met Kim in Singapore on June 12.", day=date(2018, 6, 12),
                   place=SINGAPORE),
            stored(2, "Trump will meet Kim in Hanoi in February.", modality="planned",
                   span=(date(2019, 2, 1), date(2019, 2, 28)), place=HANOI,
                   published=date(2019, 1, 20)),
            stored(3, "Kim accused Trump.", trigger="accused", type="ACCUSE", source=KIM,
                   target=TRUMP, published=date(2018, 11, 2), cameo="112"),
            stored(4, "Trump met Kim in Hanoi on February 27.", day=date(2019, 2, 27),
                   place=HANOI),
        ]
    )  # fmt: skip


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_timeline_plot_writes_a_picture_with_place_labels(
    canonical: list[CanonicalEvent], tmp_path: Path, suffix: str
) -> None:
    path = plot_timeline(canonical, tmp_path / f"timeline{suffix}")
    assert path.stat().st_size > 1000
    if suffix == ".svg":
        text = path.read_text(encoding="utf-8")
        assert "Hanoi" in text and "Singapore" in text


@pytest.mark.parametrize("freq", ["M", "W"])
def test_dyad_plot_writes_a_picture(
    canonical: list[CanonicalEvent], tmp_path: Path, freq: str
) -> None:
    series = dyad_series(canonical, "Trump", "Kim", freq=freq)  # type: ignore[arg-type]
    path = plot_dyad(series, tmp_path / "dyad.png", title="Trump – Kim")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_empty_inputs_still_draw(tmp_path: Path) -> None:
    assert plot_timeline([], tmp_path / "none.png").stat().st_size > 0
    empty = dyad_series([], "Trump", "Kim")
    assert plot_dyad(empty, tmp_path / "none-dyad.svg").stat().st_size > 0


def test_other_file_types_are_refused(canonical: list[CanonicalEvent], tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        plot_timeline(canonical, tmp_path / "timeline.pdf")
