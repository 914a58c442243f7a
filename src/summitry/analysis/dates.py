"""When two reported dates may be the date of one event, and which of them to keep.

Reports disagree in precision ("last June" vs "June 12"), in time zone (a summit on the 12th
in Asia is the 11th in Washington) and in how they were found (a date read from the text vs one
that fell back to the publication day). These rules decide compatibility; merging applies them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from summitry.model import DateSpan

DAY_TOLERANCE = timedelta(days=1)
"""Two explicit days this close may be one event: datelines and "Tuesday" read in two zones."""

FALLBACK_WINDOW = timedelta(days=3)
"""How far a publication-day fallback may lie from another date and still be called near."""


def gap(a: DateSpan, b: DateSpan) -> timedelta:
    """Days between two spans (zero when they overlap)."""
    if a.end < b.start:
        return b.start - a.end
    if b.end < a.start:
        return a.start - b.end
    return timedelta(0)


def dates_compatible(a: DateSpan | None, b: DateSpan | None, *, past: bool) -> bool:
    """True when both dates may be the date of one event.

    Explicit days must agree within `DAY_TOLERANCE`; an explicit range must contain or overlap
    the other date. A fallback date is weak evidence: it only has to be near (`FALLBACK_WINDOW`),
    and for a `past` event (asserted, negated) the publication day is an upper bound, so the
    other date may not lie after it. A missing date constrains nothing.
    """
    if a is None or b is None:
        return True
    if a.from_text and b.from_text:
        limit = DAY_TOLERANCE if a.is_day and b.is_day else timedelta(0)
        return gap(a, b) <= limit
    if past and not _ends_by_fallback(a, b):
        return False
    return gap(a, b) <= FALLBACK_WINDOW


def _ends_by_fallback(a: DateSpan, b: DateSpan) -> bool:
    """A past event cannot start after the publication day that reported it."""
    latest_possible = min(d.end for d in (a, b) if not d.from_text)
    return all(d.start <= latest_possible for d in (a, b) if d.from_text)


def most_specific(dates: Sequence[DateSpan]) -> DateSpan | None:
    """The date to keep for an event: the narrowest explicit span, the most reported among the
    narrowest, then the earliest; without explicit dates, the earliest fallback day."""
    explicit = [d for d in dates if d.from_text]
    if explicit:
        width = min(_width(d) for d in explicit)
        narrowest = [d for d in explicit if _width(d) == width]
        counts = Counter((d.start, d.end) for d in narrowest)
        best = min(counts, key=lambda span: (-counts[span], span))
        return next(d for d in narrowest if (d.start, d.end) == best)
    return min(dates, key=lambda d: (d.start, d.end), default=None)


def _width(span: DateSpan) -> timedelta:
    return span.end - span.start


def within(span: DateSpan | None, since: date | None, until: date | None) -> bool:
    """True when a span overlaps [since, until]; an undated event passes only an open window."""
    if span is None:
        return since is None and until is None
    return (since is None or span.end >= since) and (until is None or span.start <= until)
