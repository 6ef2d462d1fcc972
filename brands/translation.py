"""Translating one territory's site into a new language, without touching any other territory."""

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.operations import translate_object, translate_page_subtree

from brands.models import Territory
from brands.provisioning import DEFAULT_LANGUAGE, ProvisioningError, content_language_codes


@transaction.atomic
def translate_territory(territory: Territory, language_code: str) -> Page:
    """Create the translated tree of the territory's site in one language and offer that language.

    The pages are published when the transaction commits and hold the French text until translators
    replace it. Locale synchronisation is global and would touch every site: not used.
    """
    if language_code == DEFAULT_LANGUAGE or language_code not in content_language_codes():
        raise ProvisioningError(
            _("Langue « %(code)s » impossible : choisissez parmi %(known)s.")
            % {"code": language_code, "known": ", ".join(c for c in content_language_codes() if c != DEFAULT_LANGUAGE)}
        )
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    root = territory.site.root_page.specific
    translate_object(root, [locale])
    translate_page_subtree(root.id, [locale], None, None)
    translated_root = root.get_translation(locale)
    # Registered after wagtail-localize's own callbacks, so it runs after them: see fix_numchild.
    transaction.on_commit(lambda: fix_numchild(translated_root.pk))
    if language_code not in territory.languages:
        territory.languages = [*territory.languages, language_code]
        territory.save(update_fields=["languages"])
    return translated_root


def fix_numchild(page_id: int) -> None:
    """Recount the children of a page and its descendants.

    wagtail-localize publishes each new translation on commit from a revision saved before its children
    existed, which writes back `numchild = 0`: the children then 404 (wagtail-localize #773).
    """
    for page in Page.objects.get(pk=page_id).get_descendants(inclusive=True):
        numchild = Page.objects.child_of(page).count()  # get_children() trusts the stale numchild
        if page.numchild != numchild:
            Page.objects.filter(pk=page.pk).update(numchild=numchild)
