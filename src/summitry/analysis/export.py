"""Write canonical events to files other tools read, and read those files back.

Formats: `csv`, `jsonl`, `parquet` (summitry's own layout, lossless), `plover-json` (a JSON
array of POLECAT-style records) and `gdelt-tsv` (a GDELT 2.0-style event table with a header
row, asserted events only). docs/formats.md documents every column. Reading a file returns the
same typed records that writing it encoded, so a round trip can be checked exactly.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Literal, get_args

import pyarrow as pa
import pyarrow.parquet as pq

from summitry.analysis.layouts import (
    GDELT,
    NATIVE,
    PLOVER,
    Kind,
    Layout,
    Record,
    canonical_from_record,
)
from summitry.model import CanonicalEvent
from summitry.store.evidence import StoredEvent

ExportFormat = Literal["csv", "jsonl", "parquet", "plover-json", "gdelt-tsv"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)
_LAYOUTS: dict[ExportFormat, Layout] = {
    "csv": NATIVE,
    "jsonl": NATIVE,
    "parquet": NATIVE,
    "plover-json": PLOVER,
    "gdelt-tsv": GDELT,
}
_ARROW_TYPES: dict[Kind, pa.DataType] = {
    "str": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "json": pa.string(),
}


def export_records(
    canonical: Sequence[CanonicalEvent], mentions: Sequence[StoredEvent], fmt: ExportFormat
) -> list[Record]:
    """The typed records a format holds for these events (what `read_export` returns)."""
    layout = _layout(fmt)
    by_id = {m.id: m for m in mentions}
    return [
        layout.build(event, [by_id[i] for i in event.mention_ids if i in by_id])
        for event in canonical
        if event.modality == "asserted" or not layout.only_asserted
    ]


def export(
    canonical: Sequence[CanonicalEvent],
    mentions: Sequence[StoredEvent],
    fmt: ExportFormat,
    path: Path,
) -> int:
    """Write the events in a format; returns the number of rows written."""
    layout = _layout(fmt)
    records = export_records(canonical, mentions, fmt)
    if fmt in ("csv", "gdelt-tsv"):
        _write_delimited(records, layout, path, "," if fmt == "csv" else "\t")
    elif fmt == "jsonl":
        text = "".join(json.dumps(_json_ready(r), ensure_ascii=False) + "\n" for r in records)
        path.write_text(text, encoding="utf-8")
    elif fmt == "plover-json":
        data = [_json_ready(r) for r in records]
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    else:
        schema = pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in layout.columns])
        rows = [{n: _arrow_ready(r[n], k) for n, k in layout.columns} for r in records]
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return len(records)


def read_export(fmt: ExportFormat, path: Path) -> list[Record]:
    """Read a file `export` wrote back into typed records (column order as documented)."""
    layout = _layout(fmt)
    if fmt in ("csv", "gdelt-tsv"):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="," if fmt == "csv" else "\t")
            return [{n: _from_text(row[n], k) for n, k in layout.columns} for row in reader]
    if fmt in ("jsonl", "plover-json"):
        text = path.read_text(encoding="utf-8")
        rows = (
            json.loads(text)
            if fmt == "plover-json"
            else [json.loads(line) for line in text.splitlines() if line.strip()]
        )
        return [{n: _from_json(row[n], k) for n, k in layout.columns} for row in rows]
    table = pq.read_table(path)
    return [
        {
            n: json.loads(row[n]) if k == "json" and row[n] is not None else row[n]
            for n, k in layout.columns
        }
        for row in table.to_pylist()
    ]


def _layout(fmt: str) -> Layout:
    if fmt not in _LAYOUTS:
        raise ValueError(
            f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}"
        )
    return _LAYOUTS[fmt]


def _write_delimited(records: Sequence[Record], layout: Layout, path: Path, delimiter: str) -> None:
    names = [name for name, _ in layout.columns]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(names)
        for record in records:
            writer.writerow([_to_text(record[n], k) for n, k in layout.columns])


def _to_text(value: Any, kind: Kind) -> str:
    """A cell: empty for None, ISO dates, true/false, JSON for lists and mappings."""
    if value is None:
        return ""
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if kind == "bool":
        return "true" if value else "false"
    if kind == "date":
        return str(value.isoformat())
    return str(value)


def _from_text(cell: str, kind: Kind) -> Any:
    if cell == "":
        return None
    if kind == "json":
        return json.loads(cell)
    if kind == "bool":
        return cell == "true"
    return _from_json(cell, kind)


def _from_json(value: Any, kind: Kind) -> Any:
    if value is None:
        return None
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return value


def _json_ready(record: Record) -> Record:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in record.items()}


def _arrow_ready(value: Any, kind: Kind) -> Any:
    if kind == "json" and value is not None:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def canonical_to_json(event: CanonicalEvent) -> str:
    """One canonical event as a JSON object of summitry's own layout (what the store keeps)."""
    return json.dumps(_json_ready(_layout("jsonl").build(event, ())), ensure_ascii=False)


def canonical_from_json(text: str) -> CanonicalEvent:
    """Inverse of `canonical_to_json`."""
    row = json.loads(text)
    return canonical_from_record({n: _from_json(row[n], k) for n, k in _layout("jsonl").columns})
