"""Adding and removing a territory's languages: its tree only, drafts first, nothing ever deleted."""

from io import StringIO
from xml.etree import ElementTree

from django.core.management import CommandError, call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page

from brands.core.provisioning import ProvisioningError, ensure_portal
from brands.core.translation import add_language, remove_language
from brands.models import Navigation, Strength, Territory
from tests.factories import (
    ContentPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StrengthFactory,
    SuperuserFactory,
    UserFactory,
    make_territory,
    publish_translation,
)

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# The legal pages every territory is created with (provisioning), by slug.
LEGAL_SLUGS = ["mentions-legales", "politique-de-confidentialite", "accessibilite"]
XHTML = "{http://www.w3.org/1999/xhtml}"


def page_states(territory: Territory, code: str) -> dict[str, bool]:
    """{French slug: live} for the territory's pages in one language."""
    keys = Page.objects.descendant_of(territory.site.root_page, inclusive=True).values("translation_key")
    french = dict(
        Page.objects.filter(translation_key__in=keys, locale__language_code="fr").values_list("translation_key", "slug")
    )
    translated = Page.objects.filter(translation_key__in=keys, locale__language_code=code)
    return {french[key]: live for key, live in translated.values_list("translation_key", "live")}


class AddLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.gamma = make_territory("gamma", "Gamma")
        cls.page = ContentPageFactory(parent=cls.gamma.site.root_page, slug="vivre-ici")
        stories = StoryIndexPageFactory(parent=cls.gamma.site.root_page)
        cls.story = StoryPageFactory(parent=stories, slug="la-ferme")
        StrengthFactory(site=cls.gamma.site, title="Trois vallées")
        cls.delta = make_territory("delta", "Delta", languages=("fr", "en"))
        ContentPageFactory(parent=cls.delta.site.root_page, slug="vivre-la")

    def test_adding_prepares_that_territory_tree_as_drafts(self):
        delta_before = page_states(self.delta, "en")
        change = add_language(self.gamma, "it")
        self.assertEqual(
            page_states(self.gamma, "it"),
            {"gamma": False, "vivre-ici": False, "recits": False, "la-ferme": False}
            | dict.fromkeys(LEGAL_SLUGS, False),
        )
        self.assertEqual(len(change.created), 4 + len(LEGAL_SLUGS))
        self.assertEqual(page_states(self.delta, "it"), {}, "another territory gets nothing")
        self.assertEqual(page_states(self.delta, "en"), delta_before)
        self.gamma.refresh_from_db()
        self.assertEqual(self.gamma.languages, ["fr", "it"])
        # Its menu and strengths are ready for translators too.
        self.assertTrue(Navigation.objects.filter(site=self.gamma.site, locale__language_code="it").exists())
        self.assertTrue(Strength.objects.filter(site=self.gamma.site, locale__language_code="it").exists())

    def test_a_draft_language_is_not_served_until_a_page_is_published(self):
        add_language(self.gamma, "it")
        self.assertEqual(self.client.get("/it/", HTTP_HOST="gamma.localhost").status_code, 404)
        publish_translation(self.gamma.site.root_page, "it", "Benvenuti a Gamma")
        response = self.client.get("/it/", HTTP_HOST="gamma.localhost")
        self.assertContains(response, '<html lang="it" dir="ltr">')
        self.assertContains(response, "Benvenuti a Gamma")
        self.assertEqual(self.client.get("/it/vivre-ici/", HTTP_HOST="gamma.localhost").status_code, 404)
        publish_translation(self.page, "it", "Vivere qui")
        self.assertContains(self.client.get("/it/vivre-ici/", HTTP_HOST="gamma.localhost"), "Vivere qui")

    def test_pages_written_after_a_language_was_added_are_prepared_on_the_next_addition(self):
        add_language(self.gamma, "it")
        newer = ContentPageFactory(parent=self.gamma.site.root_page, slug="plus-tard")
        remove_language(self.gamma, "it")
        add_language(self.gamma, "it")
        self.assertTrue(newer.has_translation(Locale.objects.get(language_code="it")))

    def test_refusals_change_nothing(self):
        pages, territory = Page.objects.count(), list(Territory.objects.values_list("languages", flat=True))
        for code, message in [
            ("fr", "langue de référence"),
            ("xx", "inconnue"),
            ("", "inconnue"),
        ]:
            with self.subTest(code=code), self.assertRaisesMessage(ProvisioningError, message):
                add_language(self.gamma, code)
        with self.assertRaisesMessage(ProvisioningError, "propose déjà"):
            add_language(self.delta, "en")
        with self.assertRaisesMessage(ProvisioningError, "ne propose pas"):
            remove_language(self.gamma, "de")
        with self.assertRaisesMessage(ProvisioningError, "langue de référence"):
            remove_language(self.gamma, "fr")
        self.assertEqual(Page.objects.count(), pages)
        self.assertEqual(list(Territory.objects.values_list("languages", flat=True)), territory)


class RemoveLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ensure_portal(hostname="localhost")
        cls.alpha = make_territory("alpha", "Alpha")
        cls.page = ContentPageFactory(parent=cls.alpha.site.root_page, slug="decouvrir")
        add_language(cls.alpha, "en")
        cls.beta = make_territory("beta", "Beta", languages=("fr", "en"))
        for territory, page in [(cls.alpha, cls.page), (cls.beta, None)]:
            publish_translation(territory.site.root_page, "en", f"Welcome to {territory.name}")
            if page:
                publish_translation(page, "en", "Discover")

    def test_removing_unpublishes_that_territory_only_and_deletes_nothing(self):
        pages = Page.objects.count()
        change = remove_language(self.alpha, "en")
        self.assertEqual(len(change.unpublished), 2)
        self.assertEqual(Page.objects.count(), pages)
        self.assertFalse(any(page_states(self.alpha, "en").values()))
        self.assertEqual(self.client.get("/en/", HTTP_HOST="alpha.localhost").status_code, 404)
        self.assertEqual(self.client.get("/en/", HTTP_HOST="beta.localhost").status_code, 200)
        self.assertNotIn('hreflang="en"', self.client.get("/", HTTP_HOST="alpha.localhost").content.decode())
        self.alpha.refresh_from_db()
        self.assertEqual(self.alpha.languages, ["fr"])

    def test_adding_it_back_republishes_what_was_live_and_only_that(self):
        draft = ContentPageFactory(parent=self.alpha.site.root_page, slug="brouillon")
        add_language(self.alpha, "it")  # unrelated language: untouched by what follows
        remove_language(self.alpha, "en")
        change = add_language(self.alpha, "en")
        self.assertEqual(len(change.republished), 2)
        self.assertEqual(
            page_states(self.alpha, "en"),
            {"alpha": True, "decouvrir": True, "brouillon": False} | dict.fromkeys(LEGAL_SLUGS, False),
        )
        self.assertEqual([c.pk for c in change.created], [draft.pk])
        # The children of the republished home are reachable again (wagtail-localize #773 left them 404).
        self.assertContains(self.client.get("/en/decouvrir/", HTTP_HOST="alpha.localhost"), "Discover")


class SitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ensure_portal(hostname="localhost")
        cls.alpha = make_territory("alpha", "Alpha")
        cls.page = ContentPageFactory(parent=cls.alpha.site.root_page, slug="decouvrir")
        cls.draft = ContentPageFactory(parent=cls.alpha.site.root_page, slug="en-preparation", live=False)
        for code in ("en", "it", "de"):
            add_language(cls.alpha, code)
        publish_translation(cls.alpha.site.root_page, "en", "Welcome")
        # A live German tree left on a site that does not offer German (Italian is offered, nothing live).
        publish_translation(cls.alpha.site.root_page, "de", "Willkommen")
        Territory.objects.filter(pk=cls.alpha.pk).update(languages=["fr", "en", "it"])
        cls.beta = make_territory("beta", "Beta", languages=("fr", "en"))
        ContentPageFactory(parent=cls.beta.site.root_page, slug="ailleurs")
        publish_translation(cls.beta.site.root_page, "en", "Elsewhere")

    def entries(self, host: str) -> dict[str, dict[str, str]]:
        """{location: {hreflang: href}} read from the sitemap, which must parse as XML."""
        response = self.client.get("/sitemap.xml", HTTP_HOST=host)
        self.assertEqual(response.status_code, 200)
        tree = ElementTree.fromstring(response.content)
        return {
            url.findtext(f"{SITEMAP}loc"): {
                link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link[@rel='alternate']")
            }
            for url in tree.findall(f"{SITEMAP}url")
        }

    def test_lists_live_pages_in_offered_languages_with_alternates(self):
        entries = self.entries("alpha.localhost")
        legal = {f"http://alpha.localhost/{slug}/" for slug in LEGAL_SLUGS}
        self.assertEqual(
            set(entries),
            {"http://alpha.localhost/", "http://alpha.localhost/en/", "http://alpha.localhost/decouvrir/"} | legal,
        )
        alternates = {
            "fr": "http://alpha.localhost/",
            "en": "http://alpha.localhost/en/",
            "x-default": "http://alpha.localhost/",
        }
        self.assertEqual(entries["http://alpha.localhost/"], alternates)
        self.assertEqual(entries["http://alpha.localhost/en/"], alternates)
        self.assertEqual(entries["http://alpha.localhost/decouvrir/"], {}, "no translation: no alternates")

    def test_never_lists_another_territory_or_a_language_the_site_does_not_offer(self):
        alpha = " ".join(self.entries("alpha.localhost"))
        self.assertNotIn("beta", alpha)
        self.assertNotIn("/de/", alpha, "a live German home on a site that no longer offers German")
        self.assertNotIn("en-preparation", alpha)
        beta = self.entries("beta.localhost")
        legal = {f"http://beta.localhost/{slug}/" for slug in LEGAL_SLUGS}
        self.assertEqual(
            set(beta),
            {"http://beta.localhost/", "http://beta.localhost/en/", "http://beta.localhost/ailleurs/"} | legal,
        )
        self.assertNotIn("alpha", " ".join(beta))


class SiteLanguagesAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha = make_territory("alpha", "Alpha")
        ContentPageFactory(parent=cls.alpha.site.root_page, slug="decouvrir")
        cls.beta = make_territory("beta", "Beta")
        cls.moderator = UserFactory.moderator_of(cls.alpha)
        cls.editor = UserFactory.editor_of(cls.alpha)

    def url(self, territory: Territory) -> str:
        return reverse("brands_site_languages", args=[territory.slug])

    def test_a_moderator_adds_and_removes_languages_of_their_site(self):
        self.client.force_login(self.moderator)
        response = self.client.get(reverse("brands_site_languages_home"))
        self.assertRedirects(response, self.url(self.alpha))
        response = self.client.post(self.url(self.alpha), {"languages": ["en", "it"]}, follow=True)
        self.assertContains(response, "English ajouté : 5 pages préparées en brouillon à traduire")
        self.alpha.refresh_from_db()
        self.assertEqual(self.alpha.languages, ["fr", "en", "it"])
        response = self.client.post(self.url(self.alpha), {"languages": ["it"]}, follow=True)
        self.assertContains(response, "English retiré : 0 page dépubliée et conservée.")
        self.alpha.refresh_from_db()
        self.assertEqual(self.alpha.languages, ["fr", "it"])

    def test_the_screen_counts_pages_per_language(self):
        add_language(self.alpha, "en")
        publish_translation(self.alpha.site.root_page, "en", "Welcome")
        self.client.force_login(self.moderator)
        response = self.client.get(self.url(self.alpha))
        rows = {row["code"]: (row["offered"], row["live"], row["total"]) for row in response.context["languages"]}
        self.assertEqual(rows["fr"], (True, 2 + 3, 2 + 3), "home, page and the three legal pages")
        self.assertEqual(rows["en"], (True, 1, 2 + 3))
        self.assertEqual(rows["de"], (False, 0, 0))
        self.assertNotContains(response, "Beta", msg_prefix="another territory is not offered to a moderator")

    def test_an_unknown_language_is_refused_in_french_and_nothing_changes(self):
        self.client.force_login(self.moderator)
        pages = Page.objects.count()
        response = self.client.post(self.url(self.alpha), {"languages": ["en", "klingon"]})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Sélectionnez un choix valide")
        self.assertEqual(Page.objects.count(), pages)
        self.alpha.refresh_from_db()
        self.assertEqual(self.alpha.languages, ["fr"])

    def test_another_territory_and_editors_are_refused(self):
        self.client.force_login(self.moderator)
        for method in ("get", "post"):
            response = getattr(self.client, method)(self.url(self.beta), {"languages": ["en"]})
            self.assertEqual(response.status_code, 404)
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get(self.url(self.alpha)).status_code, 404)
        # The admin's usual refusal: back to the dashboard with "you do not have permission".
        self.assertRedirects(self.client.get(reverse("brands_site_languages_home")), reverse("wagtailadmin_home"))
        self.beta.refresh_from_db()
        self.assertEqual(self.beta.languages, ["fr"])

    def test_a_superuser_reaches_every_territory(self):
        self.client.force_login(SuperuserFactory())
        response = self.client.get(self.url(self.beta))
        self.assertContains(response, self.url(self.alpha))


class TerritoryLanguagesCommandTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha = make_territory("alpha", "Alpha")

    def run_command(self, *args: str) -> str:
        out = StringIO()
        call_command("territory_languages", *args, stdout=out)
        return out.getvalue()

    def test_add_then_remove(self):
        output = self.run_command("alpha", "--add", "en", "--add", "gcf")
        self.assertIn("English ajouté : 4 page(s) en brouillon", output)
        self.assertIn("« Alpha » propose : Français, English, Kréyòl Gwadloup.", output)
        output = self.run_command("alpha", "--remove", "gcf")
        self.assertIn("Kréyòl Gwadloup retiré", output)
        self.alpha.refresh_from_db()
        self.assertEqual(self.alpha.languages, ["fr", "en"])

    def test_bad_input_exits_with_a_french_message_and_changes_nothing(self):
        pages = Page.objects.count()
        for args, message in [
            (("inconnu", "--add", "en"), "Aucun territoire « inconnu »"),
            (("alpha", "--add", "xx"), "inconnue"),
            (("alpha", "--remove", "fr"), "langue de référence"),
            (("alpha", "--add", "en", "--remove", "en"), "à la fois ajoutée et retirée"),
            (("alpha", "--add", "en", "--add", "xx"), "inconnue"),
        ]:
            with self.subTest(args=args), self.assertRaisesMessage(CommandError, message):
                self.run_command(*args)
        self.assertEqual(Page.objects.count(), pages)
        self.alpha.refresh_from_db()
        self.assertEqual(self.alpha.languages, ["fr"])


class TranslatedStoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha = make_territory("alpha", "Alpha")
        cls.strength = StrengthFactory(site=cls.alpha.site, title="Trois vallées")
        index = StoryIndexPageFactory(parent=cls.alpha.site.root_page)
        cls.story = StoryPageFactory(parent=index, slug="la-ferme", related_strengths=[cls.strength])
        add_language(cls.alpha, "en")
        for page, title in [(cls.alpha.site.root_page, "Welcome"), (index, "Stories"), (cls.story, "The farm")]:
            publish_translation(page, "en", title)
        english_strength = cls.strength.get_translation(Locale.objects.get(language_code="en"))
        english_strength.title = "Three valleys"
        english_strength.save()

    def test_a_translated_story_names_its_strengths_in_its_language(self):
        response = self.client.get("/en/recits/la-ferme/", HTTP_HOST="alpha.localhost")
        self.assertContains(response, f'<a href="/en/recits/?atout={self.strength.pk}">Three valleys</a>')
        self.assertNotContains(response, "Trois vallées")
        index = self.client.get("/en/recits/", HTTP_HOST="alpha.localhost")
        self.assertContains(index, f'<option value="{self.strength.pk}">Three valleys (1)</option>')
        french = self.client.get("/recits/la-ferme/", HTTP_HOST="alpha.localhost")
        self.assertContains(french, f'<a href="/recits/?atout={self.strength.pk}">Trois vallées</a>')
