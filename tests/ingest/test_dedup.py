"""Near-duplicates: a lightly edited copy of a story is found, an unrelated story is not."""

from __future__ import annotations

from summitry.ingest import NearDuplicateIndex

STORY = (
    "The two delegations met for six hours in a lakeside conference centre on Saturday and "
    "agreed to exchange written proposals before the end of the month, according to officials "
    "from both governments. The lead negotiator told reporters that the atmosphere had been "
    "businesslike and that both sides wanted another round soon. A spokeswoman for the foreign "
    "ministry said no date had been fixed for the next meeting, but that the host government had "
    "offered to arrange one within two weeks. Observers noted that the talks were the first "
    "formal contact since a summit between the two leaders ended without an agreement in the "
    "spring, and that neither side had publicly changed its position since then."
)
EDITED = (
    STORY.replace("Saturday", "Sunday")
    .replace("businesslike", "constructive")
    .replace("Observers noted", "Analysts noted")
)
UNRELATED = (
    "Heavy rain flooded several districts of the capital overnight, closing schools and "
    "cutting power to thousands of homes. The weather service warned that more storms were "
    "expected later in the week and urged residents to avoid travel where possible."
)


def test_lightly_edited_copy_is_found_and_unrelated_story_is_not() -> None:
    index = NearDuplicateIndex()
    index.add("story", STORY)
    index.add("weather", UNRELATED)

    assert index.find(EDITED) == "story"
    assert index.find(UNRELATED.replace("thousands", "tens of thousands")) == "weather"
    assert index.find("A minister resigned on Friday after a dispute over the budget.") is None


def test_half_rewritten_story_is_not_a_near_duplicate() -> None:
    index = NearDuplicateIndex()
    index.add("story", STORY)
    half = STORY[: len(STORY) // 2] + " " + UNRELATED

    assert index.find(half) is None


def test_adding_the_same_id_twice_is_harmless() -> None:
    index = NearDuplicateIndex()
    index.add("story", STORY)
    index.add("story", STORY)

    assert len(index) == 1
    assert index.find(STORY) == "story"
