"""Helpers shared by the territories' stories: drawn artworks, the two listing pages, the sample video."""

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PIL import Image as PillowImage

from .. import illustrations
from ..schema import Artwork, Figure, Gallery, Leaflet, PageContent, Palette, Portrait, StoryContent, Video

ILLUSTRATION = "(illustration)"
# No film of the territories exists yet: the demo shows a free short film and says so in its title.
SAMPLE_VIDEO_NOTE = (
    "La vidéo est un court métrage libre de la fondation Blender, en attendant un film tourné sur le territoire."
)


def drawn(title: str, draw: Callable[..., PillowImage.Image], *args, **kwargs) -> Artwork:
    """An artwork whose media-library title says it is an illustration."""
    return Artwork(f"{title} {ILLUSTRATION}", partial(draw, *args, **kwargs))


def person(name: str, palette: Palette, seed: int) -> Artwork:
    """A fictional person's drawn portrait; only the media title says so."""
    return Artwork(f"Portrait de {name} (illustration, personne fictive)", partial(illustrations.person, palette, seed))


def gallery(heading: str, *items: tuple[Artwork, str, str]) -> Gallery:
    """A gallery from (artwork, alt text, caption) triples."""
    return Gallery(heading, tuple(Figure(artwork, alt=alt, caption=caption) for artwork, alt, caption in items))


def leaflet(title: str, palette: Palette, *lines: str) -> Leaflet:
    """A one-page PDF drawn for the demo."""
    return Leaflet(title, partial(illustrations.leaflet, palette, title, lines))


def sample_video(subject: str) -> Video:
    return Video(
        url="https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        title="Big Buck Bunny, court métrage libre de la fondation Blender (vidéo d’exemple)",
        caption=f"Emplacement réservé au film {subject}.",
        transcript="Court métrage d’animation sans dialogue : un grand lapin se venge avec malice de trois rongeurs.",
    )


def strengths_page(intro: str) -> PageContent:
    return PageContent(
        title="Nos atouts",
        slug="nos-atouts",
        intro=intro,
        body=(),
        search_description="Les atouts du territoire, classés par thème, avec leurs chiffres clés et leurs sources.",
    )


def story_index(intro: str) -> PageContent:
    return PageContent(
        title="Histoires",
        slug="histoires",
        intro=intro,
        body=(),
        search_description="Portraits, témoignages, reportages et actualités du territoire.",
    )


def portrait_of(story: StoryContent) -> Portrait:
    """The story's first portrait, leading to the story: the person a visitor meets on the home page."""
    portrait = next(block for block in story.body if isinstance(block, Portrait))
    return replace(portrait, story=story)
