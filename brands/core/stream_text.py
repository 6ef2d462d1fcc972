"""Reading a StreamField without rendering it: its blocks, word counts and the anchors of its sections.

All read the stored JSON (`raw_data`), so they run no query, whatever images or pages the blocks hold.
"""

import math
import re
from collections.abc import Callable, Iterator
from typing import Any

from django.utils.html import strip_tags
from django.utils.text import slugify
from wagtail import blocks
from wagtail.fields import StreamValue

WORDS_PER_MINUTE = 200
WORD = re.compile(r"\w+(?:['’-]\w+)*")
ANCHORED_BLOCK_TYPES = ("section",)


def stored_blocks(
    block: blocks.Block, raw: Any, descend: Callable[[blocks.Block], bool] = lambda block: True
) -> Iterator[tuple[blocks.Block, Any]]:
    """Every block inside `raw`, the stored JSON of `block`, with its own stored value, parents first.

    `descend` says whether to look inside a block (an ImageBlock is a StructBlock, yet one value).
    """
    if raw is None:
        return
    yield block, raw
    if not descend(block):
        return
    if isinstance(block, blocks.StreamBlock):
        for child in raw:
            if isinstance(child, dict) and (child_block := block.child_blocks.get(child.get("type"))):
                yield from stored_blocks(child_block, child.get("value"), descend)
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            # Since Wagtail 2.16 each item is stored as {"type": "item", "value": …, "id": …}.
            value = item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
            yield from stored_blocks(block.child_block, value, descend)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child_block in block.child_blocks.items():
            yield from stored_blocks(child_block, raw.get(name), descend)


def _strings(value) -> list[str]:
    """Every text string inside a block's raw value (ids, types and numbers left out)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    if isinstance(value, dict):
        if {"type", "value"} <= value.keys():  # a stream or list child: {"type", "value", "id"}
            return _strings(value["value"])
        return [text for key, item in value.items() if key not in ("id", "type") for text in _strings(item)]
    return []


def count_words(*texts: str) -> int:
    return sum(len(WORD.findall(strip_tags(text))) for text in texts if text)


def stream_words(stream: StreamValue) -> int:
    """The number of words a visitor reads in a StreamField (rich text without its markup)."""
    return count_words(*(text for block in stream.raw_data for text in _strings(block.get("value"))))


def reading_minutes(words: int) -> int:
    """Minutes to read `words` at 200 words a minute, at least one."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def section_anchors(stream: StreamValue) -> dict[str, str]:
    """Stable, unique anchor ids for the headings of the stream's sections, by block id.

    Ids come from the heading (slugify), so they survive edits elsewhere in the page; a repeated
    heading gets -2, -3…
    """
    anchors: dict[str, str] = {}
    taken: set[str] = set()
    for block in stream.raw_data:
        heading = (block.get("value") or {}).get("heading") if block.get("type") in ANCHORED_BLOCK_TYPES else None
        if not heading:
            continue
        base = slugify(heading)[:60].strip("-") or "section"
        anchor, number = base, 2
        while anchor in taken:
            anchor, number = f"{base}-{number}", number + 1
        taken.add(anchor)
        anchors[block["id"]] = anchor
    return anchors
