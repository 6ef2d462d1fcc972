"""The directory of local actors: opening hours, the entry's checks, the directory page and its filters, an
entry's page and schema.org, translations, the admin sealed per territory, the lead's contracts and budgets."""

import json
import re
from datetime import time
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import RequestFactory, SimpleTestCase, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import GroupSitePermission, Locale

from brands.core.translation import add_language
from directory import hours
from directory.models import DirectoryEntry, DirectoryPage
from tests.factories import (
    DirectoryEntryFactory,
    DirectoryPageFactory,
    ImageFactory,
    SuperuserFactory,
    UserFactory,
    make_territory,
    publish_translation,
)

HOST = "alpha.localhost"
# Measured on SQLite, the same with 5 and with 30 entries (each with its photo): the directory 20 (its filters'
# counts are three), an entry 14.
DIRECTORY_QUERY_BUDGET = 16
ENTRY_QUERY_BUDGET = 12
WEEK = [
    [0, "09:00", "12:00"],
    [0, "14:00", "18:30"],
    [1, "09:00", "12:00"],
    [1, "14:00", "18:30"],
    [5, "10:00", "12:00"],
]


class ParseDayTests(SimpleTestCase):
    def test_what_editors_type(self) -> None:
        cases = {
            "": [],
            "   ": [],
            "fermé": [],
            "9h-12h": [(time(9), time(12))],
            "9h-12h, 14h-18h30": [(time(9), time(12)), (time(14), time(18, 30))],
            "09:00-12:00 / 14:00-18:00": [(time(9), time(12)), (time(14), time(18))],
            "8h30 – 12h": [(time(8, 30), time(12))],
            "8h30 à 12h": [(time(8, 30), time(12))],
            "9 h - 12 h 15": [(time(9), time(12, 15))],
            "14h-18h, 9h-12h": [(time(9), time(12)), (time(14), time(18))],
            "9h-12h et 14h-17h": [(time(9), time(12)), (time(14), time(17))],
        }
        for text, expected in cases.items():
            with self.subTest(text):
                self.assertEqual(hours.parse_day(text), expected)

    def test_mistakes_are_named_in_french(self) -> None:
        cases = {
            "25h-26h": "25h n’est pas une heure",
            "9h75-10h": "9h75 n’est pas une heure",
            "14h-12h": "la fin (12h) doit venir après le début (14h)",
            "9h-9h": "la fin (9h) doit venir après le début (9h)",
            "9h-12h, 11h-14h": "les plages 9h-12h et 11h-14h se chevauchent",
            "le matin": "«\u00a0le matin\u00a0» n’est pas une plage horaire",
            "9h": "«\u00a09h\u00a0» n’est pas une plage horaire",
        }
        for text, message in cases.items():
            with self.subTest(text), self.assertRaisesRegex(ValueError, re.escape(message)):
                hours.parse_day(text)

    def test_periods_that_touch_do_not_overlap(self) -> None:
        self.assertEqual(hours.parse_day("9h-12h, 12h-14h"), [(time(9), time(12)), (time(12), time(14))])


class HoursFormatTests(SimpleTestCase):
    def test_format_day(self) -> None:
        periods = hours.parse_day("9h-12h, 14h-18h30")
        self.assertEqual(hours.format_day(periods), "9\u00a0h\u00a0– 12\u00a0h, 14\u00a0h\u00a0– 18\u00a0h\u00a030")
        self.assertEqual(hours.format_day([]), "Fermé")
        self.assertEqual(hours.editable_day(periods), "9h-12h, 14h-18h30")

    def test_summary_groups_consecutive_days(self) -> None:
        week = hours.to_stored({day: hours.parse_day("9h-12h, 14h-18h") for day in range(5)})
        week += [[6, "10:00", "12:00"]]
        summary = [(label, text.replace("\u00a0", " ")) for label, text in hours.summary(week)]
        self.assertEqual(
            summary,
            [
                ("Du lundi au vendredi", "9 h – 12 h, 14 h – 18 h"),
                ("Samedi", "Fermé"),
                ("Dimanche", "10 h – 12 h"),
            ],
        )
        self.assertEqual(hours.summary([]), [])
        self.assertEqual(
            [label for label, _text in hours.summary(WEEK)],
            ["Lundi et mardi", "Du mercredi au vendredi", "Samedi", "Dimanche"],
        )

    def test_schema_org_specifications(self) -> None:
        specs = hours.schema_org(WEEK)
        self.assertIn(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": ["https://schema.org/Monday", "https://schema.org/Tuesday"],
                "opens": "09:00",
                "closes": "12:00",
            },
            specs,
        )
        self.assertEqual(len(specs), 3)

    def test_open_at(self) -> None:
        self.assertTrue(hours.is_open(WEEK, 0, time(9)))
        self.assertFalse(hours.is_open(WEEK, 0, time(12)))
        self.assertFalse(hours.is_open(WEEK, 6, time(10)))

    def test_check_refuses_malformed_stored_hours(self) -> None:
        hours.check(WEEK)
        hours.check([])
        for bad in [
            "9h-12h",
            [[7, "09:00", "10:00"]],
            [[0, "9:00", "10:00"]],
            [[0, "12:00", "09:00"]],
            [[0, "09:00", "12:00"], [0, "11:00", "13:00"]],
            [[1, "09:00", "12:00"], [0, "09:00", "12:00"]],
            [["0", "09:00", "12:00"]],
        ]:
            with self.subTest(bad), self.assertRaises(ValueError):
                hours.check(bad)

    def test_weekdays_name_their_csv_columns(self) -> None:
        self.assertEqual(hours.COLUMNS, ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))


def json_ld(html: str) -> list[dict]:
    return [json.loads(data) for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]


class DirectoryTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        cls.other = make_territory("beta", "Beta")
        cls.home = cls.territory.site.root_page
        cls.page = DirectoryPageFactory(parent=cls.home)
        cls.other_page = DirectoryPageFactory(parent=cls.other.site.root_page)

    def get(self, url: str, host: str = HOST, **params):
        parts = urlsplit(url)  # a page's url is absolute when several sites exist
        return self.client.get(parts.path, params, HTTP_HOST=host)

    def html(self, url: str, host: str = HOST, **params) -> str:
        response = self.get(url, host, **params)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def listed(self, **params) -> list[str]:
        html = self.html(self.page.url, **params)
        return re.findall(r'class="directory-card__title"><a href="[^"]+">([^<]+)</a>', html)


class EntryCheckTests(DirectoryTestCase):
    def entry(self, **fields) -> DirectoryEntry:
        values = {"site": self.territory.site, "slug": "boulangerie", "name": "Boulangerie", "category": "commerce"}
        values |= {"commune": "Faucogney-et-la-Mer", "locale": Locale.objects.get(language_code="fr")}
        return DirectoryEntry(**(values | fields))

    def errors(self, entry: DirectoryEntry) -> dict:
        with self.assertRaises(ValidationError) as raised:
            entry.full_clean()
        return raised.exception.message_dict

    def test_a_complete_entry_is_valid(self) -> None:
        entry = self.entry(
            labels=["fabrique-ici"], opening_hours=WEEK, latitude=47.8, longitude=6.56, phone="03 84 49 00 00"
        )
        entry.full_clean()

    def test_coordinates_go_in_pairs(self) -> None:
        errors = self.errors(self.entry(latitude=47.8))
        self.assertEqual(errors["longitude"], ["Indiquez la latitude et la longitude ensemble, ou aucune des deux."])
        self.assertIn("latitude", self.errors(self.entry(latitude=95, longitude=6)))

    def test_unknown_or_repeated_labels(self) -> None:
        self.assertEqual(self.errors(self.entry(labels=["bio"]))["labels"], ["Label inconnu\u00a0: bio."])
        self.assertIn("labels", self.errors(self.entry(labels=["fabrique-ici", "fabrique-ici"])))

    def test_slug_taken_on_the_same_site_only(self) -> None:
        DirectoryEntryFactory(site=self.territory.site, slug="boulangerie")
        self.assertIn("déjà celui d’un autre acteur", self.errors(self.entry())["slug"][0])
        self.entry(site=self.other.site).full_clean()

    def test_malformed_hours(self) -> None:
        message = self.errors(self.entry(opening_hours=[[0, "14:00", "12:00"]]))["opening_hours"][0]
        self.assertEqual(message, "Horaires invalides\u00a0: la fin (12h) doit venir après le début (14h).")

    def test_phone_is_checked(self) -> None:
        self.assertIn("phone", self.errors(self.entry(phone="appelez-nous")))

    def test_another_territory_photo_is_refused(self) -> None:
        photo = ImageFactory.in_territory(self.other, title="Photo Beta")
        self.assertIn("Photo Beta", self.errors(self.entry(photo=photo))["photo"][0])

    def test_import_values(self) -> None:
        entry = self.entry(opening_hours=WEEK)
        values = entry.import_values()
        self.assertEqual(values["slug"], "boulangerie")
        self.assertEqual(values["opening_hours"], WEEK)
        self.assertNotIn("site", values)


class DirectoryPageTests(DirectoryTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        site = cls.territory.site
        entry = DirectoryEntryFactory
        entry(
            site=site, slug="velo", name="Cycles du Col", category="velo", commune="Valloire", labels=["accueil-velo"]
        )
        entry(site=site, slug="gite", name="Gîte des Aiguilles", category="hebergement", commune="Valloire")
        entry(
            site=site,
            slug="atelier",
            name="atelier Bois",
            category="artisan",
            commune="Lanslebourg",
            labels=["accueil-velo", "fabrique-ici"],
        )
        cls.shop = entry(
            site=site,
            slug="epicerie",
            name="Épicerie du Lac",
            category="commerce",
            commune="Faucogney-et-la-Mer",
            phone="03 84 49 12 34",
            website="https://www.epicerie-du-lac.example/",
            email="bonjour@epicerie-du-lac.example",
            address="2 rue du Lac\n70310 Faucogney-et-la-Mer",
            latitude=47.84,
            longitude=6.56,
            opening_hours=WEEK,
            hours_note="Fermé en janvier",
        )
        entry(site=cls.other.site, slug="secret", name="Secret de Beta", commune="Valloire")

    def test_lists_own_entries_by_name(self) -> None:
        self.assertEqual(self.listed(), ["atelier Bois", "Cycles du Col", "Épicerie du Lac", "Gîte des Aiguilles"])
        self.assertNotIn("Secret de Beta", self.html(self.page.url))

    def test_filters_with_counts(self) -> None:
        html = self.html(self.page.url)
        self.assertIn('<option value="velo">Services vélo (1)</option>', html)
        self.assertIn('<option value="Valloire">Valloire (2)</option>', html)
        self.assertIn('<option value="accueil-velo">Accueil Vélo (2)</option>', html)
        self.assertNotIn('value="sante"', html, "a category without entries is not offered")
        self.assertEqual(self.listed(categorie="velo"), ["Cycles du Col"])
        self.assertEqual(self.listed(commune="Valloire"), ["Cycles du Col", "Gîte des Aiguilles"])
        self.assertEqual(self.listed(label="fabrique-ici"), ["atelier Bois"])
        self.assertEqual(self.listed(label="accueil-velo", commune="Valloire"), ["Cycles du Col"])
        self.assertIn("1 acteur correspondant à ces filtres", self.html(self.page.url, categorie="velo"))

    def test_bad_filter_values_are_ignored(self) -> None:
        everything = self.listed()
        for params in [
            {"categorie": "nimporte"},
            {"label": "bio"},
            {"commune": "Paris"},
            {"page": "abc"},
            {"page": "99"},
        ]:
            with self.subTest(params):
                self.assertEqual(self.listed(**params), everything)

    def test_card(self) -> None:
        html = self.html(self.page.url)
        self.assertIn('<a href="/annuaire/epicerie/">Épicerie du Lac</a>', html)
        self.assertIn('href="tel:0384491234"', html)
        self.assertIn(">epicerie-du-lac.example</a>", html)
        self.assertIn('<li class="directory-label">Fabriqué ici</li>', html)

    def test_pagination(self) -> None:
        for n in range(25):
            DirectoryEntryFactory(site=self.territory.site, slug=f"en-plus-{n}", name=f"Zz {n:02d}")
        html = self.html(self.page.url)
        self.assertIn("29 acteurs, page 1 sur 2", html)
        self.assertEqual(len(self.listed(page="2")), 5)

    def test_entry_page(self) -> None:
        html = self.html(self.page.url + "epicerie/")
        self.assertIn("<h1>Épicerie du Lac</h1>", html)
        self.assertIn("<title>Épicerie du Lac · Alpha</title>", html)
        self.assertIn('<link rel="canonical" href="http://alpha.localhost/annuaire/epicerie/">', html)
        self.assertIn(
            "<dt>Lundi et mardi</dt><dd>9\u00a0h\u00a0– 12\u00a0h, 14\u00a0h\u00a0– 18\u00a0h\u00a030</dd>", html
        )
        self.assertIn("Fermé en janvier", html)
        self.assertIn('href="mailto:bonjour@epicerie-du-lac.example"', html)
        self.assertIn('class="block map-block"', html)
        self.assertRegex(html, r"(Ouvert|Fermé) en ce moment")
        self.assertNotIn("openstreetmap.org/export", html, "the map loads only on click")

    def test_entry_without_hours_or_place(self) -> None:
        html = self.html(self.page.url + "gite/")
        self.assertNotIn("Horaires d’ouverture", html)
        self.assertNotIn("en ce moment", html)
        self.assertNotIn('class="block map-block"', html)

    def test_unknown_and_foreign_entries_are_404(self) -> None:
        self.assertEqual(self.get(self.page.url + "inconnu/").status_code, 404)
        self.assertEqual(self.get(self.page.url + "secret/").status_code, 404)
        self.assertEqual(self.get(self.other_page.url + "epicerie/", host="beta.localhost").status_code, 404)
        self.assertEqual(self.get(self.other_page.url + "secret/", host="beta.localhost").status_code, 200)

    def test_schema_org_local_business(self) -> None:
        html = self.html(self.page.url + "epicerie/")
        objects = [json.loads(data) for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]
        business = next(data for data in objects if data["@type"] == "Store")
        self.assertEqual(business["@context"], "https://schema.org")
        self.assertEqual(business["name"], "Épicerie du Lac")
        self.assertEqual(business["url"], "http://alpha.localhost/annuaire/epicerie/")
        self.assertEqual(business["telephone"], "03 84 49 12 34")
        self.assertEqual(business["sameAs"], ["https://www.epicerie-du-lac.example/"])
        self.assertEqual(
            business["address"],
            {
                "@type": "PostalAddress",
                "addressLocality": "Faucogney-et-la-Mer",
                "addressCountry": "FR",
                "streetAddress": "2 rue du Lac",
                "postalCode": "70310",
            },
        )
        self.assertEqual(business["geo"], {"@type": "GeoCoordinates", "latitude": 47.84, "longitude": 6.56})
        self.assertEqual(len(business["openingHoursSpecification"]), 3)
        bike = [json.loads(d) for d in re.findall(r'ld\+json">(.*?)</script>', self.html(self.page.url + "velo/"))]
        self.assertIn("BikeStore", [data["@type"] for data in bike])
        listing = [json.loads(d) for d in re.findall(r'ld\+json">(.*?)</script>', self.html(self.page.url))]
        self.assertEqual([data["@type"] for data in listing], ["BreadcrumbList"])

    def test_urls_for_and_sitemap(self) -> None:
        request = RequestFactory().get("/", HTTP_HOST=HOST)
        entries = DirectoryEntry.objects.filter(site=self.territory.site)
        urls = DirectoryEntry.urls_for(entries, request)
        self.assertEqual(urls[self.shop.pk], "/annuaire/epicerie/")
        self.assertEqual(len(urls), 4)
        counts = []
        for some in [[self.shop], list(DirectoryEntry.objects.all())]:  # one site, then both
            with CaptureQueriesContext(connection) as queries:
                DirectoryEntry.urls_for(some, RequestFactory().get("/", HTTP_HOST=HOST))
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
        self.assertLessEqual(counts[1], 6)
        page = DirectoryPage.objects.get(pk=self.page.pk)
        locations = [url["location"] for url in page.get_sitemap_urls(request)]
        self.assertEqual(locations[0], "http://alpha.localhost/annuaire/")
        self.assertIn("http://alpha.localhost/annuaire/epicerie/", locations)
        self.assertEqual(len(locations), 5)
        sitemap = self.html("/sitemap.xml")
        self.assertIn("<loc>http://alpha.localhost/annuaire/epicerie/</loc>", sitemap)
        self.assertNotIn("secret", sitemap)


class TranslationTests(DirectoryTestCase):
    def test_english_page_shows_translated_entries_and_french_ones_marked(self) -> None:
        add_language(self.territory, "en")
        publish_translation(self.home, "en", "Alpha")
        english_page = publish_translation(self.page, "en", "Directory")
        translated = DirectoryEntryFactory(
            site=self.territory.site, slug="ferme", name="Ferme des Prés", description="Une ferme."
        )
        english = translated.copy_for_translation(Locale.objects.get(language_code="en"))
        english.description = "A farm selling its cheese."
        english.save()
        DirectoryEntryFactory(site=self.territory.site, slug="forge", name="La Forge", description="Une forge.")
        html = self.html(english_page.url)
        self.assertEqual(
            re.findall(r'class="directory-card__title"><a href="([^"]+)"', html),
            ["/en/annuaire/ferme/", "/en/annuaire/forge/"],
        )
        entry_html = self.html(english_page.url + "ferme/")
        self.assertIn("A farm selling its cheese.", entry_html)
        # Languages and breadcrumbs lead to the entry, not to the directory it is routed from.
        self.assertIn('<link rel="alternate" hreflang="fr" href="http://alpha.localhost/annuaire/ferme/">', entry_html)
        self.assertIn(
            '<link rel="alternate" hreflang="en" href="http://alpha.localhost/en/annuaire/ferme/">', entry_html
        )
        trail = next(item for item in json_ld(entry_html) if item["@type"] == "BreadcrumbList")
        self.assertEqual(
            [(item["name"], item["item"]) for item in trail["itemListElement"]],
            [
                ("Alpha", "http://alpha.localhost/en/"),
                ("Directory", "http://alpha.localhost/en/annuaire/"),
                ("Ferme des Prés", "http://alpha.localhost/en/annuaire/ferme/"),
            ],
        )
        french_html = self.html(english_page.url + "forge/")
        self.assertIn('<p class="directory-entry__description" lang="fr">Une forge.</p>', french_html)
        request = RequestFactory().get("/", HTTP_HOST=HOST)
        self.assertEqual(
            DirectoryEntry.urls_for([english, translated], request),
            {english.pk: "/en/annuaire/ferme/", translated.pk: "/annuaire/ferme/"},
        )
        sitemap = [url["location"] for url in DirectoryPage.objects.get(pk=english_page.pk).get_sitemap_urls(request)]
        self.assertEqual(sitemap[1:], ["http://alpha.localhost/en/annuaire/ferme/"], "French text is not listed twice")


class AdminTests(DirectoryTestCase):
    """Territory A's editor in the « Annuaire » admin: A's entries open, B's closed, French errors."""

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.editor = UserFactory.editor_of(cls.territory)
        cls.own = DirectoryEntryFactory(
            site=cls.territory.site, slug="scierie", name="Scierie Alpha", commune="Alphaville"
        )
        cls.foreign = DirectoryEntryFactory(
            site=cls.other.site, slug="fromagerie", name="Fromagerie Beta", commune="Betaville"
        )

    def setUp(self) -> None:
        self.client.force_login(self.editor)

    def assert_refused(self, response) -> None:
        """Wagtail's refusal (a redirect to the dashboard), or a plain 403 or 404."""
        if response.status_code == 302:
            self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        else:
            self.assertIn(response.status_code, (403, 404))

    def url(self, view: str, *args) -> str:
        return reverse(f"wagtailsnippets_directory_directoryentry:{view}", args=args)

    def form_data(self, **overrides) -> dict:
        data = {
            "slug": "menuiserie",
            "name": "Menuiserie du Val",
            "category": "artisan",
            "commune": "Alphaville",
            "labels": ["artisan-d-art", "fabrique-ici"],
            "description": "Escaliers et meubles en bois local.",
            "address": "",
            "latitude": "",
            "longitude": "",
            "website": "",
            "phone": "",
            "email": "",
            "hours_note": "",
            "photo": "",
            **{f"hours_{day.column}": "" for day in hours.WEEKDAYS},
        }
        return data | overrides

    def test_territory_groups_hold_the_permissions_on_their_site(self) -> None:
        codenames = set(
            GroupSitePermission.objects.filter(
                group=self.territory.editors_group,
                site=self.territory.site,
                permission__content_type__app_label="directory",
            ).values_list("permission__codename", flat=True)
        )
        self.assertEqual(codenames, {"add_directoryentry", "change_directoryentry", "delete_directoryentry"})

    def test_listing_and_chooser_show_only_own(self) -> None:
        chooser = reverse("wagtailsnippetchoosers_directory_directoryentry:choose")
        for url in [self.url("list"), self.url("list") + "?q=Beta", chooser]:
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "Fromagerie Beta")
        self.assertContains(self.client.get(self.url("list")), "Scierie Alpha")
        chosen = reverse("wagtailsnippetchoosers_directory_directoryentry:chosen", args=[self.foreign.pk])
        self.assertEqual(self.client.get(chosen).status_code, 404)

    def test_listing_filters_by_commune(self) -> None:
        response = self.client.get(self.url("list"), {"commune": "Alphaville"})
        self.assertContains(response, "Scierie Alpha")
        self.assertNotContains(response, "Betaville")

    def test_other_territory_entry_is_closed(self) -> None:
        for view in ["edit", "delete", "history", "usage"]:
            with self.subTest(view):
                self.assert_refused(self.client.get(self.url(view, self.foreign.pk)))
        self.assert_refused(
            self.client.post(self.url("edit", self.foreign.pk), self.form_data(name="Piratée", slug="fromagerie"))
        )
        self.assert_refused(self.client.post(self.url("delete", self.foreign.pk)))
        self.foreign.refresh_from_db()
        self.assertEqual(self.foreign.name, "Fromagerie Beta")

    def test_create_lands_on_own_site_with_hours_and_labels(self) -> None:
        data = self.form_data(site=self.other.site.pk, hours_lundi="9h-12h, 14h-18h", hours_samedi="9h à 12h")
        response = self.client.post(self.url("add"), data)
        self.assertEqual(response.status_code, 302)
        entry = DirectoryEntry.objects.get(slug="menuiserie")
        self.assertEqual(entry.site, self.territory.site)
        self.assertEqual(entry.labels, ["artisan-d-art", "fabrique-ici"])
        self.assertEqual(entry.opening_hours, [[0, "09:00", "12:00"], [0, "14:00", "18:00"], [5, "09:00", "12:00"]])
        edit = self.client.get(self.url("edit", entry.pk)).content.decode()
        self.assertIn('value="9h-12h, 14h-18h"', edit)

    def test_form_errors_in_french_and_nothing_written(self) -> None:
        data = self.form_data(hours_mardi="14h-12h", hours_jeudi="25h-26h", latitude="45.2", slug="scierie")
        response = self.client.post(self.url("add"), data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Mardi\u00a0: la fin (12h) doit venir après le début (14h).")
        self.assertContains(response, "Jeudi\u00a0: 25h n’est pas une heure.")
        self.assertFalse(DirectoryEntry.objects.filter(name="Menuiserie du Val").exists())
        response = self.client.post(self.url("add"), self.form_data(latitude="45.2", slug="scierie"))
        self.assertContains(response, "Indiquez la latitude et la longitude ensemble, ou aucune des deux.")
        self.assertContains(response, "Cet identifiant est déjà celui d’un autre acteur de votre annuaire")
        self.assertEqual(DirectoryEntry.objects.count(), 2)

    def test_own_entry_can_be_edited_and_deleted(self) -> None:
        response = self.client.post(self.url("edit", self.own.pk), self.form_data(slug="scierie", name="Scierie Neuve"))
        self.assertEqual(response.status_code, 302)
        self.own.refresh_from_db()
        self.assertEqual((self.own.name, self.own.site_id), ("Scierie Neuve", self.territory.site.pk))
        self.assertEqual(self.client.post(self.url("delete", self.own.pk)).status_code, 302)
        self.assertFalse(DirectoryEntry.objects.filter(pk=self.own.pk).exists())


class QueryBudgetTests(DirectoryTestCase):
    def add_entries(self, count: int, start: int = 0) -> None:
        for n in range(start, start + count):
            DirectoryEntryFactory(
                site=self.territory.site,
                slug=f"acteur-budget-{n}",
                photo=ImageFactory.in_territory(self.territory),
                labels=["fabrique-ici"],
                commune=f"Commune {n % 4}",
                phone="03 84 00 00 00",
                opening_hours=WEEK,
                latitude=47.8,
                longitude=6.5,
            )

    def count_queries(self, url: str, **params) -> int:
        self.get(url, **params)  # renditions are generated once
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.get(url, **params).status_code, 200)
        return len(queries)

    def test_budgets_do_not_grow_with_entries(self) -> None:
        self.add_entries(5)
        few = (
            self.count_queries(self.page.url, label="fabrique-ici"),
            self.count_queries(self.page.url + "acteur-budget-0/"),
        )
        self.add_entries(25, start=5)
        many = (
            self.count_queries(self.page.url, label="fabrique-ici"),
            self.count_queries(self.page.url + "acteur-budget-0/"),
        )
        self.assertEqual(many, few, "the directory and an entry must not run more queries as entries are added")
        self.assertLessEqual(many[0], DIRECTORY_QUERY_BUDGET)
        self.assertLessEqual(many[1], ENTRY_QUERY_BUDGET)


class DemoTests(DirectoryTestCase):
    def test_every_pilot_has_fifteen_valid_entries(self) -> None:
        from demo.directory import CONTENT, add_directory

        self.assertEqual(set(CONTENT), {"faucogney", "maurienne", "aveyron", "xaintrie", "nord-grande-terre"})
        french = Locale.objects.get(language_code="fr")
        for slug, content in CONTENT.items():
            with self.subTest(slug):
                self.assertGreaterEqual(len(content.entries), 15)
                self.assertEqual(len({entry.slug for entry in content.entries}), len(content.entries))
                for item in content.entries:
                    DirectoryEntry(
                        site=self.other.site,
                        locale=french,
                        slug=item.slug,
                        name=item.name,
                        category=item.category,
                        labels=list(item.labels),
                        commune=item.commune,
                        address=item.address,
                        latitude=item.latitude,
                        longitude=item.longitude,
                        phone=item.phone,
                        email=item.email,
                        website=item.website,
                        description=item.description,
                    ).full_clean()
        territory = make_territory("faucogney", "Faucogney-et-la-Mer")
        page = add_directory(territory.site.root_page, "faucogney", territory.site, SuperuserFactory())
        self.assertTrue(page.live)
        html = self.html(page.url, host="faucogney.localhost")
        self.assertIn("16 acteurs", html)
        self.assertIn("Boulangerie des Étangs", html)
