"""HTML pages: the main text and metadata as trafilatura extracts them."""

from __future__ import annotations

import trafilatura

from summitry.ingest.records import Draft, InputError


def read_webpage(html: str, origin: str) -> Draft:
    """Main text without navigation, ads or comments, plus title, date, author, url, site."""
    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as problem:  # lxml and the extractors raise many types on odd markup
        raise InputError(f"not readable HTML: {problem}") from None
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        raise InputError("no main text found in the HTML page")
    title = getattr(document, "title", None)
    return Draft(
        origin=origin,
        body=_paragraphs_without_title(text, title),
        title=title,
        source=getattr(document, "sitename", None),
        url=getattr(document, "url", None),
        author=getattr(document, "author", None),
        date_value=getattr(document, "date", None),
    )


def _paragraphs_without_title(text: str, title: str | None) -> str:
    """Trafilatura gives one paragraph per line and repeats the headline as the first one;
    the body should start at the first paragraph and separate paragraphs as other formats do."""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if paragraphs and title and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)
