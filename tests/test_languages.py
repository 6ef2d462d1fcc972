"""Languages per territory: URL prefixes, 404 for what a site does not offer, switcher, hreflang, permissions."""

from django.db import connection
from django.template.loader import render_to_string
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from brands.core.provisioning import ensure_portal
from brands.core.translation import add_language
from brands.models import Navigation
from tests.factories import (
    ContentPageFactory,
    UserFactory,
    make_territory,
)


def translate_home(territory, language_code: str, title: str | None = None) -> Page:
    """A live translation of the territory's home page (wagtail-localize), retitled when asked.

    Offering a language creates the draft translation; a territory that does not offer it gets one here.
    """
    home = territory.site.root_page.specific
    locale = Locale.objects.get_or_create(language_code=language_code)[0]
    if not home.has_translation(locale):
        translate_object(home, [locale])
    translated = home.get_translation(locale).specific
    if title:
        translated.title = title
    translated.save_revision().publish()
    return translated


class LanguageServingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ensure_portal(hostname="localhost")
        cls.alpha = make_territory("alpha", "Alpha", languages=("fr", "en"))
        cls.page = ContentPageFactory(parent=cls.alpha.site.root_page, title="Découvrir", slug="decouvrir")
        translate_home(cls.alpha, "en", title="Welcome to Alpha")
        cls.beta = make_territory("beta", "Beta")
        # A stray live English tree on a French-only site must not be served either.
        translate_home(cls.beta, "en", title="Stray English home")
        cls.gwada = make_territory("gwada", "Gwada", languages=("fr", "gcf"))
        translate_home(cls.gwada, "gcf", title="Byenvini")

    def get(self, host: str, path: str, status: int = 200) -> str:
        response = self.client.get(path, HTTP_HOST=host)
        self.assertEqual(response.status_code, status, f"{host}{path}")
        return response.content.decode()

    def test_french_has_no_prefix_and_english_is_under_en(self):
        french = self.get("alpha.localhost", "/")
        self.assertIn('<html lang="fr" dir="ltr">', french)
        english = self.get("alpha.localhost", "/en/")
        self.assertIn('<html lang="en" dir="ltr">', english)
        self.assertIn("Welcome to Alpha", english)

    def test_a_language_the_site_does_not_offer_is_a_404(self):
        self.get("beta.localhost", "/en/", status=404)
        self.get("alpha.localhost", "/it/", status=404)
        self.get("localhost", "/en/", status=404)  # the portal offers French only

    def test_an_offered_language_without_a_translation_of_the_page_is_a_404(self):
        self.get("alpha.localhost", "/decouvrir/")
        self.get("alpha.localhost", "/en/decouvrir/", status=404)

    def test_switcher_and_hreflang_list_the_translations_of_the_page(self):
        french = self.get("alpha.localhost", "/")
        self.assertIn('<a href="/" hreflang="fr" lang="fr" aria-current="true">Français</a>', french)
        self.assertIn('<a href="/en/" hreflang="en" lang="en">English</a>', french)
        self.assertIn('<link rel="alternate" hreflang="fr" href="http://alpha.localhost/">', french)
        self.assertIn('<link rel="alternate" hreflang="en" href="http://alpha.localhost/en/">', french)
        self.assertIn('<link rel="alternate" hreflang="x-default" href="http://alpha.localhost/">', french)

        english = self.get("alpha.localhost", "/en/")
        self.assertIn('<a href="/" hreflang="fr" lang="fr">Français</a>', english)
        self.assertIn('<a href="/en/" hreflang="en" lang="en" aria-current="true">English</a>', english)
        self.assertIn('<link rel="alternate" hreflang="x-default" href="http://alpha.localhost/">', english)

    def test_no_switcher_on_a_site_that_offers_one_language_only(self):
        for host, path in [("beta.localhost", "/"), ("localhost", "/")]:
            html = self.get(host, path)
            with self.subTest(host=host, path=path):
                self.assertNotIn("language-switcher", html)
                self.assertNotIn("hreflang", html)

    def test_a_french_only_page_keeps_the_switcher_leading_to_each_home(self):
        """The choice of language does not disappear: English leads to the English home, and says so."""
        html = self.get("alpha.localhost", "/decouvrir/")
        self.assertIn('<a href="/decouvrir/" hreflang="fr" lang="fr" aria-current="true">Français</a>', html)
        self.assertIn(
            '<a href="/en/" hreflang="en" lang="en">English<span class="visually-hidden"> (home page)</span></a>', html
        )
        self.assertNotIn('<link rel="alternate" hreflang', html, "a home is no alternate of the page")

    def test_guadeloupean_creole_is_served_under_gcf(self):
        html = self.get("gwada.localhost", "/gcf/")
        self.assertIn('<html lang="gcf" dir="ltr">', html)
        self.assertIn("Byenvini", html)
        self.assertIn('<a href="/gcf/" hreflang="gcf" lang="gcf" aria-current="true">Kréyòl Gwadloup</a>', html)
        self.get("gwada.localhost", "/en/", status=404)

    def test_an_alias_of_the_french_page_is_not_served_under_en(self):
        english_home = self.alpha.site.root_page.get_translation(Locale.objects.get(language_code="en"))
        self.page.create_alias(parent=english_home, update_locale=english_home.locale)
        self.get("alpha.localhost", "/en/decouvrir/", status=404)
        french = self.get("alpha.localhost", "/decouvrir/")
        self.assertNotIn('<link rel="alternate" hreflang="en"', french)
        self.assertIn('<a href="/en/" hreflang="en" lang="en">English<span class="visually-hidden">', french)


class LanguageQueryBudgetTests(TestCase):
    """The switcher and hreflang links cost a fixed number of queries, however many languages."""

    @classmethod
    def setUpTestData(cls):
        cls.territory = make_territory("omega", "Omega", languages=("fr", "en", "it", "de"))
        translate_home(cls.territory, "en")

    def count_home_queries(self) -> int:
        self.client.get("/", HTTP_HOST="omega.localhost")
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/", HTTP_HOST="omega.localhost")
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_query_count_does_not_grow_with_languages(self):
        two = self.count_home_queries()
        translate_home(self.territory, "it")
        translate_home(self.territory, "de")
        html = self.client.get("/", HTTP_HOST="omega.localhost").content.decode()
        self.assertEqual(html.count('rel="alternate" hreflang='), 5)  # fr, en, it, de and x-default
        self.assertEqual(self.count_home_queries(), two)


class TranslatedRootPermissionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha = make_territory("alpha", "Alpha", languages=("fr", "en"))
        cls.beta = make_territory("beta", "Beta", languages=("fr", "en"))
        cls.editor = UserFactory.editor_of(cls.alpha)
        cls.other_editor = UserFactory.editor_of(cls.beta)

    def rows(self, page: Page) -> set[tuple[int, str]]:
        return set(
            GroupPagePermission.objects.filter(page=page).values_list("group_id", "permission__codename").distinct()
        )

    def test_wagtail_localize_translation_of_the_root_gets_the_territory_permissions(self):
        english = translate_home(self.alpha, "en")
        self.assertEqual(self.rows(english), self.rows(self.alpha.site.root_page))
        self.assertTrue(english.permissions_for_user(self.editor).can_edit())
        self.assertFalse(english.permissions_for_user(self.other_editor).can_edit())

    def test_core_copy_for_translation_of_the_root_gets_them_too(self):
        german = self.beta.site.root_page.copy_for_translation(Locale.objects.get_or_create(language_code="de")[0])
        self.assertEqual(self.rows(german), self.rows(self.beta.site.root_page))
        self.assertTrue(german.permissions_for_user(self.other_editor).can_edit())
        self.assertFalse(german.permissions_for_user(self.editor).can_edit())

    def test_explorer_opens_on_the_french_home_and_reaches_the_translated_one(self):
        english = translate_home(self.alpha, "en")
        translate_home(self.beta, "en")
        self.client.force_login(self.editor)
        own = reverse("wagtailadmin_explore", args=[self.alpha.site.root_page_id])
        for url in [
            reverse("wagtailadmin_explore_root"),
            reverse("wagtailadmin_explore", args=[self.beta.site.root_page_id]),
        ]:
            with self.subTest(url):
                self.assertRedirects(self.client.get(url), own, fetch_redirect_response=False)
        response = self.client.get(reverse("wagtailadmin_explore", args=[english.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertNotIn(f'href="/admin/pages/{self.beta.site.root_page_id}/"', response.content.decode())

    def test_translated_subpages_need_no_rows_of_their_own(self):
        page = ContentPageFactory(parent=self.alpha.site.root_page)
        translate_home(self.alpha, "en")
        english_page = page.copy_for_translation(Locale.objects.get(language_code="en"))
        self.assertFalse(GroupPagePermission.objects.filter(page=english_page).exists())
        self.assertTrue(english_page.permissions_for_user(self.editor).can_edit())


class InterfaceLanguageTests(TestCase):
    """Error pages, links and the admin speak the right language."""

    @classmethod
    def setUpTestData(cls):
        cls.alpha = make_territory("alpha", "Alpha")
        cls.translated = ContentPageFactory(parent=cls.alpha.site.root_page, slug="vivre-ici", title="Vivre ici")
        cls.french_only = ContentPageFactory(parent=cls.alpha.site.root_page, slug="agenda", title="Agenda")
        navigation = Navigation.objects.get(site=cls.alpha.site, locale__language_code="fr")
        navigation.menu_items = [
            ("link", {"page": cls.translated, "label": "", "url": ""}),
            ("link", {"page": cls.french_only, "label": "", "url": ""}),
        ]
        # The same page in the footer too, under a label: two copies of one page in the request.
        column = {"title": "Plus", "links": [{"page": cls.french_only, "label": "Notre agenda", "url": ""}]}
        navigation.footer_columns = [("column", column)]
        navigation.save()
        add_language(cls.alpha, "en")  # drafts of every page, and the menu, still pointing at French pages
        translate_home(cls.alpha, "en", title="Welcome")
        translated = cls.translated.get_translation(Locale.objects.get(language_code="en"))
        translated.title = "Living here"
        translated.save_revision().publish()

    def test_menu_links_lead_to_the_translation_when_it_is_live(self):
        html = self.client.get("/en/", HTTP_HOST="alpha.localhost").content.decode()
        self.assertIn('<a href="/en/vivre-ici/">Living here</a>', html)
        french = self.client.get("/", HTTP_HOST="alpha.localhost").content.decode()
        self.assertIn('<a href="/vivre-ici/">Vivre ici</a>', french)

    def test_a_link_to_a_page_left_in_french_says_so(self):
        html = self.client.get("/en/", HTTP_HOST="alpha.localhost").content.decode()
        self.assertIn(
            '<a href="/agenda/" hreflang="fr"><span lang="fr">Agenda</span> <span class="link-language">(in French)</span></a>',
            html,
            "no English page: the French one, in French",
        )
        # Labelled, the link's text is the translator's (not marked French), but its page still is.
        self.assertIn(
            '<a href="/agenda/" hreflang="fr">Notre agenda <span class="link-language">(in French)</span></a>', html
        )
        # The legal pages exist in French only: their English labels lead to French pages, and say so.
        self.assertIn(
            '<a href="/mentions-legales/" hreflang="fr">Legal notice <span class="link-language">(in French)</span></a>',
            html,
        )
        french = self.client.get("/", HTTP_HOST="alpha.localhost").content.decode()
        self.assertIn('<a href="/agenda/">Agenda</a>', french)
        self.assertNotIn("link-language", french)

    def test_the_logo_leads_to_the_home_in_the_reader_language(self):
        html = self.client.get("/en/vivre-ici/", HTTP_HOST="alpha.localhost").content.decode()
        self.assertIn('<a class="brand" href="/en/" rel="home">', html)
        french = self.client.get("/vivre-ici/", HTTP_HOST="alpha.localhost").content.decode()
        self.assertIn('<a class="brand" href="/" rel="home">', french)

    def test_the_404_page_is_in_the_visitor_language_and_leads_home(self):
        response = self.client.get("/en/nulle-part/", HTTP_HOST="alpha.localhost")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, '<html lang="en" dir="ltr">', status_code=404)
        self.assertContains(response, "<h1>Page not found</h1>", status_code=404)
        self.assertContains(response, 'href="/en/">Back to the home page</a>', status_code=404)
        response = self.client.get("/nulle-part/", HTTP_HOST="alpha.localhost")
        self.assertContains(response, "<h1>Page introuvable</h1>", status_code=404)

    def test_the_500_page_renders_in_the_visitor_language_without_the_database(self):
        with translation.override("en"), self.assertNumQueries(0):
            html = render_to_string("500.html")
        self.assertIn('<html lang="en" dir="ltr">', html)
        self.assertIn("The site is temporarily unavailable", html)

    def test_territory_staff_get_a_french_admin_whatever_their_browser(self):
        editor = UserFactory.editor_of(self.alpha)
        self.client.force_login(editor)
        response = self.client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en")
        self.assertContains(response, '<html lang="fr"')
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = "en"
        profile.save()
        self.alpha.moderators_group.user_set.add(editor)  # joining another group keeps their own choice
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, '<html lang="en"')

    def test_an_english_page_query_count_does_not_grow_with_menu_links(self):
        def count() -> int:
            self.client.get("/en/", HTTP_HOST="alpha.localhost")
            with CaptureQueriesContext(connection) as queries:
                self.client.get("/en/", HTTP_HOST="alpha.localhost")
            return len(queries)

        two_links = count()
        navigation = Navigation.objects.get(site=self.alpha.site, locale__language_code="fr")
        more = [ContentPageFactory(parent=self.alpha.site.root_page) for _ in range(5)]
        links = [self.translated, self.french_only, *more]
        navigation.menu_items = [("link", {"page": page, "label": "", "url": ""}) for page in links]
        navigation.save()
        source = TranslationSource.objects.get_for_instance(navigation)
        source.update_from_db()  # "Sync translated snippets", as the editor would
        Translation.objects.get(source=source, target_locale__language_code="en").save_target()
        html = self.client.get("/en/", HTTP_HOST="alpha.localhost").content.decode()
        self.assertEqual(html.count(">Page de contenu "), 5, "the English menu shows the five new links")
        self.assertEqual(count(), two_links)
