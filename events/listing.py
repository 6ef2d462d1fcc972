"""Queries behind the agenda: the filtered, paginated index, an event's page, and the next events of a site
for the block library's « Prochains évènements ».

Everything reads the stored occurrences (models.EventOccurrence): an event is listed once, at its next
occurrence in the window asked for (upcoming, past, a month), so a weekly market is one card that says when
it comes next, not fifty. Filters are sent by GET and an unknown value is ignored. Each function runs a
fixed number of queries however many events and occurrences there are.
"""

import calendar
import datetime
import zoneinfo
from dataclasses import dataclass

from django import forms
from django.apps import apps
from django.db.models import Count, Max, Min, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Page

from brands.core.localizing import home_path
from brands.core.time_zones import request_time_zone
from brands.core.tree_ranges import starts_with
from brands.core.view_restrictions import public
from brands.public.images import with_card_image
from brands.public.listing_filters import ListingFilterForm
from brands.public.maps import place_map
from brands.public.pagination import paginate
from brands.public.upcoming import UpcomingEvents

from . import facts
from .choices import EventCategory

EVENTS_PER_PAGE = 12
MONTHS_OFFERED = 12
NEXT_DATES_SHOWN = 8
PAST = "passes"
CARD_TEMPLATE = "events/event_card.html"


def event_pages() -> QuerySet:
    """Every live, public event of the network."""
    return public(apps.get_model("events", "EventPage").objects.live())


def card_queryset(events: QuerySet) -> QuerySet:
    """Events ready for `events/event_card.html`: photo and renditions prefetched."""
    return with_card_image(events.select_related("locale"))


@dataclass(frozen=True)
class Month:
    key: str  # « 2026-07 »
    start: datetime.datetime
    end: datetime.datetime

    @property
    def label(self) -> str:
        return date_format(self.start.date(), "F Y")

    @property
    def condition(self) -> Q:
        return Q(occurrences__start__gte=self.start, occurrences__start__lt=self.end)


def months(zone: zoneinfo.ZoneInfo, past: bool, today: datetime.date | None = None) -> list[Month]:
    """The current month and the eleven after it (or before it, for past events), in the territory's zone."""
    today = today or timezone.localdate(timezone=zone)
    found = []
    year, month = today.year, today.month
    for _k in range(MONTHS_OFFERED):
        first = datetime.datetime(year, month, 1, tzinfo=zone)
        days = calendar.monthrange(year, month)[1]
        found.append(Month(f"{year:04d}-{month:02d}", first, first + datetime.timedelta(days=days)))
        month += -1 if past else 1
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    return found


def window(past: bool, now: datetime.datetime) -> Q:
    """Occurrences not over yet, or over already."""
    return Q(occurrences__end__lte=now) if past else Q(occurrences__end__gt=now)


class EventFilterForm(ListingFilterForm):
    """The agenda's filters, each choice with the number of events it keeps."""

    quand = forms.ChoiceField(
        label=_("Quand"),
        required=False,
        choices=[("", pgettext_lazy("agenda", "À venir")), (PAST, pgettext_lazy("agenda", "Passés"))],
    )
    mois = forms.ChoiceField(label=_("Mois"), required=False)
    categorie = forms.ChoiceField(label=_("Catégorie"), required=False)
    commune = forms.ChoiceField(label=_("Commune"), required=False)

    def __init__(self, data, events: QuerySet, when: Q, month_list: list[Month]) -> None:
        super().__init__(data)
        self.month_list = {month.key: month for month in month_list}
        in_window = events.filter(when)
        by_month = in_window.aggregate(
            **{f"m{month.key}": Count("pk", distinct=True, filter=month.condition) for month in month_list}
        )
        categories = dict(in_window.order_by().values_list("category").annotate(n=Count("pk", distinct=True)))
        communes = in_window.order_by("commune").values_list("commune").annotate(n=Count("pk", distinct=True))
        self.fields["mois"].choices = [("", pgettext_lazy("filtre", "Tous"))] + [
            (month.key, f"{month.label} ({by_month[f'm{month.key}']})") for month in month_list
        ]
        self.fields["categorie"].choices = [("", pgettext_lazy("filtre", "Toutes"))] + [
            (key, f"{label} ({categories[key]})") for key, label in EventCategory.choices if categories.get(key)
        ]
        self.fields["commune"].choices = [("", pgettext_lazy("filtre", "Toutes"))] + [
            (name, f"{name} ({count})") for name, count in communes
        ]


def attach_when(events, zone: zoneinfo.ZoneInfo) -> list:
    """Give each listed event (annotated with `shown`, the start of its occurrence shown) its `when`."""
    events = list(events)
    for event in events:
        event.when = facts.when(event, facts.occurrence_at(event, event.shown, zone))
    return events


def index_context(index, request: HttpRequest) -> dict:
    """The filter form, the current page of events and the counts for an agenda page."""
    zone = request_time_zone(request)
    now = timezone.now()
    past = request.GET.get("quand") == PAST
    when = window(past, now)
    month_list = months(zone, past)
    events = event_pages().child_of(index)
    form = EventFilterForm(request.GET, events, when, month_list)
    filters = form.filters
    shown = when
    if month := form.month_list.get(filters.get("mois", "")):
        shown &= month.condition
    if category := filters.get("categorie"):
        events = events.filter(category=category)
    if commune := filters.get("commune"):
        events = events.filter(commune=commune)
    first = Max if past else Min
    ordered = (
        events.annotate(shown=first("occurrences__start", filter=shown))
        .filter(shown__isnull=False)
        .order_by("-shown" if past else "shown", "pk")
    )
    page, page_range = paginate(card_queryset(ordered), EVENTS_PER_PAGE, request)
    page.object_list = attach_when(page.object_list, zone)
    return {
        "filter_form": form,
        "is_filtered": bool(set(filters) - {"quand"}),
        "is_past": past,
        "events": page,
        "page_range": page_range,
        "ical_url": index.ical_url(request),
        "ical_full_url": request.build_absolute_uri(index.ical_url(request)),
    }


def page_context(event, request: HttpRequest) -> dict:
    """What an event's page shows around its own content: its next dates, its agenda, its map."""
    zone = request_time_zone(request)
    index_model = apps.get_model("events", "EventIndexPage")
    index = index_model.objects.filter(path=event.path[: -event.steplen]).first()
    upcoming = [facts.occurrence_at(event, item.start, zone) for item in event.upcoming_occurrences()]
    shown = event.shown_occurrence()
    return {
        "index_page": index,
        "index_url": index.get_url(request) if index else "",
        "ical_url": event.ical_url(request),
        "when": facts.when(event, facts.occurrence_at(event, shown.start, zone)) if shown else None,
        "next_dates": [facts.when(event, occurrence) for occurrence in upcoming[:NEXT_DATES_SHOWN]],
        "is_over": not upcoming,
        "place_map": event_map(event),
    }


def event_map(event):
    """The event's place on a map that loads on click, or None without coordinates."""
    title = _("Lieu de l’évènement « %(title)s »") % {"title": event.title}
    return place_map(title, event.address or event.commune, event.latitude, event.longitude)


# The block library's « Prochains évènements » (brands/public/upcoming.py) --------------------------------


def upcoming(request: HttpRequest, page: Page | None, count: int, category: str = "") -> UpcomingEvents | None:
    """The next `count` public events of the site in the language shown, or None when it has no agenda."""
    root_path = home_path(request, page)
    if root_path is None:
        return None
    index_model = apps.get_model("events", "EventIndexPage")
    index = public(index_model.objects.live()).filter(starts_with(root_path), depth=3).first()
    if index is None:
        return None
    zone = request_time_zone(request)
    events = event_pages().child_of(index)
    if category:
        events = events.filter(category=category)
    ordered = (
        events.annotate(shown=Min("occurrences__start", filter=window(False, timezone.now())))
        .filter(shown__isnull=False)
        .order_by("shown", "pk")
    )
    listed = attach_when(card_queryset(ordered)[:count], zone)
    return UpcomingEvents(
        events=listed, agenda_url=index.get_url(request), agenda_title=index.title, card_template=CARD_TEMPLATE
    )
