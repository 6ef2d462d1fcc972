"""The health endpoint for load balancers and monitoring: `GET /health/` (settings.HEALTH_CHECK_PATH).

It tells the database and the cache apart: 200 while the database answers, even with the cache down (pages
are still served, more slowly), 503 with `Retry-After` when the database does not. The body says only "ok" or
"indisponible" for each: no host, no version, no error text for the public to read.

A middleware placed first, before the host check and the HTTPS redirect: load balancers ask by address, in
plain HTTP, and must get an answer about the application, not a redirect or a 400.
"""

import json
import logging
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

OK, DOWN = "ok", "indisponible"
CACHE_PROBE_KEY = "health:probe"


def database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError as error:
        logger.error("Contrôle de santé : la base de données ne répond pas (%s).", error)
        connection.close()  # the next request opens a new one
        return False


def cache_answers() -> bool:
    """Redis asked directly (ResilientRedisCache.ping, past its circuit breaker); another backend by a write and a
    read, which its own errors may fail."""
    ping = getattr(cache, "ping", None)
    if ping is not None:
        return ping()
    try:
        cache.set(CACHE_PROBE_KEY, OK, 10)
        return cache.get(CACHE_PROBE_KEY) == OK
    except Exception as error:
        logger.error("Contrôle de santé : le cache ne répond pas (%s).", error)
        return False


def health_report() -> tuple[int, dict[str, str]]:
    database, cache_ok = database_answers(), cache_answers()
    report = {
        "status": OK if database and cache_ok else ("dégradé" if database else DOWN),
        "database": OK if database else DOWN,
        "cache": OK if cache_ok else DOWN,
    }
    return (200 if database else 503), report


class HealthCheckMiddleware:
    """Answers the health path before anything else runs (see the module docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info != settings.HEALTH_CHECK_PATH:
            return self.get_response(request)
        if request.method not in {"GET", "HEAD"}:
            return HttpResponse(status=405, headers={"Allow": "GET, HEAD"})
        status, report = health_report()
        response = HttpResponse(
            json.dumps(report, ensure_ascii=False), status=status, content_type="application/json; charset=utf-8"
        )
        response["Cache-Control"] = "no-store"
        if status == 503:
            response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER)
        return response
