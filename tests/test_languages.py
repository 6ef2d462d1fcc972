"""Languages per territory: URL prefixes, 404 for what a site does not offer, switcher, hreflang, permissions."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.operations import translate_object

from brands.provisioning import ProvisioningError, ensure_portal
from brands.translation import translate_territory
from tests.factories import (
    ContentPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    UserFactory,
    make_territory,
)


def translate_home(territory, language_code: str, title: str | None = None) -> Page:
    """A live translation of the territory's home page (wagtail-localize), retitled when asked."""
    home = territory.site.root_page.specific
    locale = Locale.objects.get_or_create(language_code=language_code)[0]
    # wagtail-localize publishes translations on commit, which never comes inside a TestCase.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate_object(home, [locale])
    translated = home.get_translation(locale)
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

    def test_no_switcher_when_the_page_exists_in_one_language_only(self):
        for host, path in [("beta.localhost", "/"), ("alpha.localhost", "/decouvrir/"), ("localhost", "/")]:
            html = self.get(host, path)
            with self.subTest(host=host, path=path):
                self.assertNotIn("language-switcher", html)
                self.assertNotIn("hreflang", html)

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
        self.assertNotIn('hreflang="en"', self.get("alpha.localhost", "/decouvrir/"))


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
        self.assertEqual(html.count('rel="alternate"'), 5)  # fr, en, it, de and x-default
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


class TranslateTerritoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.gamma = make_territory("gamma", "Gamma")
        ContentPageFactory(parent=cls.gamma.site.root_page, slug="vivre-ici")
        stories = StoryIndexPageFactory(parent=cls.gamma.site.root_page)
        StoryPageFactory(parent=stories, slug="la-ferme")
        cls.delta = make_territory("delta", "Delta")
        ContentPageFactory(parent=cls.delta.site.root_page, slug="vivre-la")

    def test_only_that_territory_gets_pages_in_the_new_language(self):
        with self.captureOnCommitCallbacks(execute=True):
            root = translate_territory(self.gamma, "en")
        english = Locale.objects.get(language_code="en")
        self.assertEqual(root.locale, english)
        self.assertEqual(
            set(Page.objects.filter(locale=english).values_list("translation_key", flat=True)),
            set(self.gamma.site.root_page.get_descendants(inclusive=True).values_list("translation_key", flat=True)),
        )
        self.assertFalse(self.delta.site.root_page.get_translations().exists())
        self.gamma.refresh_from_db()
        self.assertEqual(self.gamma.languages, ["fr", "en"])
        for path in ["/en/", "/en/vivre-ici/", "/en/recits/", "/en/recits/la-ferme/"]:
            self.assertEqual(self.client.get(path, HTTP_HOST="gamma.localhost").status_code, 200, path)
        self.assertEqual(self.client.get("/en/", HTTP_HOST="delta.localhost").status_code, 404)

    def test_the_translated_root_is_editable_by_the_territory(self):
        root = translate_territory(self.gamma, "it")
        editor = UserFactory.editor_of(self.gamma)
        self.assertTrue(root.permissions_for_user(editor).can_edit())

    def test_unknown_or_source_language_is_refused(self):
        for code in ["xx", "fr"]:
            with self.subTest(code=code), self.assertRaises(ProvisioningError):
                translate_territory(self.gamma, code)
        self.assertEqual(Page.objects.filter(locale__language_code="xx").count(), 0)
