"""Pictures of canonical events and dyad series, written to .png or .svg.

Figures are built on matplotlib's object API (`Figure`, no pyplot), so plotting never needs a
display, never touches global state and is safe in a server or a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from summitry.analysis.event_types import QUAD_CLASSES, event_type_info
from summitry.analysis.merge import chronological
from summitry.model import MODALITIES, CanonicalEvent

_MARKERS = dict(zip(MODALITIES, ("o", "s", "D", "X", "^"), strict=True))
_QUAD_COLOURS = dict(zip(QUAD_CLASSES, ("#2b8cbe", "#1a9850", "#fdae61", "#d73027"), strict=True))
_UNRATED_COLOUR = "#888888"
_SUFFIXES = frozenset({".png", ".svg"})


def plot_timeline(
    canonical: Sequence[CanonicalEvent], path: Path, *, title: str | None = None
) -> Path:
    """One row per event type, one mark per dated event at its date (a bar across a range).

    Marker shape is the modality (a planned summit is not a held one), colour the quad class,
    and each mark is labelled with its place. Undated events cannot be placed and are skipped.
    """
    _check_suffix(path)
    dated = sorted((e for e in canonical if e.date is not None), key=chronological)
    types = sorted({e.type for e in dated})
    figure = Figure(figsize=(11, 1.6 + 0.6 * max(len(types), 1)), layout="constrained")
    axes = figure.add_subplot()
    for event in dated:
        assert event.date is not None
        row = types.index(event.type)
        info = event_type_info(event.type)
        colour = _QUAD_COLOURS[info.quad] if info else _UNRATED_COLOUR
        start, end = event.date.start, event.date.end
        if end > start:
            axes.plot(
                [date2num(start), date2num(end)], [row, row], color=colour, linewidth=4, alpha=0.35
            )
        middle = start + (end - start) / 2
        filled = event.date.from_text
        axes.scatter(
            [date2num(middle)],
            [row],
            marker=_MARKERS[event.modality],
            s=70,
            zorder=3,
            color=colour if filled else "white",
            edgecolors=colour,
            linewidths=1.5,
        )
        if event.location is not None:
            axes.annotate(
                event.location.name,
                (date2num(middle), row),
                xytext=(0, 8),
                textcoords="offset points",
                ha="center",
                fontsize=7,
            )
    axes.set_yticks(range(len(types)), types)
    axes.set_ylim(-0.7, max(len(types), 1) - 0.3)
    _date_axis(axes, [e.date.start for e in dated if e.date])
    axes.grid(axis="x", alpha=0.3)
    axes.set_title(title or f"{len(dated)} events")
    axes.legend(
        handles=_legend_handles(dated),
        loc="upper left",
        bbox_to_anchor=(1, 1),
        fontsize=8,
        frameon=False,
    )
    figure.savefig(path)
    return path


def plot_dyad(series: pd.DataFrame, path: Path, *, title: str | None = None) -> Path:
    """Stacked bars of events per quad class per period, with the intensity score as a line.

    Takes the frame `queries.dyad_series` returns (periods as index).
    """
    _check_suffix(path)
    figure = Figure(figsize=(11, 4.5), layout="constrained")
    axes = figure.add_subplot()
    periods = [stamp.date() for stamp in series.index]
    starts = [float(date2num(p)) for p in periods]
    width = _bar_width(starts)
    bottom = [0.0] * len(series)
    for quad in QUAD_CLASSES:
        counts = series[quad].astype(float).tolist()
        axes.bar(
            starts,
            counts,
            width=width,
            bottom=bottom,
            align="edge",
            color=_QUAD_COLOURS[quad],
            label=quad.replace("_", " "),
        )
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    axes.set_ylabel("events")
    axes.set_ylim(0, max(bottom, default=0.0) * 1.2 or 1.0)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    score_axes = axes.twinx()
    centres = [x + width / 2 for x in starts]
    score_axes.plot(
        centres,
        series["score"].tolist() if len(series) else [],
        color="black",
        marker=".",
        label="score (sum of intensities)",
    )
    reach = max((abs(v) for v in series["score"].tolist()), default=0.0) * 1.2 or 1.0
    score_axes.set_ylim(-reach, reach)
    score_axes.axhline(0, color="black", linewidth=0.6, alpha=0.5)
    score_axes.set_ylabel("cooperation − conflict score")
    _date_axis(axes, periods)
    if starts:
        axes.set_xlim(starts[0] - width, starts[-1] + 2 * width)
    handles = axes.get_legend_handles_labels()[0] + score_axes.get_legend_handles_labels()[0]
    figure.legend(handles=handles, loc="outside right upper", fontsize=8, frameon=False)
    axes.set_title(title or "dyad series")
    figure.savefig(path)
    return path


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in _SUFFIXES:
        raise ValueError(f"{path}: plots are written as .png or .svg")


def _date_axis(axes: Axes, days: Sequence[date]) -> None:
    """Readable dates on x whatever the span; a single day still gets a visible window."""
    locator = AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    if days:
        low, high = min(days), max(days)
        margin = max((high - low) / 20, timedelta(days=15))
        axes.set_xlim(date2num(low - margin), date2num(high + margin))


def _bar_width(starts: Sequence[float]) -> float:
    """Bars fill most of their period (in days, matplotlib's date unit)."""
    if len(starts) < 2:
        return 25.0
    return min(b - a for a, b in pairwise(starts)) * 0.85


def _legend_handles(events: Sequence[CanonicalEvent]) -> list[Line2D]:
    modalities = [m for m in MODALITIES if any(e.modality == m for e in events)]
    handles = [
        Line2D([], [], marker=_MARKERS[m], linestyle="", color="#444444", label=m)
        for m in modalities
    ]
    handles += [
        Line2D([], [], marker="o", linestyle="", color=_QUAD_COLOURS[q], label=q.replace("_", " "))
        for q in QUAD_CLASSES
    ]
    handles.append(
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markerfacecolor="white",
            color="#444444",
            label="date from publication day",
        )
    )
    return handles
