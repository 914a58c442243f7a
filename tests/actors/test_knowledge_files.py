"""User knowledge files: they extend and override the package, and bad ones are refused clearly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from summitry.actors.knowledge import KnowledgeBase, KnowledgeError


def _write(tmp_path: Path, text: str, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_file_adds_a_person_and_takes_over_an_alias(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        """
version: 1
people:
  - id: rhea_marlow
    name: Rhea Marlow
    gender: f
    country: USA
    aliases: [Marlow]
    roles:
      - {title: Special Envoy for the Arctic, country: USA, sector: GOV,
         start: 2026-02-01, end: null, aliases: [Arctic envoy]}
countries:
  - {id: BEL, name: Belgium, capital: Brussels, demonyms: [Belgian, Belgians]}
""",
    )
    kb = KnowledgeBase.load([extra])
    marlow = kb.person_by_name("Marlow")
    assert marlow is not None and marlow.id == "rhea_marlow"
    assert kb.holder_of("the U.S. Arctic envoy", None, date(2026, 3, 1)) == marlow
    # The package gives "Brussels" to the EU; the user's Belgium claims it as its seat.
    assert {s.entity.id for s in kb.lookup("Brussels")} == {"BEL"}
    assert "EU" in kb.organisations and kb.organisation_by_name("EU") is not None


def test_a_user_entry_replaces_the_package_entry_with_its_id(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        """
organisations:
  - {id: KCNA, name: KCNA Watch Test, country: PRK, sector: MED, aliases: [KCNA, Central Agency]}
""",
    )
    kb = KnowledgeBase.load([extra])
    assert kb.organisations["KCNA"].name == "KCNA Watch Test"
    assert kb.organisation_by_name("Central Agency") == kb.organisations["KCNA"]
    assert kb.organisation_by_name("Korean Central News Agency") is None


_PERSON = """
  - id: {id}
    name: {name}
    gender: m
    country: {country}
    {alias_key}: [{alias}]
    roles:
      - {{title: Envoy, country: {country}, sector: GOV, start: {start}, end: {end}}}
"""


def _person(**fields: str) -> str:
    """One person entry of a user file, with `fields` replacing the defaults."""
    values = {"id": "ana_test", "name": "Ana Test", "country": "USA", "alias": "Test"}
    values |= {"alias_key": "aliases", "start": "2020-01-01", "end": "null"}
    return _PERSON.format(**(values | fields))


def _people(*entries: str) -> str:
    return "people:" + "".join(entries)


@pytest.mark.parametrize(
    ("text", "entry", "problem"),
    [
        (_people(_person(), _person()), "ana_test", "duplicate id"),
        (
            _people(_person(start="2021-05-01", end="2020-01-01")),
            "Envoy",
            "ends (2020-01-01) before",
        ),
        (_people(_person(country="usa")), "ana_test", "3 capital letters"),
        (_people(_person(start="May 2020")), "Envoy", "must be a date"),
        (_people(_person(id="Ana-Test")), "Ana-Test", "does not match"),
        (
            _people(_person(), _person(id="bo_test", name="Bo Test")),
            "bo_test",
            "'Test' already names ana_test",
        ),
        ("countries:\n  - {id: ABC, name: Abc, colour: blue}\n", "ABC", "unknown keys"),
        ("places:\n  - {id: somewhere, name: Somewhere, kind: village}\n", "somewhere", "kind"),
    ],
)
def test_bad_entries_are_refused_naming_file_and_entry(
    tmp_path: Path, text: str, entry: str, problem: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(KnowledgeError) as raised:
        KnowledgeBase.load([path])
    message = str(raised.value)
    assert str(path) in message and entry in message and problem in message


def test_references_to_unknown_countries_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, _people(_person(country="ZZZ")))
    with pytest.raises(KnowledgeError) as raised:
        KnowledgeBase.load([path])
    assert f"{path}: entry ana_test: unknown country ZZZ" in str(raised.value)


def test_the_version_names_the_files_loaded(tmp_path: Path) -> None:
    package = KnowledgeBase.load()
    extended = KnowledgeBase.load([_write(tmp_path, _people(_person()))])
    assert len(package.version) == 12 and package.version != extended.version
    assert KnowledgeBase.load().version == package.version


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- just a list\n", "mapping at the top level"),
        ("armies: []\n", "unknown sections"),
        ("people: {id: x}\n", "must be a list"),
        ("people: [\n", "not valid YAML"),
    ],
)
def test_bad_files_are_refused(tmp_path: Path, text: str, problem: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(KnowledgeError, match=problem):
        KnowledgeBase.load([path])


def test_ambiguous_forms_may_be_shared_as_context_aliases(tmp_path: Path) -> None:
    ana = _person(alias_key="context_aliases")
    bo = _person(id="bo_test", name="Bo Test", alias_key="context_aliases")
    kb = KnowledgeBase.load([_write(tmp_path, _people(ana, bo))])
    assert {s.entity.id for s in kb.context_lookup("Test")} == {"ana_test", "bo_test"}
    assert kb.lookup("Test") == ()
