"""The branded 500 page, which must render when the database is the very thing that failed.

It never queries: pages that render successfully leave a small snapshot of their site's brand (name and
palette) in the cache, per host (`remember_brand`, called by the footer), at most once per host every few
minutes; `server_error` reads it, and falls back to neutral colours when the cache has nothing or fails.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils import translation

from brands.core.colors import HEX_COLOR
from brands.models import BrandSettings
from brands.models.settings import DEFAULT_PALETTE

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
    if not isinstance(snapshot, dict):
        return "", DEFAULT_PALETTE
    palette = snapshot.get("palette")
    well_formed = isinstance(palette, dict) and all(HEX_COLOR.match(str(palette.get(name))) for name in DEFAULT_PALETTE)
    if not well_formed:
        palette = DEFAULT_PALETTE  # written into a <style>: only well-formed colours
    return str(snapshot.get("name") or ""), {name: palette[name] for name in DEFAULT_PALETTE}


def server_error(request: HttpRequest, template_name: str = "500.html") -> HttpResponse:
    """The 500 page in the site's name and colours and the visitor's language, without touching the database."""
    name, palette = remembered_brand(request)
    language = translation.get_language() or settings.LANGUAGE_CODE
    context = {
        "brand_name": name,
        "palette": palette,
        "home_url": "/" if language == settings.LANGUAGE_CODE else f"/{language}/",
    }
    # No request: context processors (site settings, the user) could query.
    return HttpResponseServerError(loader.render_to_string(template_name, context))
