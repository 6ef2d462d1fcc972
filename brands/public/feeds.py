"""RSS 2.0 (/flux.xml) and Atom (/flux.atom) feeds of a territory's stories, per site and per language.

A feed lists the live stories of the site that answers the request, in the active language, newest first.
A story's own translation only: never an alias (French content under another language's URL), never
another territory's story. A language the site does not offer, and the portal, answer 404.
The feed objects below are shared by every request: what depends on the request lives in `StoriesFeed`.
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from brands.core.languages import offered_languages
from brands.core.view_restrictions import public
from brands.models import BrandSettings, StoryIndexPage, StoryPage

FEED_SIZE = 20


def has_story_feed(request: HttpRequest) -> bool:
    """Whether this request's site has a story feed in the active language: a territory's home can hold
    stories, the portal cannot, and the site must offer the language.

    Asked of the page types, not of the database: the site comes with its root page, and Wagtail caches
    content types.
    """
    site = Site.find_for_request(request)
    return (
        site is not None
        and translation.get_language() in offered_languages(request)
        and StoryIndexPage.can_exist_under(site.root_page)
    )


def feed_title(brand: BrandSettings) -> str:
    """The feeds' title, also given to the <link rel="alternate"> in the head of every page."""
    return _("%(brand)s — récits") % {"brand": brand.brand_name}


@dataclass(frozen=True)
class FeedEntry:
    """One story as a feed item."""

    title: str
    link: str
    description: str
    published: datetime.datetime
    updated: datetime.datetime
    author: str
    category: str


@dataclass(frozen=True)
class StoriesFeed:
    """A site's feed in one language: its title, the page it stands for, and its latest stories."""

    title: str
    description: str
    link: str
    author: str
    entries: list[FeedEntry]


def published_at(story: StoryPage) -> datetime.datetime:
    """The story's publication date, at the time it was first published when that was the same day."""
    first = story.first_published_at and timezone.localtime(story.first_published_at)
    if first and first.date() == story.date_published:
        return first
    return timezone.make_aware(datetime.datetime.combine(story.date_published, datetime.time()))


def feed_entry(story: StoryPage, request: HttpRequest) -> FeedEntry:
    published = published_at(story)
    return FeedEntry(
        title=story.title,
        link=story.get_full_url(request),
        description=story.lead,
        published=published,
        updated=max(story.last_published_at or published, published),  # Atom requires an update date
        author=story.author,
        category=str(story.get_kind_display()),
    )


def stories_feed(request: HttpRequest) -> StoriesFeed:
    """The feed of the request's site in the active language, in a fixed number of queries."""
    if not has_story_feed(request):
        raise Http404
    language = translation.get_language()
    site = Site.find_for_request(request)
    # The site's home in this language: translated homes are siblings of the French one, not descendants.
    home = Page.objects.filter(translation_key=site.root_page.translation_key, locale__language_code=language).first()
    if home is None:
        raise Http404
    stories = (
        public(StoryPage.objects.live())
        .descendant_of(home)
        .filter(locale_id=home.locale_id, alias_of__isnull=True)
        .order_by("-date_published", "-first_published_at", "-pk")[:FEED_SIZE]
    )
    index = StoryIndexPage.objects.live().child_of(home).filter(alias_of__isnull=True).first()
    brand = BrandSettings.for_request(request)
    link_page = index or home
    return StoriesFeed(
        title=feed_title(brand),
        description=_("%(brand)s : portraits, témoignages, reportages et actualités du territoire.")
        % {"brand": brand.brand_name},
        link=link_page.get_full_url(request) or request.build_absolute_uri("/"),
        author=brand.brand_name,
        entries=[feed_entry(story, request) for story in stories],
    )


class StoriesRssFeed(Feed):
    """The site's latest stories as RSS 2.0."""

    feed_type = Rss201rev2Feed

    def get_object(self, request: HttpRequest, *args, **kwargs) -> StoriesFeed:
        return stories_feed(request)

    def title(self, feed: StoriesFeed) -> str:
        return feed.title

    def description(self, feed: StoriesFeed) -> str:
        return feed.description

    def subtitle(self, feed: StoriesFeed) -> str:
        return feed.description

    def link(self, feed: StoriesFeed) -> str:
        return feed.link

    def author_name(self, feed: StoriesFeed) -> str:
        return feed.author

    def items(self, feed: StoriesFeed) -> list[FeedEntry]:
        return feed.entries

    def item_title(self, entry: FeedEntry) -> str:
        return entry.title  # plain text: the feed generator escapes it

    def item_link(self, entry: FeedEntry) -> str:
        return entry.link

    def item_description(self, entry: FeedEntry) -> str:
        return entry.description

    def item_pubdate(self, entry: FeedEntry) -> datetime.datetime:
        return entry.published

    def item_updateddate(self, entry: FeedEntry) -> datetime.datetime:
        return entry.updated

    def item_author_name(self, entry: FeedEntry) -> str | None:
        return entry.author or None

    def item_categories(self, entry: FeedEntry) -> list[str]:
        return [entry.category]


class StoriesAtomFeed(StoriesRssFeed):
    """The same stories as Atom."""

    feed_type = Atom1Feed
