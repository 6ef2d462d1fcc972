"""What was chosen in French, shown in the visitor's language.

wagtail-localize keeps a translation's page links, and its many-to-many relations such as a story's
strengths, pointing at the French objects they were chosen from, and leaves localisation to run time:
these helpers do it in one query per batch.
"""

from collections.abc import Iterable

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from wagtail.models import Page, Site, TranslatableMixin


def localize_pages(pages: list[Page], request: HttpRequest | None) -> None:
    """Look up, in one query, the live translations in the active language of pages chosen in French.

    The site header calls this for every menu and footer link, so they cost one query in all.
    """
    language = translation.get_language()
    if request is None or language == settings.LANGUAGE_CODE:
        return
    cache = request.__dict__.setdefault("_localized_pages", {})
    missing = {page.translation_key: page for page in pages if page is not None and page.pk not in cache}
    if not missing:
        return
    found = Page.objects.filter(translation_key__in=missing, locale__language_code=language, live=True)
    translations = {item.translation_key: item for item in found}
    for key, page in missing.items():
        cache[page.pk] = translations.get(key, page)


def localized_page(page: Page | None, request: HttpRequest | None) -> Page | None:
    """The live translation of a chosen page in the active language, else the page itself.

    Pages are chosen in the French tree, so a French request needs no query; otherwise one query per
    page not already looked up by `localize_pages`.
    """
    if page is None or request is None or translation.get_language() == settings.LANGUAGE_CODE:
        return page
    localize_pages([page], request)
    return request._localized_pages[page.pk]


def localized_link(page: Page | None, request: HttpRequest | None) -> tuple[str, str]:
    """(address, title) of a chosen page in the visitor's language; ("", "") when it is gone or not live."""
    page = localized_page(page, request)
    url = page.get_url(request) if page is not None and page.live else None
    return (url, page.title) if url else ("", "")


def localized_instances(instances: list[TranslatableMixin]) -> list[TranslatableMixin]:
    """The translations in the active language of snippets chosen in French, each else itself."""
    language = translation.get_language()
    if not instances or language == settings.LANGUAGE_CODE:
        return instances
    model = type(instances[0])
    found = model.objects.filter(
        translation_key__in=[instance.translation_key for instance in instances], locale__language_code=language
    )
    translations = {item.translation_key: item for item in found}
    return [translations.get(instance.translation_key, instance) for instance in instances]


def chosen_pages(value) -> list[Page]:
    """Every page chosen anywhere in a block value (a stream, a struct, a list, nested): the links of a body."""
    if isinstance(value, Page):
        return [value]
    if isinstance(value, dict):  # StructValue
        return [page for item in value.values() for page in chosen_pages(item)]
    if isinstance(value, Iterable) and not isinstance(value, str | bytes):  # ListValue, StreamValue
        return [page for item in value for page in chosen_pages(getattr(item, "value", item))]
    return []


def localize_stream(stream, request: HttpRequest | None) -> None:
    """The translations of every page a body links to, in one query before it renders, not one per link."""
    if request is not None and translation.get_language() != settings.LANGUAGE_CODE:
        localize_pages(chosen_pages(stream), request)


def home_path(request: HttpRequest | None, page: Page | None) -> str | None:
    """The tree path of the site's home in the language shown: the page's own depth-2 ancestor (no query),
    else the site's home in the active language."""
    if page is not None and page.path and page.depth >= 2:
        return page.path[: 2 * page.steplen]
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page.localized.path if site else None
