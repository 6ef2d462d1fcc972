"""At most a few sendings per visitor and per site in a window: more is a robot or a mistake.

The visitor is known by their IP address, taken from the connection itself. Behind reverse proxies,
`CONTACT_TRUSTED_PROXIES` says how many there are: the address is then the one the outermost trusted proxy
saw, counted from the right of X-Forwarded-For, so that a header forged by the client never changes it.
The counters live in the cache (Redis in production); a cache that fails lets the sending through rather
than refusing everyone.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from brands.core.client_address import client_ip

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limit:
    sendings: int
    window_seconds: int


def current_limit() -> Limit:
    sendings, window = getattr(settings, "CONTACT_RATE_LIMIT", (5, 600))
    return Limit(sendings, window)


def over_limit(request: HttpRequest, scope: str) -> bool:
    """Count this sending for the visitor in `scope` (a site); True once they are past the limit."""
    limit = current_limit()
    key = f"contact:rate:{scope}:{client_ip(request)}"
    try:
        cache.add(key, 0, timeout=limit.window_seconds)
        count = cache.incr(key)
    except Exception:  # the cache is down: never refuse a visitor for it
        logger.warning("Limite d’envoi non vérifiée : le cache ne répond pas.", exc_info=True)
        return False
    return count > limit.sendings


def refusal_text() -> tuple[str, str]:
    """The title and the explanation of the page a visitor past the limit sees."""
    minutes = max(1, current_limit().window_seconds // 60)
    return (
        _("Trop d’envois en peu de temps"),
        ngettext(
            "Pour protéger le site des envois automatiques, ce formulaire attend avant d’accepter un nouveau "
            "message de votre part. Votre dernier message n’a pas été envoyé : réessayez dans %(minutes)d minute.",
            "Pour protéger le site des envois automatiques, ce formulaire attend avant d’accepter un nouveau "
            "message de votre part. Votre dernier message n’a pas été envoyé : réessayez dans %(minutes)d minutes.",
            minutes,
        )
        % {"minutes": minutes},
    )
