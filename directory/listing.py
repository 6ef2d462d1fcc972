"""Queries behind the directory: the entries a page shows, its filters, one entry's page, and entries' URLs.

A directory page shows its site's entries in its own language; an entry not translated yet shows in
French (its text marked `lang="fr"`, brands/public/untranslated.py). Filters are sent by GET, so that they
work without JavaScript and can be bookmarked; a value the form does not offer is ignored. Each function
runs a fixed number of queries however many entries there are.
"""

from dataclasses import dataclass

from django import forms
from django.apps import apps
from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Lower
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page, Site

from brands.core.site_scope import in_trees
from brands.core.view_restrictions import public
from brands.public.images import with_card_image
from brands.public.listing_filters import ListingFilterForm
from brands.public.maps import place_map
from brands.public.pagination import paginate
from brands.public.untranslated import mark_untranslated

from . import hours
from .choices import LABEL_EXPLANATIONS, DirectoryCategory, DirectoryLabel

ENTRIES_PER_PAGE = 24


def entry_model():
    return apps.get_model("directory", "DirectoryEntry")


def label_query(label: str) -> Q:
    """Entries holding `label`: matched in the stored JSON text, quotes included, which every database can do."""
    return Q(labels__icontains=f'"{label}"')


def entries_in_language(site_id: int, locale: Locale) -> QuerySet:
    """The site's entries in `locale`, and its French entries not translated into it yet."""
    entries = entry_model().objects.filter(site_id=site_id)
    own = Q(locale=locale)
    if locale.language_code == settings.LANGUAGE_CODE:
        return entries.filter(own)
    translated = entries.filter(own).values("translation_key")
    fallback = Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated)
    return entries.filter(own | fallback)


def card_queryset(entries: QuerySet) -> QuerySet:
    """Entries ready for `directory/entry_card.html`: photos and their renditions prefetched."""
    return with_card_image(entries, "photo")


class DirectoryFilterForm(ListingFilterForm):
    """The directory's filters, each choice with its number of entries; empty choices are not offered."""

    categorie = forms.ChoiceField(label=_("Catégorie"), required=False)
    commune = forms.ChoiceField(label=_("Commune"), required=False)
    label = forms.ChoiceField(label=_("Label"), required=False)

    def __init__(self, data, entries: QuerySet) -> None:
        super().__init__(data)
        categories = dict(entries.order_by().values_list("category").annotate(n=Count("pk")))
        communes = entries.order_by().values_list("commune").annotate(n=Count("pk")).order_by(Lower("commune"))
        labels = entries.aggregate(**{label: Count("pk", filter=label_query(label)) for label in DirectoryLabel.values})
        everything = pgettext_lazy("filtre", "Toutes")
        self.fields["categorie"].choices = [("", everything)] + [
            (key, f"{label} ({categories[key]})") for key, label in DirectoryCategory.choices if categories.get(key)
        ]
        self.fields["commune"].choices = [("", everything)] + [(name, f"{name} ({n})") for name, n in communes]
        self.fields["label"].choices = [("", pgettext_lazy("filtre", "Tous"))] + [
            (key, f"{label} ({labels[key]})") for key, label in DirectoryLabel.choices if labels[key]
        ]


def apply_filters(entries: QuerySet, filters: dict) -> QuerySet:
    if category := filters.get("categorie"):
        entries = entries.filter(category=category)
    if commune := filters.get("commune"):
        entries = entries.filter(commune=commune)
    if label := filters.get("label"):
        entries = entries.filter(label_query(label))
    return entries


def directory_context(page, request: HttpRequest) -> dict:
    """The filter form and the current page of entries, sorted by name, for a directory page."""
    entries = entries_in_language(page_site_id(page, request), page.locale)
    form = DirectoryFilterForm(request.GET, entries)
    filters = form.filters
    ordered = apply_filters(entries, filters).order_by("sort_name", "pk")
    current, page_range = paginate(card_queryset(ordered), ENTRIES_PER_PAGE, request)
    mark_untranslated(current.object_list, page.locale.language_code)
    base_url = page.get_url(request)
    for entry in current.object_list:
        entry.public_url = f"{base_url}{entry.slug}/"
        entry.label_names = label_names(entry.labels)
    return {
        "filter_form": form,
        "is_filtered": bool(filters),
        "entries": current,
        "page_range": page_range,
    }


def page_site_id(page, request: HttpRequest) -> int | None:
    """The page's site: the request's when it is served there (no query), else looked up."""
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and page.url_path.startswith(site.root_page.url_path):
        return site.pk
    return page.get_site().pk if page.get_site() else None


def label_names(labels: list[str]) -> list[str]:
    names = dict(DirectoryLabel.choices)
    return [str(names[label]) for label in labels if label in names]


@dataclass(frozen=True)
class LabelNote:
    name: str
    explanation: str


def find_entry(page, slug: str, request: HttpRequest):
    """The entry of the page's site shown at `<page URL><slug>/`, in the page's language if translated, or None."""
    found = list(
        entries_in_language(page_site_id(page, request), page.locale).filter(slug=slug).select_related("photo")
    )
    found.sort(key=lambda entry: entry.locale_id != page.locale_id)
    return found[0] if found else None


def entry_context(page, entry, request: HttpRequest) -> dict:
    """What an entry's page shows: its hours as text, whether it is open now, its labels explained, its map."""
    mark_untranslated([entry], page.locale.language_code)
    now = timezone.localtime()  # the territory's clock (brands.public.middleware.TerritoryTimeZoneMiddleware)
    title = _("Situation de « %(name)s »") % {"name": entry.name}
    return {
        "entry": entry,
        "directory_url": page.get_url(request),
        "hours_summary": hours.summary(entry.opening_hours),
        "open_now": hours.is_open(entry.opening_hours, now.weekday(), now.time()) if entry.opening_hours else None,
        "label_notes": [
            LabelNote(name, LABEL_EXPLANATIONS[DirectoryLabel(label)])
            for label, name in zip(entry.labels, label_names(entry.labels), strict=False)
        ],
        "place_map": place_map(title, entry.address or entry.commune, entry.latitude, entry.longitude),
    }


def directory_pages_by_site(site_ids: set[int]) -> dict[tuple[int, str], Page]:
    """The live directory pages of these sites, by (site id, language code): three queries whatever the count."""
    page_model = apps.get_model("directory", "DirectoryPage")
    sites = Site.objects.filter(pk__in=site_ids).values_list("pk", "root_page__translation_key")
    site_by_key = {key: site_id for site_id, key in sites}
    # A translated home is a sibling of the French one under Root, with the same translation key.
    roots = Page.objects.filter(translation_key__in=site_by_key, depth=2).values_list("path", "translation_key")
    site_by_root = {path: site_by_key[key] for path, key in roots}
    pages = (
        public(page_model.objects.live()).filter(in_trees(site_by_root), alias_of__isnull=True).select_related("locale")
    )
    found: dict[tuple[int, str], Page] = {}
    for page in pages:
        site_id = next(site for path, site in site_by_root.items() if page.path.startswith(path))
        found.setdefault((site_id, page.locale.language_code), page)
    return found


def urls_for(entries, request: HttpRequest) -> dict[int, str]:
    """Each entry's public URL in its own language (the French directory's when its language has none)."""
    entries = list(entries)
    if not entries:
        return {}
    languages = dict(
        Locale.objects.filter(pk__in={entry.locale_id for entry in entries}).values_list("pk", "language_code")
    )
    pages = directory_pages_by_site({entry.site_id for entry in entries})
    base_urls: dict[int, str] = {}
    urls: dict[int, str] = {}
    for entry in entries:
        page = pages.get((entry.site_id, languages[entry.locale_id])) or pages.get(
            (entry.site_id, settings.LANGUAGE_CODE)
        )
        if page is None:
            continue
        if page.pk not in base_urls:
            base_urls[page.pk] = page.get_url(request) or ""
        if base_urls[page.pk]:
            urls[entry.pk] = f"{base_urls[page.pk]}{entry.slug}/"
    return urls
