"""Facts a translated page shares with its French page: an offer's status, an event's dates, a job's expiry.

Such facts are the French page's. A translation takes them from it when saved, and saving the French page
passes them on to its translations, so that an offer attributed, an event moved or a job filled in French is
so in every language the same day, whatever a stale translated draft holds. Each page type names its facts
(a tuple of field names); these functions do the copying, the same for every domain.
"""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Page


def french_source(page: Page) -> Page | None:
    """The French page whose facts this translation shows, or None for the French page itself."""
    if not page.translation_key or page.locale_id is None or page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    return (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(pk=page.pk)
        .first()
    )


def take_facts(page: Page, source: Page, fields: Iterable[str]) -> None:
    """Give the translation its French page's facts, before it is saved."""
    for name in fields:
        setattr(page, name, getattr(source, name))


def pass_on_facts(page: Page, fields: Iterable[str]) -> QuerySet:
    """Write the French page's facts on its translations, in one query, and return those translations."""
    translations = type(page).objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    translations.update(**{name: getattr(page, name) for name in fields})
    return translations
