"""What search engines and social networks read of a page: title, description, canonical URL, Open Graph,
Twitter card, feed links, robots directive and the schema.org objects (JSON-LD).

Everything is decided here, as plain values and dicts; brands/components/seo_meta.html and json_ld.html
only lay them out, and brands/templatetags/seo_tags.py joins the two. The head must stay cheap: what the
page template reads anyway (hero image, brand settings, navigation, body) is read once and shared, and
renditions come from Wagtail's rendition cache.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from brands.blocks import FaqBlock, HeroBlock, ImageFigureBlock
from brands.blocks.text import faq_page
from brands.core.languages import PageLanguage
from brands.models import BrandSettings, StoryPage
from brands.public.feeds import feed_title, has_story_feed
from brands.public.images import memoized_rendition
from brands.public.middleware import NOINDEX

SCHEMA_ORG = "https://schema.org"
OG_LOCALES = {"fr": "fr_FR", "en": "en_GB", "de": "de_DE", "it": "it_IT", "es": "es_ES", "nl": "nl_NL", "gcf": "gcf"}
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"  # the size Facebook, LinkedIn and Mastodon crop to
LOGO_SPEC = "max-512x512|format-png"
DESCRIPTION_LENGTH = 160
SEARCH_TERM = "{search_term_string}"
WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ShareImage:
    """The picture a link preview shows: a 1200 × 630 JPEG rendition, with an absolute URL."""

    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class FeedLink:
    """A <link rel="alternate"> to one of the site's story feeds."""

    mime_type: str
    title: str
    url: str


@dataclass
class PageMetadata:
    """Everything the head says about the page being read; `page` is None outside Wagtail pages (404...)."""

    title: str
    headline: str = ""
    description: str = ""
    canonical: str = ""
    og_type: str = "website"
    og_locale: str = ""
    og_locale_alternates: list[str] = field(default_factory=list)
    site_name: str = ""
    image: ShareImage | None = None
    robots: str = ""
    feeds: list[FeedLink] = field(default_factory=list)
    is_home: bool = False

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image else "summary"


def is_site_root(page: Page) -> bool:
    """True for a site's home page in any language: only the homes and the portal (and their translations,
    siblings of the French home) sit right under the tree's root. No cache read, no query."""
    return page.depth == 2


def plain_text(text: str) -> str:
    return WHITESPACE.sub(" ", text or "").strip()


def page_description(page: Page) -> str:
    """The editor's search description, else the page's lead or intro, cut at about 160 characters."""
    text = plain_text(page.search_description) or plain_text(getattr(page, "lead", "") or getattr(page, "intro", ""))
    return Truncator(text).chars(DESCRIPTION_LENGTH)


def body_image(page: Page) -> tuple[AbstractImage, str] | None:
    """The first image of the page's body (an image or banner block), with its alternative text.

    Only those blocks are converted (StreamValue caches them for the page template): no extra query.
    """
    body = getattr(page, "body", None)
    if not isinstance(body, StreamValue):
        return None
    children = body.stream_block.child_blocks
    for index, raw in enumerate(body.raw_data):
        if isinstance(children.get(raw["type"]), ImageFigureBlock | HeroBlock):
            image = body[index].value.get("image")
            if image:
                return image, image_alt(image)
    return None


def image_alt(image: AbstractImage) -> str:
    """The text alternative the editor wrote: in the block, else the image's description, never its title.

    Image titles are for the media library and may carry notes visitors must not read.
    """
    return getattr(image, "contextual_alt_text", None) or image.description


def share_image(page: Page | None, brand: BrandSettings, request: HttpRequest) -> ShareImage | None:
    """The page's own picture (hero image, else first body image), else the site's default, else none."""
    found = None
    if page is not None:
        hero = getattr(page, "hero_image", None)
        found = (hero, image_alt(hero)) if hero else body_image(page)
    if found is None and brand.share_image:
        found = (brand.share_image, image_alt(brand.share_image))
    picture = memoized_rendition(request, found[0], SHARE_IMAGE_SPEC) if found else None
    if picture is None:
        return None
    return ShareImage(request.build_absolute_uri(picture.url), picture.width, picture.height, found[1])


def feed_links(request: HttpRequest, brand: BrandSettings) -> list[FeedLink]:
    """RSS and Atom feeds of the site's stories in the active language, on territory sites only."""
    if not has_story_feed(request):
        return []
    title = feed_title(brand)
    return [
        FeedLink("application/rss+xml", f"{title} (RSS)", reverse("stories_rss")),
        FeedLink("application/atom+xml", f"{title} (Atom)", reverse("stories_atom")),
    ]


def page_metadata(
    page: Page | None,
    request: HttpRequest,
    brand: BrandSettings,
    tagline: str,
    languages: list[PageLanguage],
    robots: str = "",
) -> PageMetadata:
    """The head's metadata; `tagline` titles the home page, `languages` are the page's live translations,
    `robots` is the view's own directive (staging's stricter one wins)."""
    language = translation.get_language()
    robots = NOINDEX if settings.SEO_NOINDEX else robots
    feeds = feed_links(request, brand)
    if page is None:
        return PageMetadata(title=brand.brand_name, site_name=brand.brand_name, robots=robots, feeds=feeds)
    is_home = is_site_root(page)
    if is_home:
        title = headline = f"{brand.brand_name} — {tagline}" if tagline else brand.brand_name
    else:
        headline = page.seo_title or page.title
        title = f"{headline} · {brand.brand_name}"
    return PageMetadata(
        title=title,
        headline=headline,
        description=page_description(page),
        canonical=page.get_full_url(request) or "",
        og_type="article" if isinstance(page, StoryPage) else "website",
        og_locale=OG_LOCALES.get(language, language),
        og_locale_alternates=[OG_LOCALES.get(other.code, other.code) for other in languages if not other.current],
        site_name=brand.brand_name,
        image=share_image(page, brand, request),
        robots=robots,
        feeds=feeds,
        is_home=is_home,
    )


# schema.org objects ------------------------------------------------------------------------------------


def organization_id(request: HttpRequest) -> str:
    return request.build_absolute_uri("/") + "#organisation"


def organization(brand: BrandSettings, request: HttpRequest) -> dict:
    """The territory brand as a schema.org Organization: name, logo, contacts and social profiles."""
    home = request.build_absolute_uri("/")
    data = {"@type": "Organization", "@id": organization_id(request), "name": brand.brand_name, "url": home}
    if logo := (memoized_rendition(request, brand.logo, LOGO_SPEC) if brand.logo else None):
        url = request.build_absolute_uri(logo.url)
        data["logo"] = {"@type": "ImageObject", "url": url, "width": logo.width, "height": logo.height}
    if brand.contact_email:
        data["email"] = brand.contact_email
    if brand.contact_phone:
        data["telephone"] = brand.contact_phone
    if brand.postal_address:
        data["address"] = plain_text(brand.postal_address)
    if same_as := [url for _label, url in brand.social_links]:
        data["sameAs"] = same_as
    return data


def website(metadata: PageMetadata, brand: BrandSettings, request: HttpRequest) -> dict:
    """The site as a schema.org WebSite, with its search as a SearchAction (the sitelinks search box)."""
    search_url = request.build_absolute_uri(reverse("search"))
    return {
        "@type": "WebSite",
        "name": brand.brand_name,
        "url": metadata.canonical,
        "inLanguage": translation.get_language(),
        "publisher": {"@id": organization_id(request)},
        "potentialAction": {
            "@type": "SearchAction",
            "target": f"{search_url}?q={SEARCH_TERM}",
            "query-input": "required name=search_term_string",
        },
    }


def article(page: StoryPage, metadata: PageMetadata, brand: BrandSettings, request: HttpRequest) -> dict:
    """A story as a schema.org Article."""
    published = page.date_published.isoformat()
    modified = timezone.localtime(page.last_published_at).isoformat() if page.last_published_at else published
    data = {
        "@type": "Article",
        "headline": Truncator(metadata.headline).chars(110),
        "description": metadata.description,
        "datePublished": published,
        "dateModified": max(published, modified),
        "author": {"@type": "Person", "name": page.author} if page.author else {"@id": organization_id(request)},
        "publisher": organization(brand, request),
        "inLanguage": translation.get_language(),
        "url": metadata.canonical,
        "mainEntityOfPage": {"@type": "WebPage", "@id": metadata.canonical},
    }
    if metadata.image:
        data["image"] = [metadata.image.url]
    return data


def breadcrumbs(page: Page, request: HttpRequest) -> dict | None:
    """Home → … → page, in the page's language: its live ancestors inside the site, one query or none.

    A page presenting one of its routed sub-URLs (a directory's entry) names the page it is routed from in
    `routed_from`, which then comes between its ancestors and itself.
    """
    ancestors = page.get_ancestors().filter(depth__gt=1, live=True, alias_of__isnull=True)
    if (routed := getattr(page, "route_ancestors", None)) is not None:  # fetched by the routing (core/routing.py)
        ancestors = [
            ancestor for ancestor in routed if ancestor.depth > 1 and ancestor.live and not ancestor.alias_of_id
        ]
    trail = [(ancestor.title, ancestor.get_full_url(request)) for ancestor in ancestors]
    if (origin := getattr(page, "routed_from", None)) is not None:
        trail.append((origin.title, origin.get_full_url(request)))
    trail = [(title, url) for title, url in trail if url]  # above a site's root page: outside the site
    trail.append((page.title, page.get_full_url(request)))
    if len(trail) < 2:
        return None
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": title, "item": url}
            for position, (title, url) in enumerate(trail, start=1)
        ],
    }


def faq_questions(page: Page) -> list[dict]:
    """The questions of every FAQ block in the page's StreamFields, in page order (no query)."""
    questions = []
    for stream_field in page._meta.get_fields():
        if not isinstance(stream_field, StreamField):
            continue
        value = getattr(page, stream_field.name)
        children = value.stream_block.child_blocks
        for index, raw in enumerate(value.raw_data):
            block = children.get(raw["type"])
            if isinstance(block, FaqBlock):
                questions += block.questions(value[index].value)
    return questions


def structured_data(
    page: Page | None, metadata: PageMetadata, brand: BrandSettings, request: HttpRequest
) -> list[dict]:
    """The page's schema.org objects, each with its @context, ready for json_ld()."""
    if page is None or not metadata.canonical:
        return []
    objects = []
    if metadata.is_home:
        objects += [organization(brand, request), website(metadata, brand, request)]
    elif trail := breadcrumbs(page, request):
        objects.append(trail)
    if isinstance(page, StoryPage):
        objects.append(article(page, metadata, brand, request))
    if hasattr(page, "schema_org"):  # a visitor domain's page describes itself (an offer, an event…)
        objects += page.schema_org(request)
    if questions := faq_questions(page):
        objects.append(faq_page(questions))
    return [{"@context": SCHEMA_ORG, **data} for data in objects]
