"""The branded 500 and 503 pages, which must render when the database is the very thing that failed.

They never query: pages that render successfully leave a small snapshot of their site's brand (name and
palette) in the cache, per host (`remember_brand`, called by the footer), at most once per host every few
minutes; the error pages read it, or this process's own copy when the cache is down too, and fall back to
neutral colours when neither has it.

Django hands every uncaught exception, from a view or a middleware, to `handler500` (`server_error`): when the
exception says the database cannot be reached (refused, timed out, a statement cancelled by its timeout, a
connection gone), the visitor gets a 503 with `Retry-After` instead of a 500, so that browsers, crawlers and
load balancers know to come back. Django opens a new connection on the next request: nothing to restart.
"""

import sys
import time

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils import translation

from brands.core.colors import HEX_COLOR
from brands.models import BrandSettings
from brands.models.settings import DEFAULT_PALETTE
from brands.public.http_policy import csp_nonce

SNAPSHOT_TIMEOUT = 7 * 24 * 3600  # seconds: long enough to outlast an outage
REFRESH_SECONDS = 10 * 60
# host → (when this process last wrote its snapshot, the snapshot): spares the cache a write per page.
recently_written: dict[str, tuple[float, dict]] = {}


def snapshot_key(host: str) -> str:
    return f"brands:error-page:{host}"


def request_host(request: HttpRequest) -> str | None:
    try:
        return request.get_host().lower()
    except Exception:  # DisallowedHost, or a request too broken to say
        return None


def remember_brand(request: HttpRequest, brand: BrandSettings) -> None:
    """Keep the brand's name and palette where the 500 page can read them without the database.

    Never from a preview: the theme preview renders unsaved colours (Wagtail marks preview requests).
    """
    host = request_host(request)
    if host is None or getattr(request, "is_preview", False):
        return
    snapshot = {"name": brand.brand_name, "palette": brand.palette}
    last = recently_written.get(host)
    if last and last[1] == snapshot and time.monotonic() - last[0] < REFRESH_SECONDS:
        return
    try:
        cache.set(snapshot_key(host), snapshot, SNAPSHOT_TIMEOUT)
    except Exception:  # a cache outage must not break a page that rendered
        return
    recently_written[host] = (time.monotonic(), snapshot)


def remembered_brand(request: HttpRequest) -> tuple[str, dict[str, str]]:
    """The brand name and palette last seen on this host, or no name and neutral colours."""
    host = request_host(request)
    try:
        snapshot = cache.get(snapshot_key(host)) if host else None
    except Exception:  # the cache may be down too
        snapshot = None
    if snapshot is None and host in recently_written:  # this process saw the site render
        snapshot = recently_written[host][1]
    if not isinstance(snapshot, dict):
        return "", DEFAULT_PALETTE
    palette = snapshot.get("palette")
    well_formed = isinstance(palette, dict) and all(HEX_COLOR.match(str(palette.get(name))) for name in DEFAULT_PALETTE)
    if not well_formed:
        palette = DEFAULT_PALETTE  # written into a <style>: only well-formed colours
    return str(snapshot.get("name") or ""), {name: palette[name] for name in DEFAULT_PALETTE}


def database_unavailable(error: BaseException | None) -> bool:
    """Whether `error`, or an error it was raised from, says the database cannot be reached."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, (OperationalError, InterfaceError)):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def server_error(request: HttpRequest, template_name: str = "500.html") -> HttpResponse:
    """The 500 page (or the 503 one, when the database is out of reach) in the site's name and colours and the
    visitor's language, without touching the database."""
    if database_unavailable(sys.exc_info()[1]):
        return service_unavailable(request)
    return error_page(request, template_name, status=500)


def service_unavailable(request: HttpRequest) -> HttpResponse:
    """503 with `Retry-After`: the site is out of reach for a moment, not broken."""
    response = error_page(request, "503.html", status=503)
    response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER)
    return response


def error_page(request: HttpRequest, template_name: str, status: int) -> HttpResponse:
    name, palette = remembered_brand(request)
    language = translation.get_language() or settings.LANGUAGE_CODE
    context = {
        "brand_name": name,
        "palette": palette,
        "home_url": "/" if language == settings.LANGUAGE_CODE else f"/{language}/",
        "nonce": csp_nonce(request),
    }
    # No request: context processors (site settings, the user) could query.
    response = HttpResponse(loader.render_to_string(template_name, context), status=status)
    response["Cache-Control"] = "no-store"
    return response
