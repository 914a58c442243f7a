from pathlib import Path

import pytest

from summitry.datafiles import read_data_file, read_yaml


class _Bad(ValueError):
    pass


def test_shipped_file_is_read_and_cited_by_its_bare_name() -> None:
    data, label = read_data_file("summitry.analysis", "data/ordinals.yaml", None, _Bad)
    assert label == "ordinals.yaml"
    assert isinstance(data, dict) and "ordinals" in data


def test_user_file_replaces_the_shipped_one_and_is_cited_by_its_path(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("words: [détente, summit]\n", encoding="utf-8")
    data, label = read_data_file("summitry.analysis", "data/ordinals.yaml", path, _Bad)
    assert (data, label) == ({"words": ["détente", "summit"]}, str(path))


def test_invalid_yaml_raises_the_callers_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("words: [unclosed\n", encoding="utf-8")
    with pytest.raises(_Bad, match=r"broken\.yaml: not valid YAML"):
        read_yaml(path, _Bad)
    with pytest.raises(_Bad, match=r"^the cues: not valid YAML"):
        read_yaml(path, _Bad, "the cues")


def test_missing_file_raises_the_callers_error(tmp_path: Path) -> None:
    with pytest.raises(_Bad, match=r"absent\.yaml: cannot read"):
        read_data_file("summitry.analysis", "data/ordinals.yaml", tmp_path / "absent.yaml", _Bad)
