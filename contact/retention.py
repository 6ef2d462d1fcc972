"""How long a territory keeps what visitors send through its forms: the bounds, and how the period is said.

A form's submissions are personal data: the territory keeps them for the period it sets (three years by
default, the CNIL's reference for prospects who do not answer) and no longer; contact/purging.py deletes
what is older.
"""

from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.translation import ngettext

DEFAULT_RETENTION_MONTHS = 36
MIN_RETENTION_MONTHS = 1
MAX_RETENTION_MONTHS = 36  # beyond three years without contact, the CNIL asks for the data to be deleted
DAYS_PER_MONTH = 30


def retention_label(months: int) -> str:
    """ "3 ans", "18 mois", "1 an": the period as the privacy policy and the consent text say it."""
    if months % 12 == 0:
        years = months // 12
        return ngettext("%(count)d an", "%(count)d ans", years) % {"count": years}
    return ngettext("%(count)d mois", "%(count)d mois", months) % {"count": months}


def cutoff(months: int, now: datetime | None = None) -> datetime:
    """Submissions sent before this moment are past the period."""
    return (now or timezone.now()) - timedelta(days=months * DAYS_PER_MONTH)
