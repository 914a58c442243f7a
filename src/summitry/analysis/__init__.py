"""Analysis stage: stored event mentions in, canonical events, timelines, dyad series, exports
and plots out.

It takes `StoredEvent`s (mentions with their row ids and publication facts) and merges the
mentions that describe one real-world event into `CanonicalEvent`s, links plans to what
realised them, checks ordinal claims ("the second summit") against the merged record, and
answers queries over the result. Every function is pure: it never reads or writes the store
(the caller persists canonical events and links) and never parses text.
"""

from summitry.analysis.export import (
    EXPORT_FORMATS,
    ExportFormat,
    canonical_from_json,
    canonical_to_json,
    export,
    read_export,
)
from summitry.analysis.links import PlanLink, link_plans
from summitry.analysis.merge import merge_mentions
from summitry.analysis.ordinals import OrdinalWarning, check_ordinals
from summitry.analysis.plots import plot_dyad, plot_timeline
from summitry.analysis.queries import ActorActivity, dyad_series, most_active_actors, timeline

__all__ = [
    "EXPORT_FORMATS",
    "ActorActivity",
    "ExportFormat",
    "OrdinalWarning",
    "PlanLink",
    "canonical_from_json",
    "canonical_to_json",
    "check_ordinals",
    "dyad_series",
    "export",
    "link_plans",
    "merge_mentions",
    "most_active_actors",
    "plot_dyad",
    "plot_timeline",
    "read_export",
    "timeline",
]
