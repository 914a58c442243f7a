"""Ingest stage: files, feeds and stdin in; `Article`s, `Rejection`s and `Notice`s (file:line) out.

It only reads; storing and de-duplicating against what is stored is the caller's job.
"""

from summitry.ingest.bundled import example_paths
from summitry.ingest.dedup import NearDuplicateIndex
from summitry.ingest.reader import count_inputs, read_paths
from summitry.ingest.records import Notice, Rejection, article_id, undated_warning

__all__ = [
    "NearDuplicateIndex",
    "Notice",
    "Rejection",
    "article_id",
    "count_inputs",
    "example_paths",
    "read_paths",
    "undated_warning",
]
