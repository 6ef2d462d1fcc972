"""The agenda in iCalendar (RFC 5545), with the `icalendar` library: one feed per agenda page (a territory in
one language) to subscribe to, and one file per event to add it to a calendar.

A recurring event is written once with its RRULE and EXDATE, not expanded, so that a calendar shows it
beyond the eighteen months the site stores. Times carry the territory's zone as TZID, described by a
VTIMEZONE; all-day events are dates (VALUE=DATE). The UID is the event's translation key and the site's
host: the same in every language and stable across edits.
"""

import datetime
import zoneinfo

import icalendar
from django.apps import apps
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from brands.core.time_zones import request_time_zone
from brands.core.view_restrictions import public
from brands.models import BrandSettings

from .choices import EventStatus, Recurrence
from .recurrence import MIDNIGHT

FEED_NAME = "ical/"  # Wagtail serves only paths of slugs ending with a slash
EVENT_FILE_NAME = "ical/"
CONTENT_TYPE = "text/calendar; charset=utf-8"
# Past events stay in the feed this long, so that a calendar does not lose last week's market at once.
KEPT_IN_FEED_DAYS = 90
REFRESH_INTERVAL = datetime.timedelta(hours=12)
ICAL_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def new_calendar(name: str, zone: zoneinfo.ZoneInfo) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Mètre Carré//Agenda//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", zone.key)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", REFRESH_INTERVAL)
    return calendar


def rrule_value(page, zone: zoneinfo.ZoneInfo) -> dict:
    """The page's recurrence as an RRULE; UNTIL is a date for an all-day event, else a UTC instant."""
    schedule = page.schedule
    value = {"freq": "weekly" if schedule.recurrence == Recurrence.WEEKLY else "monthly"}
    if schedule.interval > 1:
        value["interval"] = schedule.interval
    if schedule.recurrence == Recurrence.WEEKLY:
        value["byday"] = list(schedule.weekdays)
    elif schedule.recurrence == Recurrence.MONTHLY_WEEKDAY:
        value["byday"] = [f"{schedule.week_of_month}{day}" for day in schedule.weekdays]
    else:
        value["bymonthday"] = [schedule.start_date.day]
    if schedule.until:
        value["until"] = schedule.until if schedule.all_day else until_instant(schedule.until, zone)
    elif schedule.count:
        value["count"] = schedule.count
    return value


def until_instant(day: datetime.date, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    """The last second of `day` in the territory, in UTC as RFC 5545 asks when DTSTART has a TZID."""
    local = datetime.datetime.combine(day, datetime.time(23, 59, 59), tzinfo=zone)
    return local.astimezone(datetime.UTC)


def first_start(page) -> datetime.datetime:
    """DTSTART: the rule's first occurrence (the first day may not fit the rule, and DTSTART always counts)."""
    schedule = page.schedule
    rule = schedule.rule()
    return next(iter(rule), schedule.first_start) if rule is not None else schedule.first_start


def location(page) -> str:
    """« Quai Lestourgie, 19400 Argentat-sur-Dordogne »: the place, then its address, each part once."""
    parts = [page.place_name, *page.address.splitlines()]
    if page.commune not in page.address:
        parts.append(page.commune)
    seen = []
    for part in (" ".join(part.split()) for part in parts):
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen)


def vevent(page, request: HttpRequest, zone: zoneinfo.ZoneInfo) -> icalendar.Event:
    schedule = page.schedule
    url = page.get_full_url(request)
    event = icalendar.Event()
    event.add("uid", f"event-{page.translation_key}@{request.get_host().split(':')[0]}")
    event.add("dtstamp", (page.last_published_at or timezone.now()).astimezone(datetime.UTC))
    if page.last_published_at:
        event.add("last-modified", page.last_published_at.astimezone(datetime.UTC))
    start = first_start(page)
    occurrence = schedule.occurrence(start, zone)
    if schedule.all_day:
        event.add("dtstart", occurrence.start_day)
        event.add("dtend", occurrence.last_day + datetime.timedelta(days=1))
    else:
        event.add("dtstart", occurrence.start)
        if page.end_time is not None:
            event.add("dtend", occurrence.end)
    if schedule.is_recurring:
        event.add("rrule", rrule_value(page, zone))
        if schedule.exceptions:
            if schedule.all_day:
                event.add("exdate", list(schedule.exceptions))
            else:
                event.add(
                    "exdate",
                    [
                        datetime.datetime.combine(day, schedule.start_time or MIDNIGHT, tzinfo=zone)
                        for day in schedule.exceptions
                    ],
                )
    event.add("summary", page.title)
    description = "\n\n".join(part for part in [page.summary, page.facts.price_line, url] if part)
    event.add("description", description)
    if place := location(page):
        event.add("location", place)
    if page.latitude is not None and page.longitude is not None:
        event.add("geo", (page.latitude, page.longitude))
    event.add("url", url)
    event.add("categories", [page.get_category_display()])
    event.add("status", ICAL_STATUS.get(page.status, "CONFIRMED"))
    if page.organiser_name:
        organiser = f"mailto:{page.organiser_email}" if page.organiser_email else url
        event.add("organizer", organiser, parameters={"CN": page.organiser_name})
    return event


def add_time_zones(calendar: icalendar.Calendar, pages: list) -> None:
    """VTIMEZONE for the zone used, covering the events' years only (the whole history would weigh 5 KB)."""
    today = timezone.localdate()
    first = min([page.start_date for page in pages], default=today)
    calendar.add_missing_timezones(
        first_date=datetime.date(first.year - 1, 1, 1), last_date=datetime.date(today.year + 3, 1, 1)
    )


def response(calendar: icalendar.Calendar, filename: str, attachment: bool) -> HttpResponse:
    answer = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    answer["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return answer


def feed_events(index) -> list:
    """The agenda's live, public events not over for more than three months, in the index's language."""
    model = apps.get_model("events", "EventPage")
    since = timezone.now() - datetime.timedelta(days=KEPT_IN_FEED_DAYS)
    recent = model.objects.filter(occurrences__end__gt=since).values("pk")
    return list(public(model.objects.live()).child_of(index).filter(pk__in=recent).order_by("start_date", "pk"))


def feed_response(index, request: HttpRequest) -> HttpResponse:
    zone = request_time_zone(request)
    brand = BrandSettings.for_request(request)
    with translation.override(index.locale.language_code):
        calendar = new_calendar(f"{brand.brand_name} — {index.title}", zone)
        pages = feed_events(index)
        for page in pages:
            calendar.add_component(vevent(page, request, zone))
        calendar.add("x-wr-caldesc", index.intro or _("L’agenda du territoire"))
    add_time_zones(calendar, pages)
    return response(calendar, f"{slugify(brand.brand_name) or 'agenda'}-{index.slug}.ics", False)


def event_response(page, request: HttpRequest) -> HttpResponse:
    zone = request_time_zone(request)
    brand = BrandSettings.for_request(request)
    with translation.override(page.locale.language_code):
        calendar = new_calendar(f"{brand.brand_name} — {page.title}", zone)
        calendar.add_component(vevent(page, request, zone))
    add_time_zones(calendar, [page])
    return response(calendar, f"{page.slug}.ics", True)
