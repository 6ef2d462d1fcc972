"""The admin form of a directory entry: labels as checkboxes, opening hours as one text field per weekday."""

from django import forms
from django.utils.translation import gettext_lazy as _

from brands.admin.site_snippets import SiteOwnedForm

from . import hours
from .choices import DirectoryLabel

HOURS_HELP = _("Par exemple 9h-12h, 14h-18h30. Laissez vide si c’est fermé ce jour-là.")


def day_field(day: hours.Weekday) -> str:
    """The form field of one weekday's hours: `hours_lundi` … `hours_dimanche`."""
    return f"hours_{day.column}"


def hours_input(number: int) -> forms.CharField:
    label = str(hours.WEEKDAYS[number].name).capitalize()
    return forms.CharField(label=label, required=False, max_length=80, help_text=HOURS_HELP)


class DirectoryEntryForm(SiteOwnedForm):
    """Reads each day's hours as the editor types them and stores them in `opening_hours`."""

    labels = forms.MultipleChoiceField(
        label=_("Labels"),
        choices=DirectoryLabel.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Cochez les labels et marques qu’il détient réellement."),
    )

    # Declared one by one: the edit handler names its fields before any form exists.
    hours_lundi = hours_input(0)
    hours_mardi = hours_input(1)
    hours_mercredi = hours_input(2)
    hours_jeudi = hours_input(3)
    hours_vendredi = hours_input(4)
    hours_samedi = hours_input(5)
    hours_dimanche = hours_input(6)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        stored = self.instance.opening_hours
        periods = hours.by_day(stored if isinstance(stored, list) else [])
        for day in hours.WEEKDAYS:
            self.initial.setdefault(day_field(day), hours.editable_day(periods[day.number]))

    def clean(self) -> dict:
        cleaned = super().clean()
        days: dict[int, list[hours.Period]] = {}
        for day in hours.WEEKDAYS:
            name = day_field(day)
            try:
                days[day.number] = hours.parse_day(cleaned.get(name, ""))
            except ValueError as error:
                self.add_error(name, _("%(day)s : %(error)s.") % {"day": str(day.name).capitalize(), "error": error})
        if not any(day_field(day) in self.errors for day in hours.WEEKDAYS):
            # Set before the model's clean(), which checks the stored form once more.
            self.instance.opening_hours = hours.to_stored(days)
        return cleaned
