"""A Redis cache that a Redis outage cannot take the sites down with.

Wagtail reads each site's root paths through the cache on every page: with Django's RedisCache, Redis down
means every page answers 500, and Redis hanging means each page waits for the socket before failing. This
backend gives every call short connect and read timeouts (OPTIONS, set in settings/base.py) and turns a
failure into a miss: reads return their default, writes are dropped, the error is logged once. After a failure
the cache is left alone for `RETRY_SECONDS` (a circuit breaker), so a hanging Redis costs one timeout per
worker and per window, not one per call.

Writes and deletions dropped during an outage may leave stale entries behind (a site renamed while Redis was
away keeps its old cached paths): when Redis answers again, the first call purges this installation's keys
(those under its KEY_PREFIX, never the rest of a shared Redis) before going on.
"""

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

RETRY_SECONDS = 10.0
# Failures of the client: redis-py's own errors derive from RedisError, a socket's from OSError.
try:
    from redis.exceptions import RedisError

    FAILURES: tuple[type[BaseException], ...] = (RedisError, OSError)
except ImportError:  # pragma: no cover - redis is a requirement
    FAILURES = (OSError,)


class CacheUnavailable(ConnectionError):
    """Raised by `incr`/`decr` while the cache is down: a counter cannot be faked; callers decide."""


class ResilientRedisCache(RedisCache):
    """Django's RedisCache whose failures are misses, behind a circuit breaker (see the module docstring)."""

    def __init__(self, server, params) -> None:
        options = dict(params.get("OPTIONS", {}))
        self.retry_seconds = float(options.pop("RETRY_SECONDS", RETRY_SECONDS))
        super().__init__(server, {**params, "OPTIONS": options})
        self._lock = threading.Lock()
        self._down_since: float | None = None  # monotonic time of the last failure; None while Redis answers
        self._dropped_writes = False

    @property
    def is_down(self) -> bool:
        """True while the breaker is open: the last failure is less than `retry_seconds` old."""
        return self._down_since is not None and time.monotonic() - self._down_since < self.retry_seconds

    def _guard(self, call: Callable[[], Any], fallback: Any, writes: bool) -> Any:
        if self.is_down:
            self._dropped_writes |= writes
            return fallback
        try:
            if self._down_since is not None:  # first call after an outage
                self._recover()
            return call()
        except FAILURES as error:
            self._fail(error, writes)
            return fallback

    def _fail(self, error: BaseException, writes: bool) -> None:
        with self._lock:
            if self._down_since is None:
                logger.error("Cache Redis injoignable : les pages sont servies sans cache (%s).", error)
            self._down_since = time.monotonic()
            self._dropped_writes |= writes

    def _recover(self) -> None:
        """Purge what may have gone stale while writes were dropped, then close the breaker."""
        if self._dropped_writes:
            self.purge_installation_keys()
        with self._lock:
            self._down_since = None
            self._dropped_writes = False
        logger.warning("Cache Redis de nouveau joignable.")

    def purge_installation_keys(self) -> int:
        """Delete every key under this installation's prefix (SCAN, never KEYS or FLUSHDB); how many."""
        client = self._cache.get_client(None, write=True)
        pattern = f"{self.key_prefix}:*" if self.key_prefix else "*"
        deleted = 0
        batch = []
        for key in client.scan_iter(match=pattern, count=500):
            batch.append(key)
            if len(batch) == 500:
                deleted += client.unlink(*batch)
                batch = []
        if batch:
            deleted += client.unlink(*batch)
        return deleted

    def ping(self) -> bool:
        """Whether Redis answers now, breaker or not: for the health endpoint."""
        try:
            return bool(self._cache.get_client(None, write=True).ping())
        except FAILURES:
            return False

    # Django's cache API: reads fall back to a miss, writes to nothing done.

    def get(self, key, default=None, version=None):
        return self._guard(lambda: super(ResilientRedisCache, self).get(key, default, version), default, False)

    def get_many(self, keys, version=None):
        return self._guard(lambda: super(ResilientRedisCache, self).get_many(keys, version), {}, False)

    def has_key(self, key, version=None):
        return self._guard(lambda: super(ResilientRedisCache, self).has_key(key, version), False, False)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(lambda: super(ResilientRedisCache, self).add(key, value, timeout, version), False, True)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(lambda: super(ResilientRedisCache, self).set(key, value, timeout, version), None, True)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(lambda: super(ResilientRedisCache, self).set_many(data, timeout, version), list(data), True)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(lambda: super(ResilientRedisCache, self).touch(key, timeout, version), False, True)

    def delete(self, key, version=None):
        return self._guard(lambda: super(ResilientRedisCache, self).delete(key, version), False, True)

    def delete_many(self, keys, version=None):
        return self._guard(lambda: super(ResilientRedisCache, self).delete_many(keys, version), None, True)

    def clear(self):
        return self._guard(lambda: super(ResilientRedisCache, self).clear(), False, True)

    def incr(self, key, delta=1, version=None):
        unavailable = object()
        result = self._guard(lambda: super(ResilientRedisCache, self).incr(key, delta, version), unavailable, True)
        if result is unavailable:
            raise CacheUnavailable("Le cache Redis ne répond pas.")
        return result
