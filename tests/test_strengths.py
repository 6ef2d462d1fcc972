"""Strengths ("atouts") in the admin: territory A's staff list, choose, create and edit only A's strengths.

As in test_isolation: every refusal is checked on the response (Wagtail's refusal, no trace of B) and on
the database (nothing changed), with positive controls doing the same things on A.
"""

from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data

from brands.models import Strength
from tests.factories import PASSWORD, ImageFactory, StrengthFactory, SuperuserFactory, UserFactory, make_territory
from tests.test_isolation import DENIED, database_state

SECRET = "Zeppelin"


def strength_url(name: str, *args) -> str:
    return reverse(f"wagtailsnippets_brands_strength:{name}", args=args)


def chooser_url(name: str, *args) -> str:
    return reverse(f"wagtailsnippetchoosers_brands_strength:{name}", args=args)


def state() -> dict:
    return {**database_state(), "strengths": list(Strength.objects.order_by("pk").values())}


def strength_form_data(**fields) -> dict:
    data = {"title": "Piraté", "category": "economy", "pitch": "Texte.", "sort_order": 0, **fields}
    return nested_form_data({key: value for key, value in data.items() if value is not None})


class StrengthIsolationTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.a = make_territory("alpha", name="Alpha")
        cls.b = make_territory("beta", name="Beta")
        cls.editor_a = UserFactory.editor_of(cls.a)
        cls.strength_a = StrengthFactory(site=cls.a.site, title="Fibre Aurore")
        cls.strength_b = StrengthFactory(site=cls.b.site, title=f"Fibre {SECRET}")

    def setUp(self) -> None:
        self.assertTrue(self.client.login(username=self.editor_a.username, password=PASSWORD))

    def assert_refused_and_unchanged(self, method: str, url: str, data=None, expected=DENIED) -> None:
        before = state()
        response = getattr(self.client, method)(url, data or {})
        if expected == DENIED:
            self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        else:
            self.assertEqual(response.status_code, expected)
        self.assertNotIn(SECRET, response.content.decode())
        self.assertEqual(state(), before, f"{method.upper()} {url} changed the database")

    def assert_shows_only_own(self, url: str, own: str = "Fibre Aurore") -> None:
        before = state()
        response = self.client.get(url)
        self.assertContains(response, own)
        self.assertNotIn(SECRET, response.content.decode())
        self.assertEqual(state(), before)

    def test_listing_and_search_show_only_a_strengths(self):
        self.assert_shows_only_own(strength_url("list"))
        self.assert_shows_only_own(strength_url("list_results") + "?q=Fibre")
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), "Atouts")  # the menu item

    def test_chooser_lists_searches_and_returns_only_a_strengths(self):
        self.assert_shows_only_own(chooser_url("choose"))
        self.assert_shows_only_own(chooser_url("choose_results") + "?q=Fibre")
        self.assert_refused_and_unchanged("get", chooser_url("chosen", self.strength_b.pk), expected=404)
        response = self.client.get(chooser_url("chosen_multiple") + f"?id={self.strength_b.pk}")
        self.assertNotIn(SECRET, response.content.decode())
        self.assertContains(self.client.get(chooser_url("chosen", self.strength_a.pk)), "Fibre Aurore")

    def test_b_strength_cannot_be_edited_deleted_or_inspected(self):
        url = strength_url("edit", self.strength_b.pk)
        self.assert_refused_and_unchanged("get", url)
        self.assert_refused_and_unchanged("post", url, strength_form_data(site=self.a.site.pk))
        for name in ["delete", "history", "usage"]:
            with self.subTest(name):
                self.assert_refused_and_unchanged("get", strength_url(name, self.strength_b.pk))
        self.assert_refused_and_unchanged("post", strength_url("delete", self.strength_b.pk))

    def test_bulk_delete_neither_lists_nor_reaches_b_strength(self):
        url = reverse("wagtail_bulk_action", args=["brands", "strength", "delete"]) + f"?id={self.strength_b.pk}"
        for method in ["get", "post"]:
            with self.subTest(method):
                before = state()
                response = getattr(self.client, method)(url)
                self.assertNotIn(SECRET, response.content.decode())
                self.assertEqual(state(), before)

    def test_translation_views_show_only_a_strengths(self):
        # As in test_isolation.TranslationTests: once territory staff may submit translations.
        submit = Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
        self.a.editors_group.permissions.add(submit)
        listing = reverse("wagtail_localize:snippets_api_listing", args=["brands", "strength"])
        self.assert_shows_only_own(listing)
        detail = reverse("wagtail_localize:snippets_api_detail", args=["brands", "strength", self.strength_b.pk])
        self.assert_refused_and_unchanged("get", detail, expected=404)
        english = Locale.objects.get_or_create(language_code="en")[0]
        submit_url = "wagtail_localize:submit_snippet_translation"
        url = reverse(submit_url, args=["brands", "strength", self.strength_b.pk])
        self.assert_refused_and_unchanged("get", url)
        self.assert_refused_and_unchanged("post", url, {"locales": [english.pk]})
        url = reverse(submit_url, args=["brands", "strength", self.strength_a.pk])
        self.assertContains(self.client.get(url), "Fibre Aurore")

    def test_own_strength_can_be_edited_and_keeps_its_site(self):
        response = self.client.post(
            strength_url("edit", self.strength_a.pk), strength_form_data(title="Fibre partout", site=self.b.site.pk)
        )
        self.assertEqual(response.status_code, 302)
        strength = Strength.objects.get(pk=self.strength_a.pk)
        self.assertEqual((strength.title, strength.site_id), ("Fibre partout", self.a.site.pk))

    def test_new_strength_lands_on_the_editor_site_whatever_is_posted(self):
        url = strength_url("add") + "?locale=fr"
        response = self.client.get(url)
        self.assertNotIn("Beta", response.content.decode())  # no other site offered
        response = self.client.post(url, strength_form_data(title="Trois vallées", site=self.b.site.pk))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Strength.objects.get(title="Trois vallées").site, self.a.site)
        self.assertFalse(Strength.objects.filter(site=self.b.site, title="Trois vallées").exists())

    def test_figure_without_source_is_refused_in_french(self):
        response = self.client.post(
            strength_url("add") + "?locale=fr", strength_form_data(title="Fibre", figure_value="98", figure_unit="%")
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Indiquez la source de ce chiffre")
        self.assertFalse(Strength.objects.filter(title="Fibre").exists())

    def test_image_of_another_territory_is_refused(self):
        strength = StrengthFactory.build(site=self.a.site, image=ImageFactory.in_territory(self.b, title="Photo B"))
        with self.assertRaisesMessage(ValidationError, "appartiennent à un autre territoire"):
            strength.full_clean()
        strength.image = ImageFactory.in_territory(self.a)
        strength.full_clean()

    def test_superuser_sees_and_chooses_every_site(self):
        self.client.force_login(SuperuserFactory())
        for url in [strength_url("list"), chooser_url("choose")]:
            response = self.client.get(url)
            self.assertContains(response, "Fibre Aurore")
            self.assertContains(response, SECRET)
        response = self.client.get(strength_url("add") + "?locale=fr")
        self.assertContains(response, "Beta")  # a superuser chooses the site


class StrengthModelTests(TestCase):
    def test_figure_line_and_translatable_fields(self):
        territory = make_territory("gamma")
        strength = StrengthFactory(
            site=territory.site, figure_value="98", figure_unit="%", figure_label="des foyers fibrés"
        )
        self.assertEqual(strength.figure, "98\u00a0% des foyers fibrés")
        self.assertEqual(StrengthFactory.build(site=territory.site).figure, "")
        strength.figure_source = "Département, 2024"
        strength.full_clean()
        translatable = {field.field_name for field in Strength.translatable_fields if field.is_translated(strength)}
        self.assertEqual(translatable, {"title", "pitch", "figure_label", "figure_unit"})
        self.assertEqual(strength.locale, Locale.objects.get(language_code="fr"))
