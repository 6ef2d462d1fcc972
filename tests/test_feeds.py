"""Story feeds (RSS 2.0 and Atom): one site's live stories in one language, newest first, never another's."""

import datetime
from xml.etree import ElementTree

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page

from brands.core.provisioning import ensure_portal
from brands.core.translation import add_language
from brands.models import StoryKind
from brands.public.feeds import FEED_SIZE
from tests.factories import StoryIndexPageFactory, StoryPageFactory, make_territory, publish_translation

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
# Site, languages, home in this language, view restrictions, story index, brand, stories.
FEED_QUERY_BUDGET = 7


class FeedTestCase(TestCase):
    """Alpha (French and English) and Beta (French only), each with its stories."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.alpha = make_territory("alpha", "Alpha")
        cls.alpha_index = StoryIndexPageFactory(parent=cls.alpha.site.root_page)
        cls.older = StoryPageFactory(
            parent=cls.alpha_index,
            title="La ferme du plateau",
            slug="la-ferme",
            lead="Léa a repris la ferme de ses grands-parents.",
            author="Léa Bouscarat",
            kind=StoryKind.PORTRAIT,
            date_published=datetime.date(2025, 3, 1),
        )
        cls.newer = StoryPageFactory(
            parent=cls.alpha_index,
            title="Le tiers-lieu ouvre",
            slug="tiers-lieu",
            lead="Trente membres, six jours sur sept.",
            author="",
            kind=StoryKind.NEWS,
            date_published=datetime.date(2025, 4, 2),
        )
        cls.draft = StoryPageFactory(parent=cls.alpha_index, title="Pas encore publié", live=False)
        add_language(cls.alpha, "en")
        cls.alpha.refresh_from_db()
        publish_translation(cls.alpha.site.root_page, "en", "Alpha")
        publish_translation(cls.alpha_index, "en", "Stories")
        cls.older_en = publish_translation(cls.older, "en", "The farm on the plateau")
        # cls.newer's English translation stays a draft: it must not appear in English.
        cls.beta = make_territory("beta", "Beta")
        beta_index = StoryIndexPageFactory(parent=cls.beta.site.root_page)
        cls.beta_story = StoryPageFactory(parent=beta_index, title="Un récit de Beta", slug="beta")

    def fetch(self, path: str, host: str = "alpha.localhost", status: int = 200):
        response = self.client.get(path, HTTP_HOST=host)
        self.assertEqual(response.status_code, status, path)
        return response

    def rss(self, path: str = "/flux.xml", host: str = "alpha.localhost") -> ElementTree.Element:
        response = self.fetch(path, host)
        self.assertEqual(response["Content-Type"], "application/rss+xml; charset=utf-8")
        return ElementTree.fromstring(response.content).find("channel")

    def atom(self, path: str = "/flux.atom", host: str = "alpha.localhost") -> ElementTree.Element:
        response = self.fetch(path, host)
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        return ElementTree.fromstring(response.content)

    def rss_titles(self, path: str = "/flux.xml", host: str = "alpha.localhost") -> list[str]:
        return [item.findtext("title") for item in self.rss(path, host).iter("item")]

    def atom_titles(self, path: str = "/flux.atom", host: str = "alpha.localhost") -> list[str]:
        return [entry.findtext(f"{ATOM}title") for entry in self.atom(path, host).iter(f"{ATOM}entry")]


class FeedContentTests(FeedTestCase):
    def test_rss_lists_the_site_live_stories_newest_first(self):
        channel = self.rss()
        self.assertEqual(channel.findtext("title"), "Alpha — récits")
        self.assertEqual(channel.findtext("link"), "http://alpha.localhost/recits/")
        self.assertEqual(channel.findtext("language"), "fr")
        self.assertEqual(self.rss_titles(), ["Le tiers-lieu ouvre", "La ferme du plateau"])

    def test_rss_item_fields(self):
        items = {item.findtext("title"): item for item in self.rss().iter("item")}
        farm = items["La ferme du plateau"]
        self.assertEqual(farm.findtext("link"), "http://alpha.localhost/recits/la-ferme/")
        self.assertEqual(farm.findtext("description"), "Léa a repris la ferme de ses grands-parents.")
        self.assertTrue(farm.findtext("pubDate").startswith("Sat, 01 Mar 2025"))
        self.assertEqual(farm.findtext(f"{DC}creator"), "Léa Bouscarat")
        self.assertEqual([category.text for category in farm.findall("category")], ["Portrait"])
        self.assertIsNone(farm.find("enclosure"))
        news = items["Le tiers-lieu ouvre"]
        self.assertIsNone(news.find(f"{DC}creator"), "no author, no creator")
        self.assertEqual([category.text for category in news.findall("category")], ["Actualité"])

    def test_atom_lists_the_same_stories_with_authors(self):
        feed = self.atom()
        self.assertEqual(feed.findtext(f"{ATOM}title"), "Alpha — récits")
        self.assertEqual(feed.find(f"{ATOM}author").findtext(f"{ATOM}name"), "Alpha")
        self.assertEqual(self.atom_titles(), ["Le tiers-lieu ouvre", "La ferme du plateau"])
        entry = next(feed.iter(f"{ATOM}entry"))
        self.assertEqual(entry.find(f"{ATOM}link").get("href"), "http://alpha.localhost/recits/tiers-lieu/")
        self.assertEqual(entry.findtext(f"{ATOM}summary"), "Trente membres, six jours sur sept.")
        self.assertEqual(entry.find(f"{ATOM}category").get("term"), "Actualité")
        self.assertTrue(entry.findtext(f"{ATOM}updated"))

    def test_at_most_twenty_stories(self):
        index = Page.objects.get(pk=self.alpha_index.pk)
        for day in range(FEED_SIZE + 3):
            StoryPageFactory(parent=index, title=f"Récit {day}", date_published=datetime.date(2024, 1, 1 + day))
        titles = self.rss_titles()
        self.assertEqual(len(titles), FEED_SIZE)
        self.assertEqual(titles[:3], ["Le tiers-lieu ouvre", "La ferme du plateau", "Récit 22"])
        self.assertEqual(len(self.atom_titles()), FEED_SIZE)

    def test_feed_query_budget_does_not_grow_with_stories(self):
        def count() -> int:
            with CaptureQueriesContext(connection) as queries:
                self.fetch("/flux.xml")
            return len(queries)

        self.fetch("/flux.xml")  # Wagtail caches the sites' root paths
        few = count()
        index = Page.objects.get(pk=self.alpha_index.pk)
        for day in range(15):
            StoryPageFactory(parent=index, date_published=datetime.date(2024, 2, 1 + day), author="Quelqu'un")
        many = count()
        self.assertLessEqual(many, FEED_QUERY_BUDGET)
        self.assertEqual(many, few)


class FeedIsolationTests(FeedTestCase):
    def test_a_territory_feed_never_lists_another_territory_story(self):
        alpha_titles = self.rss_titles() + self.atom_titles()
        beta_titles = self.rss_titles(host="beta.localhost") + self.atom_titles(host="beta.localhost")
        self.assertNotIn("Un récit de Beta", alpha_titles)
        self.assertEqual(set(beta_titles), {"Un récit de Beta"})
        self.assertEqual(self.rss(host="beta.localhost").findtext("title"), "Beta — récits")

    def test_drafts_are_left_out(self):
        self.assertNotIn("Pas encore publié", self.rss_titles())

    def test_english_feed_lists_english_stories_only(self):
        channel = self.rss("/en/flux.xml")
        self.assertEqual(channel.findtext("language"), "en")
        self.assertEqual(channel.findtext("link"), "http://alpha.localhost/en/recits/")
        items = list(channel.iter("item"))
        self.assertEqual([item.findtext("title") for item in items], ["The farm on the plateau"])
        self.assertEqual(items[0].findtext("link"), "http://alpha.localhost/en/recits/la-ferme/")
        with translation.override("en"):
            self.assertEqual([c.text for c in items[0].findall("category")], [str(StoryKind.PORTRAIT.label)])
        self.assertEqual(self.atom_titles("/en/flux.atom"), ["The farm on the plateau"])
        self.assertNotIn("The farm on the plateau", self.rss_titles())

    def test_an_alias_is_not_a_translation(self):
        english_index = self.alpha_index.get_translation(Locale.objects.get(language_code="en"))
        self.newer.create_alias(parent=english_index, update_locale=english_index.locale, update_slug="alias")
        self.assertEqual(self.rss_titles("/en/flux.xml"), ["The farm on the plateau"])

    def test_a_language_the_site_does_not_offer_answers_404(self):
        self.fetch("/it/flux.xml", status=404)
        self.fetch("/en/flux.atom", host="beta.localhost", status=404)
        self.fetch("/en/flux.xml", host="beta.localhost", status=404)

    def test_the_portal_has_no_feed(self):
        ensure_portal(hostname="localhost")
        self.fetch("/flux.xml", host="localhost", status=404)
        self.fetch("/flux.atom", host="localhost", status=404)
