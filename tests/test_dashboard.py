"""The admin's Mètre Carré branding and the territory dashboard: each territory's staff see their own site only."""

import json
from datetime import timedelta
from html import unescape
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from brands.admin import content_checks
from brands.models import Territory
from tests.factories import (
    ContentPageFactory,
    ImageFactory,
    StoryIndexPageFactory,
    SuperuserFactory,
    UserFactory,
    make_territory,
)

SECRET = "Zanzibar"
LOGO = "brands/img/metre-carre.svg"
DASHBOARD_QUERY_BUDGET = 40


def stale_draft(page: Page) -> None:
    """Give the page unpublished changes last saved 40 days ago."""
    revision = page.save_revision()
    long_ago = timezone.now() - timedelta(days=40)
    Revision.objects.filter(pk=revision.pk).update(created_at=long_ago)
    Page.objects.filter(pk=page.pk).update(has_unpublished_changes=True, latest_revision_created_at=long_ago)


def schedule(page: Page) -> None:
    """An approved revision of the page, to be published in a week."""
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() + timedelta(days=7)
    revision.save()


def submit_to_moderation(territory: Territory, page: Page, user) -> None:
    """Submit to the territory's workflow, which provisioning assigns to its homes."""
    page.save_revision(user=user)
    page.get_workflow().start(page, user)


def figures(image, alt_text: str, decorative: bool) -> str:
    """A body of two image blocks, as stored: an import or a script skips the editor's alt text check."""
    value = {"image": {"image": image.pk, "alt_text": alt_text, "decorative": decorative}, "caption": "", "credit": ""}
    return json.dumps([{"type": "image", "value": value}, {"type": "gallery", "value": {"images": [value]}}])


def fill(territory: Territory, word: str, editor) -> dict[str, Page]:
    """One of each dashboard item in the territory, every title carrying `word`."""
    home = territory.site.root_page
    pages = {
        kind: ContentPageFactory(parent=home, title=f"{label} {word}", search_description="Une description.")
        for kind, label in [
            ("draft", "Brouillon"),
            ("moderated", "Relecture"),
            ("scheduled", "Programme"),
            ("edited", "Modifiee"),
        ]
    }
    pages["undescribed"] = ContentPageFactory(parent=home, title=f"Sans description {word}", search_description="")
    image = ImageFactory.in_territory(territory)
    for kind, label, alt_text, decorative in [
        ("unlabelled", "Image muette", "", False),
        ("decorative", "Image decorative", "", True),
        ("labelled", "Image decrite", "Le col au printemps", False),
    ]:
        pages[kind] = ContentPageFactory(
            parent=home,
            title=f"{label} {word}",
            search_description="Une description.",
            body=figures(image, alt_text, decorative),
        )
    stale_draft(pages["draft"])
    schedule(pages["scheduled"])
    submit_to_moderation(territory, pages["moderated"], editor)
    PageLogEntry.objects.log_action(pages["edited"], "wagtail.edit", user=editor)
    return pages


class BrandingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = SuperuserFactory()

    def test_login_page_names_metre_carre_with_its_logo(self):
        html = self.client.get(reverse("wagtailadmin_login")).content.decode()
        self.assertIn("<title>", html)
        self.assertIn("- Mètre Carré</title>", html)
        self.assertIn("Se connecter à Mètre Carré", html)
        self.assertIn(LOGO, html)
        self.assertNotIn("Sign in to Wagtail", html)

    def test_dashboard_shows_the_name_logo_and_favicon(self):
        self.client.force_login(self.superuser)
        html = self.client.get(reverse("wagtailadmin_home")).content.decode()
        self.assertIn("- Mètre Carré</title>", html)
        self.assertIn(f'rel="icon" type="image/svg+xml" href="/static/{LOGO}"', html)
        self.assertIn("data-wagtail-sidebar-branding-logo", html)
        self.assertIn(f'<img src="/static/{LOGO}" alt="Mètre Carré"', html)

    def test_admin_pages_request_nothing_from_another_host(self):
        """No avatar from gravatar.com: it would send each user's hashed e-mail to a third party."""
        editor = UserFactory.editor_of(make_territory("xaintrie", "La Xaintrie"))
        self.client.force_login(editor)
        for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_account")):
            with self.subTest(url=url):
                html = self.client.get(url).content.decode()
                self.assertNotIn("gravatar", html)
                soup = BeautifulSoup(html, "html.parser")
                sources = [tag.get("src") or tag.get("href") for tag in soup.select("img, script[src], link[href]")]
                self.assertTrue(sources)
                self.assertEqual([source for source in sources if urlsplit(source).netloc], [])

    def test_logo_is_a_self_contained_svg(self):
        from django.contrib.staticfiles import finders

        with open(finders.find(LOGO), encoding="utf-8") as logo:
            svg = logo.read()
        self.assertIn("<svg", svg)
        self.assertNotIn("http://", svg.replace("http://www.w3.org/2000/svg", ""))
        self.assertNotIn("https://", svg)


class TerritoryDashboardTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("aurore", "Aurore")
        cls.b = make_territory("boreale", "Boréale")
        cls.editor_a = UserFactory.editor_of(cls.a)
        cls.moderator_a = UserFactory.moderator_of(cls.a)
        cls.editor_b = UserFactory.editor_of(cls.b)
        cls.stories_a = StoryIndexPageFactory(parent=cls.a.site.root_page, title="Récits")
        cls.pages_a = fill(cls.a, "Aurore", cls.editor_a)
        cls.pages_b = fill(cls.b, SECRET, cls.editor_b)
        cls.superuser = SuperuserFactory()

    def dashboard(self, user) -> str:
        self.client.force_login(user)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        return unescape(response.content.decode())

    def section(self, html: str, title: str) -> str:
        """The HTML of the dashboard panel titled `title`."""
        start = html.index(f">{title}</h2>")
        return html[start : html.index("</section>", start)]

    def edit_link(self, page: Page) -> str:
        return f'href="{reverse("wagtailadmin_pages:edit", args=[page.pk])}"'

    def test_each_panel_lists_the_territory_own_item(self):
        html = self.dashboard(self.editor_a)
        expected = {
            "Pages en attente de modération": "moderated",
            "Vos dernières modifications": "edited",
            "Brouillons de plus de 30 jours": "draft",
            "Publications programmées": "scheduled",
            "Pages à compléter": "undescribed",
        }
        for title, kind in expected.items():
            with self.subTest(panel=title):
                panel = self.section(html, title)
                self.assertIn(self.edit_link(self.pages_a[kind]), panel)
                self.assertIn(self.pages_a[kind].title, panel)
                self.assertIn("<caption", panel)

    def test_other_panels_do_not_list_items_of_another_kind(self):
        html = self.dashboard(self.editor_a)
        drafts = self.section(html, "Brouillons de plus de 30 jours")
        self.assertNotIn(self.pages_a["scheduled"].title, drafts)
        missing = self.section(html, "Pages à compléter")
        self.assertNotIn(self.pages_a["draft"].title, missing)

    def test_pages_to_complete_say_what_is_missing(self):
        rows = {
            row.find("a").get_text(strip=True): row.get_text(" ", strip=True)
            for row in BeautifulSoup(self.section(self.dashboard(self.editor_a), "Pages à compléter"), "html.parser")
            .find("tbody")
            .find_all("tr")
        }
        self.assertIn("description de recherche vide", rows[self.pages_a["undescribed"].title])
        self.assertIn("2 images sans texte alternatif", rows[self.pages_a["unlabelled"].title])
        self.assertNotIn("description de recherche vide", rows[self.pages_a["unlabelled"].title])
        self.assertNotIn(self.pages_a["decorative"].title, rows)
        self.assertNotIn(self.pages_a["labelled"].title, rows)

    def test_nothing_of_another_territory_appears(self):
        for user in (self.editor_a, self.moderator_a):
            with self.subTest(user=user.username):
                html = self.dashboard(user)
                self.assertNotIn(SECRET, html)
                self.assertNotIn("Boréale", html)
                for page in self.pages_b.values():
                    self.assertNotIn(self.edit_link(page), html)

    def test_wagtail_default_panels_are_replaced(self):
        html = self.dashboard(self.editor_a)
        self.assertNotIn("Your most recent edits", html)
        self.assertNotIn("Vos pages et extraits en cours de modération", html)

    def test_quick_links_for_an_editor(self):
        html = self.dashboard(self.editor_a)
        links = self.section(html, "Raccourcis")
        self.assertIn(reverse("wagtailadmin_pages:add", args=["brands", "storypage", self.stories_a.pk]), links)
        self.assertIn("Écrire un récit", links)
        self.assertIn(reverse("wagtailsettings:edit", args=["brands", "brandsettings", self.a.site.pk]), links)
        self.assertNotIn("Langues du site", links)

    def test_quick_links_for_a_moderator_include_the_languages(self):
        links = self.section(self.dashboard(self.moderator_a), "Raccourcis")
        self.assertIn(reverse("brands_site_languages", args=["aurore"]), links)

    def test_no_story_index_no_story_link(self):
        links = self.section(self.dashboard(self.editor_b), "Raccourcis")
        self.assertNotIn("Écrire un récit", links)
        self.assertIn(reverse("wagtailsettings:edit", args=["brands", "brandsettings", self.b.site.pk]), links)

    def test_empty_states_are_sentences(self):
        moderator = UserFactory.moderator_of(self.a)
        html = self.dashboard(moderator)
        self.assertIn("Vous n'avez encore modifié aucune page de votre site.", html)

    def test_superuser_keeps_wagtail_panels_and_sees_the_network(self):
        html = self.dashboard(self.superuser)
        network = self.section(html, "Territoires du réseau")
        for territory in (self.a, self.b):
            self.assertIn(territory.name, network)
            self.assertIn(reverse("brands_site_languages", args=[territory.slug]), network)
            self.assertIn(territory.site.root_url, network)
        self.assertNotIn("Brouillons de plus de 30 jours", html)

    def test_query_budget_does_not_grow_with_content(self):
        self.client.force_login(self.editor_a)
        url = reverse("wagtailadmin_home")
        self.client.get(url)
        with CaptureQueriesContext(connection) as before:
            self.client.get(url)
        for index in range(15):
            page = ContentPageFactory(parent=self.a.site.root_page, title=f"Encore {index}", search_description="")
            stale_draft(page)
            schedule(page)
            PageLogEntry.objects.log_action(page, "wagtail.edit", user=self.editor_a)
        with CaptureQueriesContext(connection) as after:
            self.client.get(url)
        self.assertLessEqual(len(after), DASHBOARD_QUERY_BUDGET)
        self.assertEqual(len(after), len(before))

    def test_query_budget_does_not_grow_with_territories(self):
        url = reverse("wagtailadmin_home")

        def queries(user) -> int:
            self.client.force_login(user)
            self.client.get(url)
            with CaptureQueriesContext(connection) as captured:
                self.client.get(url)
            return len(captured)

        few = {user.username: queries(user) for user in (self.editor_a, self.moderator_a)}
        for slug in ("cendre", "dune", "estran", "falaise"):  # each with its own moderation task
            make_territory(slug)
        self.assertEqual({user.username: queries(user) for user in (self.editor_a, self.moderator_a)}, few)


class SummaryTests(TestCase):
    """The dashboard's page count covers the territory's own trees, not the whole network."""

    @classmethod
    def setUpTestData(cls):
        cls.alpha = make_territory("alpha", "Alpha", languages=("fr", "en"))
        cls.beta = make_territory("beta", "Beta", languages=("fr", "en"))
        for _ in range(5):
            ContentPageFactory(parent=cls.beta.site.root_page)

    def test_an_editor_counts_only_the_pages_of_their_territory(self):
        self.client.force_login(UserFactory.editor_of(self.alpha))
        html = self.client.get(reverse("wagtailadmin_home")).content.decode()
        # Alpha: its French home and three legal pages, and their English drafts.
        link = reverse("wagtailadmin_explore", args=[self.alpha.site.root_page_id])
        self.assertRegex(html, rf'<a href="{link}">\s*8 Pages')
        self.assertNotRegex(html, r"\b1[0-9] Pages")


class ContentChecksTests(TestCase):
    def test_what_counts_as_an_image_without_text_alternative(self):
        cases = [
            ({"image": 7, "alt_text": "", "decorative": False}, True),
            ({"image": 7, "alt_text": "  ", "decorative": False}, True),
            ({"image": 7, "alt_text": "", "decorative": True}, False),
            ({"image": 7, "alt_text": "Le col", "decorative": False}, False),
            ({"image": None, "alt_text": "", "decorative": False}, False),  # an optional image left empty
            (7, False),  # ImageChooserBlock data: Wagtail falls back to the image's description or title
        ]
        for value, lacking in cases:
            with self.subTest(value=value):
                self.assertEqual(content_checks.lacks_alt_text(value), lacking)
