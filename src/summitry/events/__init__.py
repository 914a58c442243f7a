"""Events stage: a parsed `Doc`, its `ActorMention`s and the publication date in; events out.

Each event carries its PLOVER type and CAMEO code, its modality (did it happen?), its own date,
its place and the evidence that produced it. Pure: it never touches the store.
"""

from summitry.events.cameo import cameo_for_plover, plover_for_cameo
from summitry.events.coder import EventCoder
from summitry.events.lexicon import Lexicon, LexiconError, load_lexicon

__all__ = [
    "EventCoder",
    "Lexicon",
    "LexiconError",
    "cameo_for_plover",
    "load_lexicon",
    "plover_for_cameo",
]
