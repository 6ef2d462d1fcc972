"""The words a visitor reads on a page or a strength, as plain text, read from the stored fields only.

Of a page, every text field its type adds to Wagtail's Page is read (page types do not all declare their
search fields), StreamFields block by block from their stored JSON: headings, texts, captions and rich
text, never choices, URLs, numbers or the ids of chosen images and pages. A snippet such as a strength
says itself what is searchable: its Wagtail `search_fields`, as do the inline objects a page lists in its
`search_children()`. No block value is loaded, so extracting a page
runs no query (a story's themes aside).
"""

import re

from django.db import models
from django.db.models import Model
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from brands.core.stream_text import stored_blocks
from search.text import clean_text

SKIPPED_FIELDS = (models.EmailField, models.URLField, models.SlugField)
SENTENCE_ENDS = '.!?…:;»"'
# Wagtail's get_text_for_indexing spaces out <br/> but not <br>: « contact@x.frTéléphone », « de la Gare73300 ».
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def rich_text_words(html: str) -> str:
    """A rich text's visible words, each line and paragraph set apart from the next."""
    return get_text_for_indexing(LINE_BREAK.sub(" ", html))


def indexed(block: blocks.Block) -> bool:
    return getattr(block, "search_index", True)


def block_strings(block: blocks.Block, raw) -> list[str]:
    """The visible text inside a block's stored value."""
    texts = []
    for child, value in stored_blocks(block, raw, descend=indexed):
        if not indexed(child) or not isinstance(value, str):
            continue
        if isinstance(child, blocks.RichTextBlock):
            texts.append(rich_text_words(value))
        elif isinstance(child, (blocks.CharBlock, blocks.TextBlock)):
            texts.append(value)
    return texts


def text_fields(model: type[Model]) -> list[models.Field]:
    """The fields to read: those a page type adds to Page, or those a snippet declares searchable."""
    if issubclass(model, Page):
        # A page type may keep some fields out: a form's notification addresses are for its staff only.
        private = set(getattr(model, "search_private_fields", ()))
        return [field for field in model._meta.concrete_fields if field.model is not Page and field.name not in private]
    names = {field.field_name for field in getattr(model, "search_fields", []) if isinstance(field, index.SearchField)}
    return [field for field in model._meta.concrete_fields if field.name in names]


def field_strings(obj: Model, field: models.Field) -> list[str]:
    value = getattr(obj, field.attname)
    if not value:
        return []
    if isinstance(field, StreamField):
        return block_strings(field.stream_block, list(value.raw_data))
    if isinstance(field, RichTextField):
        return [rich_text_words(value)]
    if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
        return [] if isinstance(field, SKIPPED_FIELDS) or field.name == "title" else [value]
    return []


def join_pieces(pieces: list[str]) -> str:
    """One paragraph of text; a piece that does not end a sentence (a heading) is set apart with " · "."""
    text = ""
    for piece in filter(None, (clean_text(piece) for piece in pieces)):
        if text:
            text += " " if text[-1] in SENTENCE_ENDS else " · "
        text += piece
    return text


def document_title(obj: Model) -> str:
    return clean_text(getattr(obj, "title", "") or str(obj))


def document_text(obj: Model) -> str:
    """Everything a visitor reads of the object but its title, as one plain-text paragraph."""
    pieces = [obj.search_description] if isinstance(obj, Page) and obj.search_description else []
    title = document_title(obj)
    for field in text_fields(type(obj)):
        # A snippet searched by its name (a directory entry) has it as its title already.
        pieces.extend(piece for piece in field_strings(obj, field) if clean_text(piece) != title)
    tags = getattr(obj, "tags", None)
    if tags is not None and hasattr(tags, "names"):  # a story's themes
        pieces.extend(tags.names())
    for child in obj.search_children() if hasattr(obj, "search_children") else ():
        # A page whose text lives partly in its inline objects (the steps of « S'installer ») names them.
        for field in text_fields(type(child)):
            pieces.extend(field_strings(child, field))
    return join_pieces(pieces)
