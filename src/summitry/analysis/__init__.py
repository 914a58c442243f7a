"""Analysis stage: stored event mentions in, canonical events, timelines, dyad series, exports
and plots out.

It takes `StoredEvent`s (mentions with their row ids and publication facts) and merges the
mentions that describe one real-world event into `CanonicalEvent`s, links plans to what
realised them, checks ordinal claims ("the second summit") against the merged record, and
answers queries over the result. Every function is pure: it never reads or writes the store
(the caller persists canonical events) and never parses text.
"""
