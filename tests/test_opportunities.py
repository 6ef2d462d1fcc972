"""Business opportunities: the index and its filters, an offer's page and facts, attributed offers, the form
that names the offer, translations that share the French facts, schema.org, search, sitemap and budgets."""

import datetime
import json
import re
from urllib.parse import urlsplit

from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from brands.core.translation import add_language
from brands.public.dates import long_date
from contact.subject import SUBJECT_FIELD
from opportunities.models import OpportunityPage
from search.indexing import index_site
from tests.factories import (
    ContactFormPageFactory,
    ImageFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    UserFactory,
    make_territory,
    publish_translation,
)
from tests.test_contact_forms import answers

HOST = "alpha.localhost"
# Measured on SQLite and PostgreSQL, the same with two and with twenty-five offers, each with its photo: the
# index 21 (its filters' counts are three), an offer 17.
INDEX_QUERY_BUDGET = 16
OFFER_QUERY_BUDGET = 12


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


class OpportunityTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        cls.home = cls.territory.site.root_page
        cls.visit_form = ContactFormPageFactory(
            parent=cls.home, title="Visiter ce lieu", slug="visiter", to_address="accueil@alpha.example.fr"
        )
        cls.index = OpportunityIndexPageFactory(parent=cls.home, contact_form=cls.visit_form)

    def get(self, url: str, host: str = HOST):
        parts = urlsplit(url)  # a page's url is absolute when several sites exist
        return self.client.get(parts.path + (f"?{parts.query}" if parts.query else ""), HTTP_HOST=host)

    def html(self, url: str) -> str:
        response = self.get(url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def listed_titles(self, query: str = "") -> list[str]:
        html = self.html(self.index.url + query)
        return re.findall(r'class="story-card__title"><a href="[^"]+">([^<]+)</a>', html)


class IndexTests(OpportunityTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        offer = OpportunityPageFactory
        offer(parent=cls.index, title="Petit bureau", kind="desk", surface_value=99, price_basis="day", price_amount=15)
        offer(parent=cls.index, title="Atelier cent", kind="premises", surface_value=100)
        offer(parent=cls.index, title="Entrepôt", kind="building", surface_value="4999.99", status="optioned")
        offer(parent=cls.index, title="Demi-hectare", kind="land", surface_value="0.5", surface_unit="ha")
        offer(
            parent=cls.index,
            title="Grand terrain",
            kind="land",
            surface_value=1,
            surface_unit="ha",
            price_basis="sale",
            price_amount=80000,
        )
        offer(
            parent=cls.index,
            title="Appel tiers-lieu",
            kind="call",
            surface_value=None,
            price_basis="free",
            price_amount=None,
        )
        offer(parent=cls.index, title="Boulangerie attribuée hier", status="attributed", status_changed=days_ago(1))
        offer(parent=cls.index, title="Attribuée il y a 29 jours", status="attributed", status_changed=days_ago(29))
        offer(parent=cls.index, title="Attribuée il y a 30 jours", status="attributed", status_changed=days_ago(30))
        offer(parent=cls.index, title="Brouillon secret", live=False)
        other = make_territory("beta", "Bêta")
        other_index = OpportunityIndexPageFactory(parent=other.site.root_page)
        offer(parent=other_index, title="Offre de Bêta")

    def test_lists_available_optioned_and_recently_attributed_offers_only(self) -> None:
        titles = self.listed_titles()
        self.assertIn("Attribuée il y a 29 jours", titles)
        self.assertNotIn("Attribuée il y a 30 jours", titles)  # the 30-day delay has run out
        self.assertNotIn("Brouillon secret", titles)
        self.assertNotIn("Offre de Bêta", titles)
        self.assertEqual(len(titles), 8)
        # Available first, then under option, then attributed.
        self.assertLess(titles.index("Grand terrain"), titles.index("Entrepôt"))
        self.assertLess(titles.index("Entrepôt"), titles.index("Boulangerie attribuée hier"))
        self.assertIn("8 offres.", self.html(self.index.url))

    def test_the_delay_is_the_index_setting(self) -> None:
        self.index.attributed_listing_days = 0
        self.index.save_revision().publish()
        titles = self.listed_titles()
        self.assertNotIn("Boulangerie attribuée hier", titles)
        self.assertEqual(len(titles), 6)

    def test_an_attributed_offer_that_left_the_listing_keeps_its_page_with_a_notice(self) -> None:
        page = OpportunityPage.objects.get(title="Attribuée il y a 30 jours")
        html = self.html(page.url)
        self.assertIn("Cette offre n’est plus disponible.", html)
        attributed = long_date(days_ago(30), "j F Y")  # « 1er décembre 2026 » when that day is a first
        self.assertIn(f"Elle a été attribuée le {attributed}\u00a0;", html)
        self.assertIn('<a href="/entreprendre/">Voir les offres disponibles</a>', html)
        self.assertIn('<p class="offer-status offer-status--attributed">Attribué le', html)

    def test_filters_by_kind(self) -> None:
        self.assertEqual(sorted(self.listed_titles("?type=land")), ["Demi-hectare", "Grand terrain"])
        html = self.html(self.index.url + "?type=land")
        self.assertIn('<option value="land" selected>Terrain (2)</option>', html)
        self.assertIn("2 offres correspondant à ces filtres.", html)

    def test_filters_by_surface_with_boundaries_in_square_metres(self) -> None:
        self.assertEqual(self.listed_titles("?surface=moins-de-100"), ["Petit bureau"])
        below_500 = set(self.listed_titles("?surface=100-a-500"))
        self.assertIn("Atelier cent", below_500)  # 100 m² starts the second range
        self.assertNotIn("Petit bureau", below_500)
        self.assertEqual(self.listed_titles("?surface=500-a-5000"), ["Entrepôt"])  # 4,999.99 m²
        self.assertEqual(sorted(self.listed_titles("?surface=plus-de-5000")), ["Demi-hectare", "Grand terrain"])
        # A call for projects has no surface: it is in no surface range.
        every_range = [self.listed_titles(f"?surface={key}") for key in ("moins-de-100", "100-a-500", "500-a-5000")]
        self.assertNotIn("Appel tiers-lieu", sum(every_range, []))

    def test_filters_by_status_and_combines_filters(self) -> None:
        self.assertEqual(self.listed_titles("?statut=optioned"), ["Entrepôt"])
        attributed = self.listed_titles("?statut=attributed")
        self.assertEqual(sorted(attributed), ["Attribuée il y a 29 jours", "Boulangerie attribuée hier"])
        combined = sorted(self.listed_titles("?type=land&surface=plus-de-5000&statut=available"))
        self.assertEqual(combined, ["Demi-hectare", "Grand terrain"])
        self.assertEqual(self.listed_titles("?type=building&statut=available"), [])
        html = self.html(self.index.url + "?type=building&statut=available")
        self.assertIn("Aucune offre ne correspond à ces filtres.", html)

    def test_unknown_filter_values_are_ignored_not_marked_invalid(self) -> None:
        for query in ["?type=chateau", "?surface=immense", "?statut=<script>", "?type=land&statut=zzz", "?page=abc"]:
            with self.subTest(query=query):
                html = self.html(self.index.url + query)
                self.assertNotIn("aria-invalid", html)
                self.assertNotIn("<script>", html.split("<main", 1)[1])
        self.assertEqual(len(self.listed_titles("?type=land&statut=zzz")), 2)

    def test_the_filters_work_without_javascript(self) -> None:
        html = self.html(self.index.url)
        self.assertIn('<form class="filters" method="get" action="/entreprendre/"', html)
        self.assertIn('<label for="id_type">Type d’offre</label>', html)
        self.assertIn('<option value="plus-de-5000">', html)

    def test_cards_show_commune_surface_price_and_status(self) -> None:
        html = self.html(self.index.url + "?type=land")
        self.assertIn("Faucogney-et-la-Mer · 1\u00a0ha · 80\u00a0000\u00a0€", html)
        self.assertIn("Faucogney-et-la-Mer · 0,5\u00a0ha · 450\u00a0€ par mois", html)
        self.assertIn('<p class="offer-status offer-status--available">Disponible</p>', html)

    def test_each_site_lists_its_own_offers_only(self) -> None:
        html = self.get("/entreprendre/", host="beta.localhost").content.decode()
        self.assertIn("Offre de Bêta", html)
        self.assertNotIn("Grand terrain", html)
        self.assertEqual(self.get("/entreprendre/grand-terrain/", host="beta.localhost").status_code, 404)


class OfferPageTests(OpportunityTestCase):
    def test_the_facts_are_written_out(self) -> None:
        offer = OpportunityPageFactory(
            parent=self.index,
            title="Ancienne scierie",
            kind="building",
            surface_value="1250.5",
            price_basis="rent_year",
            price_amount="12000",
            price_note="hors charges",
            zoning="UX, zone d’activités",
            has_fibre=True,
            has_power=True,
            status="optioned",
            status_changed=datetime.date(2026, 3, 2),
        )
        html = self.html(offer.url)
        self.assertIn("<dt>Surface</dt><dd>1\u00a0250,5\u00a0m²</dd>", html)
        self.assertIn(
            '<dt>Loyer</dt><dd>12\u00a0000\u00a0€ par an <span class="offer-facts__note">(hors charges)</span></dd>',
            html,
        )
        self.assertIn("<dt>Zonage</dt><dd>UX, zone d’activités</dd>", html)
        self.assertIn("Sous option depuis le 2 mars 2026", html)
        self.assertIn('Fibre optique<span class="visually-hidden">, oui</span>', html)
        self.assertIn('Stationnement<span class="visually-hidden">, non</span>', html)
        self.assertEqual(len(re.findall(r"<h1[ >]", html)), 1)

    def test_a_call_for_projects_has_no_surface_and_no_services(self) -> None:
        call = OpportunityPageFactory(
            parent=self.index,
            title="Appel",
            kind="call",
            surface_value=None,
            price_basis="on_request",
            price_amount=None,
        )
        html = self.html(call.url)
        self.assertNotIn("<dt>Surface</dt>", html)
        self.assertNotIn("Services sur place", html)
        self.assertNotIn("<dt>Prix</dt>", html)  # a call has no price to ask
        rent = OpportunityPageFactory(parent=self.index, kind="premises", price_basis="on_request", price_amount=None)
        self.assertIn("<dt>Prix</dt><dd>Prix sur demande</dd>", self.html(rent.url))

    def test_the_map_loads_nothing_before_the_click(self) -> None:
        offer = OpportunityPageFactory(parent=self.index, latitude=44.35, longitude=2.57, address="1 route du Ségala")
        html = self.html(offer.url)
        self.assertIn('data-embed="openstreetmap"', html)
        self.assertIn("<address>1 route du Ségala</address>", html)
        self.assertNotIn("<iframe", html)
        self.assertEqual(re.findall(r'(?:src|srcset)="https?://(?!alpha\.localhost)', html), [])
        without = OpportunityPageFactory(parent=self.index)
        self.assertNotIn("data-embed=", self.html(without.url))

    def test_the_contact_button_names_the_offer_for_the_form(self) -> None:
        offer = OpportunityPageFactory(parent=self.index, title="Local du bourg")
        html = self.html(offer.url)
        self.assertIn(f'<a class="button button--primary" href="/visiter/?sujet={offer.pk}">Visiter ce lieu</a>', html)
        own_form = ContactFormPageFactory(parent=self.home, title="Reprendre ce commerce", slug="reprendre")
        offer.contact_form = own_form
        offer.save_revision().publish()
        self.assertIn(f'href="/reprendre/?sujet={offer.pk}">Reprendre ce commerce</a>', self.html(offer.url))
        own_form.unpublish()
        self.index.contact_form = None
        self.index.save_revision().publish()
        self.assertNotIn("?sujet=", self.html(offer.url))

    def test_schema_org_describes_a_listing_with_its_offer_and_place(self) -> None:
        offer = OpportunityPageFactory(
            parent=self.index, price_basis="rent_month", price_amount=450, latitude=44.35, longitude=2.57
        )
        html = self.html(offer.url)
        objects = [
            json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        ]
        listing = next(item for item in objects if item.get("@type") == "RealEstateListing")
        self.assertEqual(listing["offers"]["availability"], "https://schema.org/InStock")
        self.assertEqual(listing["offers"]["price"], "450.00")
        self.assertEqual(listing["offers"]["priceSpecification"]["unitCode"], "MON")
        self.assertEqual(listing["contentLocation"]["geo"]["latitude"], 44.35)
        self.assertEqual(listing["contentLocation"]["address"]["addressLocality"], "Faucogney-et-la-Mer")
        call = OpportunityPageFactory(parent=self.index, kind="call", surface_value=None)
        self.assertNotIn("RealEstateListing", self.html(call.url))


class OfferValidationTests(OpportunityTestCase):
    def errors(self, **values) -> dict:
        offer = OpportunityPage(title="Offre", slug="offre", summary="Résumé", commune="Mur-de-Barrez", **values)
        try:
            offer.clean()
        except ValidationError as error:
            return error.message_dict
        return {}

    def test_a_priced_basis_needs_an_amount_and_the_others_refuse_one(self) -> None:
        self.assertIn(
            "Indiquez le montant", self.errors(kind="land", surface_value=1, price_basis="sale")["price_amount"][0]
        )
        refused = self.errors(kind="land", surface_value=1, price_basis="free", price_amount=10)["price_amount"][0]
        self.assertIn("«\u00a0Mise à disposition gratuite\u00a0» s’affiche sans montant", refused)
        self.assertEqual(self.errors(kind="land", surface_value=1, price_basis="sale", price_amount=0), {})

    def test_coordinates_go_in_pairs_and_surface_is_needed_but_for_a_call(self) -> None:
        self.assertIn("longitude", self.errors(kind="land", surface_value=1, latitude=44.0))
        self.assertIn("latitude", self.errors(kind="land", surface_value=1, longitude=2.0))
        self.assertIn("surface_value", self.errors(kind="premises"))
        self.assertEqual(self.errors(kind="call"), {})

    def test_a_status_date_in_the_future_is_refused(self) -> None:
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        self.assertIn("status_changed", self.errors(kind="call", status_changed=tomorrow))

    def test_out_of_range_values_are_refused_by_the_fields(self) -> None:
        offer = OpportunityPageFactory.build(latitude=91, longitude=2, surface_value=-1, price_amount=-5)
        with self.assertRaises(ValidationError) as raised:
            offer.full_clean(exclude=["path", "depth", "slug", "content_type", "locale", "translation_key"])
        self.assertTrue({"latitude", "surface_value", "price_amount"} <= set(raised.exception.message_dict))


class AdminTests(OpportunityTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.other = make_territory("beta", "Bêta")
        cls.other_form = ContactFormPageFactory(parent=cls.other.site.root_page, title="Formulaire de Bêta")
        cls.editor = UserFactory.moderator_of(cls.territory)  # moderators publish

    def edit_data(self, offer: OpportunityPage, **changes) -> dict:
        """What the admin's page form posts for the offer, published."""
        fields = {
            "title": offer.title,
            "slug": offer.slug,
            "kind": offer.kind,
            "status": offer.status,
            "status_changed": offer.status_changed.isoformat(),
            "summary": offer.summary,
            "surface_value": str(offer.surface_value),
            "surface_unit": offer.surface_unit,
            "price_basis": offer.price_basis,
            "price_amount": str(offer.price_amount),
            "commune": offer.commune,
            "body": streamfield([]),
            "media": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
        return nested_form_data(fields | changes)

    def test_a_change_of_status_is_dated_today(self) -> None:
        offer = OpportunityPageFactory(parent=self.index, status_changed=datetime.date(2026, 1, 5))
        offer.save_revision().publish()  # the form shows the latest revision's date
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[offer.pk]), self.edit_data(offer, status="attributed")
        )
        self.assertEqual(response.status_code, 302)
        offer.refresh_from_db()
        self.assertEqual((offer.status, offer.status_changed), ("attributed", timezone.localdate()))
        # A date the editor gives wins.
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[offer.pk]),
            self.edit_data(offer, status="optioned", status_changed="2026-02-01"),
        )
        offer.refresh_from_db()
        self.assertEqual((offer.status, offer.status_changed), ("optioned", datetime.date(2026, 2, 1)))

    def test_an_editor_cannot_choose_another_territorys_form(self) -> None:
        offer = OpportunityPageFactory(parent=self.index)
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[offer.pk]), self.edit_data(offer, contact_form=self.other_form.pk)
        )
        self.assertEqual(response.status_code, 200)
        offer.refresh_from_db()
        self.assertIsNone(offer.contact_form_id)

    def test_an_editor_of_another_territory_cannot_open_or_change_an_offer(self) -> None:
        offer = OpportunityPageFactory(parent=self.index, title="Local d’Alpha")
        self.client.force_login(UserFactory.editor_of(self.other))
        edit = reverse("wagtailadmin_pages:edit", args=[offer.pk])
        self.assertNotEqual(self.client.get(edit).status_code, 200)
        self.client.post(edit, self.edit_data(offer, title="Piraté"))
        self.assertEqual(Page.objects.get(pk=offer.pk).title, "Local d’Alpha")
        add = reverse("wagtailadmin_pages:add", args=["opportunities", "opportunitypage", self.index.pk])
        self.assertNotEqual(self.client.get(add).status_code, 200)


class OfferFormSubjectTests(OpportunityTestCase):
    """The form reached from an offer names it: on the form, in the notification and in the submissions."""

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.offer = OpportunityPageFactory(parent=cls.index, title="Boulangerie du bourg")
        other = make_territory("beta", "Bêta")
        cls.foreign = OpportunityPageFactory(
            parent=OpportunityIndexPageFactory(parent=other.site.root_page), title="Secret de Bêta"
        )
        cls.draft = OpportunityPageFactory(parent=cls.index, title="Brouillon", live=False)

    def setUp(self) -> None:
        cache.clear()

    def test_the_form_says_which_offer_the_message_is_about(self) -> None:
        html = self.html(f"{self.visit_form.url}?sujet={self.offer.pk}")
        self.assertIn("Votre message concerne\u00a0:", html)
        self.assertIn(">Boulangerie du bourg</a>", html)
        self.assertIn(f'name="{SUBJECT_FIELD}" value="{self.offer.pk}"', html)

    def test_the_notification_and_the_submission_name_the_offer(self) -> None:
        data = answers(self.visit_form, **{SUBJECT_FIELD: str(self.offer.pk)})
        response = self.client.post("/visiter/", data, HTTP_HOST=HOST)
        self.assertContains(response, "Message envoyé")
        stored = FormSubmission.objects.get(page=self.visit_form).get_data()
        self.assertEqual(
            stored[SUBJECT_FIELD], "Boulangerie du bourg (http://alpha.localhost/entreprendre/boulangerie-du-bourg/)"
        )
        self.assertIn("Page concernée\u00a0:\nBoulangerie du bourg (http://alpha.localhost/", mail.outbox[0].body)
        self.client.force_login(UserFactory.editor_of(self.territory))
        listing = self.client.get(reverse("wagtailforms:list_submissions", args=[self.visit_form.pk]))
        self.assertContains(listing, "Page concernée")
        self.assertContains(listing, "Boulangerie du bourg")

    def test_another_territorys_page_a_draft_or_garbage_is_dropped_and_the_message_goes_through(self) -> None:
        for value in [self.foreign.pk, self.draft.pk, self.visit_form.pk, "abc", "-1", "99999999999", "1\x00"]:
            with self.subTest(value=value):
                mail.outbox.clear()
                cache.clear()
                FormSubmission.objects.all().delete()
                html = self.html(f"{self.visit_form.url}?sujet={value}")
                self.assertNotIn("Votre message concerne", html)
                self.assertNotIn("Secret de Bêta", html)
                response = self.client.post(
                    "/visiter/", answers(self.visit_form, **{SUBJECT_FIELD: str(value)}), HTTP_HOST=HOST
                )
                self.assertLess(response.status_code, 500)
                if response.status_code == 200 and FormSubmission.objects.exists():
                    self.assertNotIn(SUBJECT_FIELD, FormSubmission.objects.get().get_data())
                    self.assertNotIn("Secret", mail.outbox[0].body)


class TranslationTests(OpportunityTestCase):
    def test_an_offer_translated_into_english_shares_the_french_facts(self) -> None:
        offer = OpportunityPageFactory(parent=self.index, title="Atelier vélo", surface_value=80)
        add_language(self.territory, "en")
        publish_translation(self.home, "en", "Alpha")
        publish_translation(self.index, "en", "Start a business")
        english = publish_translation(offer, "en", "Bike workshop", summary="A workshop at the foot of the pass.")
        self.assertEqual((english.surface_value, english.status), (80, "available"))
        offer.status, offer.surface_value, offer.status_changed = "attributed", 95, days_ago(2)
        offer.save_revision().publish()
        english.refresh_from_db()
        self.assertEqual(
            (english.status, english.surface_value, english.status_changed), ("attributed", 95, days_ago(2))
        )
        # A translator's stale draft cannot bring the old facts back.
        english.status = "available"
        english.save_revision().publish()
        english.refresh_from_db()
        self.assertEqual(english.status, "attributed")
        html = self.html(english.url)
        self.assertIn("<h1>Bike workshop</h1>", html)
        self.assertIn("95\u00a0m²", html)
        # The English index lists the English offer, never the French one.
        titles = self.listed_titles_at(english.get_parent().url)
        self.assertEqual(titles, ["Bike workshop"])

    def listed_titles_at(self, url: str) -> list[str]:
        return re.findall(r'class="story-card__title"><a href="[^"]+">([^<]+)</a>', self.html(url))


class SearchAndSitemapTests(OpportunityTestCase):
    def test_an_offer_is_found_under_its_own_kind(self) -> None:
        OpportunityPageFactory(parent=self.index, title="Hangar agricole", summary="Un hangar pour la luzerne.")
        index_site(self.territory.site)
        html = self.client.get("/recherche/?q=luzerne", HTTP_HOST=HOST).content.decode()
        self.assertIn("Hangar agricole", html)
        self.assertRegex(html, r'class="search-result__kind">\s*Offre')
        only_offers = self.client.get("/recherche/?q=luzerne&type=offres", HTTP_HOST=HOST).content.decode()
        self.assertIn("Hangar agricole", only_offers)
        self.assertNotIn(
            "Hangar agricole", self.client.get("/recherche/?q=luzerne&type=recits", HTTP_HOST=HOST).content.decode()
        )

    def test_offers_are_in_the_sitemap(self) -> None:
        offer = OpportunityPageFactory(parent=self.index, title="Local au sitemap")
        xml = self.client.get("/sitemap.xml", HTTP_HOST=HOST).content.decode()
        self.assertIn(f"<loc>{offer.full_url}</loc>", xml)
        self.assertIn(f"<loc>{self.index.full_url}</loc>", xml)


class QueryBudgetTests(OpportunityTestCase):
    def add_offers(self, count: int) -> None:
        for n in range(count):
            OpportunityPageFactory(
                parent=self.index,
                hero_image=ImageFactory.in_territory(self.territory),
                status="optioned" if n % 2 else "available",
            )

    def count_queries(self, url: str) -> int:
        self.get(url)  # renditions are generated once
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.get(url).status_code, 200)
        return len(queries)

    def test_index_budget_does_not_grow_with_offers(self) -> None:
        self.add_offers(2)
        few = self.count_queries(self.index.url + "?type=premises")
        self.add_offers(23)
        many = self.count_queries(self.index.url + "?type=premises")
        self.assertLessEqual(many, INDEX_QUERY_BUDGET)
        self.assertEqual(many, few, "the index must not run more queries as offers are added")

    def test_offer_budget_does_not_grow_with_offers(self) -> None:
        self.add_offers(2)
        offer = OpportunityPage.objects.first()
        few = self.count_queries(offer.url)
        self.add_offers(10)
        many = self.count_queries(offer.url)
        self.assertLessEqual(many, OFFER_QUERY_BUDGET)
        self.assertEqual(many, few)
