"""Keep each territory's content pointing only at its own pages, images and documents.

Wagtail's choosers are scoped to what the user may see, but an id can still be posted by hand and
Wagtail's models accept any image, document or page. These checks refuse it at validation time,
for every foreign key, StreamField block and rich-text link at once.
"""

from collections import defaultdict
from collections.abc import Iterable

from django.apps import apps
from django.db.models import Model, Q
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site

from brands.core.tree_ranges import starts_with


def in_trees(paths: Iterable[str], prefix: str = "") -> Q:
    """A filter on pages (or on a relation to pages, through `prefix`) within the trees rooted at `paths`;
    no path, no page."""
    condition = Q(pk__in=[])
    for path in paths:
        condition |= starts_with(path, f"{prefix}path")
    return condition


def page_belongs_to_site(page: Page, site: Site) -> bool:
    """True when the page is the site's root page or one of its descendants (any locale)."""
    root = site.root_page
    # Translated roots are siblings of the French root and share its translation key.
    roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth).values_list("path", flat=True)
    return any(page.path.startswith(path) for path in [root.path, *roots])


def referenced_ids(instance: Model) -> dict[type[Model], set[str]]:
    """Ids of the pages, images, documents and strengths an instance points at, by foreign key or inside its content."""
    strength = apps.get_model("brands", "Strength")  # by name: brands.models imports this module
    tracked = [
        (Page, Page),
        (AbstractImage, get_image_model()),
        (AbstractDocument, get_document_model()),
        (strength, strength),
    ]
    found: dict[type[Model], set[str]] = defaultdict(set)

    def remember(model: type[Model], object_id) -> None:
        for base, concrete in tracked:
            if issubclass(model, base):
                found[concrete].add(str(object_id))

    for field in instance._meta.get_fields():
        if field.is_relation and field.many_to_one and field.concrete and field.name != "alias_of":
            value = field.value_from_object(instance)
            if value is not None:
                remember(field.related_model, value)
        if hasattr(field, "extract_references"):  # StreamField and RichTextField
            value = field.value_from_object(instance)
            if value is not None:
                for model, object_id, _model_path, _content_path in field.extract_references(value):
                    remember(model, object_id)
    return found


def foreign_references(instance: Model, site: Site) -> list[str]:
    """Titles of what `instance` points at that belongs to another territory than the site's."""
    territory = getattr(site, "territory", None) if site.pk else None
    if territory is None:
        return []  # the network portal is run by superusers and may show any territory
    found = referenced_ids(instance)
    foreign: list[str] = []
    own_collections = starts_with(territory.collection.path, "collection__path")
    for model in (get_image_model(), get_document_model()):
        if found.get(model):
            foreign += (
                model.objects.filter(pk__in=found[model]).exclude(own_collections).values_list("title", flat=True)
            )
    strength = apps.get_model("brands", "Strength")
    if found.get(strength):
        foreign += strength.objects.filter(pk__in=found[strength]).exclude(site=site).values_list("title", flat=True)
    if found.get(Page):
        foreign += [
            page.title
            for page in Page.objects.filter(pk__in=found[Page]).exclude(pk=getattr(instance, "pk", None))
            if not page_belongs_to_site(page, site)
        ]
    return sorted(foreign)


def foreign_references_message(titles: list[str]) -> str:
    return _(
        "Ces contenus appartiennent à un autre territoire et ne peuvent pas être utilisés ici : %(titles)s. "
        "Choisissez des pages, images et documents de votre propre site."
    ) % {"titles": ", ".join(f"« {title} »" for title in titles)}
