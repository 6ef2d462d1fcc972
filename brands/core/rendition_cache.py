"""Wagtail's renditions read from the cache are not written back to it on every render.

Wagtail writes each rendition it finds back to the cache unless it marks it as read from there, which it does
for prefetched renditions but not for those it reads from the cache itself; and `get_rendition` (one filter)
writes unconditionally. A warm story page wrote 57 renditions per render, each pickled with its image: a fifth
of the page's render time. Here a rendition unpickled from the cache carries Wagtail's own mark, and
`get_rendition` goes through `get_renditions`, which honours it.
"""

from django.db.models import Model
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import AbstractImage, AbstractRendition, Filter


def rendition_from_cache(self, state: dict) -> None:
    Model.__setstate__(self, state)
    self._from_cache = True  # Wagtail's mark: "prevent writing of cached data back to the cache"


def get_rendition(self: AbstractImage, filter: Filter | str) -> AbstractRendition:
    """Wagtail's `get_rendition`, as the one rendition `get_renditions` gives for that filter."""
    if not isinstance(filter, Filter | str):
        raise InvalidFilterSpecError("Unrecognised filter format - string or Filter instance expected")
    return next(iter(self.get_renditions(filter).values()))


def apply() -> None:
    AbstractRendition.__setstate__ = rendition_from_cache
    AbstractImage.get_rendition = get_rendition
