"""A version per site, changed whenever something its visitors see changes: what keys its cached pages and chrome.

Purging by version instead of by URL: a story shows in its index, in the home's « dernières histoires », in
the strengths page and in search; a brand colour is on every page. Listing every URL a change reaches would
miss one sooner or later. Instead, a cached page's key carries its site's version: a publish, an unpublish,
a move, a deletion, or a change to a site's brand, menus, footer, strengths, directory or images gives the
site a new version, and from the next request on every page of that site (and only that site) is rendered
afresh. The old entries are never read again and expire on their own.

The network portal shows every territory's name, colour, logo and tagline: a change to anything but a page
gives the portal a new version too.

The versions live in the shared cache (Redis in production), so that every worker sees a purge at once. They
change at the change and again once the transaction commits: a request that read the old content meanwhile can
only have stored its render under a version no one reads any more.
"""

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction
from wagtail.models import Site

INSTALLATION_KEY = "site-version:installation"

# Within a request (`read_once`, opened by brands.public.middleware.ReadVersionsOnceMiddleware), each version
# is read from the cache once: the host lookup, the page cache's key, the header's key, the private sections
# and the languages all ask for the installation's, and two of them for the site's.
_read: ContextVar[dict[str, str] | None] = ContextVar("site_versions_read", default=None)


@contextmanager
def read_once() -> Iterator[None]:
    """Each version read at most once until the end of the block; a bump made inside it is seen at once."""
    token = _read.set({})
    try:
        yield
    finally:
        _read.reset(token)


def _new_version() -> str:
    return uuid.uuid4().hex[:12]


def _version(key: str, known: str | None = None) -> str:
    """The version under `key` (`known`: as just read), created if missing: an evicted version only means a
    fresh start for its site."""
    read = _read.get()
    if read is not None and key in read:
        return read[key]
    version = known if known is not None else cache.get(key)
    if version is None:
        version = _new_version()
        cache.add(key, version, timeout=None)
        version = cache.get(key, version)
    if read is not None:
        read[key] = version
    return version


def installation_version() -> str:
    """Changes when the list of sites or their addresses change: the host-to-site lookups are keyed by it."""
    return _version(INSTALLATION_KEY)


T = TypeVar("T")
_kept_per_installation: dict[str, tuple[str, object]] = {}


def kept_per_installation(name: str, make: Callable[[], T], renew: bool = False) -> T:
    """`make()`, kept in this process until the installation's version changes: for what every request asks
    and only a change that renews that version can change (the private sections, the locales). Each request
    reads the version from the shared cache anyway: the answer then costs no round trip of its own.
    `renew`: made again now, for a caller that found the kept answer short."""
    version = installation_version()
    kept = _kept_per_installation.get(name)
    if kept is not None and kept[0] == version and not renew:
        return kept[1]
    value = make()
    _kept_per_installation[name] = (version, value)  # replaced whole: threads never see half of it
    return value


def site_version(site_id: int) -> str:
    return _version(f"site-version:{site_id}")


def versions(site_id: int) -> str:
    """The site's and the installation's versions, as one key part: both read in one round trip."""
    keys = (INSTALLATION_KEY, f"site-version:{site_id}")
    missing = [key for key in keys if key not in (_read.get() or {})]
    found = cache.get_many(missing) if missing else {}
    return ".".join(_version(key, found.get(key)) for key in keys)


def portal_site_id() -> int | None:
    """The default site's id, from the cache: an import of hundreds of directory entries bumps as many times."""
    key = f"site-version:portal:{installation_version()}"
    site_id = cache.get(key)
    if site_id is None:
        site_id = Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first() or 0
        cache.set(key, site_id, timeout=None)
    return site_id or None


def _bump_now(site_ids: set[int], installation: bool) -> None:
    new = {f"site-version:{site_id}": _new_version() for site_id in site_ids}
    if installation:
        new[INSTALLATION_KEY] = _new_version()
    cache.set_many(new, timeout=None)
    if (read := _read.get()) is not None:
        read.update(new)


def bump(site_ids: Iterable[int | None], *, portal: bool = False, installation: bool = False) -> None:
    """New versions for these sites (and the portal's, and the installation's), now and once the transaction
    commits: now for the rest of this transaction's own requests, at the commit for a render that another
    request began in between, with what it read before the commit."""
    ids = {site_id for site_id in site_ids if site_id}
    if portal and (portal_id := portal_site_id()):
        ids.add(portal_id)
    if ids or installation:
        _bump_now(ids, installation)
        transaction.on_commit(lambda: _bump_now(ids, installation))
