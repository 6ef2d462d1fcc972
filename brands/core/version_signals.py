"""What gives a site a new version (brands/core/site_versions.py): the changes its visitors can see.

- a page published, unpublished, moved or deleted: its site (and, for a move while private sections exist,
  the installation: their paths may have changed);
- anything that belongs to a site (a `site` key to Wagtail's Site: brand settings, menus and footer,
  strengths, directory entries, search promotions, the territory itself): its site and the portal;
- an image or a document: the site of the territory whose collection holds it, and the portal;
- a site created, changed or deleted: that site and the installation (the host-to-site lookups);
- a locale created or deleted: the installation (the locale-to-language lookups);
- a view restriction set, changed or lifted: the installation (the private sections of every listing).

Drafts, revisions, renditions, form submissions and logs change nothing a visitor sees and give no new version.
"""

from functools import cache

from django.apps import apps
from django.db.models import Model
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site

from brands.core.site_versions import bump
from brands.core.view_restrictions import restricted_paths
from brands.models import Territory


def page_changed(sender: type, instance: Page, **kwargs) -> None:
    """page_published, page_unpublished, and post_delete of a page: its site, without a query."""
    url_parts = instance.get_url_parts()
    bump([url_parts[0] if url_parts else None])


def page_moved(sender: type, instance: Page, **kwargs) -> None:
    """post_page_move: its site; and a move changes paths, the private sections' too, when there are any."""
    page_changed(sender, instance)
    if restricted_paths():
        bump([], installation=True)


def page_deleted(sender: type, instance: Model, **kwargs) -> None:
    if isinstance(instance, Page):
        page_changed(sender, instance)


@cache
def site_owned_models() -> frozenset[type[Model]]:
    """Every model with a `site` key to Wagtail's Site (BrandSettings, Navigation, Strength, …)."""
    owned = set()
    for model in apps.get_models():
        field = next((f for f in model._meta.concrete_fields if f.name == "site"), None)
        if field is not None and field.is_relation and field.related_model is Site:
            owned.add(model)
    return frozenset(owned)


@cache
def media_models() -> frozenset[type[Model]]:
    return frozenset({get_image_model(), get_document_model()})


def content_changed(sender: type, instance: Model, **kwargs) -> None:
    """post_save and post_delete of any model: only those a visitor sees through a site act."""
    if sender is Site:
        bump([instance.pk], portal=True, installation=True)
    elif sender is Locale or sender is PageViewRestriction:
        bump([], installation=True)
    elif sender in site_owned_models():
        if kwargs.get("created") and isinstance(instance, BaseSiteSetting):
            return  # made on first read with its defaults (BaseSiteSetting.for_site): what showed already
        bump([instance.site_id], portal=True)
    elif sender in media_models():
        site_id = Territory.objects.filter(collection_id=instance.collection_id).values_list("site_id", flat=True)
        bump([site_id.first()], portal=True)
