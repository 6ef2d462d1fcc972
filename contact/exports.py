"""Submission exports that a spreadsheet can open safely.

A visitor may type `=HYPERLINK(...)` or `+cmd|...` in a field: opened in a spreadsheet, a CSV cell that
starts with = + - @, a tab or a carriage return runs as a formula. Such text is written with a leading
apostrophe, which spreadsheets show as text (OWASP's "CSV injection" advice). Wagtail already writes XLSX
formulas as text; both formats go through `as_text` anyway, so that the rule lives in one place.
"""

from wagtail.contrib.forms.views import SubmissionsListView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    """The value, with a leading apostrophe when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSubmissionsListView(SubmissionsListView):
    """Wagtail's list of a form's submissions, with exports that never carry a live formula."""

    def preprocess_field_value(self, field, value, export_format):
        return as_text(super().preprocess_field_value(field, value, export_format))
