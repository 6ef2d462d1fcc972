"""Site search: per site and per language, fresh after every publication, safe whatever is typed, with
promoted results each territory manages for itself."""

import datetime
import json
import re
from io import StringIO
from unittest import mock, skipUnless

from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from brands.core.provisioning import SEARCH_PROMOTION_PERMISSIONS
from brands.core.translation import add_language
from search import indexing
from search.models import SearchDocument
from tests.factories import (
    PASSWORD,
    ContactFormPageFactory,
    ContentPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StrengthFactory,
    StrengthsPageFactory,
    SuperuserFactory,
    UserFactory,
    make_territory,
    publish_translation,
)

# Every title and text of territory B carries this word; it must never show on A.
SECRET = "Zeppelin"
# The whole results page, header and footer included. Measured on SQLite and on PostgreSQL: 9 for results,
# 11 with a promotion and strengths (their links), 12 with no result (the suggestions).
RESULTS_PAGE_QUERY_BUDGET = 12


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def section(heading: str, html: str) -> list[dict]:
    """A content page body with one section, as the StreamField stores it."""
    return [{"type": "section", "value": {"heading": heading, "text": html}}]


class SearchTestCase(TestCase):
    host = "alpha.localhost"

    def search(self, query: str | None = None, prefix: str = "", host: str | None = None, **params):
        if query is not None:
            params["q"] = query
        return self.client.get(f"{prefix}/recherche/", params, HTTP_HOST=host or self.host)

    def result_titles(self, response) -> list[str]:
        return [result.title for result in response.context["results"]]


class SiteAndLanguageTests(SearchTestCase):
    """Territory A (French and English) and territory B (French only) both write about bicycles."""

    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("alpha", "Alpha")
        cls.b = make_territory("beta", "Beta")
        home_a, home_b = cls.a.site.root_page, cls.b.site.root_page
        cls.stories = publish(StoryIndexPageFactory(parent=home_a))
        cls.strengths_page = publish(StrengthsPageFactory(parent=home_a))
        cls.story = publish(
            StoryPageFactory(
                parent=cls.stories,
                title="Le vélo au village",
                slug="le-velo",
                lead="Chaque matin, Léa traverse le plateau à vélo pour ouvrir la boulangerie.",
                tags=["mobilité"],
            )
        )
        cls.page = publish(
            ContentPageFactory(
                parent=home_a,
                title="Vivre ici",
                slug="vivre-ici",
                intro="Écoles, santé et transports : tout pour s'installer.",
                body=section("Se déplacer", "<p>Un service de location de <b>vélo</b> électrique à la gare.</p>"),
            )
        )
        cls.strength = StrengthFactory(
            site=cls.a.site, title="Des pistes cyclables", category="mobility", pitch="Trente kilomètres à vélo."
        )
        publish(ContentPageFactory(parent=home_b, title=f"Le vélo {SECRET}", intro=f"Le vélo à {SECRET}, village."))
        StrengthFactory(site=cls.b.site, title=f"Vélo {SECRET}", pitch=f"Des vélos à {SECRET}.")

        # English: the story is translated and published; the content page stays a draft translation.
        add_language(cls.a, "en")
        publish_translation(home_a, "en", "Alpha")
        publish_translation(cls.stories, "en", "Stories")
        publish_translation(cls.story, "en", "Cycling to the bakery Lumberjack", lead="Every morning, by bike.")

        # Never shown: an alias, a draft's words, a private page.
        cls.story.create_alias(parent=home_a, update_slug="alias-du-velo")
        cls.page.intro = "Brouillon jamais publié : Grimoire."
        cls.page.save_revision()
        private = publish(ContentPageFactory(parent=home_a, title="Vélo des adhérents", slug="prive"))
        PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")

    def test_results_come_from_the_current_site_only(self):
        response = self.search("vélo")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            sorted(self.result_titles(response)), ["Des pistes cyclables", "Le vélo au village", "Vivre ici"]
        )
        self.assertNotContains(response, SECRET)
        on_b = self.search("vélo", host="beta.localhost")
        self.assertEqual(sorted(self.result_titles(on_b)), [f"Le vélo {SECRET}", f"Vélo {SECRET}"])
        self.assertNotContains(on_b, "village</a>")

    def test_results_link_to_the_pages_of_the_current_site(self):
        response = self.search("vélo")
        self.assertContains(response, 'href="/recits/le-velo/"')
        self.assertContains(response, 'href="/vivre-ici/"')
        self.assertContains(response, f'href="/{self.strengths_page.slug}/#mobility"')

    def test_another_language_never_shows(self):
        self.assertEqual(self.result_titles(self.search("Lumberjack")), [])
        english = self.search("Lumberjack", prefix="/en")
        self.assertEqual(english.status_code, 200)
        self.assertEqual(self.result_titles(english), ["Cycling to the bakery Lumberjack"])
        self.assertContains(english, 'href="/en/recits/le-velo/"')
        # The English draft of "Vivre ici" and the French pages are not English results.
        self.assertEqual(self.result_titles(self.search("vivre", prefix="/en")), [])
        self.assertContains(english, 'action="/en/recherche/"')

    def test_a_language_the_site_does_not_offer_is_404(self):
        self.assertEqual(self.search("vélo", prefix="/en", host="beta.localhost").status_code, 404)
        self.assertEqual(self.search("vélo", prefix="/it").status_code, 404)

    def test_aliases_drafts_and_private_pages_never_show(self):
        self.assertEqual(self.result_titles(self.search("vélo")).count("Le vélo au village"), 1)
        self.assertNotContains(self.search("vélo"), "alias-du-velo")
        self.assertEqual(self.result_titles(self.search("Grimoire")), [])
        self.assertEqual(self.result_titles(self.search("adhérents")), [])

    def test_type_filters_work_by_plain_links(self):
        response = self.search("vélo", type="recits")
        self.assertEqual(self.result_titles(response), ["Le vélo au village"])
        self.assertContains(response, 'href="?type=pages&amp;q=v%C3%A9lo"')
        self.assertContains(response, '<a href="?q=v%C3%A9lo">Tout <span class="search-filters__count">(3)</span></a>')
        self.assertContains(response, 'aria-current="true">Récits <span class="search-filters__count">(1)</span>')
        self.assertEqual(self.result_titles(self.search("vélo", type="pages")), ["Vivre ici"])
        self.assertEqual(self.result_titles(self.search("vélo", type="atouts")), ["Des pistes cyclables"])
        self.assertEqual(len(self.result_titles(self.search("vélo", type="inconnu"))), 3)

    def test_text_comes_from_every_field_block_and_theme(self):
        self.assertEqual(self.result_titles(self.search("location électrique")), ["Vivre ici"])  # rich text block
        self.assertEqual(self.result_titles(self.search("déplacer")), ["Vivre ici"])  # section heading
        self.assertEqual(self.result_titles(self.search("mobilité")), ["Le vélo au village"])  # story theme

    def test_urls_choices_and_ids_are_not_text(self):
        video = {"url": "https://vimeo.com/987654321", "title": "Balade au lac", "caption": "", "transcript": ""}
        publish(
            ContentPageFactory(parent=self.a.site.root_page, title="Vidéo", body=[{"type": "video", "value": video}])
        )
        self.assertEqual(self.result_titles(self.search("balade lac")), ["Vidéo"])
        self.assertEqual(self.result_titles(self.search("987654321")), [])

    def test_a_form_is_a_result_of_its_own_kind_without_its_staff_addresses(self):
        form = ContactFormPageFactory(
            parent=self.a.site.root_page,
            title="Visiter le tiers-lieu",
            intro="Réservez une visite de la salle de réunion.",
            to_address="equipe-interne@alpha.example.fr",
            subject="Demande interne de visite",
        )
        publish(form)
        response = self.search("salle de réunion", type="formulaires")
        self.assertEqual(self.result_titles(response), ["Visiter le tiers-lieu"])
        self.assertContains(response, '<p class="search-result__kind">Formulaire</p>', html=False)
        self.assertEqual(self.result_titles(self.search("equipe-interne")), [])
        self.assertEqual(self.result_titles(self.search("Demande interne")), [])

    def test_lines_and_paragraphs_stay_apart_in_the_text(self):
        """A <br> (as the legal texts write it) separates words, like <br/> and </p>: no « Gare73300 »."""
        html = "<p>12 avenue de la Gare<br>73300 Saint-Jean</p><p>velo@example.fr<br/>Téléphone : 04 65</p>"
        page = publish(ContentPageFactory(parent=self.a.site.root_page, title="Contact", body=section("", html)))
        text = SearchDocument.objects.get(page=page).text
        self.assertIn("de la Gare 73300 Saint-Jean", text)
        self.assertIn("velo@example.fr Téléphone : 04 65", text)

    def test_search_ignores_case_and_accents(self):
        self.assertEqual(self.result_titles(self.search("BOULANGERIE")), ["Le vélo au village"])
        self.assertEqual(self.result_titles(self.search("lea traverse")), ["Le vélo au village"])

    def test_excerpt_highlights_matches_and_escapes_page_text(self):
        response = self.search("location")
        excerpt = str(response.context["results"][0].excerpt)
        self.assertIn("<mark>location</mark>", excerpt)
        self.assertNotIn("<b>", excerpt)  # the rich text's markup never comes through
        self.assertContains(response, "<mark>location</mark>")

    def test_header_offers_a_labelled_search_form(self):
        response = self.client.get("/", HTTP_HOST=self.host)
        self.assertContains(
            response,
            '<form class="site-search" role="search" aria-label="Recherche sur le site" method="get" action="/recherche/">',
        )
        self.assertContains(response, '<label class="visually-hidden" for="recherche-entete">')
        self.assertContains(response, 'id="recherche-entete" name="q"')


class EscapingTests(SearchTestCase):
    """A page whose text holds markup, as a visitor would read it."""

    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("alpha", "Alpha")
        publish(
            ContentPageFactory(
                parent=cls.a.site.root_page,
                title="Balises <em>",
                intro="Écrire <script>alert('x')</script> dans un formulaire de la mairie & co.",
            )
        )

    def test_page_text_is_escaped_around_the_marks(self):
        response = self.search("mairie")
        self.assertContains(response, "<mark>mairie</mark>")
        self.assertContains(response, "Balises &lt;em&gt;</a>")
        self.assertNotContains(response, "<script>alert")
        if connection.vendor != "postgresql":  # ts_headline leaves out whatever looks like markup
            self.assertContains(response, "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; dans un formulaire")


class AdversarialQueryTests(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("alpha", "Alpha")
        publish(
            ContentPageFactory(
                parent=cls.a.site.root_page, title="Le marché", intro="Le marché du samedi, 100 % local."
            )
        )

    def test_every_query_answers_a_normal_page(self):
        documents = SearchDocument.objects.count()
        queries = {
            "empty": "",
            "spaces": "   ",
            "one letter": "a",
            "very long": "marché " * 2000,
            "SQL": "' OR 1=1 --",
            "SQL comment": "marché'; DROP TABLE search_searchdocument; --",
            "percent": "%",
            "underscore": "_",
            "backslash": "\\",
            "mixed wildcards": "%_\\%",
            "tsquery syntax": "marché & | ! ( ) :* <-> '",
            "HTML": "<script>alert(1)</script>",
            "emoji": "🚲 vélo 👩‍🌾",
            "NUL byte": "mar\x00ché",
            "control characters": "\x01\x02\x03\x1b",
            "only punctuation": "!!! ??? ...",
        }
        for name, query in queries.items():
            with self.subTest(name):
                response = self.search(query)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "<h1>")
                self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertEqual(SearchDocument.objects.count(), documents)

    def test_html_comes_back_escaped(self):
        response = self.search("<script>alert(1)</script>")
        self.assertContains(response, 'value="&lt;script&gt;alert(1)&lt;/script&gt;"')

    def test_a_long_query_is_cut_to_200_characters(self):
        response = self.search("a" * 10_000)
        self.assertEqual(response.context["query"], "a" * 200)
        self.assertContains(response, f'value="{"a" * 200}"')

    def test_nul_and_control_characters_are_dropped(self):
        response = self.search("mar\x00ché")
        self.assertEqual(response.context["query"], "mar ché")

    def test_sql_wildcards_match_only_themselves(self):
        self.assertEqual(self.result_titles(self.search("%")), [])
        self.assertEqual(self.result_titles(self.search("_")), [])
        self.assertEqual(self.result_titles(self.search("100 %")), ["Le marché"])

    def test_results_are_not_indexed_with_a_single_robots_directive(self):
        for noindex_mode, directive in ((False, "noindex"), (True, "noindex, nofollow")):
            with self.subTest(staging=noindex_mode), self.settings(SEO_NOINDEX=noindex_mode):
                for query in (None, "vallée"):
                    html = self.search(query).content.decode()
                    self.assertEqual(re.findall(r'<meta name="robots" content="([^"]*)">', html), [directive])

    def test_empty_query_invites_to_search(self):
        response = self.search("")
        self.assertContains(response, "Rechercher sur le site</h1>")
        self.assertContains(response, "saisissez quelques mots")
        self.assertNotContains(response, "résultat")
        self.assertEqual(self.search().status_code, 200)


class StemmingTests(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("alpha", "Alpha")
        publish(ContentPageFactory(parent=cls.a.site.root_page, title="Louer un vélo", intro="À la gare."))
        publish(ContentPageFactory(parent=cls.a.site.root_page, title="Nos chevaux", intro="Balades en forêt."))

    @skipUnless(
        connection.vendor == "postgresql",
        "racinisation française du moteur PostgreSQL (configuration « french ») : SQLite n'a que la recherche de repli",
    )
    def test_french_stemming_on_postgresql(self):
        self.assertEqual(self.result_titles(self.search("vélos")), ["Louer un vélo"])
        self.assertEqual(self.result_titles(self.search("cheval")), ["Nos chevaux"])  # no common prefix
        self.assertEqual(self.result_titles(self.search("balade")), ["Nos chevaux"])
        document = SearchDocument.objects.get(title="Louer un vélo")
        self.assertEqual(document.config, "french")
        self.assertIsNotNone(document.search_vector)

    def test_plural_and_unaccented_forms_find_the_page(self):
        self.assertEqual(self.result_titles(self.search("vélos")), ["Louer un vélo"])
        self.assertEqual(self.result_titles(self.search("VELO")), ["Louer un vélo"])
        self.assertEqual(self.result_titles(self.search("foret")), ["Nos chevaux"])


class FreshnessTests(SearchTestCase):
    """The index follows publishing, unpublishing, deleting and moving, with no rebuild."""

    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("alpha", "Alpha")
        cls.b = make_territory("beta", "Beta")
        cls.home = cls.a.site.root_page
        cls.section = publish(ContentPageFactory(parent=cls.home, title="Vivre ici", slug="vivre-ici"))

    def new_page(self, **kwargs) -> Page:
        page = ContentPageFactory(parent=self.home, live=False, title="Atelier de poterie", slug="poterie", **kwargs)
        return page

    def test_publish_then_unpublish(self):
        page = self.new_page()
        self.assertEqual(self.result_titles(self.search("poterie")), [])
        publish(page)
        self.assertEqual(self.result_titles(self.search("poterie")), ["Atelier de poterie"])
        page.refresh_from_db()
        page.unpublish()
        self.assertEqual(self.result_titles(self.search("poterie")), [])

    def test_published_changes_replace_the_old_words(self):
        page = publish(self.new_page())
        page.title = "Atelier de céramique"
        page.save_revision()
        self.assertEqual(self.result_titles(self.search("céramique")), [])  # a draft, not yet public
        page.save_revision().publish()
        self.assertEqual(self.result_titles(self.search("céramique")), ["Atelier de céramique"])
        self.assertEqual(self.result_titles(self.search("poterie")), [])

    def test_delete(self):
        page = publish(self.new_page())
        page.delete()
        self.assertEqual(self.result_titles(self.search("poterie")), [])
        self.assertFalse(SearchDocument.objects.filter(title="Atelier de poterie").exists())

    def test_a_document_leaves_the_results_once_its_visibility_ends(self):
        page = publish(self.new_page())
        page.refresh_from_db()
        page.search_visible_until = timezone.now() + datetime.timedelta(hours=1)  # as an expiring job offer says
        indexing.index_page(page)
        self.assertEqual(self.result_titles(self.search("poterie")), ["Atelier de poterie"])
        with mock.patch("search.models.timezone.now", return_value=timezone.now() + datetime.timedelta(hours=2)):
            self.assertEqual(self.result_titles(self.search("poterie")), [])
        self.assertEqual(SearchDocument.objects.filter(title="Atelier de poterie").count(), 1)  # kept, not shown

    def test_move_within_the_site_keeps_it_with_its_new_url(self):
        page = publish(self.new_page())
        page.move(self.section, pos="last-child")
        response = self.search("poterie")
        self.assertEqual(self.result_titles(response), ["Atelier de poterie"])
        self.assertContains(response, 'href="/vivre-ici/poterie/"')

    def test_move_to_another_territory_moves_its_result(self):
        page = publish(self.new_page())
        page.move(self.b.site.root_page, pos="last-child")
        self.assertEqual(self.result_titles(self.search("poterie")), [])
        self.assertEqual(self.result_titles(self.search("poterie", host="beta.localhost")), ["Atelier de poterie"])

    def test_privacy_removes_and_restores(self):
        page = publish(self.new_page())
        restriction = PageViewRestriction.objects.create(page=self.section, restriction_type="login")
        page.move(self.section, pos="last-child")
        self.assertEqual(self.result_titles(self.search("poterie")), [])
        restriction.delete()
        self.assertEqual(self.result_titles(self.search("poterie")), ["Atelier de poterie"])

    def test_strengths_follow_their_saves(self):
        strength = StrengthFactory(site=self.a.site, title="Un lac de baignade")
        self.assertEqual(self.result_titles(self.search("baignade")), ["Un lac de baignade"])
        strength.title = "Un étang"
        strength.save()
        self.assertEqual(self.result_titles(self.search("baignade")), [])
        strength.delete()
        self.assertFalse(SearchDocument.objects.filter(strength__isnull=False).exists())

    def test_a_new_language_is_searchable_once_its_pages_are_published(self):
        add_language(self.a, "en")
        self.assertEqual(self.search("vivre", prefix="/en").context["results"], [])
        publish_translation(self.home, "en", "Alpha")
        publish_translation(self.section, "en", "Living here")
        self.assertEqual(self.result_titles(self.search("living", prefix="/en")), ["Living here"])


class RebuildCommandTests(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("alpha", "Alpha")
        cls.b = make_territory("beta", "Beta")
        publish(ContentPageFactory(parent=cls.a.site.root_page, title="Le lavoir"))
        StrengthFactory(site=cls.b.site, title="Le col")

    def documents(self) -> list[tuple]:
        fields = ["page_id", "strength_id", "site_id", "language", "kind", "title", "text"]
        return list(SearchDocument.objects.order_by("page_id", "strength_id").values_list(*fields))

    def test_rebuild_is_idempotent_and_speaks_french(self):
        before = self.documents()
        out = StringIO()
        call_command("rebuild_search_documents", stdout=out)
        self.assertEqual(self.documents(), before)
        call_command("rebuild_search_documents", stdout=out)
        self.assertEqual(self.documents(), before)
        pages = SearchDocument.objects.filter(page__isnull=False).count()
        self.assertIn(f"Index de recherche reconstruit : {pages} pages, 1 atout et 0 fiche, sur ", out.getvalue())

    def test_rebuild_restores_a_lost_index(self):
        before = self.documents()
        SearchDocument.objects.all().delete()
        call_command("rebuild_search_documents", stdout=StringIO())
        self.assertEqual(self.documents(), before)
        self.assertEqual(self.result_titles(self.search("lavoir")), ["Le lavoir"])


class PaginationAndBudgetTests(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("alpha", "Alpha")
        home = cls.a.site.root_page
        cls.stories = publish(StoryIndexPageFactory(parent=home))
        publish(StrengthsPageFactory(parent=home))
        for number in range(25):
            publish(ContentPageFactory(parent=home, title=f"Randonnée {number:02d}", slug=f"randonnee-{number:02d}"))
        for number in range(3):
            publish(StoryPageFactory(parent=cls.stories, title=f"Fromager {number}", slug=f"fromager-{number}"))
            StrengthFactory(site=cls.a.site, title=f"Fromagerie {number}", pitch="Le fromage du plateau.")

    def test_ten_results_a_page(self):
        first = self.search("randonnée")
        self.assertEqual(first.context["total"], 25)
        self.assertEqual(len(first.context["results"]), 10)
        self.assertContains(first, "25 résultats pour «\u00a0randonnée\u00a0», page 1 sur 3.")
        self.assertContains(first, '<nav class="pagination" aria-label="Pages de résultats">')
        self.assertContains(first, '<a href="?q=randonn%C3%A9e&amp;page=2" rel="next">Page suivante</a>')
        self.assertContains(first, 'aria-current="page"><span class="visually-hidden">Page </span>1</a>')
        last = self.search("randonnée", page="3")
        self.assertEqual(len(last.context["results"]), 5)
        self.assertContains(last, 'rel="prev">Page précédente</a>')
        titles = set(self.result_titles(first)) | set(self.result_titles(self.search("randonnée", page="2")))
        self.assertEqual(len(titles | set(self.result_titles(last))), 25)

    def test_a_wrong_page_number_falls_back(self):
        self.assertEqual(self.search("randonnée", page="abc").context["results_page"].number, 1)
        self.assertEqual(self.search("randonnée", page="-4").context["results_page"].number, 3)
        self.assertEqual(self.search("randonnée", page="999").context["results_page"].number, 3)

    def test_nothing_found_suggests_spelling_and_the_latest_stories(self):
        response = self.search("xylophone")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Aucun résultat pour «\u00a0xylophone\u00a0».")
        self.assertContains(response, "Vérifiez l’orthographe des mots.")
        self.assertContains(response, "Les derniers récits")
        self.assertEqual([story.title for story in response.context["latest_stories"]][:1], ["Fromager 2"])
        self.assertContains(response, 'href="/recits/"')
        self.assertContains(response, 'href="/nos-atouts/"')

    def count_queries(self, query: str) -> int:
        self.search(query)  # warms Wagtail's site root paths and renditions
        with CaptureQueriesContext(connection) as queries:
            response = self.search(query)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_query_budget_does_not_grow_with_results(self):
        one = self.count_queries("randonnée 07")
        self.assertEqual(self.search("randonnée 07").context["total"], 1)
        many = self.count_queries("randonnée")  # 25 pages, 3 pages of results
        self.assertEqual(one, many)
        self.assertLessEqual(many, RESULTS_PAGE_QUERY_BUDGET)
        Query.get("fromage").editors_picks.create(page=self.stories, sort_order=0)
        self.assertLessEqual(self.count_queries("fromage"), RESULTS_PAGE_QUERY_BUDGET)  # a promotion, strengths
        self.assertLessEqual(self.count_queries("xylophone"), RESULTS_PAGE_QUERY_BUDGET)  # the suggestions


class PromotedResultsTests(SearchTestCase):
    """Both territories promote a page for "mairie"; each site shows its own promotion only."""

    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("alpha", "Alpha")
        cls.b = make_territory("beta", "Beta")
        cls.contact = publish(ContentPageFactory(parent=cls.a.site.root_page, title="Nous contacter", slug="contact"))
        publish(ContentPageFactory(parent=cls.a.site.root_page, title="La mairie", slug="la-mairie"))
        cls.contact_b = publish(ContentPageFactory(parent=cls.b.site.root_page, title=f"Contact {SECRET}"))
        query = Query.get("Mairie")
        query.editors_picks.create(page=cls.contact, sort_order=0, description="Horaires et adresse.")
        query.editors_picks.create(page=cls.contact_b, sort_order=1, description=f"Mairie de {SECRET}")
        query.editors_picks.create(external_link_url="https://example.org", external_link_text="Ailleurs")
        add_language(cls.a, "en")

    def test_promotion_of_the_site_comes_first(self):
        response = self.search("mairie")
        results = response.context["results"]
        self.assertEqual([result.title for result in results], ["Nous contacter", "La mairie"])
        self.assertTrue(results[0].promoted)
        self.assertContains(response, "Meilleur résultat")
        self.assertContains(response, "Horaires et adresse.")
        self.assertNotContains(response, SECRET)
        self.assertNotContains(response, "Ailleurs")

    def test_matching_ignores_case_and_spaces_only(self):
        self.assertTrue(self.search("  MAIRIE ").context["results"][0].promoted)
        self.assertFalse(any(result.promoted for result in self.search("mairies").context["results"]))

    def test_other_site_shows_its_own_promotion(self):
        response = self.search("mairie", host="beta.localhost")
        self.assertEqual(self.result_titles(response), [f"Contact {SECRET}"])
        self.assertNotContains(response, "Nous contacter")

    def test_promotion_shows_in_the_visitor_language_once_translated(self):
        self.assertEqual(self.result_titles(self.search("mairie", prefix="/en")), [])
        publish_translation(self.a.site.root_page, "en", "Alpha")
        publish_translation(self.contact, "en", "Contact us")
        self.assertEqual(self.result_titles(self.search("mairie", prefix="/en")), ["Contact us"])

    def test_a_promotion_is_never_shown_twice(self):
        Query.get("contacter").editors_picks.create(page=self.contact, sort_order=0)
        self.assertEqual(self.result_titles(self.search("contacter")), ["Nous contacter"])
        self.assertEqual(self.search("contacter").context["total"], 1)


class PromotionAdminTests(TestCase):
    """Territory A's editor manages A's promoted results only, whatever URL or POST they try."""

    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("alpha", "Alpha")
        cls.b = make_territory("beta", "Beta")
        permissions = [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in SEARCH_PROMOTION_PERMISSIONS
        ]
        for territory in (cls.a, cls.b):  # as brands/core/provisioning.py does; granted here so these tests stand alone
            territory.editors_group.permissions.add(*permissions)
            territory.moderators_group.permissions.add(*permissions)
        cls.editor_a = UserFactory.editor_of(cls.a)
        cls.page_a = publish(ContentPageFactory(parent=cls.a.site.root_page, title="Nous contacter"))
        cls.other_a = publish(ContentPageFactory(parent=cls.a.site.root_page, title="Les horaires"))
        cls.page_b = publish(ContentPageFactory(parent=cls.b.site.root_page, title=f"Contact {SECRET}"))
        cls.shared = Query.get("mairie")
        cls.own_pick = cls.shared.editors_picks.create(page=cls.page_a, sort_order=0, description="Chez nous")
        cls.b_pick = cls.shared.editors_picks.create(page=cls.page_b, sort_order=1, description=f"Chez {SECRET}")
        cls.b_only = Query.get(f"fête {SECRET}")
        cls.b_only.editors_picks.create(page=cls.page_b, sort_order=0)

    def setUp(self):
        self.assertTrue(self.client.login(username=self.editor_a.username, password=PASSWORD))

    def promotions(self) -> list[tuple]:
        return sorted(SearchPromotion.objects.values_list("pk", "query_id", "page_id", "description", "sort_order"))

    def form_data(self, query_string: str, forms: list[dict], initial: int = 0) -> dict:
        data = {
            "query_string": query_string,
            "editors_picks-TOTAL_FORMS": len(forms),
            "editors_picks-INITIAL_FORMS": initial,
            "editors_picks-MIN_NUM_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
        }
        for index, form in enumerate(forms):
            defaults = {"id": "", "page": "", "description": "", "ORDER": index, "DELETE": ""}
            data.update({f"editors_picks-{index}-{key}": value for key, value in {**defaults, **form}.items()})
        return data

    def test_menu_item_is_offered(self):
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, reverse("wagtailsearchpromotions:index"))

    def test_listing_shows_only_own_terms_and_promotions(self):
        response = self.client.get(reverse("wagtailsearchpromotions:index"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "mairie")
        self.assertContains(response, "Nous contacter")
        self.assertNotContains(response, SECRET)
        results = self.client.get(reverse("wagtailsearchpromotions:index_results"), {"q": "fête"})
        self.assertNotContains(results, SECRET)
        chooser = self.client.get(reverse("wagtailsearchpromotions:chooser"))
        self.assertEqual(chooser.status_code, 200)
        self.assertNotIn(SECRET, json.loads(chooser.content)["html"])

    def test_a_term_of_b_only_cannot_be_opened_edited_or_deleted(self):
        before = self.promotions()
        for name in ("wagtailsearchpromotions:edit", "wagtailsearchpromotions:delete"):
            url = reverse(name, args=[self.b_only.pk])
            with self.subTest(name):
                self.assertEqual(self.client.get(url).status_code, 404)
                response = self.client.post(url, self.form_data("volé", [{"page": self.page_a.pk}]))
                self.assertEqual(response.status_code, 404)
                self.assertNotContains(response, SECRET, status_code=404)
        self.assertEqual(self.promotions(), before)

    def test_a_shared_term_shows_and_deletes_only_own_promotions(self):
        url = reverse("wagtailsearchpromotions:edit", args=[self.shared.pk])
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Chez nous")
        self.assertNotContains(response, SECRET)
        self.client.post(reverse("wagtailsearchpromotions:delete", args=[self.shared.pk]))
        self.assertFalse(SearchPromotion.objects.filter(pk=self.own_pick.pk).exists())
        self.assertTrue(SearchPromotion.objects.filter(pk=self.b_pick.pk).exists())

    def test_renaming_a_shared_term_moves_only_own_promotions(self):
        url = reverse("wagtailsearchpromotions:edit", args=[self.shared.pk])
        form = {"id": self.own_pick.pk, "page": self.page_a.pk, "description": "Chez nous"}
        response = self.client.post(url, self.form_data("hôtel de ville", [form], initial=1))
        self.assertRedirects(response, reverse("wagtailsearchpromotions:index"))
        self.assertEqual(SearchPromotion.objects.get(pk=self.own_pick.pk).query.query_string, "hôtel de ville")
        self.assertEqual(SearchPromotion.objects.get(pk=self.b_pick.pk).query_id, self.shared.pk)

    def test_a_promotion_of_b_cannot_be_changed_or_deleted_through_a_shared_term(self):
        before = self.promotions()
        url = reverse("wagtailsearchpromotions:edit", args=[self.shared.pk])
        own = {"id": self.own_pick.pk, "page": self.page_a.pk, "description": "Chez nous"}
        changed = {"id": self.b_pick.pk, "page": self.page_a.pk, "description": "Volée"}
        response = self.client.post(url, self.form_data("mairie", [own, changed], initial=2))
        self.assertEqual(response.status_code, 200)  # the form again, with its error
        self.assertNotContains(response, SECRET)
        deleted = {"id": self.b_pick.pk, "page": self.page_b.pk, "DELETE": "1"}
        self.client.post(url, self.form_data("mairie", [own, deleted], initial=2))
        self.assertEqual(self.promotions(), before)

    def test_a_page_of_another_territory_is_refused_in_french(self):
        before = self.promotions()
        for url in (
            reverse("wagtailsearchpromotions:add"),
            reverse("wagtailsearchpromotions:edit", args=[self.shared.pk]),
        ):
            with self.subTest(url):
                response = self.client.post(url, self.form_data("mairie", [{"page": self.page_b.pk}]))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Cette page appartient à un autre territoire")
        self.assertEqual(self.promotions(), before)

    def test_own_page_can_be_promoted_for_a_term_b_uses_too(self):
        response = self.client.post(
            reverse("wagtailsearchpromotions:add"), self.form_data("mairie", [{"page": self.other_a.pk}])
        )
        self.assertRedirects(response, reverse("wagtailsearchpromotions:index"))
        self.assertEqual(
            set(self.shared.editors_picks.values_list("page_id", flat=True)),
            {self.page_a.pk, self.other_a.pk, self.page_b.pk},
        )

    def test_external_links_are_not_offered(self):
        response = self.client.get(reverse("wagtailsearchpromotions:add"))
        self.assertNotContains(response, "external_link_url")
        data = self.form_data("ailleurs", [{"external_link_url": "https://example.org", "external_link_text": "X"}])
        response = self.client.post(reverse("wagtailsearchpromotions:add"), data)
        self.assertContains(response, "Choisissez la page à mettre en avant.")
        self.assertFalse(SearchPromotion.objects.filter(external_link_url="https://example.org").exists())

    def test_superuser_sees_every_territory(self):
        self.client.force_login(SuperuserFactory())
        response = self.client.get(reverse("wagtailsearchpromotions:index"))
        self.assertContains(response, SECRET)
        response = self.client.get(reverse("wagtailsearchpromotions:edit", args=[self.b_only.pk]))
        self.assertEqual(response.status_code, 200)
