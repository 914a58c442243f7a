"""Actor resolution over fixture sentences written for these tests (US–North Korea cases)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from summitry.actors.resolve import ActorResolver
from summitry.model import ActorMention

AUTUMN_2018 = date(2018, 10, 2)
AUTUMN_2019 = date(2019, 10, 8)
SPRING_2022 = date(2022, 4, 5)


def _resolve(
    nlp: Language, resolver: ActorResolver, text: str, day: date | None = AUTUMN_2019
) -> list[ActorMention]:
    return resolver.resolve(nlp(text), day)


def _by_text(mentions: list[ActorMention]) -> dict[str, list[ActorMention]]:
    table: dict[str, list[ActorMention]] = {}
    for mention in mentions:
        table.setdefault(mention.span.text, []).append(mention)
    return table


def test_name_part_follows_the_latest_full_name(nlp: Language, resolver: ActorResolver) -> None:
    text = (
        "The envoy thanked Kim Jong Un for the invitation. Kim said talks would go on. "
        "Later Kim Yong Chol flew to New York, where Kim met the envoy again. "
        "Kim Jong Un praised the trip, and Kim promised more meetings."
    )
    kims = [m for m in _resolve(nlp, resolver, text) if m.span.text == "Kim"]
    assert [m.actor.id for m in kims] == ["kim_jong_un", "kim_yong_chol", "kim_jong_un"]
    assert {m.rule for m in kims} == {"coref:name-part"}


def test_ambiguous_name_part_without_antecedent_stays_unresolved(
    nlp: Language, resolver: ActorResolver
) -> None:
    mentions = _resolve(nlp, resolver, "Kim arrived in the capital on Tuesday.")
    assert not [m for m in mentions if m.actor.id.startswith("kim_")]


def test_capital_and_ministry_stand_for_the_government(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = "Pyongyang rejected the offer, and the North Korean Foreign Ministry called it a trick."
    found = _by_text(_resolve(nlp, resolver, text))
    (capital,) = found["Pyongyang"]
    (ministry,) = found["the North Korean Foreign Ministry"]
    assert (capital.actor.country, capital.actor.sector, capital.rule) == (
        "PRK",
        "GOV",
        "kb:metonym",
    )
    assert (ministry.actor.country, ministry.actor.sector) == ("PRK", "GOV")
    assert ministry.rule == "kb:demonym+sector"


def test_demonym_with_sector_terms(nlp: Language, resolver: ActorResolver) -> None:
    text = "Israeli troops fired tear gas at Palestinian protesters near the fence."
    found = {(m.actor.country, m.actor.sector) for m in _resolve(nlp, resolver, text)}
    assert found == {("ISR", "MIL"), ("PSE", "CVL")}


def test_title_phrase_resolves_to_the_holder_on_the_date(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = "The U.S. president said the offer was generous."
    (in_2019,) = _resolve(nlp, resolver, text, AUTUMN_2019)
    (in_2022,) = _resolve(nlp, resolver, text, SPRING_2022)
    assert (in_2019.actor.id, in_2019.actor.role, in_2019.rule) == (
        "donald_trump",
        "president",
        "coref:title",
    )
    assert in_2022.actor.id == "joe_biden"


def test_bare_title_takes_the_country_in_view(nlp: Language, resolver: ActorResolver) -> None:
    text = "Washington signalled patience. The president said there was no hurry."
    found = _by_text(_resolve(nlp, resolver, text, AUTUMN_2018))
    assert [m.actor.id for m in found["The president"]] == ["donald_trump"]


def test_title_is_absorbed_into_the_named_person(nlp: Language, resolver: ActorResolver) -> None:
    text = "U.S. Secretary of State Mike Pompeo will travel to the region next week."
    (pompeo,) = _resolve(nlp, resolver, text, AUTUMN_2018)
    assert pompeo.span.text == "U.S. Secretary of State Mike Pompeo"
    assert (pompeo.actor.id, pompeo.actor.role) == ("mike_pompeo", "secretary of state")


def test_split_korean_name_is_one_person_and_she_refers_to_her(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = (
        "On Monday, North Korean Vice Foreign Minister Choe Son Hui issued a statement. "
        "She said Pyongyang was willing to talk."
    )
    mentions = _resolve(nlp, resolver, text)
    choe = [m for m in mentions if m.actor.id == "choe_son_hui"]
    assert [m.span.text for m in choe] == [
        "North Korean Vice Foreign Minister Choe Son Hui",
        "She",
    ]
    assert choe[0].actor.role == "vice foreign minister"
    assert choe[1].rule == "coref:pronoun"


def test_knowledge_base_name_wins_over_ner_label(nlp: Language, resolver: ActorResolver) -> None:
    doc = nlp("Trump is depriving his negotiator of leverage.")
    assert [e.label_ for e in doc.ents if e.text == "Trump"] == ["ORG"]
    found = _by_text(resolver.resolve(doc, AUTUMN_2019))
    assert [m.actor.id for m in found["Trump"]] == ["donald_trump"]
    assert [m.actor.id for m in found["his"]] == ["donald_trump"]


def test_coordinated_leaders_are_one_compound_mention_each(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = "Kim Jong Un hosted a banquet. Later, Trump and Kim agreed to resume the talks."
    compound = [m for m in _resolve(nlp, resolver, text) if m.rule == "compound"]
    assert {m.span.text for m in compound} == {"Trump and Kim"}
    assert sorted(m.actor.id for m in compound) == ["donald_trump", "kim_jong_un"]


def test_compound_phrases_name_the_latest_two_actors(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = (
        "Trump spoke with Kim Jong Un by phone. The two leaders agreed to meet. "
        "Officials said the two Koreas would hold talks of their own."
    )
    found = _by_text(_resolve(nlp, resolver, text))
    assert sorted(m.actor.id for m in found["The two leaders"]) == ["donald_trump", "kim_jong_un"]
    assert sorted(m.actor.id for m in found["the two Koreas"]) == ["KOR", "PRK"]


def test_unknown_people_are_kept_without_a_country(nlp: Language, resolver: ActorResolver) -> None:
    text = "Aurelio Pendergast, a local trader, said Pendergast had never seen such crowds."
    mentions = _resolve(nlp, resolver, text)
    unknown = [m for m in mentions if m.rule in {"ner:unknown", "coref:name-part"}]
    assert unknown and all(m.actor.country is None for m in unknown)
    assert len({m.actor.id for m in unknown}) == 1


def test_offsets_sentences_and_order(nlp: Language, resolver: ActorResolver) -> None:
    text = "Talks stalled. Then Pyongyang wrote to Washington."
    doc = nlp(text)
    mentions = resolver.resolve(doc, AUTUMN_2019)
    assert [m.span.text for m in mentions] == ["Pyongyang", "Washington"]
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.span.text
        assert mention.sentence == 1


def test_no_crash_on_long_or_foreign_text(nlp: Language, resolver: ActorResolver) -> None:
    long_sentence = " and ".join(["the delegation from Pyongyang met officials"] * 80) + "."
    assert len(_resolve(nlp, resolver, long_sentence, None)) >= 80
    assert isinstance(_resolve(nlp, resolver, "Der Präsident traf sich mit Kim.", None), list)
    assert _resolve(nlp, resolver, "", None) == []


def test_person_modifying_a_sector_term_is_that_sector(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = "Critics said the Trump officials had misread the North."
    found = _by_text(_resolve(nlp, resolver, text))
    (administration,) = found["Trump officials"]
    assert (administration.actor.id, administration.actor.sector) == ("USA", "GOV")
    assert administration.rule == "kb:person+sector"


def test_unknown_titled_person_takes_the_title_country(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = "On Friday, North Korean Vice Foreign Minister Ri Chol Gwang released a statement."
    titled = [m for m in _resolve(nlp, resolver, text) if m.rule == "ner:titled"]
    assert [(m.actor.country, m.actor.sector) for m in titled] == [("PRK", "GOV")]
    assert titled[0].span.text.startswith("North Korean Vice Foreign Minister Ri")


def test_both_sides_skips_a_place_that_only_names_a_summit(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = (
        "Washington sent a letter to Pyongyang after the Israel summit. "
        "Both sides said they wanted peace."
    )
    found = _by_text(_resolve(nlp, resolver, text))
    assert sorted(m.actor.id for m in found["Both sides"]) == ["PRK", "USA"]


def test_hyphenated_title_of_an_organisation_gives_its_code(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = "U.N. Secretary-General Ban Ki-moon urged restraint on Tuesday."
    (titled,) = [m for m in _resolve(nlp, resolver, text) if m.rule == "ner:titled"]
    assert titled.span.text.startswith("U.N. Secretary-General")
    assert titled.actor.country == "IGO"
