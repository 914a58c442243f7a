from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from summitry.analysis.event_types import (
    QUAD_CLASSES,
    EventTypesError,
    default_event_types,
    load_event_types,
)
from summitry.events.cameo import PLOVER_TYPES


def test_every_plover_type_has_a_rated_entry() -> None:
    table = default_event_types()
    assert set(table) == set(PLOVER_TYPES)
    assert {info.quad for info in table.values()} == set(QUAD_CLASSES)


def test_cooperation_scores_above_conflict() -> None:
    table = default_event_types()
    cooperative = [i.intensity for i in table.values() if i.quad.endswith("cooperation")]
    hostile = [i.intensity for i in table.values() if i.quad.endswith("conflict")]
    assert min(cooperative) > 0 > max(hostile)
    assert table["ASSAULT"].intensity == min(i.intensity for i in table.values())


def test_schema_breaks_name_the_type(tmp_path: Path) -> None:
    shipped = Path(__file__).parents[2] / "src/summitry/analysis/data/event_types.yaml"
    data = yaml.safe_load(shipped.read_text(encoding="utf-8"))
    data["THREATEN"]["intensity"] = -12
    broken = tmp_path / "types.yaml"
    broken.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(EventTypesError, match="THREATEN"):
        load_event_types(broken)
    del data["THREATEN"]
    broken.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(EventTypesError, match="no entry for THREATEN"):
        load_event_types(broken)
