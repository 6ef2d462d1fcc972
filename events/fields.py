"""Model fields of an event that the admin edits with a form field of their own: days of the week as boxes
to tick, and exception dates typed one per line. Both are stored as JSON lists, so that a translation copies
them as they are and the recurrence reads them without a join."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .choices import WEEKDAY_ORDER, Weekday

DATE_INPUT_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")
MAX_EXCEPTION_DATES = 60


class WeekdaysFormField(forms.TypedMultipleChoiceField):
    """Boxes to tick, Monday to Sunday; the days come back in that order."""

    widget = forms.CheckboxSelectMultiple

    def clean(self, value):
        days = super().clean(value)
        return sorted(set(days), key=WEEKDAY_ORDER.index)


class WeekdaysField(models.JSONField):
    """The days of the week an event repeats on, as iCalendar names: ["TU", "SA"]."""

    def formfield(self, **kwargs):
        return WeekdaysFormField(
            choices=Weekday.choices,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )


def parse_date(text: str) -> datetime.date | None:
    for date_format in DATE_INPUT_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    return None


class DateListFormField(forms.CharField):
    """One date per line (« 14/07/2026 »); the list comes back sorted, each date once, as ISO strings."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(datetime.date.fromisoformat(day).strftime("%d/%m/%Y") for day in value)
        return value

    def to_python(self, value) -> list[str]:
        if isinstance(value, list):
            return value
        text = super().to_python(value)
        days = set()
        for part in text.replace(",", "\n").replace(";", "\n").split():
            day = parse_date(part.strip())
            if day is None:
                raise ValidationError(
                    _("« %(value)s » n’est pas une date : écrivez-la comme 14/07/2026, une par ligne."),
                    params={"value": part},
                    code="invalid",
                )
            days.add(day)
        if len(days) > MAX_EXCEPTION_DATES:
            raise ValidationError(
                _("Indiquez au plus %(count)s dates ; pour en exclure davantage, arrêtez plutôt la répétition."),
                params={"count": MAX_EXCEPTION_DATES},
                code="max",
            )
        return [day.isoformat() for day in sorted(days)]

    def has_changed(self, initial, data) -> bool:
        try:
            return (initial or []) != self.to_python(data)
        except ValidationError:
            return True


class DateListField(models.JSONField):
    """Dates stored as a sorted JSON list of ISO strings: ["2026-07-14", "2026-08-15"]."""

    def formfield(self, **kwargs):
        return DateListFormField(required=not self.blank, label=capfirst(self.verbose_name), help_text=self.help_text)
