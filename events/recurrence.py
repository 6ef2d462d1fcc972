"""When an event happens: its schedule read from the page, expanded into occurrences with python-dateutil's
`rrule`, and checked for what an editor can get wrong.

Times are the territory's wall-clock times: the rule runs on naive local datetimes and each occurrence is
given the territory's zone afterwards, so a market at 08:00 stays at 08:00 on both sides of a change to or
from summer time (its UTC offset changes instead). No date arithmetic is written by hand beyond adding an
event's length in days.
"""

import dataclasses
import datetime
import itertools
import zoneinfo
from dataclasses import dataclass

from dateutil import rrule
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .choices import Recurrence

# How far ahead occurrences are stored (refresh_event_occurrences extends it every day), and how many dates
# one event may have in that time: more would be a daily event, which the agenda is not made for.
HORIZON_DAYS = 548  # eighteen months
MAX_OCCURRENCES = 400
RRULE_DAYS = {
    "MO": rrule.MO,
    "TU": rrule.TU,
    "WE": rrule.WE,
    "TH": rrule.TH,
    "FR": rrule.FR,
    "SA": rrule.SA,
    "SU": rrule.SU,
}
MIDNIGHT = datetime.time(0, 0)


@dataclass(frozen=True)
class Occurrence:
    """One time the event happens, as aware datetimes in the territory's zone; `end` is exclusive."""

    start: datetime.datetime
    end: datetime.datetime
    all_day: bool

    @property
    def start_day(self) -> datetime.date:
        return self.start.date()

    @property
    def last_day(self) -> datetime.date:
        """The day it ends on (an all-day event ends at midnight after its last day)."""
        last = self.end - datetime.timedelta(microseconds=1) if self.end.time() == MIDNIGHT else self.end
        return max(last.date(), self.start.date())


@dataclass(frozen=True)
class Schedule:
    """An event's dates, times and recurrence, as the editor set them."""

    start_date: datetime.date
    end_date: datetime.date | None = None
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None
    recurrence: str = Recurrence.NONE
    interval: int = 1
    weekdays: tuple[str, ...] = ()
    week_of_month: int | None = None
    until: datetime.date | None = None
    count: int | None = None
    exceptions: tuple[datetime.date, ...] = ()

    @classmethod
    def of(cls, page) -> "Schedule":
        return cls(
            start_date=page.start_date,
            end_date=page.end_date,
            start_time=page.start_time,
            end_time=page.end_time,
            recurrence=page.recurrence or Recurrence.NONE,
            interval=page.recurrence_interval or 1,
            weekdays=tuple(page.recurrence_weekdays or ()),
            week_of_month=page.recurrence_week_of_month,
            until=page.recurrence_until,
            count=page.recurrence_count,
            exceptions=tuple(datetime.date.fromisoformat(day) for day in page.exception_dates or ()),
        )

    @property
    def all_day(self) -> bool:
        return self.start_time is None

    @property
    def is_recurring(self) -> bool:
        return self.recurrence != Recurrence.NONE

    @property
    def length_days(self) -> int:
        """How many days after its first day each occurrence ends (0 for an event of one day)."""
        return max(0, (self.end_date - self.start_date).days) if self.end_date else 0

    @property
    def first_start(self) -> datetime.datetime:
        """The naive local start the rule counts from."""
        return datetime.datetime.combine(self.start_date, self.start_time or MIDNIGHT)

    def rule(self) -> rrule.rrule | None:
        """The dateutil rule, without the exceptions; None for an event that does not repeat."""
        if not self.is_recurring:
            return None
        options = {"dtstart": self.first_start, "interval": max(1, self.interval)}
        if self.until:
            options["until"] = datetime.datetime.combine(self.until, datetime.time.max)
        elif self.count:
            options["count"] = self.count
        if self.recurrence == Recurrence.WEEKLY:
            return rrule.rrule(rrule.WEEKLY, byweekday=[RRULE_DAYS[day] for day in self.weekdays], **options)
        if self.recurrence == Recurrence.MONTHLY_WEEKDAY:
            day = RRULE_DAYS[self.weekdays[0]](self.week_of_month or 1)
            return rrule.rrule(rrule.MONTHLY, byweekday=[day], **options)
        return rrule.rrule(rrule.MONTHLY, bymonthday=[self.start_date.day], **options)

    def rule_set(self) -> rrule.rruleset | None:
        """The rule with its exception dates removed."""
        rule = self.rule()
        if rule is None:
            return None
        rules = rrule.rruleset()
        rules.rrule(rule)
        for day in self.exceptions:
            rules.exdate(datetime.datetime.combine(day, self.start_time or MIDNIGHT))
        return rules

    def local_starts(self, last_day: datetime.date, limit: int = MAX_OCCURRENCES + 1) -> list[datetime.datetime]:
        """The naive local starts up to `last_day` included, at most `limit` of them."""
        rules = self.rule_set()
        if rules is None:
            return [self.first_start] if self.start_date <= last_day else []
        cutoff = datetime.datetime.combine(last_day, datetime.time.max)
        return list(itertools.islice(itertools.takewhile(lambda start: start <= cutoff, rules), limit))

    def occurrence(self, local_start: datetime.datetime, zone: zoneinfo.ZoneInfo) -> Occurrence:
        last_day = local_start.date() + datetime.timedelta(days=self.length_days)
        if self.end_time is not None and not self.all_day:
            local_end = datetime.datetime.combine(last_day, self.end_time)
        else:  # all day, or no end time given: until the end of the last day
            local_end = datetime.datetime.combine(last_day + datetime.timedelta(days=1), MIDNIGHT)
        return Occurrence(local_start.replace(tzinfo=zone), local_end.replace(tzinfo=zone), self.all_day)

    def occurrences(self, zone: zoneinfo.ZoneInfo, last_day: datetime.date) -> list[Occurrence]:
        """Every occurrence starting up to `last_day`, in the territory's zone (at most MAX_OCCURRENCES)."""
        starts = self.local_starts(last_day, MAX_OCCURRENCES)
        return [self.occurrence(start, zone) for start in starts]

    # Checks ---------------------------------------------------------------------------------------------

    def errors(self, today: datetime.date) -> dict[str, str]:
        """What is wrong with the schedule, by field, in French; empty when it is right."""
        errors = {}
        if self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("La date de fin est avant la date de début.")
        if self.end_time is not None and self.start_time is None:
            errors["end_time"] = _(
                "Indiquez aussi l’heure de début, ou videz l’heure de fin pour un évènement « toute la journée »."
            )
        elif self.end_time is not None and self.length_days == 0 and self.end_time <= self.start_time:
            errors["end_time"] = _(
                "L’heure de fin est avant l’heure de début : si l’évènement finit après minuit, "
                "indiquez aussi la date de fin."
            )
        errors.update(self.recurrence_errors())
        if not errors and self.is_recurring:
            errors.update(self.expansion_errors(today))
        return {field: str(message) for field, message in errors.items()}

    def recurrence_errors(self) -> dict:
        errors = {}
        if not self.is_recurring:
            unused = _("Cette case ne sert qu’à un évènement qui se répète : choisissez la répétition ou videz-la.")
            if self.weekdays:
                errors["recurrence_weekdays"] = unused
            if self.until:
                errors["recurrence_until"] = unused
            if self.count:
                errors["recurrence_count"] = unused
            if self.exceptions:
                errors["exception_dates"] = _("Un évènement qui ne se répète pas n’a pas de dates d’exception.")
            return errors
        if self.recurrence == Recurrence.WEEKLY and not self.weekdays:
            errors["recurrence_weekdays"] = _("Cochez au moins un jour de la semaine.")
        if self.recurrence == Recurrence.MONTHLY_WEEKDAY:
            if len(self.weekdays) != 1:
                errors["recurrence_weekdays"] = _(
                    "Cochez un seul jour : celui qui revient chaque mois, par exemple dimanche."
                )
            if self.week_of_month is None:
                errors["recurrence_week_of_month"] = _("Choisissez lequel dans le mois, par exemple « premier ».")
        if self.recurrence != Recurrence.MONTHLY_WEEKDAY and self.week_of_month is not None:
            errors["recurrence_week_of_month"] = _(
                "Ne sert que pour « chaque mois, un jour de la semaine » : videz-la."
            )
        if self.recurrence == Recurrence.MONTHLY_DAY and self.weekdays:
            errors["recurrence_weekdays"] = _(
                "Une répétition à la même date chaque mois ne dépend pas du jour de la semaine : décochez ces jours."
            )
        if self.until and self.until < self.start_date:
            errors["recurrence_until"] = _("La fin de la répétition est avant le premier jour de l’évènement.")
        if self.until and self.count:
            errors["recurrence_count"] = _("Indiquez soit une date de fin, soit un nombre de fois, pas les deux.")
        if self.count and self.count > MAX_OCCURRENCES:
            errors["recurrence_count"] = _("Au plus %(max)s fois.") % {"max": MAX_OCCURRENCES}
        return errors

    def expansion_errors(self, today: datetime.date) -> dict:
        errors = {}
        last_day = max(today, self.start_date) + datetime.timedelta(days=HORIZON_DAYS)
        plain = dataclasses.replace(self, exceptions=())
        starts = plain.local_starts(last_day)
        if len(starts) > MAX_OCCURRENCES:
            errors["recurrence"] = _(
                "Cette répétition donne plus de %(max)s dates d’ici dix-huit mois : espacez-la "
                "ou indiquez une date de fin."
            ) % {"max": MAX_OCCURRENCES}
            return errors
        days = {start.date() for start in starts}
        strays = [day for day in self.exceptions if day not in days and day <= last_day]
        if strays:
            errors["exception_dates"] = _(
                "L’évènement n’a pas lieu ces jours-là de toute façon : %(days)s. Ne gardez que des jours où il "
                "aurait eu lieu."
            ) % {"days": ", ".join(date_format(day, "SHORT_DATE_FORMAT") for day in strays)}
        elif not days - set(self.exceptions):
            errors["recurrence"] = _(
                "Cette répétition ne donne aucune date : vérifiez les jours cochés, la fin et les exceptions."
            )
        return errors
