"""The CAMEO↔PLOVER table: both directions, fallbacks and the loader's checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.events.cameo import (
    PLOVER_TYPES,
    CameoTableError,
    cameo_for_plover,
    default_table,
    load_cameo_table,
    plover_for_cameo,
)


def test_cameo_code_reads_as_plover_type_mode_and_context() -> None:
    visit = plover_for_cameo("042")
    assert visit is not None
    assert (visit.type, visit.mode) == ("CONSULT", "visit")
    curfew = plover_for_cameo("1723")
    assert curfew is not None
    assert (curfew.type, curfew.mode) == ("COERCE", "curfew")


def test_unknown_sub_code_falls_back_to_its_parent() -> None:
    parent = plover_for_cameo("173")
    assert plover_for_cameo("1739") == parent
    assert plover_for_cameo("99") is None


def test_plover_type_and_mode_read_as_the_most_general_cameo_code() -> None:
    assert cameo_for_plover("CONSULT", "visit") == "042"
    assert cameo_for_plover("ASSAULT") == "18"
    assert cameo_for_plover("CONSULT", "no-such-mode") == "04"


def test_every_type_round_trips_through_cameo() -> None:
    for event_type in PLOVER_TYPES:
        code = cameo_for_plover(event_type)
        assert code is not None, event_type
        back = plover_for_cameo(code)
        assert back is not None and back.type == event_type


def test_every_row_round_trips_by_type_and_mode() -> None:
    for row in default_table().by_code.values():
        code = cameo_for_plover(row.type, row.mode)
        assert code is not None
        back = plover_for_cameo(code)
        assert back is not None and (back.type, back.mode) == (row.type, row.mode)


def test_bad_rows_are_reported_with_the_file_and_code(tmp_path: Path) -> None:
    bad = tmp_path / "table.yaml"
    bad.write_text('CONSULT:\n  "042": ["visit", ""]\n')
    with pytest.raises(CameoTableError, match=r"table\.yaml: CONSULT 042"):
        load_cameo_table(bad)
    bad.write_text('GOSSIP:\n  "042": ["", "", ""]\n')
    with pytest.raises(CameoTableError, match="GOSSIP"):
        load_cameo_table(bad)
