"""Actors stage: a parsed `Doc` and the article's date in, resolved `ActorMention`s and `Quote`s out.

Who acts, resolved against our knowledge base to a canonical id, a country and a sector, with
the role a person held on the article's date. It never decides what happened (that is `events`).
"""
