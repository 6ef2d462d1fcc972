"""The first request after a cache empties (a worker starting, a deployment) costs the same however many
territories share the installation."""

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

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
