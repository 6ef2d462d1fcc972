"""Parts of a render worked out once per site version and kept in the worker's memory.

Some parts of a page depend only on content whose every change gives its site a new version
(brands/core/site_versions.py): a picture's markup (an image, its focal point, its renditions), or which
stories surround a story. Made again on every render, they cost the ORM's query building and the rendition
cache's round trips: a third of a story's render time. Here each is made once per site version and kept in
the process; the next renders of any page of that site read it from a dictionary.

The version, which every request reads from the shared cache, is part of each key: a change made through any
worker is seen by every worker from its next request, as the page cache's purge is. Entries of an old version
are never read again; the least recently used go first once a memo is full, so its memory stays bounded.

Only renders every visitor sees use it (as the site's header and footer, brands/public/site_context.py):
not a preview, whose content is unsaved, nor an installation without a shared cache, where versions do not
reach every worker.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Site

from brands.core.site_versions import versions


class RenderMemo:
    """A bounded map from keys (which hold a site version) to what a render worked out, least recently used out
    first. Safe across threads: a worker's threads share it."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_make(self, key: Hashable, make: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = make()  # outside the lock: two threads may both make it, and both get the same answer
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def get_or_make_for(self, request: HttpRequest | None, key: tuple, make: Callable[[], Any]) -> Any:
        """`make()`, kept under the request's version (`memo_version`) and `key`; made afresh for a render that
        is not every visitor's."""
        version = memo_version(request)
        return make() if version is None else self.get_or_make((version, *key), make)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


def is_shared_render(request: HttpRequest | None) -> bool:
    """Whether this request sees the site as every visitor does, with a cache every worker shares: not a preview,
    whose brand or content may be unsaved."""
    return request is not None and bool(settings.SITE_CHROME_SECONDS) and not getattr(request, "is_preview", False)


def memo_version(request: HttpRequest | None) -> str | None:
    """The version a render's memoised parts are kept under (the site's and the installation's), or None when
    they must be worked out afresh."""
    if not is_shared_render(request):
        return None
    site = Site.find_for_request(request)  # primed by the site's cached chrome: no query
    return versions(site.pk) if site is not None else None
