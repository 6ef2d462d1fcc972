"""Host routing: each hostname serves its own territory with its own identity; the portal lists all."""

import json
import re
from unittest import mock

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from brands.core.provisioning import ensure_portal
from brands.models import BrandSettings, ContentPage, Navigation
from tests.factories import BLOCK_WRAPPERS, ContentPageFactory, ImageFactory, every_block_body, make_territory

# 10 + 2 for the language rules (brands/core/languages.py): the site's languages and the page's locale; + 1 for the
# footer's legal pages and the accessibility status (brands/public/site_chrome.py, legal_links).
# 13 with an empty body; 30 with one block of every type of BODY_BLOCKS, fetched per type however many of each.
HOME_PAGE_QUERY_BUDGET = 12
PORTAL_QUERY_BUDGET = 12


def menu_link(page) -> tuple[str, dict]:
    return ("link", {"page": page, "label": "", "url": ""})


class MultisiteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ensure_portal(hostname="localhost")
        cls.xaintrie = make_territory("xaintrie", "La Xaintrie")
        cls.maurienne = make_territory("maurienne", "Maurienne")
        for territory, palette, tagline, page_title in [
            (cls.xaintrie, "#7a2e1f", "Entre Dordogne et plateaux", "S'installer en Xaintrie"),
            (cls.maurienne, "#0b4f6c", "Le plus grand domaine cyclable du monde", "Les grands cols"),
        ]:
            page = ContentPageFactory(parent=territory.site.root_page, title=page_title)
            brand = BrandSettings.for_site(territory.site)
            brand.primary_color = palette
            brand.logo = ImageFactory.in_territory(territory, title=f"Logo {territory.name}")
            brand.full_clean()
            brand.save()
            navigation = Navigation.objects.get(site=territory.site)
            navigation.tagline, navigation.menu_items = tagline, [menu_link(page)]
            navigation.save()

    def get_home(self, hostname: str):
        response = self.client.get("/", HTTP_HOST=hostname)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_each_hostname_serves_its_own_home_brand_colours_and_menu(self):
        xaintrie = self.get_home("xaintrie.localhost")
        maurienne = self.get_home("maurienne.localhost:8000")

        self.assertIn('<span class="brand__name">La Xaintrie</span>', xaintrie)
        self.assertIn("--color-primary:#7a2e1f", xaintrie)
        self.assertIn("Entre Dordogne et plateaux", xaintrie)
        self.assertRegex(
            xaintrie, r'<nav class="site-nav" aria-label="Menu principal">[\s\S]*S&#x27;installer en Xaintrie'
        )

        self.assertIn('<span class="brand__name">Maurienne</span>', maurienne)
        self.assertIn("--color-primary:#0b4f6c", maurienne)
        self.assertIn("Les grands cols", maurienne)

        # Nothing of one territory shows on the other.
        for foreign in ["Maurienne", "#0b4f6c", "Les grands cols", "Le plus grand domaine cyclable"]:
            self.assertNotIn(foreign, xaintrie)
        for foreign in ["Xaintrie", "#7a2e1f", "Entre Dordogne"]:
            self.assertNotIn(foreign, maurienne)

    def test_subpages_are_served_on_their_own_host_only(self):
        self.assertEqual(self.client.get("/s-installer-en-xaintrie/", HTTP_HOST="xaintrie.localhost").status_code, 404)
        page = ContentPage.objects.child_of(self.xaintrie.site.root_page).get()
        self.assertEqual(self.client.get(f"/{page.slug}/", HTTP_HOST="xaintrie.localhost").status_code, 200)
        self.assertEqual(self.client.get(f"/{page.slug}/", HTTP_HOST="maurienne.localhost").status_code, 404)

    def test_portal_lists_every_territory_with_tagline_colour_and_link(self):
        portal = self.get_home("localhost:8000")
        self.assertIn('<span class="brand__name">Mètre Carré</span>', portal)
        for number, (name, url, colour) in enumerate(
            [
                ("La Xaintrie", "http://xaintrie.localhost:8000/", "#7a2e1f"),
                ("Maurienne", "http://maurienne.localhost:8000/", "#0b4f6c"),
            ],
            start=1,
        ):
            self.assertIn(f'<a href="{url}">{name}</a>', portal)
            # Each card's colour in the page's nonced style (the Content-Security-Policy allows no style attribute).
            self.assertIn(f'<li class="territory-card territory-card--{number}">', portal)
            self.assertIn(f".territory-card--{number}{{--card-primary:{colour}}}", portal)
        self.assertIn("Le plus grand domaine cyclable du monde", portal)
        self.assertEqual(portal.count('class="territory-card__logo"'), 2)

    def test_unknown_host_falls_back_to_the_portal(self):
        self.assertIn("Les territoires du réseau", self.get_home("inconnu.example.org"))

    def test_every_page_has_one_h1_a_skip_link_and_lang(self):
        page = ContentPage.objects.child_of(self.xaintrie.site.root_page).get()
        for hostname, path in [
            ("xaintrie.localhost", "/"),
            ("xaintrie.localhost", f"/{page.slug}/"),
            ("localhost", "/"),
        ]:
            html = self.client.get(path, HTTP_HOST=hostname).content.decode()
            with self.subTest(hostname=hostname, path=path):
                self.assertEqual(len(re.findall(r"<h1[ >]", html)), 1)
                self.assertIn('<a class="skip-link" href="#contenu">', html)
                self.assertIn('<main id="contenu" tabindex="-1">', html)
                self.assertIn('<html lang="fr" dir="ltr">', html)
                # Nothing is loaded from another host: every src/href is relative, on this host (canonical and
                # Open Graph URLs are absolute) or on a territory of the network (the portal's cards).
                own = rf"{re.escape(hostname)}[:/\"]|xaintrie\.localhost|maurienne\.localhost"
                external = re.findall(rf'(?:src|href|content)="(?:https?:)?//(?!{own})', html)
                self.assertEqual(external, [])

    def test_a_territory_without_favicon_gets_the_platform_icon(self):
        # Without any icon link, browsers request /favicon.ico, a 404 and a console error.
        self.assertIn(
            '<link rel="icon" type="image/svg+xml" href="/static/brands/img/favicon.svg">',
            self.get_home("xaintrie.localhost"),
        )

    def test_chosen_fonts_are_self_hosted(self):
        brand = BrandSettings.for_site(self.xaintrie.site)
        brand.font_pairing = "moderne"
        brand.save()
        html = self.get_home("xaintrie.localhost")
        self.assertIn('src:url("/static/brands/fonts/montserrat/montserrat-latin-700-normal.woff2")', html)
        self.assertNotIn("source-serif", html)
        self.assertNotIn("fonts.googleapis", html)

    def test_the_fonts_above_the_fold_are_preloaded_and_never_swapped_in_late(self):
        """No layout shift from fonts: the body's regular and the headings' bold come first, and a font that
        misses the first paint waits for the next page (font-display: optional)."""
        brand = BrandSettings.for_site(self.xaintrie.site)
        brand.font_pairing = "moderne"
        brand.save()
        pairing = brand.fonts
        self.assertNotEqual(pairing.heading.name, pairing.body.name)
        html = self.get_home("xaintrie.localhost")
        preloads = re.findall(r'<link rel="preload" href="([^"]+)" as="font" type="font/woff2" crossorigin>', html)
        self.assertEqual(preloads, [pairing.body.file_url(400), pairing.heading.file_url(700)])
        self.assertEqual(html.count("font-display:optional"), 4)  # two families, two weights
        self.assertNotIn("font-display:swap", html)


class HomePageQueryBudgetTests(TestCase):
    """The home page renders within a fixed number of queries, however rich the menu and footer."""

    @classmethod
    def setUpTestData(cls):
        cls.territory = make_territory("faucogney", "Faucogney-et-la-Mer")
        home = cls.territory.site.root_page.specific
        home.hero_image = ImageFactory.in_territory(cls.territory)
        home.save_revision().publish()

    def enrich(self, pages: int) -> None:
        home = self.territory.site.root_page
        created = [ContentPageFactory(parent=home) for _ in range(pages)]
        navigation = Navigation.objects.get(site=self.territory.site)
        navigation.menu_items = [menu_link(page) for page in created[:7]]
        navigation.footer_columns = [
            ("column", {"title": "Colonne", "links": [{"page": p, "label": "", "url": ""} for p in created]})
        ]
        navigation.save()

    def count_home_queries(self) -> int:
        self.client.get("/", HTTP_HOST="faucogney.localhost")  # renditions are generated once
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/", HTTP_HOST="faucogney.localhost")
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_home_page_query_budget(self):
        self.enrich(pages=2)
        few = self.count_home_queries()
        self.enrich(pages=12)
        many = self.count_home_queries()
        self.assertLessEqual(few, HOME_PAGE_QUERY_BUDGET)
        self.assertEqual(many, few, "the home page must not run more queries as the menu and footer grow")

    def test_portal_query_budget_does_not_grow_with_territories(self):
        ensure_portal(hostname="localhost")
        brand = BrandSettings.for_site(self.territory.site)
        brand.logo = ImageFactory.in_territory(self.territory)
        brand.save()
        self.client.get("/", HTTP_HOST="localhost")
        with CaptureQueriesContext(connection) as one_territory:
            self.client.get("/", HTTP_HOST="localhost")
        for slug in ["maurienne", "aveyron", "xaintrie"]:
            territory = make_territory(slug)
            brand = BrandSettings.for_site(territory.site)
            brand.logo = ImageFactory.in_territory(territory)
            brand.save()
        self.client.get("/", HTTP_HOST="localhost")
        with CaptureQueriesContext(connection) as four_territories:
            response = self.client.get("/", HTTP_HOST="localhost")
        self.assertEqual(response.content.decode().count('<li class="territory-card '), 4)
        self.assertLessEqual(len(four_territories), PORTAL_QUERY_BUDGET)
        self.assertEqual(len(four_territories), len(one_territory))

    def test_the_portal_lists_territories_a_page_at_a_time(self):
        ensure_portal(hostname="localhost")
        for slug in ["maurienne", "aveyron", "xaintrie", "argentat"]:
            make_territory(slug)

        def names(query: str = "") -> list[str]:
            html = self.client.get(f"/{query}", HTTP_HOST="localhost").content.decode()
            return re.findall(r'class="territory-card__name"><a href="[^"]+">([^<]+)</a>', html)

        with mock.patch("home.models.TERRITORIES_PER_PAGE", 2):
            first, second, third = names(), names("?page=2"), names("?page=3")
            self.assertEqual(names("?page=99"), third)  # too far: the last page
            html = self.client.get("/", HTTP_HOST="localhost").content.decode()
        self.assertEqual([len(first), len(second), len(third)], [2, 2, 1])
        self.assertEqual(
            sorted(first + second + third), ["Argentat", "Aveyron", "Faucogney-et-la-Mer", "Maurienne", "Xaintrie"]
        )
        self.assertIn('<nav class="pagination"', html)
        self.assertIn('href="?page=2" rel="next"', html)
        self.assertNotIn('<nav class="pagination"', self.client.get("/", HTTP_HOST="localhost").content.decode())

    def test_home_page_budget_with_every_block_type_does_not_grow_with_instances(self):
        home = self.territory.site.root_page.specific

        def with_every_block(copies: int) -> int:
            home.body = json.dumps(every_block_body(self.territory, copies))
            home.save_revision().publish()
            queries = self.count_home_queries()
            html = self.client.get("/", HTTP_HOST="faucogney.localhost").content.decode()
            for block_type, wrapper in BLOCK_WRAPPERS.items():
                self.assertEqual(html.count(wrapper), 1 if block_type == "latest_stories" else copies, block_type)
            return queries

        one = with_every_block(1)
        self.assertLessEqual(one, HOME_PAGE_QUERY_BUDGET)
        self.assertEqual(with_every_block(3), one, "blocks must be fetched per type, not per block")
