"""Queries behind the stories: the filtered, paginated index, previous/next, related and latest stories,
share links.

Every function runs a fixed number of queries however many stories there are: the cards' hero images
come with their renditions, tags and strengths in one prefetch each.

The page models (for their context) and the block library (for the latest stories) build on this module,
so it looks the story and strength models up by name, as the blocks' choosers name them.
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django import forms
from django.apps import apps
from django.conf import settings
from django.db.models import Count, Model, Q, QuerySet, Subquery
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.models import Page

from brands.core.localizing import home_path, localized_instances
from brands.core.tree_ranges import starts_with
from brands.core.view_restrictions import public
from brands.public.images import with_card_image
from brands.public.listing_filters import ListingFilterForm
from brands.public.pagination import paginate
from brands.public.render_memo import RenderMemo

STORIES_PER_PAGE = 12
RELATED_STORIES = 3


def story_pages() -> QuerySet:
    """Every live, public story of the network."""
    return public(apps.get_model("brands", "StoryPage").objects.live())


def strength_model() -> type[Model]:
    return apps.get_model("brands", "Strength")


def latest_stories(
    request: HttpRequest | None, strength=None, tag: str = "", count: int = 3, current_page: Page | None = None
) -> list[Page]:
    """The latest published stories of the visitor's site (in its language), in a fixed number of queries.

    The page being read is left out: a story does not recommend itself."""
    # Each language has its own home page: look under the one of the language being shown.
    root_path = home_path(request, current_page)
    if root_path is None:
        return []
    stories = story_pages().filter(starts_with(root_path))
    if strength:
        stories = stories.filter(related_strengths=strength)
    if tag:
        stories = stories.filter(tags__name__iexact=tag.strip())
    if current_page is not None and current_page.pk:
        stories = stories.exclude(pk=current_page.pk)
    return list(card_queryset(stories).order_by("-date_published", "-pk")[:count])


def featured_stories(request: HttpRequest | None, chosen: list[Page], current_page: Page | None = None) -> list[Page]:
    """The chosen stories, in their order, in the language being read: each one's live translation, if any.

    Stories are chosen in French; on an English page an English story shows, and a story not translated
    does not (a listing shows only pages in the page's language). Two queries whatever the number.
    """
    language = translation.get_language()
    keys = [story.translation_key for story in chosen]
    stories = card_queryset(story_pages().filter(translation_key__in=keys, locale__language_code=language))
    if current_page is not None and current_page.pk:
        stories = stories.exclude(pk=current_page.pk)
    by_key = {story.translation_key: story for story in stories}
    return [by_key[key] for key in keys if key in by_key]


@dataclass
class EmbodyingStories:
    """The stories that embody one strength, in one language, as « Nos atouts » shows them."""

    filter_value: int  # the French strength the stories were given: the story index filters by it
    count: int
    stories: list[Page]


def embodying_stories(strengths: list[Model], locale_id: int, shown: int = RELATED_STORIES) -> dict:
    """For each strength (by translation key), its live stories in this language, newest first.

    Translated stories keep the French strengths they were given, so stories and strengths meet on the
    strength's translation key. Two queries whatever the number of stories: their links, then the few shown.
    """
    stories = story_pages()  # Wagtail's public() reads the view restrictions once, here
    links = (
        stories.filter(
            locale_id=locale_id, related_strengths__translation_key__in=[s.translation_key for s in strengths]
        )
        .order_by("-date_published", "-pk")
        .values_list("pk", "related_strengths__translation_key", "related_strengths__pk")
    )
    found: dict = {}
    for story_pk, key, strength_pk in links:
        found.setdefault(key, EmbodyingStories(strength_pk, 0, [])).count += 1
        if len(found[key].stories) < shown:
            found[key].stories.append(story_pk)
    by_pk = stories.filter(pk__in=[pk for item in found.values() for pk in item.stories]).select_related("locale")
    by_pk = by_pk.in_bulk()
    for item in found.values():
        item.stories = [by_pk[pk] for pk in item.stories]
    return found


def card_queryset(stories: QuerySet) -> QuerySet:
    """Stories ready for `components/story_card.html`: their image with its renditions (a card shows neither
    tags nor strengths: prefetching them cost two queries per listing)."""
    return with_card_image(stories.select_related("locale"))


class StoryFilterForm(ListingFilterForm):
    """The index's filters, sent by GET so that they work without JavaScript and can be bookmarked."""

    atout = forms.TypedChoiceField(label=_("Atout"), required=False, coerce=int, empty_value=None)
    categorie = forms.ChoiceField(label=_("Catégorie d’atout"), required=False)
    theme = forms.ChoiceField(label=_("Thème"), required=False)

    def __init__(self, data, strengths, categories, tags) -> None:
        super().__init__(data)
        everything = [("", _("Tous"))]
        # Stories keep the French strengths they were given; their names show in the visitor's language.
        shown = localized_instances(list(strengths))
        self.fields["atout"].choices = everything + [
            (strength.pk, f"{name.title} ({strength.story_count})")
            for strength, name in zip(strengths, shown, strict=True)
        ]
        self.fields["categorie"].choices = everything + [(key, f"{label} ({n})") for key, label, n in categories]
        self.fields["theme"].choices = everything + [(tag.slug, f"{tag.name} ({tag.story_count})") for tag in tags]


def filter_choices(stories: QuerySet) -> tuple[QuerySet, list, QuerySet]:
    """Strengths, strength categories and tags that the stories use, each with its number of stories."""
    strength = strength_model()
    ids = stories.values("pk")
    strengths = (
        strength.objects.filter(stories__in=ids).annotate(story_count=Count("stories", distinct=True)).order_by("title")
    )
    counts = dict(  # order_by(): a default ordering would split the groups
        strength.objects.filter(stories__in=ids)
        .values_list("category")
        .annotate(n=Count("stories", distinct=True))
        .order_by()
    )
    choices = strength._meta.get_field("category").choices  # StrengthCategory.choices
    categories = [(key, label, counts[key]) for key, label in choices if key in counts]
    tags = (
        Tag.objects.filter(brands_storypagetag_items__content_object__in=ids)
        .annotate(story_count=Count("brands_storypagetag_items", distinct=True))
        .order_by("name")
    )
    return strengths, categories, tags


def apply_filters(stories: QuerySet, filters: dict) -> QuerySet:
    lookups = {"atout": "related_strengths", "categorie": "related_strengths__category", "theme": "tags__slug"}
    for name, value in filters.items():
        # A subquery per filter: joining the many-to-many relations directly would repeat stories.
        stories = stories.filter(pk__in=stories.model.objects.filter(**{lookups[name]: value}).values("pk"))
    return stories


def story_index_context(index, request: HttpRequest) -> dict:
    """The filter form, the current page of stories and the counts for a story index page."""
    stories = story_pages().child_of(index)
    form = StoryFilterForm(request.GET, *filter_choices(stories))
    filters = form.filters
    filtered = apply_filters(stories, filters).order_by("-date_published", "-pk")
    page, page_range = paginate(card_queryset(filtered), STORIES_PER_PAGE, request)
    return {
        "filter_form": form,
        "is_filtered": bool(filters),
        "stories": page,
        "page_range": page_range,
    }


def neighbour_ids(story, siblings: QuerySet) -> tuple[int | None, int | None]:
    """The ids of the previous (older) and next (newer) of the story's live siblings, by publication date, in
    one query: each is a subquery of the story's own row."""
    if story.pk is None:  # the preview of a story not saved yet
        return None, None
    same_day = Q(date_published=story.date_published)
    older = siblings.filter(Q(date_published__lt=story.date_published) | (same_day & Q(pk__lt=story.pk)))
    newer = siblings.filter(Q(date_published__gt=story.date_published) | (same_day & Q(pk__gt=story.pk)))
    row = (
        siblings.model.objects.filter(pk=story.pk)
        .annotate(
            older=Subquery(older.order_by("-date_published", "-pk").values("pk")[:1]),
            newer=Subquery(newer.order_by("date_published", "pk").values("pk")[:1]),
        )
        .values_list("older", "newer")
        .first()
    )
    return row or (None, None)


def related_ids(siblings: QuerySet, strengths: list, tags: list) -> list[int]:
    """Up to three of the story's live siblings sharing the most strengths and tags with it, best first."""
    if not (strengths or tags):
        return []
    shared_strengths = Q(related_strengths__in=[strength.pk for strength in strengths])
    shared_tags = Q(tags__in=[tag.pk for tag in tags])
    candidates = (
        siblings.filter(shared_strengths | shared_tags)
        .annotate(
            shared=Count("related_strengths", filter=shared_strengths, distinct=True)
            + Count("tags", filter=shared_tags, distinct=True)
        )
        .order_by("-shared", "-date_published", "-pk")
    )
    return list(candidates.values_list("pk", flat=True)[:RELATED_STORIES])


@dataclass(frozen=True)
class StoryLinks:
    """What a story page links to besides its content, as plain values: the same for every visitor until the
    site's next version, so a render every visitor sees works it out once per version (render_memo)."""

    # (filter value, name in the visitor's language, its language if still French)
    strengths: tuple[tuple[int, str, str], ...]
    tags: tuple[tuple[str, str], ...]  # (name, slug)
    previous_id: int | None
    next_id: int | None
    related_ids: tuple[int, ...]


# Two stories' worth of ids and names per story and language: a few hundred bytes each.
STORY_LINKS = RenderMemo(size=4000)


def story_links(story) -> StoryLinks:
    """Four queries however many stories there are: the story's strengths, its tags, the neighbours' ids
    (previous and next), the related stories' ids."""
    strengths, tags = list(story.related_strengths.all()), list(story.tags.all())
    siblings = story_pages().sibling_of(story, inclusive=False)
    previous_id, next_id = neighbour_ids(story, siblings)
    return StoryLinks(
        # The index filters by the French strength: its pk, whatever the language shown.
        strengths=tuple(
            (strength.pk, shown.title, still_french(shown.title, strength.title))
            for strength, shown in zip(strengths, localized_instances(strengths), strict=True)
        ),
        tags=tuple((tag.name, tag.slug) for tag in tags),
        previous_id=previous_id,
        next_id=next_id,
        related_ids=tuple(related_ids(siblings, strengths, tags)),
    )


def story_page_context(story, request: HttpRequest) -> dict:
    """What a story page shows around its own content: its strengths and themes, and other stories (their cards
    in one query: the previous, the next and the related ones together)."""
    links = STORY_LINKS.get_or_make_for(request, (story.pk, translation.get_language()), lambda: story_links(story))
    wanted = {pk for pk in (links.previous_id, links.next_id, *links.related_ids) if pk is not None}
    cards = card_queryset(story_pages().filter(pk__in=wanted)).in_bulk() if wanted else {}
    return {
        "story_strengths": links.strengths,
        "story_tags": links.tags,
        "previous_story": cards.get(links.previous_id),
        "next_story": cards.get(links.next_id),
        "related_stories": [cards[pk] for pk in links.related_ids if pk in cards],
        "share_links": share_links(story.title, story.get_full_url(request)),
        "index_url": story.get_parent().get_url(request),
    }


def still_french(shown: str, french: str) -> str:
    """`LANGUAGE_CODE` when a name shown on a translated page is the French one (not translated), else ""."""
    language = translation.get_language()
    return settings.LANGUAGE_CODE if language != settings.LANGUAGE_CODE and shown == french else ""


def share_links(title: str, url: str) -> list[dict]:
    """Plain links to share a page: no third-party script, image or request until the visitor clicks."""
    text = f"{title} {url}"
    return [
        {"label": _("Courriel"), "url": "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote)},
        {"label": "LinkedIn", "url": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url})},
        {"label": "Facebook", "url": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})},
        {"label": "Bluesky", "url": "https://bsky.app/intent/compose?" + urlencode({"text": text})},
    ]
