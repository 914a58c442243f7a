"""Record formats: JSON Lines, JSON arrays and CSV/TSV, one article per record.

A broken record is one `Rejection` naming its line; the records around it still land.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping

from summitry.ingest.records import Draft, InputError, Rejection

_BODY_FIELDS = ("text", "body")
_DATE_FIELDS = ("date", "published")


def read_json_lines(text: str, origin: str) -> Iterator[Draft | Rejection]:
    """One JSON object per line; blank lines are skipped, line numbers are 1-based."""
    # split on "\n" only: JSON strings may legally hold U+2028 and friends, which splitlines breaks
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as problem:
            yield Rejection(where, f"not valid JSON: {problem.msg} (column {problem.colno})")
            continue
        yield record_draft(value, where)


def read_json_document(text: str, origin: str) -> Iterator[Draft | Rejection]:
    """A JSON array of article objects, a single object, or (misnamed) JSON Lines."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as problem:
        if text.lstrip().startswith("{"):
            yield from read_json_lines(text, origin)
            return
        raise InputError(
            f"not valid JSON: {problem.msg} (line {problem.lineno}, column {problem.colno})"
        ) from None
    if isinstance(value, list):
        for number, item in enumerate(value, start=1):
            yield record_draft(item, f"{origin}:{number}")
    else:
        yield record_draft(value, origin)


def read_delimited(text: str, origin: str, delimiter: str) -> Iterator[Draft | Rejection]:
    """CSV or TSV with a header row; a row is named by the line it starts on."""
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter, strict=True)
    try:
        columns = reader.fieldnames
    except csv.Error as problem:
        raise InputError(f"not valid CSV: {problem}") from None
    if not columns or not any(field in columns for field in _BODY_FIELDS):
        raise InputError(f"no 'text' or 'body' column in the header row (found {columns})")
    while True:
        start_line = reader.line_num + 1
        where = f"{origin}:{start_line}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as problem:
            yield Rejection(where, f"not valid CSV: {problem}")
            return  # the csv module cannot resynchronise after a broken quote
        if None in row or any(value is None for value in row.values()):
            yield Rejection(
                where, f"row has a different number of fields from the header ({columns})"
            )
            continue
        yield record_draft(row, where)


def record_draft(value: object, origin: str) -> Draft | Rejection:
    """A draft from one record's fields: a `text`/`body` plus optional metadata fields."""
    if not isinstance(value, Mapping):
        return Rejection(origin, f"expected a JSON object, found {type(value).__name__}")
    if not any(key in value for key in _BODY_FIELDS):
        return Rejection(origin, "no 'text' or 'body' field")
    date_value = next(
        (value[key] for key in _DATE_FIELDS if value.get(key) not in (None, "")), None
    )
    return Draft(
        origin=origin,
        body=_field(value, *_BODY_FIELDS) or "",
        title=_field(value, "title"),
        source=_field(value, "source"),
        url=_field(value, "url"),
        section=_field(value, "section"),
        author=_field(value, "author"),
        date_value=date_value,
    )


def _field(record: Mapping[object, object], *names: str) -> str | None:
    """The first of `names` holding a non-empty scalar, as text (numbers are stringified)."""
    for name in names:
        value = record.get(name)
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        text = str(value).strip()
        if text:
            return text
    return None
