"""The shapes of the demo content: plain frozen dataclasses, no Wagtail objects.

Pages, artworks and links refer to each other directly (by identity, not by string keys); the
loader turns them into pages, images and StreamField values.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image as PillowImage

# Every artwork is an illustration made for the demo; the credit says so without pretending otherwise.
CREDIT = "Illustration Mètre Carré"


@dataclass(frozen=True)
class Palette:
    """The five brand colours, as BrandSettings stores them."""

    primary: str
    secondary: str
    accent: str
    text: str
    background: str

    def as_fields(self) -> dict[str, str]:
        return {
            "primary_color": self.primary,
            "secondary_color": self.secondary,
            "accent_color": self.accent,
            "text_color": self.text,
            "background_color": self.background,
        }


@dataclass(frozen=True, eq=False)
class Artwork:
    """An image drawn with Pillow: its title in the media library and the function that draws it."""

    title: str
    draw: Callable[[], PillowImage.Image]


@dataclass(frozen=True)
class Section:
    """A `section` block: an optional heading and rich text (HTML limited to the block's features)."""

    heading: str
    text: str


@dataclass(frozen=True)
class KeyFigure:
    """One figure of a `key_figures` block; the source is mandatory, the year optional."""

    value: str
    unit: str
    label: str
    source: str
    year: int | None = None


@dataclass(frozen=True)
class KeyFigures:
    """A `key_figures` block."""

    heading: str
    figures: tuple[KeyFigure, ...]


@dataclass(frozen=True)
class Figure:
    """An `image` block: an artwork, its alt text, caption and credit."""

    artwork: Artwork
    alt: str
    caption: str = ""
    credit: str = CREDIT


Block = Section | KeyFigures | Figure


@dataclass(frozen=True, eq=False)
class PageContent:
    """A page's text. `admin_note` becomes an admin-only comment (fictional people, places or numbers)."""

    title: str
    intro: str
    body: tuple[Block, ...]
    search_description: str = ""
    admin_note: str = ""
    slug: str = ""


@dataclass(frozen=True)
class Link:
    """A menu or footer link: to one of the site's pages, or to an external address with a label."""

    label: str = ""
    page: PageContent | None = None
    url: str = ""


@dataclass(frozen=True)
class FooterColumn:
    title: str
    links: tuple[Link, ...]


@dataclass(frozen=True)
class Partner:
    name: str
    logo: Artwork
    url: str = ""


@dataclass(frozen=True)
class Contact:
    """Fictional but plausible contact details (example.fr addresses, ARCEP numbers reserved for fiction)."""

    email: str
    phone: str
    address: str
    facebook_url: str = ""
    instagram_url: str = ""
    linkedin_url: str = ""
    youtube_url: str = ""
    mastodon_url: str = ""


@dataclass(frozen=True, eq=False, kw_only=True)
class SiteContent:
    """Everything one site shows: identity, home page, other pages, navigation and partners."""

    brand_name: str
    tagline: str
    palette: Palette
    font_pairing: str
    contact: Contact
    logo: Artwork
    home: PageContent
    pages: tuple[PageContent, ...]
    legal_notice: PageContent
    menu: tuple[Link, ...]
    footer: tuple[FooterColumn, ...]
    partners: tuple[Partner, ...] = ()
    hero: Artwork | None = None


@dataclass(frozen=True, eq=False, kw_only=True)
class TerritoryContent(SiteContent):
    """A pilot territory: what provisioning needs (slug, name, languages) plus its site content."""

    slug: str
    name: str
    languages: tuple[str, ...] = ("fr",)
