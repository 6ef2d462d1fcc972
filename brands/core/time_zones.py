"""A territory's time zone: where its clock is set, for every date and time shown or exported.

Mainland France and the overseas territories do not share a clock: Nord Grande-Terre lives on
America/Guadeloupe time. Each site's brand settings name its zone; the public pages activate it
(brands.public.middleware.TerritoryTimeZoneMiddleware), and the agenda writes its iCal feeds with it.
"""

import zoneinfo

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

DEFAULT_TIME_ZONE = "Europe/Paris"
# Where a French territory may be: mainland France and Corsica, then the overseas departments and collectivities.
TIME_ZONE_CHOICES = [
    (DEFAULT_TIME_ZONE, _("France métropolitaine et Corse (Europe/Paris)")),
    ("America/Guadeloupe", _("Guadeloupe (America/Guadeloupe)")),
    ("America/Martinique", _("Martinique (America/Martinique)")),
    ("America/Cayenne", _("Guyane (America/Cayenne)")),
    ("Indian/Reunion", _("La Réunion (Indian/Reunion)")),
    ("Indian/Mayotte", _("Mayotte (Indian/Mayotte)")),
    ("America/St_Barthelemy", _("Saint-Barthélemy (America/St_Barthelemy)")),
    ("America/Marigot", _("Saint-Martin (America/Marigot)")),
    ("America/Miquelon", _("Saint-Pierre-et-Miquelon (America/Miquelon)")),
    ("Pacific/Noumea", _("Nouvelle-Calédonie (Pacific/Noumea)")),
    ("Pacific/Tahiti", _("Polynésie française (Pacific/Tahiti)")),
    ("Pacific/Wallis", _("Wallis-et-Futuna (Pacific/Wallis)")),
]


def zone(name: str | None) -> zoneinfo.ZoneInfo:
    """The zone of that name, or the installation's own when the name is empty or unknown."""
    try:
        return zoneinfo.ZoneInfo(name or settings.TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def site_time_zone(site: Site | None) -> zoneinfo.ZoneInfo:
    """The territory's time zone (Europe/Paris for a site without brand settings, such as the portal)."""
    from brands.models import BrandSettings  # brands.models imports this module's choices

    if site is None:
        return zone(None)
    return zone(BrandSettings.for_site(site).time_zone)


def request_time_zone(request: HttpRequest) -> zoneinfo.ZoneInfo:
    """The time zone of the site that answers the request, read with the brand settings the page reads anyway."""
    from brands.models import BrandSettings

    if Site.find_for_request(request) is None:
        return zone(None)
    return zone(BrandSettings.for_request(request).time_zone)
