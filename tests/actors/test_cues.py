"""The cue file loader accepts the shipped file and rejects malformed ones."""

from __future__ import annotations

import pytest

from summitry.actors.cues import CueFileError, default_cues, parse_cues


def _valid() -> dict[str, object]:
    return {
        "speech_verbs": ["say"],
        "speech_phrasal_verbs": [["go", "on"]],
        "statement_nouns": ["statement"],
        "pronouns": {"she": {"gender": "female", "plural": False}},
        "compound_phrases": {"people": ["the two leaders"], "groups": ["both sides"]},
        "fixed_compounds": {"the two Koreas": ["KOR", "PRK"]},
        "leader_titles": ["President", "Prime Minister"],
        "leader_words": ["leader"],
        "summit_words": ["summit"],
    }


def test_shipped_cues_load() -> None:
    cues = default_cues()
    assert {"say", "tell", "reply"} <= cues.speech_verbs
    assert ("go", "on") in cues.speech_phrasal_verbs
    assert cues.pronouns["she"].gender == "female" and not cues.pronouns["she"].plural
    assert cues.fixed_compounds["the two koreas"] == ("KOR", "PRK")


def test_valid_document_parses() -> None:
    cues = parse_cues(_valid())
    assert cues.people_compounds == ("the two leaders",)
    assert cues.leader_titles == ("president", "prime minister")


@pytest.mark.parametrize(
    ("key", "bad"),
    [
        ("speech_verbs", "say"),
        ("speech_phrasal_verbs", [["go"]]),
        ("pronouns", {"it": {"gender": "neuter", "plural": False}}),
        ("pronouns", {"they": {"gender": "any", "plural": "yes"}}),
        ("compound_phrases", ["both sides"]),
        ("fixed_compounds", {"the two Koreas": ["KOR"]}),
        ("leader_titles", None),
        ("summit_words", [""]),
    ],
)
def test_malformed_documents_are_rejected(key: str, bad: object) -> None:
    document = _valid()
    document[key] = bad
    with pytest.raises(CueFileError):
        parse_cues(document)
