"""Turn the demo's block dataclasses into StreamField values that pass the editor's validation.

Blocks are written as raw data (ids for images, pages, snippets and documents, as the admin saves them),
then go through the stream block's `to_python` and `clean`: the demo obeys the same rules as an editor.
"""

from dataclasses import asdict, dataclass, field
from io import BytesIO

from django.core.files.base import ContentFile
from django.db.models import Model
from django.utils.text import slugify
from wagtail.blocks import StreamBlock, StreamValue
from wagtail.documents import get_document_model
from wagtail.images.models import AbstractImage
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from .images import create_image
from .schema import (
    Artwork,
    AudienceDoors,
    Block,
    CallToAction,
    Downloads,
    Faq,
    Figure,
    Gallery,
    KeyFigures,
    LatestStories,
    Leaflet,
    Link,
    Map,
    Portrait,
    Quote,
    Section,
    StrengthsGrid,
    Timeline,
    UpcomingEvents,
    Video,
)


class ImageLibrary:
    """Draws each artwork once and stores it in one collection."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self.images: dict[Artwork, AbstractImage] = {}

    def __getitem__(self, artwork: Artwork) -> AbstractImage:
        if artwork not in self.images:
            self.images[artwork] = create_image(artwork, self.collection)
        return self.images[artwork]


def create_document(leaflet: Leaflet, collection: Collection) -> Model:
    """Draw a leaflet's pages and store them as one PDF document in the collection."""
    pages = leaflet.draw()
    buffer = BytesIO()
    pages[0].save(buffer, "PDF", resolution=150, save_all=True, append_images=pages[1:])
    data = buffer.getvalue()
    document = get_document_model()(
        title=leaflet.title,
        collection=collection,
        file=ContentFile(data, name=f"{slugify(leaflet.title)[:60]}.pdf"),
        file_size=len(data),
        file_hash=hash_filelike(BytesIO(data)),
    )
    document.save()
    return document


@dataclass
class References:
    """What blocks point at, once created: images, documents, pages and strengths (by content identity)."""

    images: ImageLibrary
    pages: dict[object, Model] = field(default_factory=dict)
    strengths: dict[object, Model] = field(default_factory=dict)
    documents: dict[Leaflet, Model] = field(default_factory=dict)

    def document(self, leaflet: Leaflet) -> Model:
        if leaflet not in self.documents:
            self.documents[leaflet] = create_document(leaflet, self.images.collection)
        return self.documents[leaflet]

    def image(self, artwork: Artwork, alt: str) -> dict:
        return {"image": self.images[artwork].pk, "alt_text": alt, "decorative": False}

    def link(self, link: Link) -> dict:
        return {"label": link.label, "page": self.pages[link.page].pk if link.page else None, "url": link.url}


def figure_value(figure: Figure, refs: References) -> dict:
    return {"image": refs.image(figure.artwork, figure.alt), "caption": figure.caption, "credit": figure.credit}


def raw_block(block: Block, refs: References) -> tuple[str, dict]:
    """One block as (block type, raw value)."""
    match block:
        case Section() | Quote() | Video() | Map():
            name = {Section: "section", Quote: "quote", Video: "video", Map: "map"}[type(block)]
            return name, asdict(block)
        case KeyFigures(heading=heading, figures=figures):
            return "key_figures", {"heading": heading, "figures": [asdict(figure) for figure in figures]}
        case Figure():
            return "image", figure_value(block, refs)
        case Gallery(heading=heading, figures=figures):
            return "gallery", {"heading": heading, "images": [figure_value(figure, refs) for figure in figures]}
        case Portrait():
            return "portrait", {
                "photo": refs.image(block.artwork, block.alt),
                "name": block.name,
                "role": block.role,
                "quote": block.quote,
                "story": refs.pages[block.story].pk if block.story else None,
            }
        case Timeline(heading=heading, milestones=milestones):
            steps = [
                {"year": m.year, "date": m.date.isoformat() if m.date else None, "title": m.title, "text": m.text}
                for m in milestones
            ]
            return "timeline", {"heading": heading, "milestones": steps}
        case Faq(heading=heading, questions=questions):
            items = [{"question": item.question, "answer": item.answer} for item in questions]
            return "faq", {"heading": heading, "items": items}
        case CallToAction():
            links = [refs.link(link) for link in block.links]
            return "call_to_action", {
                "heading": block.heading,
                "text": block.text,
                "links": links,
                "style": block.style,
            }
        case Downloads(heading=heading, leaflets=leaflets):
            documents = [{"document": refs.document(leaflet).pk, "label": ""} for leaflet in leaflets]
            return "downloads", {"heading": heading, "documents": documents}
        case StrengthsGrid(heading=heading, strengths=strengths):
            return "strengths_grid", {"heading": heading, "strengths": [refs.strengths[s].pk for s in strengths]}
        case LatestStories():
            strength = refs.strengths[block.strength].pk if block.strength else None
            return "latest_stories", {
                "heading": block.heading,
                "strength": strength,
                "tag": block.tag,
                "count": block.count,
                "stories": [refs.pages[story].pk for story in block.stories],
            }
        case UpcomingEvents(heading=heading, count=count):
            return "upcoming_events", {"heading": heading, "count": count, "category": ""}
        case AudienceDoors(heading=heading, doors=doors):
            values = [{"title": door.title, "text": door.text, "link": refs.link(door.link)} for door in doors]
            return "audience_doors", {"heading": heading, "doors": values}
    raise TypeError(f"Unknown demo block: {block!r}")


def stream(stream_block: StreamBlock, blocks: tuple[Block, ...], refs: References) -> StreamValue:
    """The blocks as a cleaned StreamValue: raises ValidationError where the admin form would refuse them."""
    raw = [{"type": name, "value": value} for name, value in (raw_block(block, refs) for block in blocks)]
    return stream_block.clean(stream_block.to_python(raw))
