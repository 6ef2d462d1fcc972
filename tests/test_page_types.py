"""Every concrete page type renders on its own host, sits only where it may, and opens in the admin;
plus what the "Nos atouts" page and the content page's table of contents show, and their query budgets."""

import json
import re

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase

from brands.core.provisioning import ensure_portal
from brands.models import (
    AccessibilityStatementPage,
    BrandSettings,
    ContentPage,
    LegalPage,
    StoryIndexPage,
    StoryPage,
    Strength,
    StrengthCategory,
    StrengthsPage,
)
from contact.models import ContactFormPage
from directory.models import DirectoryPage
from events.models import EventIndexPage, EventPage
from home.models import HomePage, PortalPage
from jobs.models import JobIndexPage, JobPage
from newcomers.models import NewcomerHubPage
from opportunities.models import OpportunityIndexPage, OpportunityPage
from tests.factories import (
    BLOCK_WRAPPERS,
    ContactFormPageFactory,
    ContentPageFactory,
    DirectoryPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ImageFactory,
    JobIndexPageFactory,
    JobPageFactory,
    NewcomerHubPageFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StrengthFactory,
    StrengthsPageFactory,
    SuperuserFactory,
    every_block_body,
    make_territory,
)

# Measured with every block type (content page) and with two then ten strengths; the same on PostgreSQL.
CONTENT_PAGE_QUERY_BUDGET = 12
# « Nos atouts »: one more than before its stories were matched by language (their links, then the three shown).
STRENGTHS_PAGE_QUERY_BUDGET = 12


class PageTypeChecksMixin:
    """For each page type of `page_types` ({model: (parents, children)}): renders, placement, admin."""

    page_types: dict = {}
    hostname = ""

    def make_page(self, model) -> Page:
        raise NotImplementedError

    def test_each_page_type_renders_on_its_own_host(self):
        for model in self.page_types:
            with self.subTest(model.__name__):
                page = self.make_page(model)
                response = self.client.get(page.url, HTTP_HOST=self.hostname)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(len(re.findall(r"<h1[ >]", response.content.decode())), 1)

    def test_each_page_type_has_its_parents_and_children(self):
        for model, (parents, children) in self.page_types.items():
            with self.subTest(model.__name__):
                self.assertAllowedParentPageTypes(model, parents)
                self.assertAllowedSubpageTypes(model, children)

    def test_each_page_type_opens_in_the_admin(self):
        self.client.force_login(SuperuserFactory())
        for model in self.page_types:
            with self.subTest(model.__name__):
                page = self.make_page(model)
                self.assertEqual(self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code, 200)


LEGAL_PARENTS = {HomePage, PortalPage}


class TerritoryPageTypeTests(PageTypeChecksMixin, WagtailPageTestCase):
    hostname = "xaintrie.localhost"
    page_types = {
        HomePage: (
            {Page},
            {
                ContentPage,
                StoryIndexPage,
                StrengthsPage,
                LegalPage,
                AccessibilityStatementPage,
                ContactFormPage,
                NewcomerHubPage,
                OpportunityIndexPage,
                EventIndexPage,
                JobIndexPage,
                DirectoryPage,
            },
        ),
        ContentPage: ({HomePage, PortalPage, ContentPage}, {ContentPage}),
        StrengthsPage: ({HomePage}, set()),
        ContactFormPage: ({HomePage}, set()),
        NewcomerHubPage: ({HomePage}, set()),
        LegalPage: (LEGAL_PARENTS, set()),
        AccessibilityStatementPage: (LEGAL_PARENTS, set()),
    }

    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("xaintrie", "La Xaintrie")
        cls.home = territory.site.root_page.specific
        cls.brand = BrandSettings.for_site(territory.site)

    def make_page(self, model) -> Page:
        # Every territory is created with its legal pages (one of each at most under a home).
        existing = {LegalPage: self.brand.legal_notice_page, AccessibilityStatementPage: self.brand.accessibility_page}
        factories = {
            HomePage: lambda: self.home,
            ContentPage: ContentPageFactory,
            StrengthsPage: StrengthsPageFactory,
            ContactFormPage: ContactFormPageFactory,
            NewcomerHubPage: NewcomerHubPageFactory,
        }
        if model in existing:
            return existing[model].specific
        return self.home if model is HomePage else factories[model](parent=self.home)


class StoryPageTypeTests(PageTypeChecksMixin, WagtailPageTestCase):
    hostname = "xaintrie.localhost"
    page_types = {
        StoryIndexPage: ({HomePage}, {StoryPage}),
        StoryPage: ({StoryIndexPage}, set()),
    }

    @classmethod
    def setUpTestData(cls) -> None:
        home = make_territory("xaintrie", "La Xaintrie").site.root_page
        cls.index = StoryIndexPageFactory(parent=home)

    def make_page(self, model) -> Page:
        return self.index if model is StoryIndexPage else StoryPageFactory(parent=self.index)

    def test_one_index_and_one_strengths_page_per_site(self):
        home = self.index.get_parent().specific
        self.assertFalse(StoryIndexPage.can_create_at(home))
        self.assertTrue(StrengthsPage.can_create_at(home))
        StrengthsPageFactory(parent=home)
        self.assertFalse(StrengthsPage.can_create_at(home))

    def test_one_statement_and_two_legal_texts_per_site_all_created_with_it(self):
        home = self.index.get_parent().specific
        self.assertFalse(AccessibilityStatementPage.can_create_at(home))
        self.assertFalse(LegalPage.can_create_at(home))


class OpportunityPageTypeTests(PageTypeChecksMixin, WagtailPageTestCase):
    hostname = "xaintrie.localhost"
    page_types = {
        OpportunityIndexPage: ({HomePage}, {OpportunityPage}),
        OpportunityPage: ({OpportunityIndexPage}, set()),
    }

    @classmethod
    def setUpTestData(cls) -> None:
        home = make_territory("xaintrie", "La Xaintrie").site.root_page
        cls.index = OpportunityIndexPageFactory(parent=home)

    def make_page(self, model) -> Page:
        return self.index if model is OpportunityIndexPage else OpportunityPageFactory(parent=self.index)

    def test_one_offers_index_and_one_hub_per_site(self) -> None:
        home = self.index.get_parent().specific
        self.assertFalse(OpportunityIndexPage.can_create_at(home))
        self.assertTrue(NewcomerHubPage.can_create_at(home))
        NewcomerHubPageFactory(parent=home)
        self.assertFalse(NewcomerHubPage.can_create_at(home))


class JobPageTypeTests(PageTypeChecksMixin, WagtailPageTestCase):
    hostname = "xaintrie.localhost"
    page_types = {
        JobIndexPage: ({HomePage}, {JobPage}),
        JobPage: ({JobIndexPage}, set()),
    }

    @classmethod
    def setUpTestData(cls) -> None:
        home = make_territory("xaintrie", "La Xaintrie").site.root_page
        cls.index = JobIndexPageFactory(parent=home)

    def make_page(self, model) -> Page:
        return self.index if model is JobIndexPage else JobPageFactory(parent=self.index)

    def test_one_job_index_per_site(self) -> None:
        self.assertFalse(JobIndexPage.can_create_at(self.index.get_parent().specific))


class AgendaAndDirectoryPageTypeTests(PageTypeChecksMixin, WagtailPageTestCase):
    hostname = "xaintrie.localhost"
    page_types = {
        EventIndexPage: ({HomePage}, {EventPage}),
        EventPage: ({EventIndexPage}, set()),
        DirectoryPage: ({HomePage}, set()),
    }

    @classmethod
    def setUpTestData(cls) -> None:
        cls.home = make_territory("xaintrie", "La Xaintrie").site.root_page
        cls.agenda = EventIndexPageFactory(parent=cls.home)
        cls.directory = DirectoryPageFactory(parent=cls.home)

    def make_page(self, model) -> Page:
        pages = {EventIndexPage: self.agenda, DirectoryPage: self.directory}
        return pages.get(model) or EventPageFactory(parent=self.agenda)

    def test_one_agenda_and_one_directory_per_site(self) -> None:
        home = self.home.specific
        self.assertFalse(EventIndexPage.can_create_at(home))
        self.assertFalse(DirectoryPage.can_create_at(home))


class PortalPageTypeTests(PageTypeChecksMixin, WagtailPageTestCase):
    hostname = "localhost"
    page_types = {PortalPage: ({Page}, {ContentPage, LegalPage, AccessibilityStatementPage})}

    def make_page(self, model) -> Page:
        return ensure_portal(hostname="localhost").root_page


class EveryPageTypeIsCheckedTests(TestCase):
    def test_every_concrete_page_type_belongs_to_a_family(self):
        checked = {
            model
            for family in (
                TerritoryPageTypeTests,
                StoryPageTypeTests,
                OpportunityPageTypeTests,
                JobPageTypeTests,
                AgendaAndDirectoryPageTypeTests,
                PortalPageTypeTests,
            )
            for model in family.page_types
        }
        self.assertEqual(checked, set(get_page_models()) - {Page})


class StrengthsPageTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("xaintrie", "La Xaintrie")
        other = make_territory("maurienne")
        home = territory.site.root_page
        cls.page = StrengthsPageFactory(parent=home)
        index = StoryIndexPageFactory(parent=home)
        site = territory.site
        fibre = StrengthFactory(
            site=site,
            title="La fibre partout",
            category="mobility",
            figure_value="98",
            figure_unit="%",
            figure_label="des foyers raccordés",
            figure_source="Département",
            figure_year=2024,
        )
        StrengthFactory(site=site, title="Trois vallées", category="nature")
        StrengthFactory(site=site, title="Des forêts", category="nature")
        StrengthFactory(site=other.site, title="Atout Zeppelin", category="nature")
        StoryPageFactory(parent=index, title="La codeuse", related_strengths=[fibre])

    def test_strengths_grouped_by_category_with_figures_and_stories(self):
        html = self.client.get(self.page.url, HTTP_HOST="xaintrie.localhost").content.decode()
        self.assertNotIn("Zeppelin", html)
        self.assertLess(html.index('<h2 id="nature">Nature et paysages</h2>'), html.index('id="mobility"'))
        self.assertIn("98&nbsp;%</strong>", html)
        self.assertIn("Source\u00a0: Département, 2024", html)
        self.assertIn('<a href="/recits/la-codeuse/">La codeuse</a>', html)

    def test_chart_is_accessible_and_has_a_text_alternative(self):
        html = self.client.get(self.page.url, HTTP_HOST="xaintrie.localhost").content.decode()
        self.assertIn('role="img" aria-labelledby="atouts-graphique-titre atouts-graphique-desc"', html)
        self.assertIn('<title id="atouts-graphique-titre">Nombre d’atouts par catégorie</title>', html)
        self.assertIn(
            "3 atouts répartis en 2 catégories\u00a0: Nature et paysages 2, Mobilité et connectivité 1.", html
        )
        self.assertEqual(len(re.findall(r'<rect class="strengths-chart__bar"', html)), 2)
        self.assertIn('<th scope="row"><a href="#nature">Nature et paysages</a></th><td>2</td>', html)
        self.assertEqual(re.findall(r"<script(?![^>]*application/ld\+json)", html), [], "no script but structured data")


class StrengthsPitchTests(TestCase):
    """« Nos atouts » pitches each strength on the page's width; its chart shows only where it says something."""

    def test_no_chart_when_every_category_holds_as_many_strengths(self):
        territory = make_territory("alpha")
        page = StrengthsPageFactory(parent=territory.site.root_page)
        for category in ("nature", "mobility", "heritage"):
            StrengthFactory(site=territory.site, category=category)
        html = self.client.get(page.url, HTTP_HOST="alpha.localhost").content.decode()
        self.assertNotIn("strengths-chart", html, "three bars of one: no information")
        self.assertEqual(html.count('class="strength-card strength-card--wide"'), 3)
        StrengthFactory(site=territory.site, category="nature")
        html = self.client.get(page.url, HTTP_HOST="alpha.localhost").content.decode()
        self.assertIn('<figure class="strengths-chart">', html)


class TableOfContentsTests(TestCase):
    def section(self, heading: str, block_id: str) -> dict:
        return {"type": "section", "id": block_id, "value": {"heading": heading, "text": "<p>Texte.</p>"}}

    def test_anchors_are_stable_and_unique_and_shown_when_asked(self):
        home = make_territory("xaintrie").site.root_page
        body = [self.section("S'installer ici", "a"), self.section("Se loger", "b"), self.section("Se loger", "c")]
        body.append({"type": "section", "id": "d", "value": {"heading": "", "text": "<p>Sans titre.</p>"}})
        page = ContentPageFactory(parent=home, body=json.dumps(body))
        expected = [
            {"anchor": "sinstaller-ici", "title": "S'installer ici"},
            {"anchor": "se-loger", "title": "Se loger"},
            {"anchor": "se-loger-2", "title": "Se loger"},
        ]
        self.assertEqual(page.table_of_contents, expected)
        self.assertNotIn('class="toc"', self.client.get(page.url, HTTP_HOST="xaintrie.localhost").content.decode())
        page.show_toc = True
        page.save()
        html = self.client.get(page.url, HTTP_HOST="xaintrie.localhost").content.decode()
        self.assertIn('<nav class="toc" aria-labelledby="sommaire-titre">', html)
        self.assertIn('<li><a href="#se-loger-2">Se loger</a></li>', html)


class QueryBudgetTests(TestCase):
    """The content page and « Nos atouts » run a fixed number of queries, whatever they hold (the home,
    story, index, legal and search pages have theirs in their own modules)."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("xaintrie")
        cls.home = cls.territory.site.root_page

    def count_queries(self, page: Page) -> int:
        self.client.get(page.url, HTTP_HOST="xaintrie.localhost")  # renditions are generated once
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(page.url, HTTP_HOST="xaintrie.localhost")
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_content_page_with_every_block_type_and_its_table_of_contents(self):
        page = ContentPageFactory(parent=self.home, show_toc=True)

        def with_every_block(copies: int) -> int:
            page.body = json.dumps(every_block_body(self.territory, copies))
            page.save()
            queries = self.count_queries(page)
            html = self.client.get(page.url, HTTP_HOST="xaintrie.localhost").content.decode()
            for block_type, wrapper in BLOCK_WRAPPERS.items():
                self.assertEqual(html.count(wrapper), 1 if block_type == "latest_stories" else copies, block_type)
            self.assertIn('<nav class="toc"', html)
            return queries

        one = with_every_block(1)
        self.assertLessEqual(one, CONTENT_PAGE_QUERY_BUDGET)
        self.assertEqual(with_every_block(3), one, "blocks must be fetched per type, not per block")

    def test_strengths_page_whatever_the_number_of_strengths(self):
        page = StrengthsPageFactory(parent=self.home)
        index = StoryIndexPageFactory(parent=self.home)
        categories = StrengthCategory.values

        def with_strengths(count: int) -> int:
            for n in range(count):
                strength = StrengthFactory(
                    site=self.territory.site,
                    category=categories[n % len(categories)],
                    image=ImageFactory.in_territory(self.territory),
                    figure_value=str(n),
                    figure_label="de quelque chose",
                    figure_source="INSEE",
                )
                StoryPageFactory(parent=index, related_strengths=[strength])
            queries = self.count_queries(page)
            html = self.client.get(page.url, HTTP_HOST="xaintrie.localhost").content.decode()
            self.assertEqual(html.count('<article class="strength-card'), Strength.objects.count())
            return queries

        few = with_strengths(2)
        many = with_strengths(10)
        self.assertLessEqual(many, STRENGTHS_PAGE_QUERY_BUDGET)
        self.assertEqual(many, few, "« Nos atouts » must not run more queries as strengths are added")
