"""An event's dates: its schedule, read from the page's fields, written out as `EventOccurrence` rows and read back.

An event's schedule (first day, times, recurrence, exceptions) is the page's own fields, and its occurrences
are also written out as `EventOccurrence` rows each time the page is saved in full (created or published; a
draft never touches them), up to eighteen months ahead. The agenda filters (month, upcoming or past), orders
and paginates in the database from those rows, with a fixed number of queries however many events repeat;
expanding rules at request time could do none of that. The command `refresh_event_occurrences`, run daily,
rewrites them so that an event without an end keeps eighteen months ahead, and picks up a change of the
territory's time zone.
"""

import datetime

from django.apps import apps
from django.db.models import Model
from django.utils import timezone

from brands.core.time_zones import site_time_zone

from . import listing
from .recurrence import HORIZON_DAYS, Schedule


class OccurrencesMixin:
    """What `EventPage` does with its dates: its schedule, and the occurrences (`occurrences`) written from it."""

    @property
    def schedule(self) -> Schedule:
        return Schedule.of(self)

    def write_occurrences(self, today: datetime.date | None = None) -> int:
        """Replace the stored occurrences by the schedule's, up to eighteen months from `today`."""
        today = today or timezone.localdate()
        zone = site_time_zone(self.get_site())
        occurrences = self.schedule.occurrences(zone, today + datetime.timedelta(days=HORIZON_DAYS))
        self.__dict__.pop("_upcoming", None)
        self.__dict__.pop("_last", None)
        self.occurrences.all().delete()
        occurrence_model = apps.get_model("events", "EventOccurrence")
        occurrence_model.objects.bulk_create(
            occurrence_model(page=self, start=item.start, end=item.end) for item in occurrences
        )
        return len(occurrences)

    def upcoming_occurrences(self) -> list[Model]:
        """The stored occurrences not over yet, soonest first (one query, then kept on the page)."""
        if "_upcoming" not in self.__dict__:
            self._upcoming = list(self.occurrences.filter(end__gt=timezone.now())[: listing.NEXT_DATES_SHOWN + 1])
        return self._upcoming

    def shown_occurrence(self) -> Model | None:
        """The occurrence the page is about: the next one, else the last one."""
        if upcoming := self.upcoming_occurrences():
            return upcoming[0]
        if "_last" not in self.__dict__:
            self._last = self.occurrences.order_by("-start").first()
        return self._last
