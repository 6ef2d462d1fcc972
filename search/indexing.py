"""Writing the search index: one SearchDocument per live, public, non-alias page of a site, per strength, and
per object of the other searchable models (`search.kinds`: a directory entry, named by content type and id).

Every function reads what visitors see (a page's published state, never a draft) and either writes the
document or removes it when the search must not show the object. The signal receivers (search.signals) and
`manage.py rebuild_search_documents` call these.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model, QuerySet
from wagtail.models import Locale, Page, PageViewRestriction, Site

from brands.core.site_scope import in_trees
from brands.models import Strength
from search.extraction import document_text, document_title
from search.kinds import KINDS, kind_for_model
from search.models import SearchDocument
from search.postgres import document_vector, uses_postgres
from search.text import fold, text_search_config


@dataclass
class RebuildReport:
    sites: int = 0
    pages: int = 0
    strengths: int = 0
    items: int = 0


def is_item(obj: Model) -> bool:
    """Whether the object's document names it by content type and id (neither a page nor a strength)."""
    return not isinstance(obj, (Page, Strength))


def item_models() -> list[type[Model]]:
    """The searched models other than pages and strengths."""
    return [
        model
        for kind in KINDS
        for model in kind.model_classes()
        if not issubclass(model, Page) and not issubclass(model, Strength)
    ]


def build_document(obj: Model, site_id: int, language: str) -> SearchDocument:
    """The document of a page, a strength or another searched object, unsaved.

    An object may say until when the search shows it (`search_visible_until`: an expired job offer leaves the
    results at the end of its last day).
    """
    title, text = document_title(obj)[:255], document_text(obj)
    return SearchDocument(
        page=obj if isinstance(obj, Page) else None,
        strength=obj if isinstance(obj, Strength) else None,
        item_type=ContentType.objects.get_for_model(obj) if is_item(obj) else None,
        item_id=obj.pk if is_item(obj) else None,
        visible_until=getattr(obj, "search_visible_until", None),
        site_id=site_id,
        language=language,
        kind=kind_for_model(type(obj)).key,
        title=title,
        text=text,
        title_folded=fold(title),
        text_folded=fold(text),
        config=text_search_config(language),
    )


def document_owner(document: SearchDocument) -> dict:
    if document.page is not None:
        return {"page": document.page}
    if document.strength is not None:
        return {"strength": document.strength}
    return {"item_type": document.item_type, "item_id": document.item_id}


def save_document(document: SearchDocument) -> None:
    """Insert or replace the document of its page, strength or object, and its vector on PostgreSQL."""
    owner = document_owner(document)
    fields = ["site_id", "language", "kind", "title", "text", "title_folded", "text_folded", "config", "visible_until"]
    SearchDocument.objects.update_or_create(**owner, defaults={name: getattr(document, name) for name in fields})
    if uses_postgres():
        SearchDocument.objects.filter(**owner).update(search_vector=document_vector())


def ancestor_paths(page: Page) -> list[str]:
    return [page.path[:end] for end in range(Page.steplen, len(page.path) + 1, Page.steplen)]


def site_for_page(page: Page) -> Site | None:
    """The site the page belongs to: whose root page, or a translation of it, is the page or an ancestor.

    Translated homes are siblings of the French one, so a path prefix alone would miss them. The deepest
    root wins, as in Wagtail's own URL routing.
    """
    keys = Page.objects.filter(path__in=ancestor_paths(page)).values("translation_key")
    return Site.objects.filter(root_page__translation_key__in=keys).order_by("-root_page__depth").first()


def is_restricted(page: Page) -> bool:
    """Whether a password, a login or a group restricts who may read the page (set on it or an ancestor)."""
    return PageViewRestriction.objects.filter(page__path__in=ancestor_paths(page)).exists()


def index_page(page: Page) -> None:
    """Write the page's document, or remove it. `page` is the specific page in its published state."""
    site = None
    if page.live and not page.alias_of_id and kind_for_model(type(page)) and not is_restricted(page):
        site = site_for_page(page)
    if site is None:
        remove_page(page)
        return
    save_document(build_document(page, site.pk, page.locale.language_code))


def remove_page(page: Page) -> None:
    SearchDocument.objects.filter(page_id=page.pk).delete()


def index_tree(page: Page) -> None:
    """Index again a page and its descendants: their site or their privacy may have changed."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        index_page(descendant)


def index_strength(strength: Strength) -> None:
    """Write the strength's document: strengths have no draft state, every saved one is shown."""
    save_document(build_document(strength, strength.site_id, strength.locale.language_code))


def index_item(obj: Model) -> None:
    """Write the document of a searched object other than a page: like strengths, every saved one is shown."""
    save_document(build_document(obj, obj.site_id, obj.locale.language_code))


def remove_item(obj: Model) -> None:
    SearchDocument.objects.filter(item_type=ContentType.objects.get_for_model(obj), item_id=obj.pk).delete()


def index_site(site: Site) -> None:
    """Index again the pages of a site whose root changed (or that was just created)."""
    SearchDocument.objects.filter(site=site, page__isnull=False).delete()
    roots = site.root_page.get_translations(inclusive=True)
    for root in roots:
        index_tree(root)


def site_pages(site: Site) -> QuerySet:
    """The site's live, public, non-alias pages of the kinds searched, in every language (specific)."""
    trees = in_trees(site.root_page.get_translations(inclusive=True).values_list("path", flat=True))
    page_models = [model for kind in KINDS for model in kind.model_classes() if issubclass(model, Page)]
    return Page.objects.live().public().filter(trees, alias_of__isnull=True).type(*page_models).specific()


@transaction.atomic
def rebuild() -> RebuildReport:
    """Rebuild the whole index from what is published; running it twice gives the same index."""
    report = RebuildReport()
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    documents: dict[tuple[str, int], SearchDocument] = {}
    # Shallow roots first: a page under a site nested in another site's tree belongs to the nested one.
    for site in Site.objects.select_related("root_page").order_by("root_page__depth", "pk"):
        report.sites += 1
        for page in site_pages(site):
            documents[("page", page.pk)] = build_document(page, site.pk, languages[page.locale_id])
        for strength in Strength.objects.filter(site=site):
            documents[("strength", strength.pk)] = build_document(strength, site.pk, languages[strength.locale_id])
        for model in item_models():
            for item in model.objects.filter(site=site):
                documents[(model._meta.label, item.pk)] = build_document(item, site.pk, languages[item.locale_id])
    SearchDocument.objects.all().delete()
    SearchDocument.objects.bulk_create(documents.values(), batch_size=500)
    if uses_postgres():
        SearchDocument.objects.update(search_vector=document_vector())
    report.pages = sum(1 for kind, _pk in documents if kind == "page")
    report.strengths = sum(1 for kind, _pk in documents if kind == "strength")
    report.items = len(documents) - report.pages - report.strengths
    return report
