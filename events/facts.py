"""An event's facts as a visitor reads them (when, how often, where, for how much) and as schema.org
describes them. Dates and prices are written here, in the language being shown; templates only lay them out.
"""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.http import HttpRequest
from django.template.defaultfilters import floatformat
from django.utils import timezone, translation
from django.utils.formats import time_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from brands.core.time_zones import request_time_zone
from brands.public.dates import long_date
from brands.public.images import memoized_rendition
from brands.public.seo import SHARE_IMAGE_SPEC

from .choices import SCHEMA_DAYS, EventStatus, Recurrence, Weekday, WeekOfMonth
from .recurrence import Occurrence, Schedule

EVENT_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"


@dataclass(frozen=True)
class When:
    """One occurrence as the card and the page write it: local days, and local times unless all day."""

    first_day: datetime.date
    last_day: datetime.date
    start: datetime.datetime | None  # None all day
    end: datetime.datetime | None  # None all day or without an end time

    @property
    def multi_day(self) -> bool:
        return self.last_day != self.first_day

    @property
    def all_day(self) -> bool:
        return self.start is None

    @property
    def is_past(self) -> bool:
        end = self.end or datetime.datetime.combine(
            self.last_day + datetime.timedelta(days=1), datetime.time(0), tzinfo=(self.start or timezone.now()).tzinfo
        )
        return end <= timezone.now()


def when(page, occurrence: Occurrence) -> When:
    timed = not occurrence.all_day
    return When(
        first_day=occurrence.start_day,
        last_day=occurrence.last_day,
        start=occurrence.start if timed else None,
        end=occurrence.end if timed and page.end_time is not None else None,
    )


def occurrence_at(page, start: datetime.datetime, zone: zoneinfo.ZoneInfo) -> Occurrence:
    """The occurrence of `page` that starts at `start` (as stored, in any zone), in the territory's zone."""
    local = timezone.localtime(start, zone).replace(tzinfo=None)
    return page.schedule.occurrence(local, zone)


def join_words(words: list[str]) -> str:
    """« mardi », « mardi et samedi », « lundi, mercredi et vendredi »."""
    if len(words) < 2:
        return "".join(words)
    return str(_("%(first)s et %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]})


def short_date(day: datetime.date) -> str:
    return long_date(day, "j F Y")


class EventFacts:
    """What the card and the page show of an event, written out."""

    def __init__(self, page) -> None:
        self.page = page

    @property
    def schedule(self) -> Schedule:
        return self.page.schedule

    @property
    def price(self) -> str:
        """« Gratuit », « 5 € », « 12,50 € », or "" when nothing is said of the price."""
        page = self.page
        if page.is_free:
            return str(_("Gratuit"))
        if page.price_amount is not None:
            return str(_("%(amount)s €") % {"amount": floatformat(page.price_amount, -2)})
        return ""

    @property
    def price_line(self) -> str:
        """The price with its note: « 5 € (gratuit pour les moins de 12 ans) »."""
        if self.price and self.page.price_note:
            return f"{self.price} ({self.page.price_note})"
        return self.price or self.page.price_note

    @property
    def place(self) -> str:
        page = self.page
        return f"{page.place_name}, {page.commune}" if page.place_name else page.commune

    @property
    def repeats(self) -> str:
        """« Chaque semaine, le mardi et le samedi », « Le premier dimanche de chaque mois »…"""
        schedule = self.schedule
        interval = max(1, schedule.interval)
        days = [str(Weekday(day).label) for day in schedule.weekdays]
        if schedule.recurrence == Recurrence.WEEKLY:
            if interval == 1:
                return str(_("Chaque semaine, le %(days)s") % {"days": join_words(days)})
            return ngettext(
                "Toutes les %(count)s semaine, le %(days)s",
                "Toutes les %(count)s semaines, le %(days)s",
                interval,
            ) % {"count": interval, "days": join_words(days)}
        if schedule.recurrence == Recurrence.MONTHLY_WEEKDAY and days:
            which = str(WeekOfMonth(schedule.week_of_month or 1).label)
            if interval == 1:
                return str(_("Le %(which)s %(day)s de chaque mois") % {"which": which, "day": days[0]})
            return ngettext(
                "Le %(which)s %(day)s du mois, tous les %(count)s mois",
                "Le %(which)s %(day)s du mois, tous les %(count)s mois",
                interval,
            ) % {"which": which, "day": days[0], "count": interval}
        if schedule.recurrence == Recurrence.MONTHLY_DAY:
            day = schedule.start_date.day
            if interval == 1:
                return str(_("Le %(day)s de chaque mois") % {"day": day})
            return ngettext(
                "Le %(day)s du mois, tous les %(count)s mois", "Le %(day)s du mois, tous les %(count)s mois", interval
            ) % {"day": day, "count": interval}
        return ""

    @property
    def repeats_until(self) -> str:
        """« jusqu’au 30 septembre 2026 », « 10 fois », or "" without an end."""
        schedule = self.schedule
        if not schedule.is_recurring:
            return ""
        if schedule.until:
            return str(_("jusqu’au %(date)s") % {"date": short_date(schedule.until)})
        if schedule.count:
            return ngettext("%(count)s fois", "%(count)s fois", schedule.count) % {"count": schedule.count}
        return ""

    @property
    def series_end(self) -> str:
        """« La série s’arrête le 30 septembre 2026. », « La série compte 10 dates en tout. », or ""."""
        schedule = self.schedule
        if not schedule.is_recurring:
            return ""
        if schedule.until:
            return str(_("La série s’arrête le %(date)s.") % {"date": short_date(schedule.until)})
        if schedule.count:
            return ngettext(
                "La série compte %(count)s date en tout.", "La série compte %(count)s dates en tout.", schedule.count
            ) % {"count": schedule.count}
        return ""

    @property
    def exceptions(self) -> list[datetime.date]:
        """The exception days still to come."""
        today = timezone.localdate()
        return [day for day in self.schedule.exceptions if day >= today]

    @property
    def hours(self) -> str:
        """« 08:00 – 12:30 », « à partir de 20:00 », « toute la journée », in the language's time format."""
        schedule = self.schedule
        if schedule.all_day:
            return str(_("toute la journée"))
        start = time_format(schedule.start_time)
        if schedule.end_time:
            return f"{start} – {time_format(schedule.end_time)}"
        return str(_("à partir de %(time)s") % {"time": start})


# schema.org ---------------------------------------------------------------------------------------------


def iso_moment(occurrence: Occurrence, end: bool = False) -> str:
    """A date for an all-day event (its last day for the end), else a local time with the territory's offset."""
    if occurrence.all_day:
        return (occurrence.last_day if end else occurrence.start_day).isoformat()
    return (occurrence.end if end else occurrence.start).isoformat()


def place(page) -> dict:
    data = {
        "@type": "Place",
        "name": page.place_name or page.commune,
        "address": {"@type": "PostalAddress", "addressLocality": page.commune, "addressCountry": "FR"},
    }
    if page.address:
        data["address"]["streetAddress"] = " ".join(page.address.split())
    if page.latitude is not None and page.longitude is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": page.latitude, "longitude": page.longitude}
    return data


def organizer(page) -> dict | None:
    if not page.organiser_name:
        return None
    data = {"@type": "Organization", "name": page.organiser_name}
    for key, value in [
        ("url", page.organiser_url),
        ("email", page.organiser_email),
        ("telephone", page.organiser_phone),
    ]:
        if value:
            data[key] = value
    return data


def offer(page, url: str) -> dict | None:
    if not page.is_free and page.price_amount is None:
        return None
    price = "0" if page.is_free else str(page.price_amount)
    return {"@type": "Offer", "price": price, "priceCurrency": "EUR", "url": page.booking_url or url}


def schedule(page, zone: zoneinfo.ZoneInfo) -> dict:
    """A recurring event's rule as a schema.org Schedule."""
    rule = page.schedule
    unit = "W" if rule.recurrence == Recurrence.WEEKLY else "M"
    data = {
        "@type": "Schedule",
        "repeatFrequency": f"P{max(1, rule.interval)}{unit}",
        "startDate": rule.start_date.isoformat(),
        "scheduleTimezone": zone.key,
    }
    if rule.recurrence in (Recurrence.WEEKLY, Recurrence.MONTHLY_WEEKDAY):
        data["byDay"] = [SCHEMA_DAYS[day] for day in rule.weekdays]
    if rule.recurrence == Recurrence.MONTHLY_WEEKDAY:
        data["byMonthWeek"] = rule.week_of_month
    if rule.recurrence == Recurrence.MONTHLY_DAY:
        data["byMonthDay"] = rule.start_date.day
    if rule.start_time:
        data["startTime"] = rule.start_time.isoformat("seconds")
    if rule.end_time:
        data["endTime"] = rule.end_time.isoformat("seconds")
    if rule.until:
        data["endDate"] = rule.until.isoformat()
    if rule.count:
        data["repeatCount"] = rule.count
    if rule.exceptions:
        data["exceptDate"] = [day.isoformat() for day in rule.exceptions]
    return data


def schema_org(page, request: HttpRequest) -> list[dict]:
    """The event with its next occurrence (else its last one) as dates, and its rule when it repeats."""
    zone = request_time_zone(request)
    stored = page.shown_occurrence()
    if stored is None:
        return []
    occurrence = occurrence_at(page, stored.start, zone)
    url = page.get_full_url(request)
    data = {
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "inLanguage": translation.get_language(),
        "startDate": iso_moment(occurrence),
        "endDate": iso_moment(occurrence, end=True),
        "eventStatus": EVENT_STATUS.get(page.status, EVENT_STATUS[EventStatus.SCHEDULED]),
        "eventAttendanceMode": OFFLINE,
        "location": place(page),
    }
    if page.is_free:
        data["isAccessibleForFree"] = True
    if found := offer(page, url):
        data["offers"] = found
    if found := organizer(page):
        data["organizer"] = found
    if page.hero_image and (picture := memoized_rendition(request, page.hero_image, SHARE_IMAGE_SPEC)):
        data["image"] = [request.build_absolute_uri(picture.url)]
    if page.schedule.is_recurring:
        data["eventSchedule"] = schedule(page, zone)
    return [data]
