"""The facts a translated job offer shares with its French page.

An offer's facts (contract, dates, salary, place, remote work, how to apply, expiry, filled) are the French
page's: a translation takes them from it when saved, and publishing the French page passes them on to its
translations, so that an offer filled in French is filled in every language the same day.
"""

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Page

FACT_FIELDS = (
    "contract",
    "duration_months",
    "working_time",
    "remote",
    "start_date",
    "salary_min",
    "salary_max",
    "salary_period",
    "commune",
    "latitude",
    "longitude",
    "employer_url",
    "apply_url",
    "apply_email",
    "expiry_date",
    "expires_at",
    "filled",
)


def french_source(job: Page) -> Page | None:
    """The French page whose facts this translation shows, or None for the French page itself."""
    if not job.translation_key or job.locale_id is None or job.locale.language_code == settings.LANGUAGE_CODE:
        return None
    return (
        type(job)
        .objects.filter(translation_key=job.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(pk=job.pk)
        .first()
    )


def take_facts(job: Page, source: Page) -> None:
    """Give the translation its French page's facts, before it is saved."""
    for name in FACT_FIELDS:
        setattr(job, name, getattr(source, name))


def pass_on_facts(job: Page) -> QuerySet:
    """Write the French page's facts on its translations, in one query, and return those translations."""
    translations = type(job).objects.filter(translation_key=job.translation_key).exclude(pk=job.pk)
    translations.update(**{name: getattr(job, name) for name in FACT_FIELDS})
    return translations
