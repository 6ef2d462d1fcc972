"""What the agenda registers with Wagtail: the provider of the block library's « Prochains évènements »."""

from wagtail import hooks

from brands.public.upcoming import EVENT_CATEGORIES_HOOK, UPCOMING_EVENTS_HOOK

from . import listing
from .choices import EventCategory

hooks.register(UPCOMING_EVENTS_HOOK, listing.upcoming)


@hooks.register(EVENT_CATEGORIES_HOOK)
def event_categories() -> list[tuple[str, str]]:
    return list(EventCategory.choices)
