"""The PETRARCH-compatible coder over spaCy parses, with dictionaries written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from summitry.actors.petrarch import load_actor_dictionary, load_agent_dictionary, load_discards
from summitry.events.petrarch.coder import (
    PetrarchDictionaries,
    PetrarchEvent,
    code_petrarch_sentence,
)
from summitry.events.petrarch.verbs import load_verb_dictionary, parse_event_code, parse_pattern

ACTORS = """\
VALDORIA_ [VLD]
+VALDORIAN_
QUELL_ [QLL]
MARSH_ISLES_ [MRS]
OLD_BARON
\t[QLLGOV 20000101-20091231]
\t[QLLELI >20100101]
"""
AGENTS = """\
HARBOUR_GUARD [~MIL]
MINISTER [~GOV]
RELIEF_AGENCY [NGO~]
"""
VERBS = """\
&MONEYWORDS
+CROWNS
+GOLD MARKS

--- MEND  [064] ---
MEND
- * TRADE TIES  [065]
- WILL NOT *  [081]

--- SEND  [070] ---
SEND {SENT}
- * &MONEYWORDS  [071]

--- CONDEMN  [122] ---
CONDEMN

--- GREET  [031:031] ---
GREET
- % *  [030:030]

--- REACH  [---] ---
REACH
- * SETTLEMENT  [081]

--- FREE  [066] ---
FREE
- + * FROM $  [066]
"""


@pytest.fixture(scope="module")
def dictionaries(tmp_path_factory: pytest.TempPathFactory) -> PetrarchDictionaries:
    folder = tmp_path_factory.mktemp("dicts")
    for name, text in (("a", ACTORS), ("g", AGENTS), ("v", VERBS), ("d", "+HURRICANE\n")):
        (folder / name).write_text(text, encoding="utf-8")
    return PetrarchDictionaries(
        actors=load_actor_dictionary(folder / "a"),
        agents=load_agent_dictionary(folder / "g"),
        verbs=load_verb_dictionary(folder / "v"),
        discards=load_discards(folder / "d"),
    )


def code(
    nlp: Language, dictionaries: PetrarchDictionaries, text: str, on: date | None = None, **kw: bool
) -> set[tuple[str, str, str]]:
    events = code_petrarch_sentence(
        nlp(text),
        date=on,
        actors=dictionaries.actors,
        agents=dictionaries.agents,
        verbs=dictionaries.verbs,
        discards=dictionaries.discards,
        **kw,
    )
    return {(e.source, e.target, e.code) for e in events}


def test_subject_object_and_default_code(nlp: Language, dictionaries: PetrarchDictionaries) -> None:
    assert code(nlp, dictionaries, "Valdoria condemned Quell on Monday.") == {("VLD", "QLL", "122")}


def test_pattern_refines_code(nlp: Language, dictionaries: PetrarchDictionaries) -> None:
    text = "Valdoria is ready to mend its trade ties with Quell."
    assert code(nlp, dictionaries, text) == {("VLD", "QLL", "065")}


def test_synset_pattern(nlp: Language, dictionaries: PetrarchDictionaries) -> None:
    text = "Valdoria sent ten thousand gold marks to Quell."
    assert code(nlp, dictionaries, text) == {("VLD", "QLL", "071")}


def test_agents_compose_with_country(nlp: Language, dictionaries: PetrarchDictionaries) -> None:
    text = "The Valdorian harbour guards condemned a relief agency from Quell."
    assert code(nlp, dictionaries, text) == {("VLDMIL", "NGOQLL", "122")}


def test_passive_by_agent_is_source(nlp: Language, dictionaries: PetrarchDictionaries) -> None:
    text = "Quell was condemned by Valdoria on Friday."
    assert code(nlp, dictionaries, text) == {("VLD", "QLL", "122")}


def test_negation_codes_nothing_unless_a_pattern_says_so(
    nlp: Language, dictionaries: PetrarchDictionaries
) -> None:
    assert code(nlp, dictionaries, "Valdoria did not condemn Quell.") == set()
    assert code(nlp, dictionaries, "Valdoria will not mend ties with Quell.") == {
        ("VLD", "QLL", "081")
    }


def test_compound_subject_and_reverse_code(
    nlp: Language, dictionaries: PetrarchDictionaries
) -> None:
    assert code(nlp, dictionaries, "Valdoria and Quell condemned the Marsh Isles.") == {
        ("VLD", "MRS", "122"),
        ("QLL", "MRS", "122"),
    }
    assert code(nlp, dictionaries, "Valdoria greeted Quell.") == {
        ("VLD", "QLL", "031"),
        ("QLL", "VLD", "031"),
    }
    assert code(nlp, dictionaries, "Valdoria and Quell greeted each other warmly.") == {
        ("VLD", "QLL", "030"),
        ("QLL", "VLD", "030"),
    }


def test_pattern_markers_set_source_and_target(
    nlp: Language, dictionaries: PetrarchDictionaries
) -> None:
    text = "Quell prisoners were freed from Valdoria last week."
    assert code(nlp, dictionaries, text) == {("VLD", "QLL", "066")}


def test_null_code_verb_needs_a_pattern(nlp: Language, dictionaries: PetrarchDictionaries) -> None:
    assert code(nlp, dictionaries, "Valdoria reached Quell.") == set()
    assert code(nlp, dictionaries, "Valdoria reached a settlement with Quell.") == {
        ("VLD", "QLL", "081")
    }


def test_date_restricted_actor(nlp: Language, dictionaries: PetrarchDictionaries) -> None:
    text = "The Old Baron condemned Valdoria."
    assert code(nlp, dictionaries, text, date(2005, 5, 5)) == {("QLLGOV", "VLD", "122")}
    assert code(nlp, dictionaries, text, date(2015, 5, 5)) == {("QLLELI", "VLD", "122")}


def test_discard_and_dyad_requirement(nlp: Language, dictionaries: PetrarchDictionaries) -> None:
    assert code(nlp, dictionaries, "A hurricane hit as Valdoria condemned Quell.") == set()
    assert code(nlp, dictionaries, "Valdoria condemned the decision.") == set()
    assert code(nlp, dictionaries, "Valdoria condemned the decision.", require_dyad=False) == {
        ("VLD", "---", "122")
    }


def test_pattern_and_code_parsing() -> None:
    pattern = parse_pattern("SAID_+ * TO_&MONEYWORDS $ ", parse_event_code("032:033"), 1)
    assert pattern.code is not None and pattern.code.reverse == "033"
    assert pattern.upper_touches_verb is False
    assert [e.kind for e in pattern.upper[0]] == ["word", "target"]
    assert [e.kind for e in pattern.lower[0]] == ["word", "synset"]
    assert parse_event_code("---") is None
    with pytest.raises(ValueError):
        parse_event_code("+++")


def test_text_input_is_parsed(dictionaries: PetrarchDictionaries) -> None:
    events = code_petrarch_sentence(
        "Valdoria condemned Quell.",
        date=None,
        actors=dictionaries.actors,
        agents=dictionaries.agents,
        verbs=dictionaries.verbs,
        discards=dictionaries.discards,
    )
    assert events == [PetrarchEvent("VLD", "QLL", "122")]


def test_bad_verb_lines_become_warnings(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text("--- HAIL [041] ---\nHAIL\n- * WARMLY\n- * PRAISE [+++]\n", encoding="utf-8")
    verbs = load_verb_dictionary(path)
    assert [w.split(":")[1] for w in verbs.warnings] == ["3", "4"]
    assert verbs.entries_for("hail")[0].patterns == ()
