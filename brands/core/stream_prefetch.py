"""Every image, page, document and snippet a body chooses, fetched in one query per model, not per block type.

Wagtail converts a StreamField lazily, one block type at a time, and each chooser inside that type asks the
database for its own objects: a body with a hero, a gallery, a portrait and doors costs an image query for
each of them, and as many for the pages their links choose. A territory page mixes a dozen block types.

Here, the first time a body is read, its raw data is walked once against the block definitions to collect
the ids every chooser holds, by model; each model is fetched once, with its images joined; and while Wagtail goes on converting type
by type, its choosers take their objects from that fetch (`ChooserBlock.bulk_to_python`, patched). What the
walk cannot see (a block that stores its choice otherwise) falls back to Wagtail's own query.
"""

import copy
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Model
from wagtail import blocks
from wagtail.blocks.field_block import ChooserBlock
from wagtail.blocks.stream_block import StreamValue

from brands.core.image_keys import image_keys

# The objects fetched for the body being converted: {model: {pk: object, or None when deleted}}.
fetched_for_stream: ContextVar[dict[type[Model], dict] | None] = ContextVar("fetched_for_stream", default=None)

wagtail_prefetch_blocks = StreamValue._prefetch_blocks
wagtail_chooser_bulk_to_python = ChooserBlock.bulk_to_python


def collect_ids(block: blocks.Block, raw, found: dict[type[Model], set]) -> None:
    """Adds to `found` the id each chooser holds in `raw`, the stored value of `block`."""
    if raw is None or block is None:
        return
    if isinstance(block, ChooserBlock):
        if isinstance(raw, int | str):
            found[block.model_class].add(raw)
    elif isinstance(block, blocks.StreamBlock):
        for item in raw if isinstance(raw, list) else []:
            if isinstance(item, dict):
                collect_ids(block.child_blocks.get(item.get("type")), item.get("value"), found)
    elif isinstance(block, blocks.ListBlock):
        for item in raw if isinstance(raw, list) else []:
            value = item["value"] if block._item_is_in_block_format(item) else item
            collect_ids(block.child_block, value, found)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                collect_ids(child, raw.get(name), found)
        elif isinstance(raw, int) and "image" in block.child_blocks:  # an ImageBlock stored as a bare id
            collect_ids(block.child_blocks["image"], raw, found)


def fetch_chosen(stream: StreamValue) -> dict[type[Model], dict]:
    found: dict[type[Model], set] = defaultdict(set)
    collect_ids(stream.stream_block, list(stream._raw_data), found)
    fetched = {}
    for model, ids in found.items():
        objects = model.objects.select_related(*image_keys(model)).in_bulk(ids)  # a strength with its picture
        fetched[model] = {pk: objects.get(pk) for pk in ids}  # None: chosen, then deleted
    return fetched


@contextmanager
def objects_of(stream: StreamValue):
    if not hasattr(stream, "_chosen_objects"):
        stream._chosen_objects = fetch_chosen(stream)
    token = fetched_for_stream.set(stream._chosen_objects)
    try:
        yield
    finally:
        fetched_for_stream.reset(token)


def prefetch_blocks(stream: StreamValue, type_name: str) -> None:
    with objects_of(stream):
        wagtail_prefetch_blocks(stream, type_name)


def chooser_bulk_to_python(block: ChooserBlock, values) -> list:
    """Wagtail's, from the body's fetch when it holds every id asked; a chosen object twice is two copies."""
    values = list(values)
    fetched = (fetched_for_stream.get() or {}).get(block.model_class)
    wanted = {value for value in values if value is not None}
    if fetched is None or not wanted <= fetched.keys():
        return wagtail_chooser_bulk_to_python(block, values)
    return [copy.copy(fetched[value]) if value is not None and fetched[value] else None for value in values]


def apply() -> None:
    StreamValue._prefetch_blocks = prefetch_blocks
    ChooserBlock.bulk_to_python = chooser_bulk_to_python
