"""Adding and removing a territory's languages, touching no other territory.

Adding a language creates the translated tree of the territory's site (its pages as drafts holding the
French text, its menu and strengths) and offers the language; translators then translate and publish
page by page, and the site shows a language only where a page has a live translation. Removing a
language unpublishes that tree and deletes nothing; adding it again republishes what was withdrawn.
wagtail-localize's locale synchronisation is global and would touch every site: never used.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from brands.core.errors import ProvisioningError
from brands.core.languages import content_language_codes
from brands.models import Navigation, Strength, Territory


@dataclass
class LanguageChange:
    """What adding or removing one language did, for the person who asked."""

    language_code: str
    added: bool = True
    created: list[Page] = field(default_factory=list)  # new draft translations
    republished: list[Page] = field(default_factory=list)
    unpublished: list[Page] = field(default_factory=list)


def language_name(code: str) -> str:
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES).get(code, code)


def check_language(code: str) -> None:
    """Refuse French (the source of every translation) and codes the platform does not know."""
    if code == settings.LANGUAGE_CODE:
        raise ProvisioningError(_("Le français est la langue de référence du site : il ne s'ajoute ni ne se retire."))
    if code not in content_language_codes():
        known = ", ".join(c for c in content_language_codes() if c != settings.LANGUAGE_CODE)
        raise ProvisioningError(
            _("Langue « %(code)s » inconnue : choisissez parmi %(known)s.") % {"code": code, "known": known}
        )


def french_pages(territory: Territory):
    root = territory.site.root_page
    return Page.objects.descendant_of(root, inclusive=True).filter(locale_id=root.locale_id).order_by("path")


@transaction.atomic
def add_language(territory: Territory, code: str, user: AbstractBaseUser | None = None) -> LanguageChange:
    """Offer a language on the territory's site, creating what is missing of its translated tree."""
    check_language(code)
    if code in territory.languages:
        raise ProvisioningError(_("Le site propose déjà la langue « %(name)s ».") % {"name": language_name(code)})
    locale = Locale.objects.get_or_create(language_code=code)[0]
    change = LanguageChange(code, republished=republish_withdrawn(territory, code, user))

    # Translations are drafts until translators publish them (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
    # is off); path order creates each parent's translation before its children's.
    creator = TranslationCreator(user, [locale])
    translated_keys = set(
        Page.objects.filter(
            locale=locale, translation_key__in=french_pages(territory).values("translation_key")
        ).values_list("translation_key", flat=True)
    )
    for page in french_pages(territory).specific():
        if page.translation_key not in translated_keys:
            creator.create_translations(page)
            change.created.append(page)
    site_snippets = [
        *Navigation.objects.filter(site=territory.site, locale__language_code=settings.LANGUAGE_CODE),
        *Strength.objects.filter(site=territory.site, locale__language_code=settings.LANGUAGE_CODE),
    ]
    for snippet in site_snippets:
        if not snippet.has_translation(locale):
            creator.create_translations(snippet, include_related_objects=False)

    territory.languages = [*territory.languages, code]
    territory.withdrawn_pages.pop(code, None)
    territory.save(update_fields=["languages", "withdrawn_pages"])
    return change


def republish_withdrawn(territory: Territory, code: str, user: AbstractBaseUser | None) -> list[Page]:
    """Put back online the pages that were live when the language was removed."""
    ids = territory.withdrawn_pages.get(code, [])
    pages = Page.objects.filter(pk__in=ids, translation_key__in=french_pages(territory).values("translation_key"))
    republished = []
    for page in pages.filter(live=False).specific().order_by("path"):
        revision = page.get_latest_revision()
        if revision is not None:
            revision.publish(user=user)
            republished.append(page)
    return republished


@transaction.atomic
def remove_language(territory: Territory, code: str, user: AbstractBaseUser | None = None) -> LanguageChange:
    """Stop offering a language: its pages are unpublished on this site only, and kept."""
    check_language(code)
    if code not in territory.languages:
        raise ProvisioningError(_("Le site ne propose pas la langue « %(name)s ».") % {"name": language_name(code)})
    change = LanguageChange(code, added=False)
    keys = french_pages(territory).values("translation_key")
    for page in Page.objects.filter(locale__language_code=code, translation_key__in=keys, live=True).specific():
        page.unpublish(user=user)
        change.unpublished.append(page)
    territory.languages = [language for language in territory.languages if language != code]
    territory.withdrawn_pages = {**territory.withdrawn_pages, code: [page.pk for page in change.unpublished]}
    territory.save(update_fields=["languages", "withdrawn_pages"])
    return change


def set_languages(territory: Territory, codes: list[str], user: AbstractBaseUser | None = None) -> list[LanguageChange]:
    """Make the territory offer exactly `codes` (French always), adding and removing as needed."""
    for code in codes:
        if code != settings.LANGUAGE_CODE:
            check_language(code)
    wanted = [code for code in content_language_codes() if code in codes or code == settings.LANGUAGE_CODE]
    with transaction.atomic():
        changes = [remove_language(territory, code, user) for code in territory.languages if code not in wanted]
        changes += [add_language(territory, code, user) for code in wanted if code not in territory.languages]
    return changes
