"""The seam between the block library's « Prochains évènements » and the app that keeps the agenda.

`brands` never imports a visitor domain: the agenda app registers two Wagtail hooks, and the block asks
through them for the next events of the site being shown, in its language, and for the categories it may
filter on. Without an agenda app, or a site without an agenda page, the block renders nothing.
"""

from dataclasses import dataclass, field

from django.http import HttpRequest
from wagtail import hooks
from wagtail.models import Page

# hook(request, page, count, category) -> UpcomingEvents | None
UPCOMING_EVENTS_HOOK = "upcoming_events"
# hook() -> [(value, label), …]
EVENT_CATEGORIES_HOOK = "upcoming_event_categories"


@dataclass
class UpcomingEvents:
    """The next events of a site: cards to render with `card_template`, and the agenda they come from."""

    events: list = field(default_factory=list)
    agenda_url: str = ""
    agenda_title: str = ""
    card_template: str = ""


def upcoming_events(
    request: HttpRequest | None, page: Page | None, count: int, category: str = ""
) -> UpcomingEvents | None:
    """The first answer of the registered agenda, or None when no agenda answers."""
    for provider in hooks.get_hooks(UPCOMING_EVENTS_HOOK):
        found = provider(request, page, count, category)
        if found is not None:
            return found
    return None


def event_categories() -> list[tuple[str, str]]:
    """The categories the block may filter on (a callable, so that the block's choices follow the agenda)."""
    for provider in hooks.get_hooks(EVENT_CATEGORIES_HOOK):
        return list(provider())
    return []
