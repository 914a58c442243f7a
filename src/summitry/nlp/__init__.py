"""NLP stage: text in, parsed spaCy `Doc`s out.

One pipeline is loaded once per process and run in batches; later stages read the `Doc`
(sentences, tokens, entities, dependencies) and never parse again.
"""

from summitry.nlp.pipeline import load_pipeline, parse, parse_many

__all__ = ["load_pipeline", "parse", "parse_many"]
