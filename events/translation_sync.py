"""The facts a translated event shares with its French page.

An event's facts (category, status, dates, recurrence, place, coordinates, price, organiser's contacts) are
the French page's: a translation takes them from it when saved, and publishing the French page passes them
on to its translations, whose occurrences are then rewritten too (EventPage.save).
"""

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Page

FACT_FIELDS = (
    "category",
    "status",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "recurrence",
    "recurrence_interval",
    "recurrence_weekdays",
    "recurrence_week_of_month",
    "recurrence_until",
    "recurrence_count",
    "exception_dates",
    "address",
    "commune",
    "latitude",
    "longitude",
    "is_free",
    "price_amount",
    "booking_url",
    "organiser_name",
    "organiser_url",
    "organiser_email",
    "organiser_phone",
)


def french_source(event: Page) -> Page | None:
    """The French page whose facts this translation shows, or None for the French page itself."""
    if not event.translation_key or event.locale_id is None or event.locale.language_code == settings.LANGUAGE_CODE:
        return None
    return (
        type(event)
        .objects.filter(translation_key=event.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(pk=event.pk)
        .first()
    )


def take_facts(event: Page, source: Page) -> None:
    """Give the translation its French page's facts, before it is saved."""
    for name in FACT_FIELDS:
        setattr(event, name, getattr(source, name))


def pass_on_facts(event: Page) -> QuerySet:
    """Write the French page's facts on its translations, in one query, and return those translations."""
    translations = type(event).objects.filter(translation_key=event.translation_key).exclude(pk=event.pk)
    translations.update(**{name: getattr(event, name) for name in FACT_FIELDS})
    return translations
