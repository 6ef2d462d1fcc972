"""The shapes of the demo content: plain frozen dataclasses, no Wagtail objects.

Pages, artworks and links refer to each other directly (by identity, not by string keys); the
loader turns them into pages, images and StreamField values.
"""

import datetime
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


@dataclass(frozen=True)
class Gallery:
    """A `gallery` block: four to six figures side by side."""

    heading: str
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Quote:
    """A `quote` block: a sentence, who said it and in what capacity."""

    text: str
    author: str = ""
    source: str = ""


@dataclass(frozen=True)
class Portrait:
    """A `portrait` block: a drawn likeness, a name, a role, a quote and optionally the person's story."""

    artwork: Artwork
    alt: str
    name: str
    role: str
    quote: str
    story: "StoryContent | None" = None


@dataclass(frozen=True)
class Milestone:
    """One dated step of a `timeline` block."""

    year: int
    title: str
    text: str = ""
    date: datetime.date | None = None


@dataclass(frozen=True)
class Timeline:
    heading: str
    milestones: tuple[Milestone, ...]


@dataclass(frozen=True)
class Question:
    """One question of a `faq` block; the answer is rich text."""

    question: str
    answer: str


@dataclass(frozen=True)
class Faq:
    heading: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class CallToAction:
    """A `call_to_action` block: a heading, a sentence and one or two buttons."""

    heading: str
    text: str
    links: tuple["Link", ...]
    style: str = "strong"


@dataclass(frozen=True)
class Video:
    """A `video` block: a public YouTube or Vimeo address, loaded only when the visitor clicks."""

    url: str
    title: str
    caption: str = ""
    transcript: str = ""


@dataclass(frozen=True)
class Map:
    """A `map` block: real coordinates of the place and its address written out."""

    title: str
    address: str
    latitude: float
    longitude: float
    zoom: int = 13


@dataclass(frozen=True, eq=False)
class Leaflet:
    """A small document generated for the demo: pages drawn with Pillow, saved as a PDF."""

    title: str
    draw: Callable[[], list[PillowImage.Image]]


@dataclass(frozen=True)
class Downloads:
    heading: str
    leaflets: tuple[Leaflet, ...]


@dataclass(frozen=True)
class StrengthsGrid:
    """A `strengths_grid` block: some of the territory's strengths, in this order."""

    heading: str
    strengths: tuple["StrengthContent", ...]


@dataclass(frozen=True)
class LatestStories:
    """A `latest_stories` block: the stories chosen for the front, or the latest (of one strength or tag)."""

    heading: str
    strength: "StrengthContent | None" = None
    tag: str = ""
    count: int = 3
    stories: tuple["StoryContent", ...] = ()


@dataclass(frozen=True)
class Door:
    """One way in of an `audience_doors` block: a title, a sentence, and the page it leads to."""

    title: str
    text: str
    link: "Link"


@dataclass(frozen=True)
class UpcomingEvents:
    """An `upcoming_events` block (homes only): the next events of the site's agenda."""

    heading: str
    count: int = 3


@dataclass(frozen=True)
class AudienceDoors:
    """An `audience_doors` block: two or three ways in, one per audience."""

    heading: str
    doors: tuple[Door, ...]


Block = (
    UpcomingEvents
    | Section
    | KeyFigures
    | Figure
    | Gallery
    | Quote
    | Portrait
    | Timeline
    | Faq
    | CallToAction
    | Video
    | Map
    | Downloads
    | StrengthsGrid
    | LatestStories
    | AudienceDoors
)


@dataclass(frozen=True, eq=False)
class PageContent:
    """A page's text. `admin_note` becomes an admin-only comment (fictional people, places or numbers)."""

    title: str
    intro: str
    body: tuple[Block, ...]
    search_description: str = ""
    admin_note: str = ""
    slug: str = ""
    show_toc: bool = False


@dataclass(frozen=True, eq=False, kw_only=True)
class OfferContent:
    """An offer to entrepreneurs (an `OpportunityPage`): its text, its facts and its place.

    Its status dates from `status_days_ago` days before the demo is loaded, so that an offer attributed a few
    days ago still shows in the listing whenever the demo runs. `services` names the services on site without
    their `has_` prefix: fibre, road_access, parking, water, power.
    """

    title: str
    summary: str
    kind: str
    commune: str
    hero: Artwork
    body: tuple[Block, ...]
    status: str = "available"
    status_days_ago: int = 45
    surface: float | None = None
    surface_unit: str = "m2"
    price_basis: str = "on_request"
    price: float | None = None
    price_note: str = ""
    zoning: str = ""
    services: tuple[str, ...] = ()
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    slug: str = ""
    admin_note: str = ""


@dataclass(frozen=True, eq=False, kw_only=True)
class OpportunitiesContent:
    """A territory's "Entreprendre" page (an `OpportunityIndexPage`) and its offers."""

    intro: str
    offers: tuple[OfferContent, ...]
    search_description: str = ""
    admin_note: str = ""
    title: str = "Entreprendre"
    slug: str = "entreprendre"


@dataclass(frozen=True)
class HubStep:
    """One step of settling in (a `HubSection`): its topic key, a summary and a few blocks (no images)."""

    topic: str
    summary: str
    body: tuple[Block, ...]
    heading: str = ""


@dataclass(frozen=True)
class UsefulContactContent:
    """Who helps at one step (a `UsefulContact`): fictional but plausible, reachable one way at least."""

    topic: str
    name: str
    role: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    hours: str = ""


@dataclass(frozen=True, eq=False, kw_only=True)
class NewcomerHubContent:
    """A territory's "S'installer" page (a `NewcomerHubPage`): its steps, useful contacts and welcome officer."""

    intro: str
    steps: tuple[HubStep, ...]
    contacts: tuple[UsefulContactContent, ...]
    welcome_officer: str
    welcome_text: str
    hero: Artwork | None = None
    search_description: str = ""
    admin_note: str = ""
    title: str = "S’installer"
    slug: str = "s-installer"


@dataclass(frozen=True)
class DomainPage:
    """A page a visitor domain's demo builder writes (demo/events.py, demo/jobs.py, demo/directory/), linked by name."""

    name: str


AGENDA = DomainPage("agenda")
JOBS = DomainPage("emploi")
DIRECTORY = DomainPage("annuaire")

# What a link, a door or a button may lead to: a page the demo writes.
LinkedPage = PageContent | OpportunitiesContent | NewcomerHubContent | DomainPage


@dataclass(frozen=True)
class Link:
    """A menu or footer link: to one of the site's pages, or to an external address with a label."""

    label: str = ""
    page: LinkedPage | None = None
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


@dataclass(frozen=True)
class Audit:
    """An RGAA audit of a demo site: when, by whom, the share of criteria met and what fails (rich text)."""

    date: datetime.date
    auditor: str
    rate: int
    findings: str
    admin_note: str


@dataclass(frozen=True)
class LegalContent:
    """What a site's legal notice, privacy policy and accessibility statement are written from.

    The texts themselves come from brands/core/legal_texts.py, as for any new territory, with these facts and
    the site's contact details; `admin_note` becomes an admin-only comment on the legal notice.
    """

    publisher: str
    director: str
    host: str
    admin_note: str
    audit: Audit | None = None


@dataclass(frozen=True, eq=False, kw_only=True)
class SiteContent:
    """Everything one site shows: identity, home page, other pages, legal facts, navigation and partners."""

    brand_name: str
    tagline: str
    palette: Palette
    font_pairing: str
    contact: Contact
    logo: Artwork
    home: PageContent
    pages: tuple[PageContent, ...]
    legal: LegalContent
    menu: tuple[Link, ...]
    footer: tuple[FooterColumn, ...]
    partners: tuple[Partner, ...] = ()
    hero: Artwork | None = None
    time_zone: str = "Europe/Paris"


@dataclass(frozen=True, eq=False, kw_only=True)
class TerritoryContent(SiteContent):
    """A pilot territory: what provisioning needs (slug, name, languages) plus its site content."""

    slug: str
    name: str
    languages: tuple[str, ...] = ("fr",)
    storytelling: "Storytelling | None" = None
    opportunities: OpportunitiesContent | None = None
    newcomers: NewcomerHubContent | None = None


@dataclass(frozen=True, eq=False)
class StrengthContent:
    """A strength ("atout"): its category key, pitch, sourced key figure and drawn image."""

    title: str
    category: str
    pitch: str
    figure: KeyFigure
    artwork: Artwork


@dataclass(frozen=True, eq=False, kw_only=True)
class StoryContent:
    """A story page: its kind key, lead, fictional author (flagged by `admin_note`), strengths and tags."""

    title: str
    kind: str
    lead: str
    author: str
    published: datetime.date
    hero: Artwork
    body: tuple[Block, ...]
    strengths: tuple[StrengthContent, ...]
    tags: tuple[str, ...]
    admin_note: str
    search_description: str = ""
    slug: str = ""


@dataclass(frozen=True, eq=False, kw_only=True)
class Storytelling:
    """A territory's strengths, its « Nos atouts » page, its story index and its stories."""

    strengths: tuple[StrengthContent, ...]
    strengths_page: PageContent
    index: PageContent
    stories: tuple[StoryContent, ...]
    # The home's blocks that show its people, strengths and stories, before and after the home's own body:
    # written once the stories exist, each home composed in the spirit of its pilot.
    home_lead: tuple["Block", ...] = ()
    home_close: tuple["Block", ...] = ()
