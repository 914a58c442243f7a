"""The coding pipeline: parsed text in, actors, events and quotes out.

`Coder` holds what is expensive to build (the spaCy pipeline, the knowledge base, the
lexicon) and runs the stages in order. It is pure: persisting is `Workspace.code`'s job,
so the CLI, the REST API and a Dask worker all code text exactly the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from hashlib import sha256
from importlib import resources

from spacy.tokens import Doc

from summitry import __version__
from summitry.actors.knowledge import KnowledgeBase
from summitry.actors.petrarch import load_actor_dictionary
from summitry.actors.quotes import find_quotes
from summitry.actors.resolve import ActorResolver
from summitry.config import Settings
from summitry.events.coder import EventCoder
from summitry.events.petrarch.records import dictionary_files
from summitry.model import ActorMention, EventMention, Quote
from summitry.nlp import load_pipeline


@dataclass(frozen=True, slots=True)
class CodedDocument:
    """Everything coded from one text."""

    actors: tuple[ActorMention, ...]
    events: tuple[EventMention, ...]
    quotes: tuple[Quote, ...]


class Coder:
    """The NLP, actor and event stages with their knowledge loaded once."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = load_pipeline(self.settings.spacy_model)
        self.knowledge = KnowledgeBase.load(self.settings.knowledge_paths)
        dicts = self.settings.petrarch_dicts
        self.dictionary_paths = (
            [] if dicts is None else dictionary_files(dicts, ("actors",))["actors"]
        )
        user_dictionary = load_actor_dictionary(*self.dictionary_paths) if dicts else None
        self.resolver = ActorResolver(self.knowledge, petrarch=user_dictionary)
        threshold = self.settings.min_confidence
        self.events = EventCoder() if threshold is None else EventCoder(min_confidence=threshold)

    @property
    def pipeline_id(self) -> str:
        """Identifies the parses this coder makes (cache key)."""
        meta = self.nlp.meta
        # "+apostrophes": words reach the tokenizer with straight apostrophes (summitry.nlp).
        return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}+apostrophes"

    @property
    def knowledge_version(self) -> str:
        """A digest of the shipped and user knowledge files in force, recorded with each run."""
        digest = sha256(f"{__version__} min_confidence={self.events.min_confidence}".encode())
        for entry in sorted(_data_files(), key=lambda e: e.name):
            digest.update(entry.read_bytes())
        for path in [*self.settings.knowledge_paths, *self.dictionary_paths]:
            digest.update(path.read_bytes())
        return digest.hexdigest()[:16]

    def code_doc(self, doc: Doc, *, article_id: str, published: date | None) -> CodedDocument:
        """Code one parsed text."""
        actors = self.resolver.resolve(doc, published)
        events = self.events.code(doc, actors, article_id=article_id, published=published)
        quotes = find_quotes(doc, actors, article_id=article_id, published=published)
        return CodedDocument(tuple(actors), tuple(events), tuple(quotes))

    def code_text(
        self, text: str, *, published: date | None = None, article_id: str = "text"
    ) -> CodedDocument:
        """Parse and code one text: the whole pipeline as a pure function."""
        return self.code_doc(self.nlp(text), article_id=article_id, published=published)

    def parse(self, texts: Iterable[str]) -> Iterator[Doc]:
        yield from self.nlp.pipe(texts, batch_size=16)

    def to_bytes(self, doc: Doc) -> bytes:
        return doc.to_bytes(exclude=["tensor", "user_data"])

    def from_bytes(self, data: bytes) -> Doc:
        return Doc(self.nlp.vocab).from_bytes(data)

    def parse_cached(
        self, texts: Sequence[str], cached: Sequence[bytes | None]
    ) -> list[tuple[Doc, bool]]:
        """Docs for `texts`, deserialized where a cached parse exists; flag says "newly parsed"."""
        fresh = iter(self.parse([t for t, c in zip(texts, cached, strict=True) if c is None]))
        return [
            (next(fresh), True) if blob is None else (self.from_bytes(blob), False)
            for blob in cached
        ]


def _data_files() -> Iterator[resources.abc.Traversable]:
    root = resources.files("summitry")
    for package in ("actors", "events"):
        data = root / package / "data"
        if data.is_dir():
            yield from (
                entry
                for entry in data.iterdir()
                if entry.is_file() and entry.name.endswith((".yaml", ".yml", ".json", ".joblib"))
            )
