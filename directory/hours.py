"""Opening hours: what an editor types for one day, how they are stored, and how they read.

Stored as a JSON list of `[weekday, "HH:MM", "HH:MM"]` (weekday 0 = Monday … 6 = Sunday), several periods
a day, sorted. Pure Python: the model, its admin form, the CSV import and the public pages share it.
"""

import re
from collections.abc import Iterable
from datetime import time
from typing import NamedTuple

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

Period = tuple[time, time]
StoredHours = list[list]  # [[weekday, "HH:MM", "HH:MM"], …]


class Weekday(NamedTuple):
    """One day of the week: its number (0 = Monday), its CSV column and its French name."""

    number: int
    column: str
    name: str
    schema_org: str


WEEKDAYS = (
    Weekday(0, "lundi", gettext_lazy("lundi"), "https://schema.org/Monday"),
    Weekday(1, "mardi", gettext_lazy("mardi"), "https://schema.org/Tuesday"),
    Weekday(2, "mercredi", gettext_lazy("mercredi"), "https://schema.org/Wednesday"),
    Weekday(3, "jeudi", gettext_lazy("jeudi"), "https://schema.org/Thursday"),
    Weekday(4, "vendredi", gettext_lazy("vendredi"), "https://schema.org/Friday"),
    Weekday(5, "samedi", gettext_lazy("samedi"), "https://schema.org/Saturday"),
    Weekday(6, "dimanche", gettext_lazy("dimanche"), "https://schema.org/Sunday"),
)
COLUMNS = tuple(day.column for day in WEEKDAYS)

CLOSED_WORDS = {"ferme", "fermé", "fermée", "ferme.", "fermé.", "-", "–"}
TIME = r"(\d{1,2})\s*(?:(?:h|H|:)\s*(\d{1,2})?)?"
PERIOD = re.compile(rf"^{TIME}\s*(?:-|–|—|à|a)\s*{TIME}$")
PERIOD_SEPARATORS = re.compile(r"\s*(?:,|/|;|\bet\b)\s*")


def _spoken(hour: int | str, minute: int | str | None) -> str:
    """A time as the editor wrote it, for error messages: « 25h », « 9h75 »."""
    return f"{int(hour)}h{int(minute):02d}" if minute not in (None, "") and int(minute) else f"{int(hour)}h"


def _clock(hour: str, minute: str | None) -> time:
    label = _spoken(hour, minute)
    if int(hour) > 23 or (minute not in (None, "") and int(minute) > 59):
        raise ValueError(_("%(time)s n’est pas une heure") % {"time": label})
    return time(int(hour), int(minute or 0))


def parse_day(text: str) -> list[Period]:
    """The periods of one day from what an editor types: "" (closed), "9h-12h, 14h-18h30", "09:00-12:00 / 14:00-18:00".

    Raises ValueError with a French message naming the problem.
    """
    text = " ".join((text or "").split())
    if not text or text.lower() in CLOSED_WORDS:
        return []
    periods: list[Period] = []
    for chunk in PERIOD_SEPARATORS.split(text):
        if not chunk:
            continue
        match = PERIOD.match(chunk)
        if not match:
            raise ValueError(
                _("« %(text)s » n’est pas une plage horaire : écrivez par exemple 9h-12h ou 9h-12h, 14h-18h30")
                % {"text": chunk}
            )
        start, end = _clock(*match.group(1, 2)), _clock(*match.group(3, 4))
        if end <= start:
            raise ValueError(
                _("la fin (%(end)s) doit venir après le début (%(start)s)")
                % {"end": _spoken(*match.group(3, 4)), "start": _spoken(*match.group(1, 2))}
            )
        periods.append((start, end))
    periods.sort()
    for (start, end), (next_start, next_end) in zip(periods, periods[1:], strict=False):
        if next_start < end:
            raise ValueError(
                _("les plages %(first)s et %(second)s se chevauchent")
                % {"first": _short_period(start, end), "second": _short_period(next_start, next_end)}
            )
    return periods


def _short_period(start: time, end: time) -> str:
    return f"{_spoken(start.hour, start.minute or None)}-{_spoken(end.hour, end.minute or None)}"


def to_stored(days: dict[int, Iterable[Period]]) -> StoredHours:
    """Periods by weekday → the stored JSON list, sorted."""
    return [
        [weekday, start.strftime("%H:%M"), end.strftime("%H:%M")]
        for weekday in sorted(days)
        for start, end in sorted(days[weekday])
    ]


def by_day(hours: StoredHours) -> dict[int, list[Period]]:
    """The stored list → periods by weekday (every weekday present, closed days empty)."""
    days: dict[int, list[Period]] = {day.number: [] for day in WEEKDAYS}
    for weekday, start, end in hours or []:
        days[int(weekday)].append((time.fromisoformat(start), time.fromisoformat(end)))
    for periods in days.values():
        periods.sort()
    return days


def check(hours: object) -> None:
    """Raises ValueError (French) unless `hours` is a well-formed stored list; what the model's clean() runs."""
    if not isinstance(hours, list):
        raise ValueError(_("les horaires doivent être une liste de plages"))
    for item in hours:
        if not (
            isinstance(item, list | tuple)
            and len(item) == 3
            and type(item[0]) is int
            and 0 <= item[0] <= 6
            and all(isinstance(value, str) and re.fullmatch(r"\d{2}:\d{2}", value) for value in item[1:])
        ):
            raise ValueError(_("%(item)s n’est pas une plage horaire valable") % {"item": item})
        parse_day(f"{item[1]}-{item[2]}")  # hours that exist, the end after the start
    for day, periods in by_day(hours).items():
        try:
            parse_day(editable_day(periods))  # periods of one day that do not overlap
        except ValueError as error:
            raise ValueError(f"{WEEKDAYS[day].name}\u00a0: {error}") from error
    if [list(item) for item in hours] != to_stored(by_day(hours)):
        raise ValueError(_("les plages horaires doivent être triées par jour et par heure"))


def format_time(value: time) -> str:
    """« 9 h », « 18 h 30 » (no-break spaces)."""
    if value.minute:
        return f"{value.hour}\u00a0h\u00a0{value.minute:02d}"
    return f"{value.hour}\u00a0h"


def format_day(periods: Iterable[Period]) -> str:
    """« 9 h – 12 h, 14 h – 18 h 30 », or « Fermé »."""
    text = ", ".join(f"{format_time(start)}\u00a0– {format_time(end)}" for start, end in periods)
    return text or _("Fermé")


def editable_day(periods: Iterable[Period]) -> str:
    """One day as an editor would type it again: « 9h-12h, 14h-18h30 »."""
    return ", ".join(_short_period(start, end) for start, end in periods)


def _days_label(first: Weekday, last: Weekday) -> str:
    if first == last:
        return str(first.name).capitalize()
    if last.number == first.number + 1:
        return _("%(first)s et %(last)s") % {"first": str(first.name).capitalize(), "last": last.name}
    return _("Du %(first)s au %(last)s") % {"first": first.name, "last": last.name}


def summary(hours: StoredHours) -> list[tuple[str, str]]:
    """Consecutive days with the same hours grouped: [(« Du lundi au vendredi », « 9 h – 12 h »), …].

    Empty when no hours are given at all (the entry gives none, rather than « closed every day »).
    """
    if not hours:
        return []
    days = by_day(hours)
    groups: list[tuple[Weekday, Weekday, list[Period]]] = []
    for day in WEEKDAYS:
        if groups and groups[-1][2] == days[day.number]:
            groups[-1] = (groups[-1][0], day, groups[-1][2])
        else:
            groups.append((day, day, days[day.number]))
    return [(_days_label(first, last), format_day(periods)) for first, last, periods in groups]


def schema_org(hours: StoredHours) -> list[dict]:
    """schema.org `OpeningHoursSpecification`s, one per period, the days sharing it together."""
    periods: dict[tuple[str, str], list[str]] = {}
    for weekday, start, end in hours or []:
        periods.setdefault((start, end), []).append(WEEKDAYS[int(weekday)].schema_org)
    return [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": days, "opens": opens, "closes": closes}
        for (opens, closes), days in sorted(periods.items())
    ]


def is_open(hours: StoredHours, weekday: int, moment: time) -> bool:
    """True when `moment` of `weekday` falls within one of its periods."""
    return any(start <= moment < end for start, end in by_day(hours)[weekday])
