"""Work done ahead of visitors by the task worker, so that no visitor's request pays for it.

- An image saved (uploaded, or its file replaced): its card and story-hero renditions, in WebP and JPEG, the
  sizes nearly every image ends up shown at (every page with a picture appears as a card somewhere). Ten
  encodings: a 1,280 px WebP of a demo illustration took 150 ms, a photograph more, which the first visitor of
  a listing paid for each card.
- A page published: the page and its site's home in its language are rendered once, which makes every other
  rendition they show (a hero, a gallery, a portrait) and, with the page cache on, stores both for the next
  visitors: a publication empties its site's cache, and its two most visited pages are warm again at once.

Enqueued once the transaction commits (a rolled-back save enqueues nothing, and the page is rendered after
its site's version has changed at the commit), and only when a worker runs them (`brands.core.background`).
"""

from urllib.parse import urlsplit

from django.db import transaction
from django.test import Client
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, Filter
from wagtail.models import Page

from brands.core.background import has_worker
from brands.public.images import filters_for

# The <picture>s of brands/components/story_card.html (and every card: events, offers, directory, strengths,
# doors) and of brands/pages/story_page.html: tests/test_ahead.py checks that a card shows no other rendition.
UPLOAD_PICTURES = (
    ("format-{webp,jpeg}", "fill-{400x250,800x500}"),
    ("format-{webp,jpeg}", "width-{640,1280,1920}"),
)


def upload_filters() -> list[Filter]:
    return [picture_filter for picture in UPLOAD_PICTURES for picture_filter in filters_for(picture)]


@task()
def make_renditions(image_id: int) -> int:
    """The image's upload renditions (those already made are kept): how many it has."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:  # deleted since
        return 0
    return len(image.create_renditions(*upload_filters()))


@task()
def render_page(page_id: int) -> int:
    """Renders the live page as an anonymous visitor would, through every middleware: the HTTP status."""
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None:  # unpublished or deleted since
        return 404
    address = urlsplit(page.get_full_url() or "")
    if not address.netloc:  # outside every site
        return 404
    visitor = Client(raise_request_exception=False, HTTP_HOST=address.netloc)
    return visitor.get(address.path, secure=address.scheme == "https").status_code


def image_saved(sender: type, instance: AbstractImage, **kwargs) -> None:
    if has_worker():
        transaction.on_commit(lambda: make_renditions.enqueue(instance.pk))


def page_published(sender: type, instance: Page, **kwargs) -> None:
    if not has_worker():
        return
    pages = [instance.pk]
    site = instance.get_site()
    if site:
        home = site.root_page.get_translations(inclusive=True).filter(locale_id=instance.locale_id).first()
        if home and home.pk != instance.pk:
            pages.append(home.pk)

    def enqueue() -> None:
        for page_id in pages:
            render_page.enqueue(page_id)

    transaction.on_commit(enqueue)
