"""Publication dates from whatever a format carries, and from file names.

Only absolute dates are accepted: a relative phrase ("yesterday") would silently become a
date relative to the run, which is exactly the guess ingest must never make.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
_PLAUSIBLE_YEARS = range(1900, 2100)


def parse_date(value: object) -> date:
    """Read a date from ISO 8601, RFC 2822, YYYYMMDD (string or int), or written-out forms.

    Raises ValueError naming the value when it is not a real calendar date.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return _calendar_date(value.tm_year, value.tm_mon, value.tm_mday, str(value[:3]))
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"unreadable date {value!r}")
    text = value.strip()
    shaped = _ISO.fullmatch(text) or _COMPACT.fullmatch(text)
    if shaped:
        year, month, day = (int(part) for part in shaped.groups())
        return _calendar_date(year, month, day, text)
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    return _written_date(text)


def date_in_name(name: str) -> date | None:
    """A date written in a file name (2019-09-13 or 20190913), if it is a real one."""
    for match in _NAME_DATE.finditer(name):
        year, month, day = (int(part) for part in match.groups())
        if year not in _PLAUSIBLE_YEARS:
            continue
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _calendar_date(year: int, month: int, day: int, shown: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as problem:
        raise ValueError(f"impossible date {shown!r} ({problem})") from None


def _written_date(text: str) -> date:
    """Forms like "13 September 2019" via dateparser, restricted to absolute full dates.

    English only: metadata dates are written in English almost always, and letting dateparser
    try every language costs seconds of locale loading on the first unreadable value.
    """
    import dateparser  # imported here: it takes a second to load and most inputs never need it

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]},
    )
    if parsed is None:
        raise ValueError(f"unreadable date {text!r}")
    return parsed.date()
