"""Plain text, including pages scraped to text with the site's header still on top.

A scraped page typically opens with a section label, the title, navigation lines, the
section and title again, a subtitle, the title once more as a photo caption and a photo
credit. Rather than matching any one site's words, the header is found by its shape: the
title is the line that repeats near the top, and everything up to its last repeat (plus a
credit line right after) is header. Within the header, short labels are the section or
navigation, sentences are the lede.
"""

from __future__ import annotations

import re
from collections import Counter

from summitry.ingest.records import Draft

_HEAD_LINES = 12  # the header of a page never runs longer than this many non-blank lines
_TITLE_FIRST_WITHIN = 4  # the title's first appearance is near the very top
_TITLE_MAX_WORDS = 25
_TITLE_MAX_CHARS = 200
_LABEL_MAX_WORDS = 4
_LEDE_MIN_WORDS = 6
_PARAGRAPH_MIN_WORDS = 60  # a header never contains a line this long: it would be body text
_MAX_LEDE_LINES = 2  # more sentences than this before the "title" repeats means it is body text
_CREDIT = re.compile(
    r"(?:(?:photo(?:graph)?|image|picture)\s+)?(?:credits?|courtesy)\s*:\s*(?P<credit>.+)"
    r"|(?:photo(?:graph)?|image|picture)\s*:\s*(?P<caption_credit>.+)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"by\s+(?P<author>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_NOT_A_TITLE_END = re.compile(r"[.,;:…][\"'”’)\]]*$")


def split_text(text: str, origin: str) -> Draft:
    """Separate a scraped page's header from its body, or a plain title line from its text;
    the body starts at paragraph one."""
    lines = text.split("\n")
    numbered = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()]
    return _split_page(lines, numbered, origin) or _split_plain(lines, numbered, origin)


def _split_page(lines: list[str], numbered: list[tuple[int, str]], origin: str) -> Draft | None:
    head = [line for _, line in numbered[:_HEAD_LINES]]
    header_end = _header_end(head)
    if header_end is None:
        return None
    header = head[: header_end + 1]
    if any(_words(line) >= _PARAGRAPH_MIN_WORDS for line in header):
        return None
    title = _page_title(header)
    section: str | None = None
    credit: str | None = None
    author: str | None = None
    lede_lines: list[str] = []
    for position, line in enumerate(header):
        credit_match = _CREDIT.fullmatch(line)
        byline = _BYLINE.fullmatch(line)
        if line == title:
            continue
        if credit_match:
            credit = credit or (credit_match["credit"] or credit_match["caption_credit"]).strip()
        elif byline:
            author = author or byline["author"]
        elif _words(line) <= _LABEL_MAX_WORDS and not _SENTENCE_END.search(line):
            before_title = title is None or position < header.index(title)
            if section is None and before_title:
                section = line
        elif _words(line) >= _LEDE_MIN_WORDS and line not in lede_lines:
            lede_lines.append(line)
    if len(lede_lines) > _MAX_LEDE_LINES:
        return None
    body_start = numbered[header_end + 1][0] if header_end + 1 < len(numbered) else len(lines)
    return Draft(
        origin=origin,
        body="\n".join(lines[body_start:]).strip(),
        title=title,
        section=section,
        lede=" ".join(lede_lines) or None,
        credit=credit,
        author=author,
    )


def _header_end(head: list[str]) -> int | None:
    """Index of the header's last line: the title's last repeat or a credit line just after it.

    Without a repeated title, a credit line near the top still marks the end of a header.
    """
    title = _repeated_title(head)
    if title is not None:
        end = max(position for position, line in enumerate(head) if line == title)
        if end + 1 < len(head) and _CREDIT.fullmatch(head[end + 1]):
            end += 1
        return end
    credits = [position for position, line in enumerate(head) if _CREDIT.fullmatch(line)]
    return credits[0] if credits else None


def _repeated_title(head: list[str]) -> str | None:
    counts = Counter(line for line in head if _looks_like_title(line))
    repeated = [
        line
        for line, count in counts.items()
        if count >= 2 and head.index(line) < _TITLE_FIRST_WITHIN
    ]
    if not repeated:
        return None
    return max(repeated, key=lambda line: (counts[line], _words(line)))


def _page_title(header: list[str]) -> str | None:
    """The repeated title, else the first headline-shaped line longer than a section label."""
    repeated = _repeated_title(header)
    if repeated is not None:
        return repeated
    for line in header:
        if (
            _looks_like_title(line)
            and _words(line) > _LABEL_MAX_WORDS
            and not _CREDIT.fullmatch(line)
            and not _BYLINE.fullmatch(line)
        ):
            return line
    return None


def _split_plain(lines: list[str], numbered: list[tuple[int, str]], origin: str) -> Draft:
    """First line is the title when it stands alone as a short headline; the rest is body."""
    if len(numbered) >= 2:
        first_index, first = numbered[0]
        stands_alone = not lines[first_index + 1].strip()
        if stands_alone and _looks_like_title(first):
            body = "\n".join(lines[first_index + 1 :]).strip()
            return Draft(origin=origin, body=body, title=first)
    return Draft(origin=origin, body="\n".join(lines).strip())


def _looks_like_title(line: str) -> bool:
    return (
        _words(line) <= _TITLE_MAX_WORDS
        and len(line) <= _TITLE_MAX_CHARS
        and not _NOT_A_TITLE_END.search(line)
    )


def _words(line: str) -> int:
    return len(line.split())
