"""The 2018→2021 label mapping that old PLOVER gold records are read through."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.evaluation.plover import VersionMapError, load_version_map, to_2021


def test_renamed_types_modes_and_mode_dependent_types() -> None:
    assert to_2021("DEMAND", None) == ("REQUEST", None)
    assert to_2021("COERCE", "destroy") == ("ASSAULT", "destroy")
    assert to_2021("PROTEST", "demo-org") == ("PROTEST", "demo")
    assert to_2021("CONSULT", " ") == ("CONSULT", None)


def test_the_shipped_mapping_is_read() -> None:
    shipped = load_version_map()
    assert shipped.types["FIGHT"] == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("types: {}\nmodes: {}\n", "needs exactly types, modes and type_by_mode"),
        ("types: {A: [B]}\nmodes: {}\ntype_by_mode: {}\n", "types and modes must map"),
        ("types: {}\nmodes: {}\ntype_by_mode: {COERCE: destroy}\n", "type_by_mode must map"),
        ("types: {\n", "not valid YAML"),
    ],
)
def test_bad_mappings_are_refused(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "mapping.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VersionMapError, match=problem):
        load_version_map(path)
