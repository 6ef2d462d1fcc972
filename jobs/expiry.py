"""When a job offer stops being current: its expiry day, counted on the territory's clock.

An offer is shown until the end of its expiry day in the territory's time zone (Europe/Paris, or
America/Guadeloupe for Nord Grande-Terre, whose day ends five or six hours later). The instant is stored
on the page (`JobPage.expires_at`) so that the listing, the sitemap and the search compare it with « now »
in the database, whatever the territory.
"""

import datetime
import zoneinfo

from dateutil.relativedelta import relativedelta
from django.utils import timezone

DEFAULT_VALIDITY = relativedelta(months=2)
MAX_VALIDITY = relativedelta(months=6)
# What `search_visible_until` says of a filled offer: any instant in the past hides it at once.
LONG_AGO = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def default_expiry_date() -> datetime.date:
    """Two months from today: the expiry date a new offer starts with."""
    return timezone.localdate() + DEFAULT_VALIDITY


def latest_expiry_date(published: datetime.date) -> datetime.date:
    """The last expiry date an offer published on `published` may have: six months later."""
    return published + MAX_VALIDITY


def end_of_day(day: datetime.date, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    """The first instant after `day` on that clock: the offer is gone from then on."""
    return datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone)


def today_in(zone: zoneinfo.ZoneInfo, now: datetime.datetime | None = None) -> datetime.date:
    """Today's date on the territory's clock."""
    return (now or timezone.now()).astimezone(zone).date()
