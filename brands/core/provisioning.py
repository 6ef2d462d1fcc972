"""Provisioning: create a territory (site, home page, legal pages, brand, media collection, groups) in one step.

Used by the `create_territory` command, by `load_demo` and by the tests, so there is one code path.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
)

from brands.core.errors import ProvisioningError
from brands.core.languages import content_language_codes
from brands.core.legal_texts import LegalFacts, LegalPages, add_legal_pages
from brands.core.moderation import ensure_territory_workflow
from brands.core.site_roots import home_page_model, portal_page_model
from brands.core.starter import add_starter_pages
from brands.core.translation import add_language
from brands.models import BrandSettings, Navigation, Territory

HOSTNAME_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DEFAULT_LANGUAGE = "fr"

# What each territory group may do on its own home page (and everything below it). Editors do not publish:
# they submit to the territory's workflow, whose moderators approve (brands/core/moderation.py).
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
MODERATOR_PAGE_PERMISSIONS = [*EDITOR_PAGE_PERMISSIONS, "publish_page", "bulk_delete_page"]
# What each territory group may do in its own media collection (never on the Root collection).
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
MODERATOR_COLLECTION_PERMISSIONS = [
    *EDITOR_COLLECTION_PERMISSIONS,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]
# Per-site settings permissions: the model-wide permission would open every site's settings.
SITE_SETTING_PERMISSIONS = [("brands", "change_brandsettings")]
# Per-site content that is not a page: the site's strengths ("atouts") and its menus, one per language
# (never added by hand: the French one comes with the territory, the others by translation).
# See brands/admin/site_snippets.py.
SITE_CONTENT_PERMISSIONS = [
    ("brands", "add_strength"),
    ("brands", "change_strength"),
    ("brands", "delete_strength"),
    ("brands", "change_navigation"),
]
# Visitor domain apps add per-site content of their own (the directory's entries) without this module importing
# them: each function registered for this hook returns (app label, codename) pairs granted like the above.
SITE_CONTENT_PERMISSIONS_HOOK = "register_territory_site_permissions"


def extra_site_content_permissions() -> list[tuple[str, str]]:
    return [code for function in hooks.get_hooks(SITE_CONTENT_PERMISSIONS_HOOK) for code in function()]


# Per-site redirects (Paramètres › Redirections): the views list and accept only the user's sites, and a
# redirect for every site stays with superusers. See brands/admin/redirects.py.
REDIRECT_PERMISSIONS = [
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
]
# Model-wide, but every wagtail-localize view that acts on it is scoped (brands/admin/scoped_views.py).
TRANSLATION_PERMISSIONS = [("wagtail_localize", "submit_translation")]


# Model-wide rights on promoted search results ("meilleurs résultats"): every admin view of them is scoped
# to the promotions of the user's own pages (search/promotion_admin.py), and so is their log
# (search/audit_scope.py).
SEARCH_PROMOTION_PERMISSIONS = [
    ("wagtailsearchpromotions", "add_searchpromotion"),
    ("wagtailsearchpromotions", "change_searchpromotion"),
    ("wagtailsearchpromotions", "delete_searchpromotion"),
]


@dataclass
class TerritoryRequest:
    """What is asked for, before validation."""

    name: str
    hostname: str
    slug: str | None = None
    languages: list[str] = field(default_factory=lambda: [DEFAULT_LANGUAGE])
    port: int = field(default_factory=lambda: settings.SITE_PORT)  # 443 in production: https:// addresses
    contact_email: str = ""  # the brand's contact address, shown by the footer and the legal pages
    # A composed home, « Nos atouts », « Histoires » and a menu (brands/core/starter.py); the demo and the
    # tests build their own pages instead.
    starter: bool = True


@dataclass
class ProvisioningResult:
    territory: Territory
    created: bool


def clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ProvisioningError(_("Le nom du territoire est vide : indiquez par exemple « La Xaintrie »."))
    if len(name) > 80:
        raise ProvisioningError(_("Le nom du territoire dépasse 80 caractères."))
    return name


def clean_slug(slug: str | None, name: str) -> str:
    slug = (slug or slugify(name)).strip().lower()
    if not slug or len(slug) > 60 or not SLUG.match(slug):
        raise ProvisioningError(
            _(
                "Identifiant « %(slug)s » invalide : lettres minuscules sans accent, chiffres et tirets, "
                "60 caractères au plus."
            )
            % {"slug": slug}
        )
    return slug


def clean_hostname(hostname: str) -> str:
    hostname = (hostname or "").strip().lower().rstrip(".")
    try:
        ascii_hostname = hostname.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_hostname = ""
    labels = ascii_hostname.split(".")
    if not ascii_hostname or len(ascii_hostname) > 253 or not all(HOSTNAME_LABEL.match(label) for label in labels):
        raise ProvisioningError(
            _(
                "Nom d'hôte « %(hostname)s » invalide : indiquez un nom comme xaintrie.example.fr, "
                "sans http://, sans port ni chemin."
            )
            % {"hostname": hostname}
        )
    if Site.objects.filter(hostname=ascii_hostname).exists():
        raise ProvisioningError(
            _("Le nom d'hôte « %(hostname)s » est déjà utilisé par un autre site.") % {"hostname": ascii_hostname}
        )
    return ascii_hostname


def clean_languages(languages: list[str]) -> list[str]:
    codes = [code.strip().lower() for code in languages if code.strip()] or [DEFAULT_LANGUAGE]
    known = content_language_codes()
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ProvisioningError(
            _("Langue inconnue : %(unknown)s. Langues possibles : %(known)s.")
            % {"unknown": ", ".join(unknown), "known": ", ".join(known)}
        )
    if DEFAULT_LANGUAGE not in codes:
        raise ProvisioningError(
            _("Le français (fr) doit faire partie des langues : c'est la langue source des contenus.")
        )
    ordered = [DEFAULT_LANGUAGE] + [code for code in dict.fromkeys(codes) if code != DEFAULT_LANGUAGE]
    return ordered


def clean_email(email: str) -> str:
    email = (email or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError as error:
            raise ProvisioningError(
                _("Adresse e-mail « %(email)s » invalide : indiquez par exemple contact@xaintrie.fr.")
                % {"email": email}
            ) from error
    return email


def group_names(name: str) -> tuple[str, str]:
    """The territory's groups, named in the platform's language whatever the active one (names are data)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _("%(name)s — éditeurs") % {"name": name}, _("%(name)s — modérateurs") % {"name": name}


def validate(request: TerritoryRequest) -> TerritoryRequest:
    """Check everything before writing anything; raise ProvisioningError with a French message."""
    name = clean_name(request.name)
    slug = clean_slug(request.slug, name)
    cleaned = TerritoryRequest(
        name=name, hostname=request.hostname, slug=slug, port=request.port, starter=request.starter
    )
    if Territory.objects.filter(slug=slug).exists():
        return cleaned
    cleaned.hostname = clean_hostname(request.hostname)
    cleaned.languages = clean_languages(request.languages)
    cleaned.contact_email = clean_email(request.contact_email)
    if not 1 <= int(request.port) <= 65535:
        raise ProvisioningError(_("Le port doit être compris entre 1 et 65535."))
    if Page.get_first_root_node().get_children().filter(slug=slug).exists():
        raise ProvisioningError(
            _("Une page racine porte déjà l'identifiant « %(slug)s » : choisissez un autre identifiant avec --slug.")
            % {"slug": slug}
        )
    check_names_free(name)
    return cleaned


def check_names_free(name: str) -> None:
    """Refuse a name that a group or a media collection already bears (the territory's would clash)."""
    taken = Group.objects.filter(name__in=group_names(name)).values_list("name", flat=True)
    if taken:
        raise ProvisioningError(_("Le groupe « %(group)s » existe déjà.") % {"group": taken[0]})
    if Collection.get_first_root_node().get_children().filter(name=name).exists():
        raise ProvisioningError(_("Une collection de médias s'appelle déjà « %(name)s ».") % {"name": name})


def permissions(codes: list[tuple[str, str]]) -> list[Permission]:
    found = {
        (p.content_type.app_label, p.codename): p
        for p in Permission.objects.filter(codename__in=[codename for _app, codename in codes]).select_related(
            "content_type"
        )
    }
    return [found[code] for code in codes]


def grant_territory_permissions(
    group: Group, home: Page, collection: Collection, site: Site, page_codes: list[str], collection_codes
) -> None:
    """Give a group admin access and rights limited to one home page, one collection and one site."""
    model_wide = [("wagtailadmin", "access_admin"), *TRANSLATION_PERMISSIONS, *SEARCH_PROMOTION_PERMISSIONS]
    group.permissions.add(*permissions(model_wide))
    for permission in permissions([("wagtailcore", codename) for codename in page_codes]):
        GroupPagePermission.objects.create(group=group, page=home, permission=permission)
    for permission in permissions(collection_codes):
        GroupCollectionPermission.objects.create(group=group, collection=collection, permission=permission)
    site_codes = [*SITE_SETTING_PERMISSIONS, *SITE_CONTENT_PERMISSIONS, *extra_site_content_permissions()]
    for permission in permissions([*site_codes, *REDIRECT_PERMISSIONS]):
        GroupSitePermission.objects.create(group=group, site=site, permission=permission)


def legal_facts(brand: BrandSettings, publisher: str) -> LegalFacts:
    """What the platform knows of a site's publisher when it creates the site."""
    return LegalFacts(
        hostname=brand.site.hostname,
        publisher=publisher,
        email=brand.contact_email,
        phone=brand.contact_phone,
        address=brand.postal_address,
    )


def point_brand_at(brand: BrandSettings, pages: LegalPages) -> None:
    """Save the brand with its footer links to the legal pages."""
    brand.legal_notice_page, brand.privacy_page = pages.legal_notice, pages.privacy
    brand.accessibility_page = pages.accessibility
    brand.save()


@transaction.atomic
def provision_territory(request: TerritoryRequest) -> ProvisioningResult:
    """Create a territory with everything it needs, or return the existing one for that slug."""
    cleaned = validate(request)
    existing = Territory.objects.filter(slug=cleaned.slug).first()
    if existing:
        return ProvisioningResult(existing, created=False)

    for code in cleaned.languages:
        Locale.objects.get_or_create(language_code=code)
    home = home_page_model()(title=cleaned.name, slug=cleaned.slug, locale=Locale.objects.get(language_code="fr"))
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()

    site = Site.objects.create(
        hostname=cleaned.hostname, port=cleaned.port, root_page=home, site_name=cleaned.name, is_default_site=False
    )
    brand = BrandSettings(site=site, brand_name=cleaned.name, contact_email=cleaned.contact_email)
    publisher = f"le territoire « {cleaned.name} »"  # page content, in French whatever the active language
    point_brand_at(brand, add_legal_pages(home, legal_facts(brand, publisher), timezone.localdate()))
    navigation = Navigation.objects.create(site=site, locale=home.locale)
    collection = Collection.get_first_root_node().add_child(name=cleaned.name)
    if cleaned.starter:
        add_starter_pages(home, collection, navigation)

    editors_name, moderators_name = group_names(cleaned.name)
    editors = Group.objects.create(name=editors_name)
    moderators = Group.objects.create(name=moderators_name)
    grant_territory_permissions(editors, home, collection, site, EDITOR_PAGE_PERMISSIONS, EDITOR_COLLECTION_PERMISSIONS)
    grant_territory_permissions(
        moderators, home, collection, site, MODERATOR_PAGE_PERMISSIONS, MODERATOR_COLLECTION_PERMISSIONS
    )
    territory = Territory.objects.create(
        name=cleaned.name,
        slug=cleaned.slug,
        site=site,
        collection=collection,
        editors_group=editors,
        moderators_group=moderators,
        languages=[DEFAULT_LANGUAGE],
    )
    ensure_territory_workflow(territory)  # before translations: the signal receiver then assigns their homes
    for code in cleaned.languages:
        if code != DEFAULT_LANGUAGE:
            add_language(territory, code)
    return ProvisioningResult(territory, created=True)


@transaction.atomic
def ensure_portal(hostname: str = "localhost", port: int | None = None, title: str = "Mètre Carré") -> Site:
    """Make the network portal the default site, replacing Wagtail's placeholder welcome page."""
    port = port or settings.SITE_PORT
    portal_model = portal_page_model()
    portal = portal_model.objects.first()
    portal_is_new = portal is None
    if portal_is_new:
        portal = portal_model(title=title, slug="portail", locale=Locale.objects.get(language_code="fr"))
        Page.get_first_root_node().add_child(instance=portal)
        portal.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    placeholder = site.root_page if site and site.root_page.specific_class is Page else None
    if site is None:
        site = Site(is_default_site=True)
    site.hostname, site.port, site.root_page, site.site_name = hostname, port, portal, title
    site.save()
    brand, _created = BrandSettings.objects.get_or_create(site=site, defaults={"brand_name": title})
    if portal_is_new:
        publisher = f"le réseau « {title} »"
        point_brand_at(brand, add_legal_pages(portal, legal_facts(brand, publisher), timezone.localdate()))
    Navigation.objects.get_or_create(site=site, locale=portal.locale)
    if placeholder is not None:
        placeholder.delete()
    return site
