"""PETRARCH interoperability: a user's PETRARCH/TABARI dictionaries in, PETRARCH-style events out.

The dictionaries are an input the user supplies (``--dicts DIR``); nothing from them ships with
summitry. `code_petrarch_sentence` codes one parse or text; `code_petrarch_records` runs a
records file against a dictionary directory, reading the dictionaries once.
"""

from summitry.events.petrarch.coder import (
    PetrarchDictionaries,
    PetrarchEvent,
    code_petrarch_sentence,
)
from summitry.events.petrarch.records import (
    PetrarchRecord,
    code_petrarch_records,
    dictionary_files,
    load_petrarch_dictionaries,
    read_petrarch_records,
)
from summitry.events.petrarch.verbs import load_verb_dictionary

__all__ = [
    "PetrarchDictionaries",
    "PetrarchEvent",
    "PetrarchRecord",
    "code_petrarch_records",
    "code_petrarch_sentence",
    "dictionary_files",
    "load_petrarch_dictionaries",
    "load_verb_dictionary",
    "read_petrarch_records",
]
