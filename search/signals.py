"""Signal receivers keeping the search index in step with what visitors can read.

Publishing writes a page's document, unpublishing removes it; a page created already live (as factories and
imports do, without a revision) is written too. Deleting a page, a strength or a site removes their
documents through the foreign keys' cascade. A move to another parent, a change of privacy or of a site's
root page re-reads the pages concerned. Strengths and the other searched objects (a directory entry) have no
draft: each save is what visitors see, and deleting one removes its document.
"""

from django.db.models import Model, QuerySet
from wagtail.models import Page, PageViewRestriction, Site

from search import indexing


def page_published(sender: type, instance: Page, **kwargs) -> None:
    indexing.index_page(instance)


def page_unpublished(sender: type, instance: Page, **kwargs) -> None:
    indexing.remove_page(instance)


def page_created(sender: type, instance: Model, created: bool, raw: bool = False, **kwargs) -> None:
    # Only creations: a later save() of a live page may hold a draft's content (save_revision), which
    # visitors do not see until it is published.
    if created and not raw and isinstance(instance, Page) and instance.live:
        indexing.index_page(instance)


def page_moved(sender: type, instance: Page, parent_page_before: Page, parent_page_after: Page, **kwargs) -> None:
    # Nothing a document holds depends on the page's place within one parent, nor within one site where the
    # same privacy applies: its URL is worked out when results are shown.
    if parent_page_before.pk == parent_page_after.pk:
        return
    same_site = indexing.site_for_page(parent_page_before) == indexing.site_for_page(parent_page_after)
    if same_site and indexing.is_restricted(parent_page_before) == indexing.is_restricted(parent_page_after):
        return
    indexing.index_tree(instance)


def privacy_changed(
    sender: type, instance: PageViewRestriction, origin: Model | QuerySet | None = None, **kwargs
) -> None:
    # A restriction deleted along with its page (origin: the page) needs nothing: the page's documents go too.
    if origin is not None and not (
        isinstance(origin, PageViewRestriction) or getattr(origin, "model", None) is PageViewRestriction
    ):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        indexing.index_tree(page)


def remember_site_root(sender: type, instance: Site, raw: bool = False, **kwargs) -> None:
    instance._search_previous_root_id = (
        Site.objects.filter(pk=instance.pk).values_list("root_page_id", flat=True).first() if instance.pk else None
    )


def site_saved(sender: type, instance: Site, created: bool, raw: bool = False, **kwargs) -> None:
    if not raw and (created or getattr(instance, "_search_previous_root_id", None) != instance.root_page_id):
        indexing.index_site(instance)


def strength_saved(sender: type, instance: Model, raw: bool = False, **kwargs) -> None:
    if not raw:
        indexing.index_strength(instance)


def item_saved(sender: type, instance: Model, raw: bool = False, **kwargs) -> None:
    if not raw:
        indexing.index_item(instance)


def item_deleted(sender: type, instance: Model, **kwargs) -> None:
    indexing.remove_item(instance)
