"""The "Nouveau territoire" wizard: it creates what create_territory creates, reviews without writing,
refuses bad input in French without writing, and is for superusers only."""

import html
from unittest import mock

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
)

from brands.models import BrandSettings, Territory
from tests.factories import SuperuserFactory, UserFactory, make_territory
from tests.test_provisioning import snapshot

WIZARD_URL = "/admin/territoires/nouveau/"
PALETTE = {
    "primary_color": "#7a2e1d",
    "secondary_color": "#33452b",
    "accent_color": "#e8b04a",
    "text_color": "#222222",
    "background_color": "#fdfaf3",
}


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {name: after[name] - before[name] for name in before}


def wizard_data(**overrides: object) -> dict:
    data = {
        "name": "La Xaintrie",
        "hostname": "xaintrie.example.fr",
        "slug": "xaintrie",
        "port": "80",
        "languages": ["en"],
        "contact_email": "bonjour@xaintrie.example.fr",
        **PALETTE,
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def page_text(response: HttpResponse) -> str:
    return html.unescape(response.content.decode())


def permission_shape(group: Group) -> dict[str, list[str]]:
    """A group's rights without the objects they apply to."""
    return {
        "model": sorted(group.permissions.values_list("codename", flat=True)),
        "pages": sorted(GroupPagePermission.objects.filter(group=group).values_list("permission__codename", flat=True)),
        "collections": sorted(
            GroupCollectionPermission.objects.filter(group=group).values_list("permission__codename", flat=True)
        ),
        "sites": sorted(GroupSitePermission.objects.filter(group=group).values_list("permission__codename", flat=True)),
    }


class WizardCreatesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = SuperuserFactory()

    def setUp(self):
        self.client.force_login(self.superuser)

    def test_step_one_offers_french_always_and_the_default_palette(self):
        response = self.client.get(WIZARD_URL)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertInHTML(
            '<input type="checkbox" name="languages" value="fr" id="id_languages_0" disabled checked>', html
        )
        self.assertIn('type="color" name="primary_color" value="#1f5f8b"', html)
        self.assertContains(response, "Vérifier avant de créer")

    def test_review_shows_what_will_be_created_and_writes_nothing(self):
        before = snapshot()
        response = self.client.post(WIZARD_URL, wizard_data(port="8080"))
        self.assertEqual(snapshot(), before)
        self.assertEqual(response.status_code, 200)
        for text in [
            "http://xaintrie.example.fr:8080/",
            "La Xaintrie — éditeurs",
            "La Xaintrie — modérateurs",
            "Mentions légales",
            "Politique de confidentialité",
            "Déclaration d’accessibilité",
            "toutes les pages préparées en brouillon, à traduire",
            "#7a2e1d",
            "Créer le territoire",
        ]:
            self.assertIn(text, page_text(response))
        self.assertContains(response, '<input type="hidden" name="languages" value="en"', html=False)
        self.assertContains(response, '<input type="hidden" name="slug" value="xaintrie"', html=False)

    def test_edit_goes_back_to_step_one_without_writing(self):
        before = snapshot()
        response = self.client.post(WIZARD_URL, {**wizard_data(), "edit": "1"})
        self.assertEqual(snapshot(), before)
        self.assertContains(response, 'value="La Xaintrie"')
        self.assertNotContains(response, "Créer le territoire")

    def test_confirm_creates_what_create_territory_creates_plus_the_palette(self):
        # The first run would create the English locale and the second reuse it: create it beforehand.
        Locale.objects.get_or_create(language_code="en")
        before = snapshot()
        response = self.client.post(WIZARD_URL, {**wizard_data(), "confirm": "1"})
        self.assertRedirects(response, reverse("brands_territory_wizard_done", args=["xaintrie"]))
        wizard_delta = delta(before, snapshot())

        before = snapshot()
        call_command(
            "create_territory",
            "Le Ségala",
            "--hostname",
            "segala.example.fr",
            "--slug",
            "segala",
            "--languages",
            "fr,en",
            "--contact-email",
            "bonjour@segala.example.fr",
            stdout=None,
        )
        self.assertEqual(wizard_delta, delta(before, snapshot()))

        made, commanded = Territory.objects.get(slug="xaintrie"), Territory.objects.get(slug="segala")
        self.assertEqual(made.languages, ["fr", "en"])
        self.assertEqual((made.site.hostname, made.site.port), ("xaintrie.example.fr", 80))
        for made_group, commanded_group in [
            (made.editors_group, commanded.editors_group),
            (made.moderators_group, commanded.moderators_group),
        ]:
            self.assertEqual(permission_shape(made_group), permission_shape(commanded_group))
        self.assertEqual(made.editors_group.name, "La Xaintrie — éditeurs")
        brand = BrandSettings.objects.get(site=made.site)
        self.assertEqual(brand.palette, PALETTE)
        self.assertEqual(brand.contact_email, "bonjour@xaintrie.example.fr")

        done = self.client.get(response["Location"])
        self.assertContains(done, '<a href="http://xaintrie.example.fr/">', html=False)
        self.assertContains(done, reverse("wagtailadmin_explore", args=[made.site.root_page_id]))
        self.assertContains(done, reverse("wagtailsettings:edit", args=["brands", "brandsettings", made.site.pk]))
        self.assertContains(done, reverse("brands_site_languages", args=["xaintrie"]))

    def test_a_palette_failure_writes_nothing(self):
        before = snapshot()
        refusal = ValidationError({"primary_color": "Couleur refusée à l'enregistrement."})
        with mock.patch.object(BrandSettings, "full_clean", side_effect=refusal):
            response = self.client.post(WIZARD_URL, {**wizard_data(), "confirm": "1"})
        self.assertEqual(snapshot(), before)
        self.assertIn("Couleur refusée à l'enregistrement.", response.context["form"].non_field_errors())

    def test_review_step_query_budget(self):
        with CaptureQueriesContext(connection) as queries:
            self.client.post(WIZARD_URL, wizard_data(languages=["en", "de", "it"]))
        self.assertLessEqual(len(queries), 25)  # 18 measured

    def test_slug_is_derived_from_the_name_when_left_empty(self):
        self.client.post(WIZARD_URL, {**wizard_data(name="Pays de Tulle", slug=""), "confirm": "1"})
        self.assertTrue(Territory.objects.filter(slug="pays-de-tulle", name="Pays de Tulle").exists())

    def test_confirm_validates_again(self):
        make_territory("xaintrie")
        before = snapshot()
        response = self.client.post(WIZARD_URL, {**wizard_data(hostname="autre.example.fr"), "confirm": "1"})
        self.assertEqual(snapshot(), before)
        self.assertIn("Un territoire utilise déjà l'identifiant « xaintrie »", page_text(response))


class WizardRefusesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = SuperuserFactory()
        make_territory("correze", "Corrèze")  # its hostname is correze.localhost

    def setUp(self):
        self.client.force_login(self.superuser)

    def assert_refused(self, field: str | None, message: str, **overrides: object) -> None:
        for step in [{}, {"confirm": "1"}]:
            before = snapshot()
            response = self.client.post(WIZARD_URL, {**wizard_data(**overrides), **step})
            self.assertEqual(snapshot(), before)
            self.assertEqual(response.status_code, 200)
            errors = response.context["form"].errors
            self.assertTrue(any(message in error for error in errors.get(field or "__all__", [])), errors)
            self.assertNotContains(response, "Créer le territoire")

    def test_empty_name(self):
        self.assert_refused("name", "Le nom du territoire est vide", name="  ", slug="")

    def test_bad_hostname(self):
        self.assert_refused("hostname", "Nom d'hôte « http://x y » invalide", hostname="http://x y")

    def test_duplicate_hostname(self):
        self.assert_refused("hostname", "est déjà utilisé par un autre site", hostname="correze.localhost")

    def test_unknown_language(self):
        self.assert_refused("languages", "Langue inconnue", languages=["xx"])

    def test_bad_slug(self):
        self.assert_refused("slug", "Identifiant « pas bon! » invalide", slug="Pas bon!")

    def test_existing_slug_is_refused_not_reused(self):
        self.assert_refused("slug", "Un territoire utilise déjà l'identifiant « correze »", slug="correze")

    def test_taken_group_name(self):
        Group.objects.create(name="La Xaintrie — modérateurs")
        self.assert_refused("name", "Le groupe « La Xaintrie — modérateurs » existe déjà")

    def test_taken_collection_name(self):
        Collection.get_first_root_node().add_child(name="La Xaintrie")
        self.assert_refused("name", "Une collection de médias s'appelle déjà « La Xaintrie »")

    def test_low_contrast_palette(self):
        self.assert_refused(
            "text_color", "Contraste insuffisant pour le texte sur le fond de page", text_color="#eeeeee"
        )

    def test_malformed_colour(self):
        self.assert_refused("accent_color", "format #rrvvbb", accent_color="jaune")

    def test_bad_email(self):
        self.assert_refused(
            "contact_email", "Adresse e-mail « pas-une-adresse » invalide", contact_email="pas-une-adresse"
        )

    def test_bad_port(self):
        self.assert_refused("port", "Le port doit être compris entre 1 et 65535.", port="70000")
        self.assert_refused("port", "Le port doit être un nombre entier", port="quatre-vingts")


class WizardIsForSuperusersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.territory = make_territory("correze", "Corrèze")
        cls.staff = [UserFactory.editor_of(cls.territory), UserFactory.moderator_of(cls.territory)]

    def test_territory_staff_are_refused_on_every_url(self):
        urls = [WIZARD_URL, reverse("brands_territory_wizard_done", args=["correze"])]
        for user in self.staff:
            self.client.force_login(user)
            for url in urls:
                for method in [self.client.get, self.client.post]:
                    before = snapshot()
                    response = method(url, {**wizard_data(), "confirm": "1"} if method == self.client.post else {})
                    self.assertIn(response.status_code, (302, 403), (user, url))
                    if response.status_code == 302:
                        self.assertEqual(response["Location"], reverse("wagtailadmin_home"))
                    self.assertEqual(snapshot(), before)

    def test_menu_item_is_shown_to_superusers_only(self):
        for user in self.staff:
            self.client.force_login(user)
            self.assertNotContains(self.client.get(reverse("wagtailadmin_account")), WIZARD_URL)
        self.client.force_login(SuperuserFactory())
        self.assertContains(self.client.get(reverse("wagtailadmin_account")), WIZARD_URL)
