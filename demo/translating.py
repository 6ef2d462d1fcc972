"""Publishing the demo's translations: the languages a pilot offers, and the pages written in them.

The translated text is given as wagtail-localize would receive it from a translator: for each French
segment (a title, a sentence, a rich-text paragraph with its `<a id="a1">` link placeholders, a slug),
its translation. Every segment of a published object must be translated: a missing one is an error
here, never French text under another language's URL.
"""

from dataclasses import dataclass, field

from django.db.models import Model
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from brands.core.translation import add_language
from brands.models import Navigation, Strength, Territory


@dataclass(frozen=True)
class DemoTranslations:
    """What a pilot publishes in each language other than French."""

    # language code → French URL paths, relative to the home ("" is the home), of the pages to publish
    pages: dict[str, list[str]]
    # language code → French segment → its translation
    strings: dict[str, dict[str, str]] = field(default_factory=dict)


def extended(
    base: DemoTranslations, *extras: tuple[dict[str, list[str]], dict[str, dict[str, str]]]
) -> DemoTranslations:
    """`base` with more pages and segments per language: those a visitor domain's demo translates."""
    pages = {code: list(paths) for code, paths in base.pages.items()}
    strings = {code: dict(segments) for code, segments in base.strings.items()}
    for extra_pages, extra_strings in extras:
        for code, paths in extra_pages.items():
            pages.setdefault(code, []).extend(path for path in paths if path not in pages[code])
        for code, segments in extra_strings.items():
            strings.setdefault(code, {}).update(segments)
    return DemoTranslations(pages=pages, strings=strings)


class MissingDemoTranslation(Exception):
    """A segment of a page or snippet to publish has no translation in the demo data."""


def translate_demo_territory(territory: Territory, languages: tuple[str, ...], demo: DemoTranslations | None) -> None:
    """Offer the pilot's languages, then publish its translated menu, strengths and chosen pages."""
    for code in languages:
        if code not in territory.languages:
            add_language(territory, code)
    if demo is None:
        return
    home = territory.site.root_page
    for code, paths in demo.pages.items():
        locale = Locale.objects.get(language_code=code)
        strings = demo.strings.get(code, {})
        snippets = [
            *Navigation.objects.filter(site=territory.site, locale=home.locale),
            *Strength.objects.filter(site=territory.site, locale=home.locale),
        ]
        pages = [Page.objects.get(url_path=f"{home.url_path}{path}").specific for path in paths]
        for instance in [*snippets, *pages]:
            publish_translation(instance, locale, strings)


def publish_translation(instance: Model, locale: Locale, strings: dict[str, str]) -> None:
    """Record the translation of every segment of `instance`, then publish its translation."""
    source = TranslationSource.objects.get_for_instance(instance)
    missing = []
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text is None:
            missing.append(segment.string.data)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string, locale=locale, context=segment.context, defaults={"data": text}
        )
    if missing:
        raise MissingDemoTranslation(
            f"{instance} ({locale.language_code}) : {len(missing)} segment(s) sans traduction, dont {missing[:3]!r}"
        )
    translation = Translation.objects.get(source=source, target_locale=locale)
    if isinstance(instance, Page):
        # Published now rather than when the transaction commits, as wagtail-localize would do.
        translation.save_target(publish=False)
        instance.get_translation(locale).get_latest_revision().publish()
    else:
        translation.save_target(publish=True)
