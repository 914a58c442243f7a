"""Actors stage: a parsed `Doc` and its date in, resolved `ActorMention`s and `Quote`s out.

Who acts, resolved against our knowledge base to a canonical id, a country and a sector, with
the role a person held on the article's date. It never decides what happened (that is `events`).
"""

from summitry.actors.quotes import find_quotes
from summitry.actors.resolve import ActorResolver

__all__ = ["ActorResolver", "find_quotes"]
