"""Load the demo: the portal and the five pilot territories, with pages, images, identity and staff.

Content is written only for what this run creates, so a second run changes nothing; users are created
only when missing, and an existing user's password is never touched.
"""

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Collection, Comment, Page, Site

from brands.core.legal_texts import LegalFacts, LegalPages, write_legal_texts
from brands.core.provisioning import TerritoryRequest, ensure_portal, provision_territory
from brands.models import BrandSettings, ContentPage, navigation_for
from brands.models.legal import expected_status
from brands.models.settings import SOCIAL_NETWORKS
from home.models import PortalPage

from .content import PORTAL, TERRITORIES
from .directory import add_directory
from .events import add_events
from .forms import DEMO_FORMS, VISIT_FORMS, WELCOME_FORMS, add_demo_form
from .jobs import add_jobs
from .newcomers import add_newcomer_hub
from .opportunities import add_opportunities
from .schema import (
    AGENDA,
    DIRECTORY,
    JOBS,
    LegalContent,
    Link,
    NewcomerHubContent,
    OfferContent,
    OpportunitiesContent,
    PageContent,
    SiteContent,
    StoryContent,
    TerritoryContent,
)
from .storytelling import add_storytelling_pages, create_strengths, write_story
from .streams import ImageLibrary, References, stream
from .translating import translate_demo_territory
from .translations import DEMO_TRANSLATIONS

PORTAL_HOSTNAME = "localhost"
DEFAULT_ADMIN_PASSWORD = "admin-metrecarre"
DEFAULT_EDITOR_PASSWORD = "editeur-metrecarre"


@dataclass(frozen=True)
class Login:
    username: str
    password: str
    role: str
    created: bool


@dataclass(frozen=True)
class SiteLink:
    name: str
    url: str
    created: bool


@dataclass
class DemoSummary:
    """What the demo offers: where to browse and how to sign in."""

    portal_url: str
    admin_url: str
    sites: list[SiteLink] = field(default_factory=list)
    logins: list[Login] = field(default_factory=list)

    @property
    def urls(self) -> list[str]:
        return [self.portal_url, *(site.url for site in self.sites), self.admin_url]

    def lines(self) -> list[str]:
        """The summary in French, one line per item, for the terminal."""
        lines = ["Données de démonstration Mètre Carré", f"  Portail : {self.portal_url}"]
        lines += ["Territoires :"]
        lines += [
            f"  - {site.name} : {site.url}{'' if site.created else ' (déjà présent, inchangé)'}" for site in self.sites
        ]
        lines += [f"Administration : {self.admin_url}", "Comptes (identifiant / mot de passe) :"]
        for login in self.logins:
            password = login.password if login.created else "mot de passe inchangé"
            lines.append(f"  - {login.username} / {password} ({login.role})")
        lines.append("Les adresses en .localhost s'ouvrent dans le navigateur sans rien configurer.")
        return lines


def site_url(site: Site) -> str:
    port = "" if site.port in (80, 443) else f":{site.port}"
    return f"http://{site.hostname}{port}/"


def link_value(link: Link, pages: dict) -> dict:
    return {"label": link.label, "page": pages[link.page] if link.page else None, "url": link.url}


def publish(
    page: Page,
    content: PageContent | StoryContent | OpportunitiesContent | OfferContent | NewcomerHubContent,
    author: AbstractBaseUser,
) -> None:
    """Publish with the admin as author; an admin note becomes a comment only editors see."""
    page.save_revision(user=author).publish(user=author)
    if content.admin_note:
        Comment.objects.create(page=page, user=author, text=content.admin_note, contentpath="title")


def body(page: Page, content: PageContent, refs: References):
    return stream(page.body.stream_block, content.body, refs)


def fill_site(site: Site, content: SiteContent, collection: Collection, author: AbstractBaseUser) -> None:
    """Write a freshly provisioned site's home page, pages, strengths, stories, identity and navigation."""
    images = ImageLibrary(collection)
    refs = References(images)
    home = site.root_page.specific
    home.title, home.intro = content.home.title, content.home.intro
    home.search_description, home.owner = content.home.search_description, author
    home.body = body(home, content.home, refs)
    if content.hero:
        home.hero_image = images[content.hero]
    publish(home, content.home, author)
    refs.pages[content.home] = home

    storytelling = content.storytelling if isinstance(content, TerritoryContent) else None
    if storytelling:
        create_strengths(site, home, storytelling, refs)
    # Every page exists before any body is written, so bodies may link to any of them.
    for page_content in content.pages:
        page = ContentPage(
            title=page_content.title,
            slug=page_content.slug or slugify(page_content.title.replace("’", " ")),
            intro=page_content.intro,
            search_description=page_content.search_description,
            show_toc=page_content.show_toc,
            owner=author,
            live=False,
        )
        home.add_child(instance=page)
        refs.pages[page_content] = page
    if storytelling:
        add_storytelling_pages(home, storytelling, refs, author)
        publish(refs.pages[storytelling.strengths_page], storytelling.strengths_page, author)
        publish(refs.pages[storytelling.index], storytelling.index, author)
    for page_content in content.pages:
        page = refs.pages[page_content]
        page.body = body(page, page_content, refs)
        publish(page, page_content, author)
    demo_form = DEMO_FORMS.get(getattr(content, "slug", ""))
    if demo_form:
        refs.pages[demo_form] = add_demo_form(home, demo_form, author)
    if isinstance(content, TerritoryContent):
        add_welcome_pages(home, content, refs, author)
    for story in storytelling.stories if storytelling else ():
        page = refs.pages[story]
        write_story(page, story, refs)
        publish(page, story, author)
    if storytelling and (storytelling.home_lead or storytelling.home_close):
        # The home shows people, strengths and stories: composed now that they exist.
        blocks = (*storytelling.home_lead, *content.home.body, *storytelling.home_close)
        home.body = stream(home.body.stream_block, blocks, refs)
        home.save_revision(user=author).publish(user=author)
    pages = refs.pages

    brand = BrandSettings.for_site(site)
    brand.brand_name, brand.font_pairing = content.brand_name, content.font_pairing
    for name, value in content.palette.as_fields().items():
        setattr(brand, name, value)
    brand.logo = brand.favicon = images[content.logo]
    brand.contact_email, brand.contact_phone = content.contact.email, content.contact.phone
    brand.postal_address = content.contact.address
    brand.time_zone = content.time_zone
    for name, _label in SOCIAL_NETWORKS:
        setattr(brand, name, getattr(content.contact, name))
    brand.partners = [
        ("partner", {"name": partner.name, "logo": images[partner.logo], "url": partner.url})
        for partner in content.partners
    ]
    brand.full_clean()
    brand.save()
    write_legal_pages(site, brand, content.legal, author)

    navigation = navigation_for(site, settings.LANGUAGE_CODE)
    navigation.tagline = content.tagline
    navigation.menu_items = [("link", link_value(link, pages)) for link in content.menu]
    columns = [[link_value(link, pages) for link in column.links] for column in content.footer]
    if demo_form and columns:  # the form is one tap away from every page
        columns[0].append(link_value(Link(page=demo_form), pages) | {"label": demo_form.title})
    navigation.footer_columns = [
        ("column", {"title": column.title, "links": links})
        for column, links in zip(content.footer, columns, strict=True)
    ]
    navigation.full_clean()
    navigation.save()


def add_welcome_pages(home: Page, content: TerritoryContent, refs: References, author: AbstractBaseUser) -> None:
    """« Entreprendre » and its offers, then « S'installer » (whose steps may lead to the offers), with their forms;
    then the territory's life: its agenda, its job offers and its directory.

    The offers lead to the pilot's first form, unless it has a form for visits of its own; one applies for a job
    by the employer's e-mail address or site (the welcome form reaches the welcome officer, not employers).
    """
    visit_form, welcome_form = VISIT_FORMS.get(content.slug), WELCOME_FORMS.get(content.slug)
    for form in (visit_form, welcome_form):
        if form:
            refs.pages[form] = add_demo_form(home, form, author)
    if content.opportunities:
        contact_form = refs.pages.get(visit_form or DEMO_FORMS.get(content.slug))
        for page, page_content in add_opportunities(home, content.opportunities, refs, author, contact_form):
            publish(page, page_content, author)
    if content.newcomers:
        hub = add_newcomer_hub(home, content.newcomers, refs, author, refs.pages.get(welcome_form))
        publish(hub, content.newcomers, author)
    add_territory_life(home, content.slug, refs, author)


FICTIONAL_LIFE = (
    "Contenu fictif, inventé pour la démonstration : les évènements, les offres d’emploi, les acteurs, leurs "
    "adresses, numéros et courriels n’existent pas."
)


def add_territory_life(home: Page, slug: str, refs: References, author: AbstractBaseUser) -> None:
    """The agenda, the job offers and the directory, each registered for the menus and doors that lead to it."""
    for page in [*add_events(home, slug, refs, author), *add_jobs(home, slug, refs, author)]:
        page.save_revision(user=author).publish(user=author)
    refs.pages[AGENDA] = refs.pages[(slug, AGENDA.name)]
    refs.pages[JOBS] = refs.pages[(slug, JOBS.name)]
    refs.pages[DIRECTORY] = add_directory(home, slug, home.get_site(), author)
    for marker in (AGENDA, JOBS, DIRECTORY):
        Comment.objects.create(page=refs.pages[marker], user=author, text=FICTIONAL_LIFE, contentpath="title")


def write_legal_pages(site: Site, brand: BrandSettings, legal: LegalContent, author: AbstractBaseUser) -> None:
    """Rewrite the legal pages provisioning created with the demo's facts, and publish them as the admin."""
    pages = LegalPages(
        legal_notice=brand.legal_notice_page.specific,
        privacy=brand.privacy_page.specific,
        accessibility=brand.accessibility_page.specific,
    )
    facts = LegalFacts(
        hostname=site.hostname,
        publisher=legal.publisher,
        email=brand.contact_email,
        phone=brand.contact_phone,
        address=brand.postal_address,
        director=legal.director,
        host=legal.host,
    )
    write_legal_texts(pages, facts, timezone.localdate())
    statement = pages.accessibility
    if legal.audit:
        statement.compliance_rate, statement.audit_date = legal.audit.rate, legal.audit.date
        statement.compliance_status = expected_status(legal.audit.rate)
        statement.auditor, statement.non_compliant_content = legal.audit.auditor, legal.audit.findings
    for page, note in [
        (pages.legal_notice, legal.admin_note),
        (pages.privacy, ""),
        (statement, legal.audit.admin_note if legal.audit else ""),
    ]:
        page.owner = author
        page.full_clean()
        page.save_revision(user=author).publish(user=author)
        if note:
            Comment.objects.create(page=page, user=author, text=note, contentpath="title")


def ensure_user(
    username: str, password: str, role: str, *, group: Group | None = None, superuser: bool = False
) -> tuple[AbstractBaseUser, Login]:
    """Create the user when missing (never resetting a password) and put it in its group."""
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    created = user is None
    if created:
        user = User(username=username, email=f"{username}@example.fr", is_staff=superuser, is_superuser=superuser)
        user.password = hashed(password)
        user.save()
    if group is not None:
        user.groups.add(group)
    return user, Login(username, password, role, created)


@cache
def hashed(password: str) -> str:
    # Ten demo accounts share one password: hashing it once saves seconds with the slow production hasher.
    return make_password(password)


def load(port: int) -> DemoSummary:
    """Provision what is missing and fill only what was just created."""
    admin_password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD)
    editor_password = os.environ.get("DEMO_EDITOR_PASSWORD", DEFAULT_EDITOR_PASSWORD)
    admin, admin_login = ensure_user("admin", admin_password, "superutilisateur", superuser=True)

    portal_is_new = not PortalPage.objects.exists()
    portal_site = ensure_portal(hostname=PORTAL_HOSTNAME, port=port)
    if portal_is_new:
        fill_site(portal_site, PORTAL, Collection.get_first_root_node(), admin)
    summary = DemoSummary(portal_url=site_url(portal_site), admin_url=f"{site_url(portal_site)}admin/")
    summary.logins.append(admin_login)

    for content in TERRITORIES:
        request = TerritoryRequest(
            content.name,
            hostname=f"{content.slug}.{PORTAL_HOSTNAME}",
            slug=content.slug,
            port=port,
            starter=False,  # the demo writes its own pages
        )
        result = provision_territory(request)  # French only: the other languages come once the site is written
        territory = result.territory
        if result.created:
            fill_site(territory.site, content, territory.collection, admin)
            translate_demo_territory(territory, content.languages, DEMO_TRANSLATIONS.get(content.slug))
        summary.sites.append(SiteLink(content.brand_name, site_url(territory.site), result.created))
        for prefix, role, group in (
            ("editeur", "éditeur", territory.editors_group),
            ("moderateur", "modérateur", territory.moderators_group),
        ):
            _user, login = ensure_user(
                f"{prefix}-{content.slug}", editor_password, f"{role}, {content.brand_name}", group=group
            )
            summary.logins.append(login)
    return summary


def load_demo(port: int = 8000, out: Callable[[str], object] = print) -> DemoSummary:
    """Create the portal and the five pilot territories if missing, then print where to find them."""
    with transaction.atomic():
        summary = load(port)
    for line in summary.lines():
        out(line)
    return summary
