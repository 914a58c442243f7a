"""The event lexicon loader: the shipped file is valid, and bad files fail with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.events.cameo import PLOVER_TYPES, plover_for_cameo
from summitry.events.lexicon import LexiconError, default_lexicon, load_lexicon

_FRAME = """\
speech_verbs: [say]
light_verbs: [hold]
intent: {intent}
complement_modes: {{}}
events:
{events}
"""
_INTENT = "{" + ", ".join(f"{t}: {{type: {t}}}" for t in PLOVER_TYPES) + "}"


def _write(tmp_path: Path, events: str, intent: str = _INTENT) -> Path:
    path = tmp_path / "mylex.yaml"
    path.write_text(_FRAME.format(intent=intent, events=events))
    return path


def test_shipped_lexicon_covers_every_plover_type() -> None:
    lexicon = default_lexicon()
    assert {e.type for e in lexicon.entries} == set(PLOVER_TYPES)
    assert "say" in lexicon.speech_verbs and "say" not in {e.lemma for e in lexicon.entries}


def test_every_entry_has_a_known_cameo_code() -> None:
    for entry in default_lexicon().entries:
        assert entry.cameo is not None and plover_for_cameo(entry.cameo) is not None, entry.id


def test_phrases_are_looked_up_before_bare_words() -> None:
    ids = [e.id for e in default_lexicon().lookup("verb", "call")]
    assert ids.index("v:call-off") < len(ids) - 1
    assert default_lexicon().by_id("v:call-off").type == "SANCTION"


def test_minimal_file_loads(tmp_path: Path) -> None:
    lexicon = load_lexicon(_write(tmp_path, "  CONSULT:\n    verbs:\n      meet: {}\n"))
    entry = lexicon.by_id("v:meet")
    assert (entry.type, entry.cameo) == ("CONSULT", "04")


@pytest.mark.parametrize(
    ("events", "message"),
    [
        ("  CONSULT:\n    verbs:\n      meet: {mode: shouting}\n", r"'meet': mode 'shouting'"),
        ("  CONSULT:\n    verbs:\n      meet: {cameo: '999'}\n", r"'meet': unknown CAMEO"),
        ("  CONSULT:\n    verbs:\n      meet: {colour: red}\n", r"'meet': unknown attributes"),
        ("  CONSULT:\n    verbs:\n      meet: {objects: on}\n", r"'meet': objects must be"),
        ("  CHAT:\n    verbs:\n      meet: {}\n", r"unknown PLOVER type 'CHAT'"),
        ("  CONSULT:\n    adverbs:\n      meet: {}\n", r"events.CONSULT: sections"),
        (
            "  CONSULT:\n    verbs:\n      meet: {}\n  AGREE:\n    verbs:\n      meet: {}\n",
            r"duplicate entry id 'v:meet'",
        ),
    ],
)
def test_bad_entries_name_the_file_and_entry(tmp_path: Path, events: str, message: str) -> None:
    with pytest.raises(LexiconError, match=r"mylex\.yaml: .*" + message):
        load_lexicon(_write(tmp_path, events))


@pytest.mark.parametrize(
    ("sections", "message"),
    [
        (
            "complement_modes: {REQUEST: {CONSULT: shouting}}",
            r"complement_modes\.REQUEST\.CONSULT: mode 'shouting' is not a PLOVER mode of REQUEST",
        ),
        (
            "complement_modes: {}\ninstrument_modes: {ASSAULT: {stones: shouting}}",
            r"instrument_modes\.ASSAULT\.stones: mode 'shouting' is not a PLOVER mode of ASSAULT",
        ),
    ],
)
def test_modes_must_be_modes_of_their_type(tmp_path: Path, sections: str, message: str) -> None:
    path = _write(tmp_path, "  CONSULT:\n    verbs:\n      meet: {}\n")
    path.write_text(path.read_text().replace("complement_modes: {}", sections))
    with pytest.raises(LexiconError, match=r"mylex\.yaml: " + message):
        load_lexicon(path)


def test_missing_intent_rule_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "  CONSULT:\n    verbs:\n      meet: {}\n", intent="{}")
    with pytest.raises(LexiconError, match="intent: no rule for"):
        load_lexicon(path)


def test_unparsable_yaml_is_reported_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("events: [unclosed\n")
    with pytest.raises(LexiconError, match=r"broken\.yaml: not valid YAML"):
        load_lexicon(path)
