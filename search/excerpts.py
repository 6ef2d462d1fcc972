"""Excerpts of a document around what matched, with the matches in <mark>, safe to show as HTML.

Both engines mark matches with two control characters, which document text never holds (search.text
drops them): the excerpt is HTML-escaped whole, then only those become <mark> tags. Page text can never
bring its own markup.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

START, STOP = "\x02", "\x03"
EXCERPT_LENGTH = 220
WORD_CHAR = re.compile(r"\w")


def marked_html(marked: str) -> SafeString:
    """`marked` escaped for HTML, its START/STOP pairs turned into <mark></mark>."""
    html = escape(marked.replace(STOP + START, ""))  # adjacent matches read as one
    opened = html.count(START) - html.count(STOP)
    html = html.replace(START, "<mark>").replace(STOP, "</mark>") + "</mark>" * max(opened, 0)
    return mark_safe(html)


def word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole words: "vélo" found in "vélos" marks "vélos"."""
    while start > 0 and WORD_CHAR.match(text[start - 1]):
        start -= 1
    while end < len(text) and WORD_CHAR.match(text[end]):
        end += 1
    return start, end


def match_spans(folded: str, needles: list[str]) -> list[tuple[int, int]]:
    """Every occurrence of the needles at the start of a word of the folded text, as merged word spans."""
    spans = sorted(
        word_span(folded, found.start(), found.end())
        for needle in needles
        if needle
        for found in re.finditer(r"(?<!\w)" + re.escape(needle), folded)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def excerpt(text: str, folded: str, needles: list[str], length: int = EXCERPT_LENGTH) -> str:
    """About `length` characters of `text` from a little before the first match, matches marked.

    `folded` is `text` folded character for character (search.text.fold), `needles` are folded too.
    Without a match in the text (the title matched), the text's beginning.
    """
    spans = match_spans(folded, needles)
    start = max(0, spans[0][0] - length // 4) if spans else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    pieces, position = [], start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        pieces += [text[position:span_start], START, text[span_start:span_end], STOP]
        position = span_end
    pieces.append(text[position:end])
    return ("… " if start else "") + "".join(pieces) + (" …" if end < len(text) else "")
