"""Dates as a reader of the page's language writes them: in French, the first of the month is « 1er »."""

import datetime
import re

from django.utils import translation
from django.utils.formats import date_format

# The day's « 1 » in a formatted date: a lone 1 followed by a space (« samedi 1 juin », not 2021 nor 11).
FIRST_OF_THE_MONTH = re.compile(r"(?<!\d)1(?= )")


def long_date(value: datetime.date, format_string: str = "DATE_FORMAT") -> str:
    """« 1er juin 2027 », « samedi 14 juin 2027 »: Django's formatted date, with the French ordinal first day."""
    text = date_format(value, format_string)
    if value.day == 1 and translation.get_language() == "fr":
        text = FIRST_OF_THE_MONTH.sub("1er", text, count=1)
    return text
