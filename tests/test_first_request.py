"""The first request after a cache empties (a worker starting, a deployment) costs the same however many
territories share the installation."""

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from brands.core.root_paths import TOKEN_KEY, RootPaths
from brands.core.translation import add_language
from tests.factories import ContentPageFactory, make_territory, publish_translation


class FirstRequestTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.alpha = make_territory("alpha", "Alpha")
        ContentPageFactory(parent=cls.alpha.site.root_page, title="Vivre ici", slug="vivre-ici")
        add_language(cls.alpha, "en")
        cls.alpha.refresh_from_db()
        publish_translation(cls.alpha.site.root_page, "en", "Alpha")

    def first_request(self, path: str) -> int:
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(path, HTTP_HOST="alpha.localhost").status_code, 200)
        return len(queries)

    def add_territories(self, count: int, start: int) -> None:
        for number in range(start, start + count):
            territory = make_territory(f"territoire-{number}", f"Territoire {number}")
            add_language(territory, "en")

    def test_the_site_root_paths_cost_two_queries_whatever_the_number_of_sites(self):
        def build() -> list:
            cache.clear()
            with CaptureQueriesContext(connection) as queries:
                paths = Site.get_site_root_paths()
            self.assertEqual(len(queries), 2)
            return paths

        paths = build()
        self.assertEqual(
            {(path.root_url, path.language_code) for path in paths if "alpha" in path.root_url},
            {
                ("http://alpha.localhost", "fr"),
                ("http://alpha.localhost", "en"),
            },
        )
        self.add_territories(4, start=1)
        self.assertEqual(len(build()), len(paths) + 8)  # each new territory: its French and English homes

    def test_a_cold_page_costs_the_same_with_five_times_the_territories(self):
        few = {path: self.first_request(path) for path in ("/", "/vivre-ici/", "/en/")}
        self.add_territories(4, start=1)
        self.assertEqual({path: self.first_request(path) for path in ("/", "/vivre-ici/", "/en/")}, few)


class RootPathIndexTests(TestCase):
    """A page's sites are looked up by the first segment of its path: the same answer as Wagtail's full scan."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.alpha = make_territory("alpha", "Alpha")
        cls.alphabet = make_territory("alphabet", "Alphabet")  # a slug that starts like another's
        cls.page = ContentPageFactory(parent=cls.alpha.site.root_page, title="Vivre ici", slug="vivre-ici")
        add_language(cls.alpha, "en")
        cls.alpha.refresh_from_db()
        publish_translation(cls.alpha.site.root_page, "en", "Alpha")

    def wagtail_scan(self, paths, url_path: str) -> tuple:
        return tuple(path for path in paths if url_path.startswith(path.root_path))

    def test_every_page_finds_the_sites_a_full_scan_finds(self):
        paths = Site.get_site_root_paths()
        self.assertIsInstance(paths, RootPaths)
        url_paths = list(Page.objects.values_list("url_path", flat=True))
        self.assertGreater(len(url_paths), 6)
        for url_path in url_paths:
            with self.subTest(url_path=url_path):
                self.assertEqual(paths.relevant(url_path), self.wagtail_scan(paths, url_path))
        self.assertEqual([path.root_url for path in paths.relevant(self.page.url_path)], ["http://alpha.localhost"])

    def test_a_site_rooted_at_the_top_keeps_wagtails_order(self):
        listed = list(Site.get_site_root_paths())
        top = SiteRootPath(999, "/", "http://tout.localhost", "fr")
        paths = RootPaths([*listed[:1], top, *listed[1:]])
        for url_path in ("/", self.page.url_path, self.alphabet.site.root_page.url_path):
            with self.subTest(url_path=url_path):
                self.assertEqual(paths.relevant(url_path), self.wagtail_scan(paths, url_path))
                self.assertIn(top, paths.relevant(url_path))

    def test_the_page_urls_are_wagtails(self):
        self.assertEqual(self.page.get_url_parts(), (self.alpha.site.pk, "http://alpha.localhost", "/vivre-ici/"))
        self.assertEqual(Page.objects.get(pk=self.alphabet.site.root_page_id).url, "http://alphabet.localhost/")

    def test_a_new_site_reaches_a_process_that_kept_the_old_list(self):
        before = Site.get_site_root_paths()
        self.assertIs(Site.get_site_root_paths(), before)  # kept in the process: no trip through the cache
        gamma = make_territory("gamma", "Gamma")
        after = Site.get_site_root_paths()
        self.assertIn(gamma.site.pk, {path.site_id for path in after})
        self.assertEqual(Page.objects.get(pk=gamma.site.root_page_id).get_url_parts()[1], "http://gamma.localhost")

    def test_a_new_translation_of_a_home_is_listed(self):
        before = {path.language_code for path in Site.get_site_root_paths() if path.site_id == self.alphabet.site.pk}
        self.assertEqual(before, {"fr"})
        add_language(self.alphabet, "de")
        self.alphabet.refresh_from_db()
        publish_translation(self.alphabet.site.root_page, "de", "Alphabet")
        after = {path.language_code for path in Site.get_site_root_paths() if path.site_id == self.alphabet.site.pk}
        self.assertEqual(after, {"fr", "de"})

    def test_the_token_renews_at_the_commit_too(self):
        Site.get_site_root_paths()
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            Site.clear_site_root_paths_cache()
        token = cache.get(TOKEN_KEY)
        for callback in callbacks:
            callback()
        self.assertNotEqual(cache.get(TOKEN_KEY), token)
