"""When two actor references may name the same participant, and when one answers a query.

A sentence may name a leader ("Kim Jong Un") where another names the state ("North Korea") for
the same act, so a person and their country are compatible; two different people of one
country are not (Pompeo's meeting is not Trump's). Used by merging, linking and queries alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from summitry.model import ActorRef

# Country codes that stand for "no state": two IGOs are not one actor because both say IGO.
_NON_STATE_CODES = frozenset({"IGO", "NGO"})


def is_state_level(ref: ActorRef) -> bool:
    """True for a country actor (any sector), whose acts its leaders' acts may stand for."""
    return ref.country is not None and ref.id == ref.country


def specificity(ref: ActorRef) -> int:
    """How precisely a reference names who acted: person with a role > other named actor > state."""
    if is_state_level(ref):
        return 0
    return 2 if ref.role else 1


def actors_compatible(a: ActorRef, b: ActorRef) -> bool:
    """Same actor, or one is the state the other belongs to."""
    if a.id == b.id:
        return True
    if a.country is None or a.country != b.country or a.country in _NON_STATE_CODES:
        return False
    return is_state_level(a) or is_state_level(b)


def sides_compatible(left: Sequence[ActorRef], right: Sequence[ActorRef]) -> bool:
    """Every actor on one side may be every actor on the other; an empty side is unknown."""
    return all(actors_compatible(a, b) for a in left for b in right)


def dyad_orientation(
    sources: Sequence[ActorRef],
    targets: Sequence[ActorRef],
    other_sources: Sequence[ActorRef],
    other_targets: Sequence[ActorRef],
    *,
    symmetric: bool,
) -> bool | None:
    """How one dyad lines up with another: False as written, True swapped, None not at all.

    Both dyads must share at least one known side, unless neither names any actor; a
    symmetric event type (meetings, agreements) may also match with its sides swapped.
    """
    orientations = (False, True) if symmetric else (False,)
    for swapped in orientations:
        mine_s, mine_t = (targets, sources) if swapped else (sources, targets)
        if not (
            sides_compatible(mine_s, other_sources) and sides_compatible(mine_t, other_targets)
        ):
            continue
        shares_side = (mine_s and other_sources) or (mine_t and other_targets)
        knows_nobody = not (sources or targets or other_sources or other_targets)
        if shares_side or knows_nobody:
            return swapped
    return None


def actor_matches(ref: ActorRef, needle: str) -> bool:
    """A query matches an actor by id, country code, or (case-insensitive) part of its name.

    "Donald Trump", "trump" and "USA" all match the person Trump; a multi-word query matches
    when each of its words is a word of the name, so "Donald Trump" finds "Donald J. Trump".
    """
    query = needle.strip()
    if not query:
        return False
    folded = query.casefold()
    if ref.id.casefold() in (folded, folded.replace(" ", "_")):
        return True
    if ref.country is not None and ref.country == query.upper():
        return True
    name = ref.name.casefold()
    return folded in name or set(folded.split()) <= set(name.split())
