"""The territory's life in the site search and the sitemap: events, job offers and directory entries each
under their own result kind, sealed per site and language; expired offers gone from both."""

import datetime
import re
from unittest import mock

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from search.models import SearchDocument
from tests.factories import DirectoryEntryFactory, DirectoryPageFactory, make_territory


class DomainSearchTestCase(TestCase):
    def search(self, query: str, host: str = "alpha.localhost", **params):
        return self.client.get("/recherche/", {"q": query, **params}, HTTP_HOST=host)

    def results(self, response) -> list[tuple[str, str, str]]:
        return [(str(result.kind), result.title, result.url) for result in response.context["results"]]

    def sitemap_locations(self, host: str = "alpha.localhost") -> list[str]:
        response = self.client.get("/sitemap.xml", HTTP_HOST=host)
        self.assertEqual(response.status_code, 200)
        return re.findall(r"<loc>([^<]+)</loc>", response.content.decode())


class DirectorySearchTests(DomainSearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha = make_territory("alpha", "Alpha")
        cls.beta = make_territory("beta", "Beta")
        DirectoryPageFactory(parent=cls.alpha.site.root_page)
        DirectoryPageFactory(parent=cls.beta.site.root_page)
        cls.shop = DirectoryEntryFactory(
            site=cls.alpha.site,
            slug="cycles-du-galibier",
            name="Cycles du Galibier",
            category="velo",
            description="Réparation et location de vélos à assistance électrique au pied du col.",
        )
        DirectoryEntryFactory(
            site=cls.beta.site,
            slug="velos-de-beta",
            name="Vélos de Bêta",
            description="Réparation de vélos dans une autre vallée.",
        )

    def test_an_entry_is_found_under_its_own_kind_and_leads_to_its_page(self):
        response = self.search("réparation")
        self.assertEqual(
            self.results(response), [("Acteur du territoire", "Cycles du Galibier", "/annuaire/cycles-du-galibier/")]
        )
        self.assertNotContains(response, "Cycles du Galibier · ")  # the name is the title, not the excerpt again
        self.assertEqual(len(self.results(self.search("réparation", type="annuaire"))), 1)
        self.assertEqual(self.results(self.search("réparation", type="pages")), [])
        self.assertEqual(self.client.get("/annuaire/cycles-du-galibier/", HTTP_HOST="alpha.localhost").status_code, 200)

    def test_the_document_follows_saves_and_deletion(self):
        self.shop.description = "Guides de randonnée à vélo."
        self.shop.save()
        self.assertEqual(self.results(self.search("réparation")), [])
        self.assertEqual([title for _k, title, _u in self.results(self.search("randonnée"))], ["Cycles du Galibier"])
        self.shop.delete()
        self.assertEqual(self.results(self.search("randonnée")), [])
        self.assertFalse(SearchDocument.objects.filter(title="Cycles du Galibier").exists())

    def test_the_rebuild_counts_entries_and_keeps_them(self):
        SearchDocument.objects.all().delete()
        call_command("rebuild_search_documents", stdout=(out := __import__("io").StringIO()))
        self.assertIn("2 fiches", out.getvalue())
        self.assertEqual(len(self.results(self.search("réparation"))), 1)

    def test_each_entry_is_in_its_own_site_s_sitemap(self):
        self.assertIn("http://alpha.localhost/annuaire/cycles-du-galibier/", self.sitemap_locations())
        self.assertNotIn("http://alpha.localhost/annuaire/velos-de-beta/", self.sitemap_locations())
        self.assertIn("http://beta.localhost/annuaire/velos-de-beta/", self.sitemap_locations("beta.localhost"))
