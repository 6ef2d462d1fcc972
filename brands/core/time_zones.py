"""A territory's time zone: where its clock is set, for every date and time shown or exported.

Mainland France and the overseas territories do not share a clock: Nord Grande-Terre lives on
America/Guadeloupe time. Each site's brand settings name its zone (the choices live with the model,
brands.models.settings); its pages are served on it (brands.wagtail_hooks), and the agenda writes its iCal feeds
with it.
"""

import zoneinfo

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Site

from brands.models import BrandSettings


def zone(name: str | None) -> zoneinfo.ZoneInfo:
    """The zone of that name, or the installation's own when the name is empty or unknown."""
    try:
        return zoneinfo.ZoneInfo(name or settings.TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def site_time_zone(site: Site | None) -> zoneinfo.ZoneInfo:
    """The territory's time zone (Europe/Paris for a site without brand settings, such as the portal)."""
    if site is None:
        return zone(None)
    return zone(BrandSettings.for_site(site).time_zone)


def request_time_zone(request: HttpRequest) -> zoneinfo.ZoneInfo:
    """The time zone of the site that answers the request, read with the brand settings the page reads anyway."""
    if Site.find_for_request(request) is None:
        return zone(None)
    return zone(BrandSettings.for_request(request).time_zone)
