"""The « S'installer » hub: its steps and their contacts, the welcome form, the checks on what editors enter,
its sealing per territory, search, schema.org and query budget."""

import json
import re

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from newcomers.models import HubSection, NewcomerHubPage, UsefulContact
from search.indexing import index_site
from tests.factories import ContactFormPageFactory, NewcomerHubPageFactory, UserFactory, make_territory

HOST = "alpha.localhost"
HUB_QUERY_BUDGET = 12  # measured on SQLite and PostgreSQL: the same with one step and contact as with six and twelve

HEALTH_CENTRE = {
    "topic": "health",
    "name": "Maison de santé du bourg",
    "role": "Médecins, infirmières, kinésithérapeute",
    "phone": "03 84 49 32 10",
    "address": "2 rue des Tilleuls\n70310 Faucogney-et-la-Mer",
    "hours": "Du lundi au samedi, 8 h – 19 h",
}


class HubTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        cls.home = cls.territory.site.root_page
        cls.form = ContactFormPageFactory(
            parent=cls.home, title="Être accompagné dans mon projet d’installation", slug="etre-accompagne"
        )

    def html(self, path: str = "/s-installer/") -> str:
        response = self.client.get(path, HTTP_HOST=HOST)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()


class HubPageTests(HubTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.hub = NewcomerHubPageFactory(
            parent=cls.home,
            welcome_form=cls.form,
            welcome_officer="Claire Martin, chargée d’accueil",
            welcome_text="Un rendez-vous, une visite, des contacts.",
            sections=[("housing", "Des maisons à louer."), ("health", "Une maison de santé au bourg.")],
            contacts=[
                HEALTH_CENTRE,
                {
                    "topic": "work",
                    "name": "France Travail",
                    "email": "accueil@example.org",
                    "website": "https://www.francetravail.fr/accueil",
                },
            ],
        )

    def test_the_steps_are_listed_and_each_has_its_section(self) -> None:
        html = self.html()
        self.assertIn('<li><a href="#se-loger">Se loger</a></li><li><a href="#se-soigner">Se soigner</a></li>', html)
        self.assertIn('<section class="hub-section" id="se-loger" aria-labelledby="se-loger-titre">', html)
        self.assertIn('<h2 id="se-soigner-titre">Se soigner</h2>', html)
        self.assertEqual(len(re.findall(r"<h1[ >]", html)), 1)

    def test_contacts_show_in_their_step_with_a_phone_one_tap_away(self) -> None:
        html = self.html()
        health = html[html.index('id="se-soigner"') :]
        self.assertIn('<a href="tel:0384493210">03 84 49 32 10</a>', health)
        self.assertIn(
            '<address class="hub-contact__address">2 rue des Tilleuls<br>70310 Faucogney-et-la-Mer</address>', health
        )
        housing = html[html.index('id="se-loger"') : html.index('id="se-soigner"')]
        self.assertNotIn("Maison de santé", housing)
        # A contact whose step has no section is not lost.
        self.assertIn('<h2 id="autres-contacts-titre">Autres contacts utiles</h2>', html)
        self.assertIn('<a href="mailto:accueil@example.org">accueil@example.org</a>', html)
        self.assertIn('<a href="https://www.francetravail.fr/accueil">francetravail.fr</a>', html)

    def test_the_welcome_box_reaches_the_form(self) -> None:
        html = self.html()
        self.assertIn("Votre interlocutrice ou interlocuteur\u00a0: Claire Martin, chargée d’accueil", html)
        self.assertIn('<a class="button button--primary" href="/etre-accompagne/">Être accompagné', html)
        self.form.unpublish()
        self.assertNotIn('href="/etre-accompagne/"', self.html())

    def test_schema_org_lists_the_contacts(self) -> None:
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', self.html(), re.S)
        organisations = [data for data in map(json.loads, blocks) if data.get("@type") == "Organization"]
        centre = next(data for data in organisations if data["name"] == "Maison de santé du bourg")
        self.assertEqual(centre["telephone"], "03 84 49 32 10")

    def test_the_steps_and_contacts_are_searchable(self) -> None:
        index_site(self.territory.site)
        html = self.client.get("/recherche/?q=kinésithérapeute", HTTP_HOST=HOST).content.decode()
        self.assertIn("S’installer", html)
        html = self.client.get("/recherche/?q=maisons", HTTP_HOST=HOST).content.decode()
        self.assertIn("S’installer", html)

    def test_another_site_does_not_serve_it(self) -> None:
        make_territory("beta", "Bêta")
        self.assertEqual(self.client.get("/s-installer/", HTTP_HOST="beta.localhost").status_code, 404)

    def test_one_hub_per_home(self) -> None:
        self.assertFalse(NewcomerHubPage.can_create_at(self.home.specific))


class HubValidationTests(HubTestCase):
    def test_a_contact_needs_a_way_to_be_reached(self) -> None:
        contact = UsefulContact(topic="health", name="Quelqu’un")
        with self.assertRaises(ValidationError) as raised:
            contact.clean()
        self.assertIn("au moins un moyen de joindre", str(raised.exception))

    def test_phone_numbers_are_checked(self) -> None:
        for phone, valid in [
            ("03 84 49 32 10", True),
            ("+590 590 12 34 56", True),
            ("appelez-nous", False),
            ("1", False),
        ]:
            with self.subTest(phone=phone):
                contact = UsefulContact(topic="health", name="Mairie", phone=phone)
                errors = {}
                try:
                    contact.clean_fields(exclude=["page", "locale", "translation_key", "sort_order"])
                except ValidationError as error:
                    errors = error.message_dict
                self.assertEqual("phone" not in errors, valid)


class HubAdminTests(HubTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.other = make_territory("beta", "Bêta")
        cls.other_form = ContactFormPageFactory(parent=cls.other.site.root_page, title="Formulaire de Bêta")
        cls.moderator = UserFactory.moderator_of(cls.territory)

    def post_hub(self, sections: list[dict], **fields):
        self.client.force_login(self.moderator)
        url = reverse("wagtailadmin_pages:add", args=["newcomers", "newcomerhubpage", self.home.pk])
        data = {
            "title": "S’installer",
            "slug": "s-installer",
            "intro": "Bienvenue.",
            "sections": inline_formset(
                [
                    {"topic": s["topic"], "heading": "", "summary": s["summary"], "body": streamfield([])}
                    for s in sections
                ]
            ),
            "contacts": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "1",
            **fields,
        }
        return self.client.post(url, nested_form_data(data))

    def test_a_hub_is_created_with_its_steps(self) -> None:
        response = self.post_hub([{"topic": "housing", "summary": "Se loger ici."}], welcome_form=self.form.pk)
        self.assertEqual(response.status_code, 302)
        hub = NewcomerHubPage.objects.get()
        self.assertEqual([section.topic for section in hub.sections.all()], ["housing"])
        self.assertEqual(hub.welcome_form_id, self.form.pk)

    def test_the_same_step_twice_is_refused_in_french(self) -> None:
        response = self.post_hub([{"topic": "housing", "summary": "Un."}, {"topic": "housing", "summary": "Deux."}])
        self.assertEqual(response.status_code, 200)
        self.assertContains(
            response, "Une seule section par étape\u00a0: «\u00a0Se loger\u00a0» revient plusieurs fois."
        )
        self.assertFalse(NewcomerHubPage.objects.exists())

    def test_another_territorys_form_is_refused(self) -> None:
        response = self.post_hub([{"topic": "housing", "summary": "Un."}], welcome_form=self.other_form.pk)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(NewcomerHubPage.objects.exists())

    def test_an_editor_of_another_territory_cannot_edit_the_hub(self) -> None:
        hub = NewcomerHubPageFactory(parent=self.home, title="S’installer à Alpha")
        self.client.force_login(UserFactory.moderator_of(self.other))
        edit = reverse("wagtailadmin_pages:edit", args=[hub.pk])
        self.assertNotEqual(self.client.get(edit).status_code, 200)
        self.client.post(edit, nested_form_data({"title": "Piraté", "slug": "s-installer", "intro": "x"}))
        self.assertEqual(Page.objects.get(pk=hub.pk).title, "S’installer à Alpha")


class HubQueryBudgetTests(HubTestCase):
    def count_queries(self) -> int:
        self.html()
        with CaptureQueriesContext(connection) as queries:
            self.html()
        return len(queries)

    def test_budget_does_not_grow_with_steps_and_contacts(self) -> None:
        hub = NewcomerHubPageFactory(
            parent=self.home, welcome_form=self.form, sections=[("housing", "Un.")], contacts=[HEALTH_CENTRE]
        )
        few = self.count_queries()
        for order, topic in enumerate(["work", "children", "health", "mobility", "local_life"], start=1):
            HubSection.objects.create(page=hub, sort_order=order, topic=topic, summary="Encore.")
        for order in range(11):
            UsefulContact.objects.create(page=hub, sort_order=order + 1, **HEALTH_CENTRE)
        many = self.count_queries()
        self.assertLessEqual(many, HUB_QUERY_BUDGET)
        self.assertEqual(many, few)
