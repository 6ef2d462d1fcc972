"""The languages a site offers, and the translations of a page a visitor can switch to.

Wagtail has no notion of "this site offers these languages": the list is `Territory.languages` (the
portal, which has no territory, offers French only). Never infer it from which translations exist.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.utils import translation
from django.utils.text import capfirst
from wagtail.models import Locale, Page, Site

from brands.core.site_versions import installation_version, kept_per_installation
from brands.models import Territory


@dataclass(frozen=True)
class PageLanguage:
    """One live translation of the page being read, as the switcher and hreflang links show it."""

    code: str
    name: str  # in its own language, capitalised as a label: "Français", "Kréyòl Gwadloup"
    url: str
    absolute_url: str
    current: bool
    home: bool = False  # the page has no translation in this language: the link leads to its home instead
    home_label: str = ""  # "home page", in that language, for the link's accessible name


def content_language_codes() -> list[str]:
    """Every language of the platform (`WAGTAIL_CONTENT_LANGUAGES`), French first."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def site_languages(site: Site | None) -> list[str]:
    """Language codes the site offers, French first."""
    languages = Territory.objects.filter(site=site).values_list("languages", flat=True).first() if site else None
    return list(languages or [settings.LANGUAGE_CODE])


def locale_code(locale_id: int) -> str:
    """The language of a locale, from the cache: each page served asks, and the locales seldom change (a new
    one gives the installation a new version, brands/core/version_signals.py)."""
    codes = kept_per_installation("locale-codes", shared_locale_codes)
    if locale_id not in codes:  # a locale the kept codes do not know yet (made without a signal): read again
        codes = kept_per_installation("locale-codes", lambda: shared_locale_codes(refresh=True), renew=True)
    return codes.get(locale_id, "")


def shared_locale_codes(refresh: bool = False) -> dict[int, str]:
    key = f"locale-codes:{installation_version()}"
    codes = None if refresh else cache.get(key)
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        cache.set(key, codes, timeout=None)
    return codes


def offered_languages(request: HttpRequest) -> list[str]:
    """The languages of the site answering this request, looked up once per request."""
    if not hasattr(request, "_offered_languages"):
        request._offered_languages = site_languages(Site.find_for_request(request))
    return request._offered_languages


def is_served_language(page: Page, request: HttpRequest) -> bool:
    """Whether the page may be served in the active language: its own, offered by the site, not an alias.

    Stock Wagtail falls back to the French tree when a page has no live translation (`/en/` would serve
    French content), and serves any live tree, offered or not.
    """
    language = translation.get_language()
    if locale_code(page.locale_id) != language or language not in offered_languages(request):
        return False
    # An alias of a page in another language is that page's content under this language's URL.
    return not page.alias_of_id or Page.objects.filter(pk=page.alias_of_id, locale_id=page.locale_id).exists()


def live_translations(page: Page, request: HttpRequest) -> tuple[dict[str, Page], dict[str, Page]]:
    """The live translations, by language, of the page and of its site's home, in one query per request.

    The head (hreflang), the header (switcher) and the home link all ask; aliases are left out (an alias of
    the French page is French content under another language's URL).
    """
    cache = request.__dict__.setdefault("_live_translations", {})
    if page.pk not in cache:
        site = Site.find_for_request(request)
        keys = {page.translation_key} | ({site.root_page.translation_key} if site else set())
        found = (
            Page.objects.live()
            .filter(translation_key__in=keys, locale__language_code__in=offered_languages(request))
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        pages, homes = {}, {}
        for item in found:
            if item.translation_key == page.translation_key:
                pages[item.locale.language_code] = item
            if site and item.translation_key == site.root_page.translation_key:
                homes[item.locale.language_code] = item
        cache[page.pk] = (pages, homes)
    return cache[page.pk]


def page_languages(page: Page | None, request: HttpRequest) -> list[PageLanguage]:
    """The site's languages in which this page has a live translation of its own, or [] when only one.

    One query per page (`live_translations`), none on a site that offers only French. A page presenting one of
    its routed sub-URLs (a directory's entry) names it in `routed_path`: each language's URL then leads there.
    """
    offered = offered_languages(request)
    if page is None or not isinstance(page, Page) or len(offered) < 2:
        return []
    pages, _homes = live_translations(page, request)
    current = translation.get_language()
    routed = getattr(page, "routed_path", "")
    languages = [
        language_entry(code, url + routed, request, current)
        for code in offered
        if code in pages and (url := pages[code].get_url(request))
    ]
    return languages if len(languages) > 1 else []


def switcher_languages(page: Page | None, request: HttpRequest) -> list[PageLanguage]:
    """Every language the site offers, for the switcher: the page's translation, or else that language's home.

    A page that exists only in French keeps the switcher: each other language leads to its own home rather
    than the choice disappearing. No query of its own: `live_translations` fetched the homes too.
    """
    offered = offered_languages(request)
    if page is None or not isinstance(page, Page) or len(offered) < 2:
        return []
    pages, homes = live_translations(page, request)
    current = translation.get_language()
    languages = []
    routed = getattr(page, "routed_path", "")
    for code in offered:
        if code in pages and (url := pages[code].get_url(request)):
            languages.append(language_entry(code, url + routed, request, current))
        elif code in homes and (url := homes[code].get_url(request)):
            with translation.override(code):
                label = translation.gettext("page d'accueil")
            languages.append(language_entry(code, url, request, current, home=True, home_label=label))
    return languages if len(languages) > 1 else []


def language_entry(code: str, url: str, request: HttpRequest, current: str, **extra) -> PageLanguage:
    return PageLanguage(
        code=code,
        name=capfirst(translation.get_language_info(code)["name_local"]),
        url=url,
        absolute_url=request.build_absolute_uri(url),
        current=code == current,
        **extra,
    )


def default_language(languages: list[PageLanguage]) -> PageLanguage | None:
    """The French translation, target of hreflang="x-default"."""
    return next((language for language in languages if language.code == settings.LANGUAGE_CODE), None)


def page_territory(page: Page) -> QuerySet:
    """The territory whose site holds the page, in any language (its home shares the French home's key)."""
    home = page if page.depth == 2 else page.get_ancestors().filter(depth=2).first()
    return Territory.objects.filter(site__root_page__translation_key=getattr(home, "translation_key", None))


def languages_for_object(obj: Model) -> list[str]:
    """The languages offered by the site an object belongs to: a page's territory, or a snippet's `site`."""
    if isinstance(obj, Page):
        languages = page_territory(obj).values_list("languages", flat=True).first()
        return list(languages or [settings.LANGUAGE_CODE])
    return site_languages(getattr(obj, "site", None))
