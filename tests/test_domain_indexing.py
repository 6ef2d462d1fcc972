"""The territory's life in the site search and the sitemap: events, job offers and directory entries each
under their own result kind, sealed per site and language; expired offers gone from both."""

import datetime
import io
import re
from unittest import mock

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from search.models import SearchDocument
from tests.factories import (
    DirectoryEntryFactory,
    DirectoryPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    JobIndexPageFactory,
    JobPageFactory,
    make_territory,
)


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
        call_command("rebuild_search_documents", stdout=(out := io.StringIO()))
        self.assertIn("2 fiches", out.getvalue())
        self.assertEqual(len(self.results(self.search("réparation"))), 1)

    def test_each_entry_is_in_its_own_site_s_sitemap(self):
        self.assertIn("http://alpha.localhost/annuaire/cycles-du-galibier/", self.sitemap_locations())
        self.assertNotIn("http://alpha.localhost/annuaire/velos-de-beta/", self.sitemap_locations())
        self.assertIn("http://beta.localhost/annuaire/velos-de-beta/", self.sitemap_locations("beta.localhost"))


class JobAndEventSearchTests(DomainSearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha = make_territory("alpha", "Alpha")
        home = cls.alpha.site.root_page
        jobs = JobIndexPageFactory(parent=home)
        today = timezone.localdate()
        cls.current = JobPageFactory(parent=jobs, title="Mécanicien cycles", slug="mecanicien", expiry_date=today)
        cls.expired = JobPageFactory(
            parent=jobs, title="Mécanicienne saisonnière", slug="saisonniere", expiry_date=today - datetime.timedelta(1)
        )
        cls.filled = JobPageFactory(parent=jobs, title="Mécanicien atelier", slug="atelier", filled=True)
        agenda = EventIndexPageFactory(parent=home)
        EventPageFactory(parent=agenda, title="Fête du vélo", slug="fete-du-velo", summary="Mécanique pour tous.")

    def test_only_the_current_offer_and_the_event_are_found_each_under_its_kind(self):
        titles = sorted(title for _kind, title, _url in self.results(self.search("mécanicien")))
        self.assertEqual(titles, ["Mécanicien cycles"])
        self.assertEqual(
            self.results(self.search("fête", type="agenda")), [("Évènement", "Fête du vélo", "/agenda/fete-du-velo/")]
        )

    def test_an_offer_leaves_the_search_once_its_last_day_is_over(self):
        tomorrow = timezone.now() + datetime.timedelta(days=1, hours=1)
        with mock.patch("search.models.timezone.now", return_value=tomorrow):
            self.assertEqual(self.results(self.search("mécanicien")), [])

    def test_expired_and_filled_offers_leave_the_sitemap_but_keep_their_page(self):
        locations = self.sitemap_locations()
        self.assertIn("http://alpha.localhost/emploi/mecanicien/", locations)
        self.assertIn("http://alpha.localhost/agenda/fete-du-velo/", locations)
        for slug in ("saisonniere", "atelier"):
            with self.subTest(slug):
                self.assertNotIn(f"http://alpha.localhost/emploi/{slug}/", locations)
                self.assertEqual(self.client.get(f"/emploi/{slug}/", HTTP_HOST="alpha.localhost").status_code, 200)
        self.assertFalse([url for url in locations if url.endswith("/ical/")])
