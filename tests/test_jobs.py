"""Job offers: the index and its filters, an offer's page and facts, expiry on the territory's clock, filled
offers, the apply links that name the offer, every admin check, translations sharing the French facts,
schema.org JobPosting, sitemap and search contracts, isolation and query budgets."""

import datetime
import json
import re
from unittest import mock
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from brands.core.time_zones import site_time_zone
from brands.core.translation import add_language
from brands.models import BrandSettings
from demo.jobs import JOBS, add_jobs, job_page
from demo.jobs_translations import MAURIENNE_PAGES, MAURIENNE_STRINGS
from demo.streams import ImageLibrary, References
from demo.translating import publish_translation as publish_demo_translation
from jobs.expiry import LONG_AGO, end_of_day
from jobs.listing import current_jobs
from jobs.models import JobPage
from tests.factories import (
    ContactFormPageFactory,
    JobIndexPageFactory,
    JobPageFactory,
    SuperuserFactory,
    UserFactory,
    make_territory,
    publish_translation,
)

HOST = "alpha.localhost"
PARIS_OFFSET = re.compile(r"T23:59:59\+0[12]:00$")
# Measured on SQLite and PostgreSQL, the same with three and with twelve offers.
INDEX_QUERY_BUDGET = 16
JOB_QUERY_BUDGET = 12


def today() -> datetime.date:
    return timezone.localdate()


def in_days(days: int) -> datetime.date:
    return today() + datetime.timedelta(days=days)


def set_expiry(job: JobPage, day: datetime.date) -> None:
    """Move an offer's expiry date (and its translations'), as time passing would, without the admin's checks."""
    instant = end_of_day(day, site_time_zone(job.get_site()))
    JobPage.objects.filter(translation_key=job.translation_key).update(expiry_date=day, expires_at=instant)


def json_ld(html: str) -> list[dict]:
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def job_posting(html: str) -> dict | None:
    return next((item for item in json_ld(html) if item.get("@type") == "JobPosting"), None)


class JobTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        cls.home = cls.territory.site.root_page
        cls.apply_form = ContactFormPageFactory(
            parent=cls.home, title="Postuler", slug="postuler", to_address="emploi@alpha.example.fr"
        )
        cls.index = JobIndexPageFactory(parent=cls.home, contact_form=cls.apply_form)

    def get(self, url: str, host: str = HOST):
        parts = urlsplit(url)  # a page's url is absolute when several sites exist
        return self.client.get(parts.path + (f"?{parts.query}" if parts.query else ""), HTTP_HOST=host)

    def html(self, url: str, host: str = HOST) -> str:
        response = self.get(url, host)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def listed_titles(self, query: str = "", index: Page | None = None, host: str = HOST) -> list[str]:
        html = self.html((index or self.index).url + query, host)
        return re.findall(r'class="story-card__title"><a href="[^"]+">([^<]+)</a>', html)


class IndexTests(JobTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        job = JobPageFactory
        job(parent=cls.index, title="Boulanger", contract="apprenticeship", duration_months=24, commune="Faucogney")
        job(parent=cls.index, title="Vendeuse", contract="cdd", duration_months=6, working_time="part")
        job(
            parent=cls.index,
            title="Développeuse",
            contract="freelance",
            remote="full",
            commune="Melisey",
            salary_min=400,
            salary_max=500,
            salary_period="year",
        )
        job(parent=cls.index, title="Conducteur de ligne", salary_min=1900, salary_max=2300, remote="partial")
        cls.filled = job(parent=cls.index, title="Poste pourvu", filled=True)
        cls.expired = job(parent=cls.index, title="Offre expirée")
        set_expiry(cls.expired, in_days(-1))
        cls.last_day = job(parent=cls.index, title="Dernier jour")
        set_expiry(cls.last_day, today())
        job(parent=cls.index, title="Brouillon secret", live=False)
        other = make_territory("beta", "Bêta")
        cls.other_index = JobIndexPageFactory(parent=other.site.root_page)
        job(parent=cls.other_index, title="Offre de Bêta")

    def test_lists_current_offers_only_newest_first(self) -> None:
        titles = self.listed_titles()
        self.assertEqual(
            titles, ["Dernier jour", "Conducteur de ligne", "Développeuse", "Vendeuse", "Boulanger"]
        )  # published in that order, the newest first; expired, filled, drafts and Bêta's left out
        self.assertIn("5 offres d’emploi en cours.", self.html(self.index.url))

    def test_current_jobs_helper(self) -> None:
        current = current_jobs(JobPage.objects.live().child_of(self.index))
        self.assertEqual(current.count(), 5)
        self.assertNotIn(self.filled, current)
        self.assertNotIn(self.expired, current)
        self.assertIn(self.last_day, current)

    def test_cards_show_the_offer_facts(self) -> None:
        html = self.html(self.index.url + "?contrat=cdi&teletravail=partial")
        card = html.split('class="story-card job-card"')[1]
        self.assertIn('<p class="story-card__kind">CDI</p>', card)
        self.assertIn("Menuiserie des Mille Étangs", card)
        self.assertIn("Faucogney-et-la-Mer</li>", card)
        self.assertIn("Télétravail partiel</li>", card)
        self.assertIn("Dès que possible</li>", card)
        self.assertIn("1\u00a0900 à 2\u00a0300\u00a0€ brut par mois</li>", card)
        self.assertRegex(card, r'Publiée le <time datetime="\d{4}-\d\d-\d\d">')
        vendeuse = self.html(self.index.url + "?contrat=cdd")
        self.assertIn('<p class="story-card__kind">CDD de 6\u00a0mois</p>', vendeuse)
        self.assertNotIn("brut", vendeuse.split("<main", 1)[1])  # no salary given, none shown

    def test_filters_by_contract_commune_and_remote_with_counts(self) -> None:
        self.assertEqual(self.listed_titles("?contrat=apprenticeship"), ["Boulanger"])
        self.assertEqual(self.listed_titles("?commune=Melisey"), ["Développeuse"])
        self.assertEqual(self.listed_titles("?teletravail=full"), ["Développeuse"])
        self.assertEqual(self.listed_titles("?contrat=cdi&teletravail=partial"), ["Conducteur de ligne"])
        html = self.html(self.index.url + "?contrat=cdi")
        self.assertIn('<option value="cdi" selected>CDI (2)</option>', html)
        self.assertIn('<option value="seasonal">Saisonnier (0)</option>', html)
        self.assertIn('<option value="Faucogney-et-la-Mer">Faucogney-et-la-Mer (3)</option>', html)
        self.assertIn('<option value="none">Sur place (3)</option>', html)
        self.assertIn("2 offres d’emploi correspondant à ces filtres.", html)
        self.assertNotIn("Poste pourvu", html)  # a filled offer is in no count either
        empty = self.html(self.index.url + "?contrat=internship")
        self.assertIn("Aucune offre ne correspond à ces filtres.", empty)

    def test_unknown_filter_values_are_ignored(self) -> None:
        for query in ["?contrat=chef", "?commune=Paris", "?teletravail=<script>", "?page=abc", "?page=99"]:
            with self.subTest(query=query):
                html = self.html(self.index.url + query)
                self.assertNotIn("aria-invalid", html)
                self.assertNotIn("<script>", html.split("<main", 1)[1])
        self.assertEqual(len(self.listed_titles("?contrat=chef&commune=Melisey")), 1)

    def test_the_filters_work_without_javascript(self) -> None:
        html = self.html(self.index.url)
        self.assertIn('<form class="filters" method="get" action="/emploi/"', html)
        self.assertIn('<label for="id_contrat">Contrat</label>', html)
        self.assertIn('<label for="id_teletravail">Télétravail</label>', html)

    def test_paginated(self) -> None:
        for n in range(12):
            JobPageFactory(parent=self.index, title=f"Saisonnier {n}", contract="seasonal", duration_text="l’été")
        html = self.html(self.index.url)
        self.assertIn("17 offres d’emploi en cours, page 1 sur 2.", html)
        self.assertEqual(len(self.listed_titles()), 12)
        self.assertEqual(len(self.listed_titles("?page=2")), 5)
        self.assertIn('href="?page=2"', html)

    def test_each_site_lists_its_own_offers_only(self) -> None:
        self.assertEqual(self.listed_titles(index=self.other_index, host="beta.localhost"), ["Offre de Bêta"])
        self.assertEqual(self.get("/emploi/boulanger/", host="beta.localhost").status_code, 404)


class GoneOfferPageTests(JobTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.expired = JobPageFactory(parent=cls.index, title="Saison passée", latitude=47.87, longitude=6.56)
        set_expiry(cls.expired, in_days(-3))
        cls.filled = JobPageFactory(parent=cls.index, title="Déjà pourvu", filled=True)
        cls.current = JobPageFactory(parent=cls.index, title="Toujours ouvert")

    def test_an_expired_or_filled_offer_answers_with_a_notice_and_no_way_to_apply(self) -> None:
        for job in (self.expired, self.filled):
            with self.subTest(job=job.title):
                html = self.html(job.url)
                self.assertIn("Cette offre est pourvue ou a expiré.", html)
                self.assertIn('<a href="/emploi/">Voir les offres d’emploi en cours</a>', html)
                self.assertNotIn("?sujet=", html)
                self.assertNotIn("mailto:", html)
                self.assertNotIn('id="postuler">Postuler<', html)
                self.assertIn('<meta name="robots" content="noindex">', html)
                self.assertIsNone(job_posting(html))
                self.assertEqual(len(re.findall(r"<h1[ >]", html)), 1)

    def test_a_current_offer_has_its_apply_box_and_no_notice(self) -> None:
        html = self.html(self.current.url)
        self.assertNotIn("Cette offre est pourvue ou a expiré", html)
        self.assertIn('id="postuler">Postuler<', html)
        self.assertNotIn('name="robots"', html)
        self.assertIsNotNone(job_posting(html))


class ExpiryClockTests(JobTestCase):
    """An offer is listed all through its expiry day on its territory's clock, and gone the next day."""

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.day = in_days(10)
        cls.paris = JobPageFactory(parent=cls.index, title="Offre de métropole", expiry_date=cls.day)
        islands = make_territory("iles", "Îles")
        brand = BrandSettings.for_site(islands.site)
        brand.time_zone = "America/Guadeloupe"
        brand.save()
        cls.islands_index = JobIndexPageFactory(parent=islands.site.root_page, contact_form=None)
        cls.guadeloupe = JobPageFactory(parent=cls.islands_index, title="Offre antillaise", expiry_date=cls.day)

    def at(self, hour: int, minute: int, zone_name: str, days_after: int = 0):
        """Freeze « now » at that time of the expiry day (or a later day) on that clock."""
        zone = ZoneInfo(zone_name)
        moment = datetime.datetime.combine(self.day + datetime.timedelta(days=days_after), datetime.time(hour, minute))
        return mock.patch("django.utils.timezone.now", return_value=moment.replace(tzinfo=zone))

    def hidden(self) -> set[str]:
        return set(JobPage.hidden_from_sitemap().values_list("title", flat=True))

    def test_listed_on_its_expiry_day_gone_the_next_day_in_paris(self) -> None:
        with self.at(23, 59, "Europe/Paris"):
            self.assertIn("Offre de métropole", self.listed_titles())
            self.assertNotIn("Offre de métropole", self.hidden())
            self.assertGreater(self.paris.search_visible_until, timezone.now())
        with self.at(0, 1, "Europe/Paris", days_after=1):
            self.assertNotIn("Offre de métropole", self.listed_titles())
            self.assertIn("Offre de métropole", self.hidden())
            self.assertLessEqual(self.paris.search_visible_until, timezone.now())
            self.assertEqual(self.get(self.paris.url).status_code, 200)

    def test_the_guadeloupe_day_ends_five_or_six_hours_later(self) -> None:
        gap = self.guadeloupe.expires_at - self.paris.expires_at
        self.assertIn(gap, {datetime.timedelta(hours=5), datetime.timedelta(hours=6)})
        islands = "iles.localhost"
        with self.at(0, 30, "Europe/Paris", days_after=1):  # past midnight in Paris, evening in Guadeloupe
            self.assertNotIn("Offre de métropole", self.listed_titles())
            self.assertEqual(self.listed_titles(index=self.islands_index, host=islands), ["Offre antillaise"])
            self.assertEqual(self.hidden(), {"Offre de métropole"})
        with self.at(23, 59, "America/Guadeloupe"):
            self.assertEqual(self.listed_titles(index=self.islands_index, host=islands), ["Offre antillaise"])
        with self.at(0, 1, "America/Guadeloupe", days_after=1):
            self.assertEqual(self.listed_titles(index=self.islands_index, host=islands), [])
            self.assertEqual(self.hidden(), {"Offre de métropole", "Offre antillaise"})

    def test_a_filled_offer_leaves_the_search_at_once(self) -> None:
        self.paris.filled = True
        self.paris.save_revision().publish()
        self.assertEqual(self.paris.search_visible_until, LONG_AGO)
        self.assertIn("Offre de métropole", self.hidden())

    def test_a_territory_changing_time_zone_moves_its_offers_ends(self) -> None:
        brand = BrandSettings.for_site(self.territory.site)
        brand.time_zone = "America/Guadeloupe"
        brand.save()
        self.paris.refresh_from_db()
        self.assertEqual(self.paris.expires_at, self.guadeloupe.expires_at)


class SchemaOrgTests(JobTestCase):
    def test_a_job_posting_with_its_required_properties(self) -> None:
        job = JobPageFactory(
            parent=self.index,
            title="Technicienne de maintenance",
            employer_url="https://usine.example.org/",
            salary_min=2100,
            salary_max=2600,
            address="Zone artisanale",
            latitude=47.87,
            longitude=6.56,
            body=[("section", {"heading": "Missions", "text": "<p>Entretenir les <b>presses</b>.</p>"})],
        )
        posting = job_posting(self.html(job.url))
        self.assertEqual(posting["@context"], "https://schema.org")
        self.assertEqual(posting["title"], "Technicienne de maintenance")
        self.assertIn("Entretenir les presses.", posting["description"])
        self.assertNotIn("<", posting["description"])
        self.assertEqual(posting["datePosted"], today().isoformat())
        self.assertEqual(posting["validThrough"][:10], job.expiry_date.isoformat())
        self.assertRegex(posting["validThrough"], PARIS_OFFSET)
        self.assertEqual(posting["employmentType"], ["FULL_TIME"])
        self.assertEqual(
            posting["hiringOrganization"],
            {
                "@type": "Organization",
                "name": "Menuiserie des Mille Étangs",
                "sameAs": "https://usine.example.org/",
                "url": "https://usine.example.org/",
            },
        )
        location = posting["jobLocation"]
        self.assertEqual(location["address"]["addressLocality"], "Faucogney-et-la-Mer")
        self.assertEqual(location["address"]["addressCountry"], "FR")
        self.assertEqual(location["geo"]["latitude"], 47.87)
        salary = posting["baseSalary"]
        self.assertEqual((salary["currency"], salary["value"]["unitText"]), ("EUR", "MONTH"))
        self.assertEqual((salary["value"]["minValue"], salary["value"]["maxValue"]), (2100, 2600))
        self.assertTrue(posting["directApply"])  # the list's form, on the territory's own site
        self.assertEqual(posting["url"], "http://alpha.localhost/emploi/technicienne-de-maintenance/")
        self.assertNotIn("jobLocationType", posting)

    def test_employment_types_follow_the_contract_and_working_time(self) -> None:
        cases = [
            ({"contract": "cdi", "working_time": "part"}, ["PART_TIME"]),
            ({"contract": "cdd", "duration_months": 3}, ["TEMPORARY"]),
            ({"contract": "seasonal", "duration_text": "l’été"}, ["TEMPORARY"]),
            ({"contract": "apprenticeship"}, ["OTHER", "APPRENTICESHIP"]),
            ({"contract": "internship", "duration_months": 6}, ["INTERN"]),
            ({"contract": "freelance"}, ["CONTRACTOR"]),
        ]
        for values, expected in cases:
            with self.subTest(**values):
                job = JobPageFactory(parent=self.index, **values)
                self.assertEqual(job_posting(self.html(job.url))["employmentType"], expected)

    def test_fully_remote_hourly_pay_and_guadeloupe(self) -> None:
        islands = make_territory("iles", "Îles")
        brand = BrandSettings.for_site(islands.site)
        brand.time_zone = "America/Guadeloupe"
        brand.save()
        index = JobIndexPageFactory(parent=islands.site.root_page)
        job = JobPageFactory(
            parent=index, commune="Port-Louis", remote="full", salary_min=12, salary_period="hour", apply_url=""
        )
        posting = job_posting(self.html(job.url, host="iles.localhost"))
        self.assertEqual(posting["jobLocationType"], "TELECOMMUTE")
        self.assertEqual(posting["applicantLocationRequirements"], {"@type": "Country", "name": "GP"})
        self.assertEqual(posting["jobLocation"]["address"]["addressCountry"], "GP")
        self.assertTrue(posting["validThrough"].endswith("T23:59:59-04:00"))
        self.assertEqual(
            posting["baseSalary"]["value"], {"@type": "QuantitativeValue", "unitText": "HOUR", "value": 12}
        )
        self.assertFalse(posting["directApply"])  # by e-mail only: no form on the site


class ApplyTests(JobTestCase):
    def test_the_form_link_names_the_offer(self) -> None:
        job = JobPageFactory(parent=self.index, title="Mécanicien cycles", apply_email="")
        html = self.html(job.url)
        self.assertIn(f'<a class="button button--primary" href="/postuler/?sujet={job.pk}">Postuler</a>', html)
        form = self.html(f"/postuler/?sujet={job.pk}")
        self.assertIn("Votre message concerne\u00a0:", form)
        self.assertIn(">Mécanicien cycles</a>", form)

    def test_an_offer_s_own_form_wins_and_an_unpublished_form_is_dropped(self) -> None:
        own = ContactFormPageFactory(parent=self.home, title="Candidater chez nous", slug="candidater")
        job = JobPageFactory(parent=self.index, contact_form=own)
        self.assertIn(f'href="/candidater/?sujet={job.pk}">Candidater chez nous</a>', self.html(job.url))
        own.unpublish()
        self.apply_form.unpublish()
        html = self.html(job.url)
        self.assertNotIn("?sujet=", html)
        self.assertIn('href="mailto:recrutement@example.org?subject=Candidature%C2%A0%3A%20', html)

    def test_e_mail_and_external_link(self) -> None:
        job = JobPageFactory(
            parent=self.index, title="Guide vélo", apply_url="https://emplois.example.org/guide", contact_form=None
        )
        html = self.html(job.url)
        self.assertIn(
            'href="mailto:recrutement@example.org?subject=Candidature%C2%A0%3A%20Guide%20v%C3%A9lo">'
            "Écrire à recrutement@example.org</a>",
            html,
        )
        self.assertIn(
            'href="https://emplois.example.org/guide" rel="noopener">Postuler sur le site de l’annonce</a>', html
        )

    def test_the_facts_and_the_map(self) -> None:
        job = JobPageFactory(
            parent=self.index,
            contract="seasonal",
            duration_months=4,
            duration_text="de juin à septembre",
            start_date=in_days(30),
            latitude=47.87,
            longitude=6.56,
            address="2 rue de l’Église",
        )
        html = self.html(job.url)
        self.assertIn("<dt>Contrat</dt><dd>Saisonnier de 4\u00a0mois (de juin à septembre)</dd>", html)
        self.assertIn(f'<time datetime="{in_days(30).isoformat()}">À partir du ', html)
        self.assertIn('data-embed="openstreetmap"', html)
        self.assertNotIn("<iframe", html)
        self.assertIn("<address>2 rue de l’Église</address>", html)


class ValidationTests(JobTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.bare_index = JobIndexPageFactory(parent=make_territory("beta", "Bêta").site.root_page)
        cls.foreign_form = ContactFormPageFactory(parent=cls.bare_index.get_parent(), title="Formulaire de Bêta")

    def errors(self, parent: Page | None = None, **values) -> dict:
        fields = {
            "title": "Poste",
            "slug": "poste",
            "employer_name": "Employeur",
            "summary": "Résumé",
            "contract": "cdi",
            "commune": "Melisey",
            "apply_email": "rh@example.org",
        }
        job = JobPage(**(fields | values))
        job.parent_for_checks = parent or self.index
        try:
            job.clean()
        except ValidationError as error:
            return error.message_dict
        return {}

    def test_a_valid_offer_passes(self) -> None:
        self.assertEqual(self.errors(), {})
        self.assertEqual(self.errors(apply_email="", apply_url=""), {})  # the list's form is enough

    def test_there_must_be_a_way_to_apply(self) -> None:
        message = self.errors(parent=self.bare_index, apply_email="")["apply_url"][0]
        self.assertIn("Indiquez comment postuler\u00a0: un lien, une adresse e-mail ou un formulaire", message)
        self.assertEqual(self.errors(parent=self.bare_index, apply_email="", apply_url="https://x.example.org/"), {})

    def test_salaries(self) -> None:
        self.assertIn("inférieur au minimum", self.errors(salary_min=2000, salary_max=1800)["salary_max"][0])
        self.assertIn("négatif", self.errors(salary_min=-5)["salary_min"][0])
        self.assertIn("négatif", self.errors(salary_min=10, salary_max=-1)["salary_max"][0])
        self.assertIn("salary_min", self.errors(salary_max=1800))
        self.assertEqual(self.errors(salary_min=1800, salary_max=1800), {})
        self.assertEqual(self.errors(salary_min=0), {})

    def test_durations(self) -> None:
        self.assertIn("Un CDI n’a pas de durée", self.errors(duration_months=6)["duration_months"][0])
        self.assertIn("duration_text", self.errors(duration_text="six mois"))
        for contract in ("cdd", "seasonal", "internship"):
            with self.subTest(contract=contract):
                self.assertIn("Indiquez la durée", self.errors(contract=contract)["duration_months"][0])
                self.assertEqual(self.errors(contract=contract, duration_text="l’été"), {})
        self.assertEqual(self.errors(contract="freelance"), {})

    def test_expiry_dates(self) -> None:
        past = self.errors(expiry_date=in_days(-1))["expiry_date"][0]
        self.assertEqual(past, "Cette date est passée\u00a0: choisissez aujourd’hui ou un jour à venir.")
        self.assertEqual(self.errors(expiry_date=today()), {})
        too_far = self.errors(expiry_date=today() + datetime.timedelta(days=200))["expiry_date"][0]
        self.assertIn("six mois au plus\u00a0: choisissez une date jusqu’au", too_far)
        # Once published, an offer keeps its past expiry date (to be marked filled, for example).
        published = timezone.now() - datetime.timedelta(days=90)
        self.assertEqual(self.errors(expiry_date=in_days(-1), first_published_at=published), {})
        self.assertIn("expiry_date", self.errors(expiry_date=in_days(100), first_published_at=published))

    def test_coordinates_and_another_territorys_form(self) -> None:
        self.assertIn("longitude", self.errors(latitude=45.0))
        self.assertIn("latitude", self.errors(longitude=6.0))
        message = self.errors(contact_form=self.foreign_form)["contact_form"][0]
        self.assertIn("appartient à un autre territoire", message)

    def test_the_default_expiry_is_two_months_ahead(self) -> None:
        days = (JobPage().expiry_date - today()).days
        self.assertTrue(59 <= days <= 62, days)


class AdminTests(JobTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.other = make_territory("beta", "Bêta")
        cls.other_index = JobIndexPageFactory(parent=cls.other.site.root_page)
        cls.other_form = ContactFormPageFactory(parent=cls.other.site.root_page, title="Formulaire de Bêta")
        cls.moderator = UserFactory.moderator_of(cls.territory)

    def form_data(self, **changes) -> dict:
        fields = {
            "title": "Cariste",
            "slug": "cariste",
            "employer_name": "Usine des étangs",
            "summary": "Conduire les chariots de l’usine.",
            "contract": "cdi",
            "working_time": "full",
            "remote": "none",
            "salary_period": "month",
            "commune": "Faucogney-et-la-Mer",
            "expiry_date": in_days(30).isoformat(),
            "apply_email": "rh@example.org",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
        return nested_form_data(fields | changes)

    def add_url(self, index: Page) -> str:
        return reverse("wagtailadmin_pages:add", args=["jobs", "jobpage", index.pk])

    def test_a_moderator_publishes_an_offer(self) -> None:
        self.client.force_login(self.moderator)
        response = self.client.post(self.add_url(self.index), self.form_data())
        self.assertEqual(response.status_code, 302)
        job = JobPage.objects.get(slug="cariste")
        self.assertTrue(job.live)
        self.assertEqual(job.expires_at, end_of_day(in_days(30), site_time_zone(self.territory.site)))
        self.assertIn("Cariste", self.listed_titles())

    def test_bad_input_shows_french_errors_and_writes_nothing(self) -> None:
        self.client.force_login(self.moderator)
        bad = self.form_data(
            salary_min="2000",
            salary_max="1500",
            expiry_date=in_days(-2).isoformat(),
            duration_months="6",
            contact_form=str(self.other_form.pk),
        )
        response = self.client.post(self.add_url(self.index), bad)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("Le maximum est inférieur au minimum", html)
        self.assertIn("Cette date est passée", html)
        self.assertIn("Un CDI n’a pas de durée", html)
        self.assertFalse(JobPage.objects.filter(slug="cariste").exists())

    def test_an_editor_of_another_territory_cannot_see_or_change_an_offer(self) -> None:
        job = JobPageFactory(parent=self.index, title="Poste d’Alpha")
        self.client.force_login(UserFactory.editor_of(self.other))
        edit = reverse("wagtailadmin_pages:edit", args=[job.pk])
        self.assertNotEqual(self.client.get(edit).status_code, 200)
        self.client.post(edit, self.form_data(title="Piraté", slug=job.slug))
        self.assertEqual(Page.objects.get(pk=job.pk).title, "Poste d’Alpha")
        self.assertNotEqual(self.client.get(self.add_url(self.index)).status_code, 200)
        explorer = self.client.get(reverse("wagtailadmin_explore", args=[self.index.pk]))
        self.assertNotContains(explorer, "Poste d’Alpha", status_code=explorer.status_code)
        # Their own list is theirs to fill.
        self.assertEqual(self.client.get(self.add_url(self.other_index)).status_code, 200)


class TranslationTests(JobTestCase):
    def test_an_english_translation_shares_the_french_facts(self) -> None:
        job = JobPageFactory(parent=self.index, title="Mécanicien", salary_min=1900)
        add_language(self.territory, "en")
        publish_translation(self.home, "en", "Alpha")
        publish_translation(self.index, "en", "Jobs")
        english = publish_translation(job, "en", "Bike mechanic", summary="Repair bikes at the foot of the pass.")
        self.assertEqual((english.salary_min, english.expires_at), (1900, job.expires_at))
        self.assertEqual(self.listed_titles(index=english.get_parent().specific), ["Bike mechanic"])
        job.filled = True
        job.save_revision().publish()
        english.refresh_from_db()
        self.assertTrue(english.filled)
        english.filled = False  # a translator's stale draft cannot reopen it
        english.save_revision().publish()
        english.refresh_from_db()
        self.assertTrue(english.filled)
        html = self.html(english.url)
        self.assertIn("<h1>Bike mechanic</h1>", html)
        self.assertEqual(self.listed_titles(index=english.get_parent().specific), [])


class SitemapTests(JobTestCase):
    def test_current_offers_are_in_the_sitemap_and_gone_ones_are_not(self) -> None:
        current = JobPageFactory(parent=self.index, title="Au sitemap")
        filled = JobPageFactory(parent=self.index, title="Pourvue", filled=True)
        expired = JobPageFactory(parent=self.index, title="Expirée")
        set_expiry(expired, in_days(-1))
        xml = self.client.get("/sitemap.xml", HTTP_HOST=HOST).content.decode()
        self.assertIn(f"<loc>{current.full_url}</loc>", xml)
        self.assertIn(f"<loc>{self.index.full_url}</loc>", xml)
        self.assertNotIn(filled.full_url, xml)
        self.assertNotIn(expired.full_url, xml)


class QueryBudgetTests(JobTestCase):
    def add_jobs(self, count: int) -> None:
        for n in range(count):
            JobPageFactory(
                parent=self.index,
                contract="cdd" if n % 2 else "cdi",
                duration_months=6 if n % 2 else None,
                commune=f"Commune {n}",
                salary_min=1800,
            )

    def count_queries(self, url: str) -> int:
        self.get(url)
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.get(url).status_code, 200)
        return len(queries)

    def test_index_budget_does_not_grow_with_offers(self) -> None:
        self.add_jobs(3)
        few = self.count_queries(self.index.url + "?contrat=cdi")
        self.add_jobs(9)
        many = self.count_queries(self.index.url + "?contrat=cdi")
        self.assertLessEqual(many, INDEX_QUERY_BUDGET)
        self.assertEqual(many, few, "the index must not run more queries as offers are added")

    def test_job_budget_does_not_grow_with_offers(self) -> None:
        self.add_jobs(3)
        job = JobPage.objects.first()
        few = self.count_queries(job.url)
        self.add_jobs(9)
        many = self.count_queries(job.url)
        self.assertLessEqual(many, JOB_QUERY_BUDGET)
        self.assertEqual(many, few)


class DemoTests(TestCase):
    """The demo's offers for one pilot pass the admin's checks, show the expired notice, and translate."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("maurienne", "Maurienne")
        author = SuperuserFactory()
        home = cls.territory.site.root_page
        cls.pages = add_jobs(home, "maurienne", References(ImageLibrary(cls.territory.collection)), author)
        for page in cls.pages:
            page.save_revision(user=author).publish(user=author)
        faucogney = make_territory("faucogney", "Faucogney")
        for page in add_jobs(
            faucogney.site.root_page, "faucogney", References(ImageLibrary(faucogney.collection)), author
        ):
            page.save_revision(user=author).publish(user=author)

    def test_every_pilot_has_offers_and_dates_count_from_today(self) -> None:
        self.assertEqual(set(JOBS), {"faucogney", "maurienne", "aveyron", "xaintrie", "nord-grande-terre"})
        self.assertTrue(all(2 <= len(jobs) <= 4 for jobs in JOBS.values()))
        index = self.pages[0]
        self.assertEqual([page.title for page in self.pages[1:]], [job.title for job in JOBS["maurienne"]])
        html = self.client.get("/emploi/", HTTP_HOST="maurienne.localhost").content.decode()
        self.assertIn("3 offres d’emploi en cours.", html)
        self.assertEqual(index.url_path, f"{self.territory.site.root_page.url_path}emploi/")
        guide = JobPage.objects.get(title="Guide cycliste accompagnateur ou accompagnatrice")
        self.assertEqual(timezone.localtime(guide.first_published_at).date(), in_days(-9))  # kept on publishing

    def test_every_pilot_s_offers_pass_the_admin_s_checks(self) -> None:
        for slug, jobs in JOBS.items():
            for job in jobs:
                with self.subTest(slug=slug, job=job.title):
                    page = job_page(job, None)
                    page.parent_for_checks = self.pages[0]
                    page.clean()
                    self.assertEqual(page.is_current(), job.expires_in >= 0)

    def test_the_expired_offer_is_reachable_but_not_listed(self) -> None:
        listing = self.client.get("/emploi/", HTTP_HOST="faucogney.localhost").content.decode()
        self.assertNotIn("Vendeur ou vendeuse en quincaillerie", listing)
        page = self.client.get("/emploi/vendeur-ou-vendeuse-en-quincaillerie/", HTTP_HOST="faucogney.localhost")
        self.assertContains(page, "Cette offre est pourvue ou a expiré.")

    def test_the_english_offer_translates_every_segment(self) -> None:
        add_language(self.territory, "en")
        publish_translation(self.territory.site.root_page, "en", "Maurienne")
        english = Locale.objects.get(language_code="en")
        for path in MAURIENNE_PAGES["en"]:
            page = Page.objects.get(url_path=f"{self.territory.site.root_page.url_path}{path}").specific
            publish_demo_translation(page, english, MAURIENNE_STRINGS["en"])
        html = self.client.get(
            "/en/jobs/cycling-sector-project-officer/", HTTP_HOST="maurienne.localhost"
        ).content.decode()
        self.assertIn("<h1>Cycling sector project officer</h1>", html)
        self.assertIn("Run the cycle businesses’ club", html)
        self.assertIn("mailto:recrutement@agence-maurienne.example", html)  # the facts are the French page's
