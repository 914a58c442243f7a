"""PETRARCH-format actor, agent and discard dictionaries, read from snippets written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy

from summitry.actors.petrarch import (
    Agent,
    load_actor_dictionary,
    load_agent_dictionary,
    load_discards,
    parse_date,
    split_words,
    token_words,
)

SHARED_DICTS = Path(__file__).parents[2] / "../shared/data/petrarch_dicts"

ACTORS = """\
<!-- invented actors for tests
     spanning two lines -->
VALDORIA_  [VLD]   # a country
+VALDORIAN_
+THE_RIVER_KINGDOM
QUELL
\t[QLLGOV 19990101-20041231]
\t[QLLOPP >20050101]
\t[QLL]
MARSH_ISLES [MRS < 970101]
\t[MRX]
TWIN_CITIES [TWA/TWB]
BROKEN_ENTRY [XYZ 2001]
+ORPHAN_SYNONYM
"""

AGENTS = """\
!CLERK! = CLERK, CLERKS
CHIEF_!CLERK! [~GOV]
HARBOUR_GUARD [~MIL]
CENSUS_OFFICE {} [~GOV]
WATCH_GOOSE {WATCH_GEESE} [~GGS]
RELIEF_AGENCY [NGO~]
AGENCY WITHOUT A CODE
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_actor_synonyms_and_codes(tmp_path: Path) -> None:
    actors = load_actor_dictionary(write(tmp_path, "a.actors.txt", ACTORS))
    assert actors.code_for("Valdoria", None) == "VLD"
    assert actors.code_for("the river kingdom", None) == "VLD"
    assert actors.codes_for("twin cities", None) == ("TWA", "TWB")
    assert actors.code_for("Atlantis", None) is None


def test_date_restricted_codes_resolve_by_date(tmp_path: Path) -> None:
    actors = load_actor_dictionary(write(tmp_path, "a.actors.txt", ACTORS))
    assert actors.code_for("quell", date(2000, 6, 1)) == "QLLGOV"
    assert actors.code_for("quell", date(2010, 6, 1)) == "QLLOPP"
    assert actors.code_for("quell", date(1980, 6, 1)) == "QLL"
    assert actors.code_for("marsh isles", date(1990, 1, 1)) == "MRS"
    assert actors.code_for("marsh isles", date(2001, 1, 1)) == "MRX"


def test_malformed_lines_are_skipped_with_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "a.actors.txt", ACTORS)
    actors = load_actor_dictionary(path)
    assert any(w.startswith(f"{path}:13:") for w in actors.warnings)
    assert actors.code_for("valdoria", None) == "VLD"


def test_six_digit_dates_pivot_on_two_digit_year() -> None:
    assert parse_date("991231") == date(1999, 12, 31)
    assert parse_date("090120") == date(2009, 1, 20)
    with pytest.raises(ValueError):
        parse_date("2001")


def test_hyphens_are_words_of_their_own() -> None:
    assert split_words("Barad-dur's_gate") == ["BARAD", "-", "DUR'S", "GATE"]


def test_token_words_keep_the_token_each_word_comes_from() -> None:
    doc = spacy.blank("en")("Envoys reached Dol_Amroth today")
    words, owners = token_words(doc[1:])
    assert words == ["REACHED", "DOL", "AMROTH", "TODAY"]
    assert owners == [1, 2, 2, 3]


def test_agents_with_substitutions_and_plurals(tmp_path: Path) -> None:
    agents = load_agent_dictionary(write(tmp_path, "agents.txt", AGENTS))

    def agent(text: str) -> Agent | None:
        found = agents.index.longest_at(text.split(), 0)
        return found.value if found is not None and isinstance(found.value, Agent) else None

    assert agent("CHIEF CLERKS") == Agent("GOV", prefix=False)
    assert agent("HARBOUR GUARDS") == Agent("MIL", prefix=False)
    assert agent("CENSUS OFFICES") is None  # "{}" means no generated plural
    assert agent("WATCH GEESE") == Agent("GGS", prefix=False)
    assert agent("RELIEF AGENCY") == Agent("NGO", prefix=True)
    assert any(":7:" in w for w in agents.warnings)


def test_discards_match_sentence_words(tmp_path: Path) -> None:
    discards = load_discards(write(tmp_path, "d.txt", "CRICKET_MATCH\n+HURRICANE # story\n"))
    assert discards.found_in(["THE", "CRICKET", "MATCH", "ENDED"])
    assert discards.found_in(["A", "HURRICANE", "HIT"])
    assert not discards.found_in(["THE", "MATCH", "ENDED"])
    assert ("HURRICANE",) in discards.story_level


@pytest.mark.skipif(not SHARED_DICTS.exists(), reason="../shared/data/petrarch_dicts is absent")
def test_phoenix_countries_date_restricted_entry() -> None:
    actors = load_actor_dictionary(SHARED_DICTS / "Phoenix.Countries.actors.txt")
    # BARACK_OBAMA: [USAELI 780101-000101] then [USAGOV >090120]
    assert actors.code_for("Barack Obama", date(1990, 1, 1)) == "USAELI"
    assert actors.code_for("Barack Obama", date(2010, 1, 1)) == "USAGOV"
    assert all(":" in w for w in actors.warnings)


@pytest.mark.skipif(not SHARED_DICTS.exists(), reason="../shared/data/petrarch_dicts is absent")
def test_validation_dictionaries_read_cleanly() -> None:
    actors = load_actor_dictionary(SHARED_DICTS / "PETR.Validate.actors.txt")
    agents = load_agent_dictionary(SHARED_DICTS / "PETR.Validate.agents.txt")
    assert actors.warnings == [] and agents.warnings == []
    assert actors.code_for("Smeagol", date(1999, 1, 1)) == "HOBGOV"
    assert actors.code_for("Smeagol", date(1995, 1, 1)) == "HOB"
