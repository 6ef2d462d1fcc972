"""The page a message is about: an offer, a local, an event… named in the notification and the listing.

A page links to a form with `?sujet=<its id>`; the form carries the id in a hidden field. Only a live,
public page of the form's own site is accepted: an id of another territory's page, of a draft or of a
page that went away is dropped without a word, and the message still goes through without it.
"""

from dataclasses import dataclass

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction

from brands.core.site_scope import page_belongs_to_site

SUBJECT_FIELD = "sujet"
SUBJECT_LABEL = _("Page concernée")


@dataclass(frozen=True)
class Subject:
    """What the form shows and stores of the page the message is about."""

    pk: int
    title: str
    url: str

    def as_text(self) -> str:
        return f"{self.title} ({self.url})" if self.url else self.title


def subject_for(form_page: Page, value, request: HttpRequest | None = None) -> Subject | None:
    """The accepted page named by `value` (its id), or None."""
    try:
        pk = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    if pk == form_page.pk or not 0 < pk < 2**31:
        return None
    page = Page.objects.live().filter(pk=pk).first()
    site = form_page.get_site()
    if page is None or site is None or not page_belongs_to_site(page, site):
        return None
    if PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True)).exists():
        return None
    return Subject(page.pk, page.title, page.get_full_url(request) or "")
