"""Each territory's clock: its brand settings name a time zone, which its public pages use."""

import zoneinfo
from unittest import mock

from django.core.exceptions import ValidationError
from django.test import SimpleTestCase, TestCase
from django.utils import timezone

from brands.core.time_zones import site_time_zone, zone
from brands.models import BrandSettings, ContentPage
from brands.models.settings import DEFAULT_TIME_ZONE, TIME_ZONE_CHOICES
from tests.factories import ContentPageFactory, make_territory


class ZoneTests(SimpleTestCase):
    def test_every_offered_zone_exists(self):
        for name, _label in TIME_ZONE_CHOICES:
            with self.subTest(name):
                self.assertEqual(str(zone(name)), name)

    def test_an_unknown_or_empty_name_falls_back_to_paris(self):
        for name in ("Mars/Olympus_Mons", "", None, "../../etc/passwd"):
            with self.subTest(name):
                self.assertEqual(zone(name), zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE))


class TerritoryClockTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.paris = make_territory("faucogney", "Faucogney")
        cls.antilles = make_territory("nord-grande-terre", "Nord Grande-Terre")
        brand = BrandSettings.for_site(cls.antilles.site)
        brand.time_zone = "America/Guadeloupe"
        brand.save()
        for territory in (cls.paris, cls.antilles):
            ContentPageFactory(parent=territory.site.root_page, title="Vivre ici", slug="vivre-ici")

    def zone_while_serving(self, host: str) -> str:
        """The time zone active while the page builds its context, and the status of the response."""
        seen = []
        original = ContentPage.get_context

        def recording(page, request, *args, **kwargs):
            seen.append(timezone.get_current_timezone_name())
            return original(page, request, *args, **kwargs)

        with mock.patch.object(ContentPage, "get_context", recording):
            response = self.client.get("/vivre-ici/", HTTP_HOST=host)
        self.assertEqual(response.status_code, 200)
        return seen[0]

    def test_a_new_territory_lives_on_paris_time(self):
        self.assertEqual(site_time_zone(self.paris.site), zoneinfo.ZoneInfo("Europe/Paris"))

    def test_each_site_serves_its_pages_on_its_own_clock(self):
        self.assertEqual(self.zone_while_serving("nord-grande-terre.localhost"), "America/Guadeloupe")
        self.assertEqual(timezone.get_current_timezone_name(), "Europe/Paris")  # nothing outlives the request
        self.assertEqual(self.zone_while_serving("faucogney.localhost"), "Europe/Paris")

    def test_the_clock_costs_no_query_of_its_own(self):
        with self.assertNumQueries(0):
            self.client.get("/robots.txt", HTTP_HOST="nord-grande-terre.localhost")

    def test_a_zone_outside_the_list_is_refused_in_french(self):
        brand = BrandSettings.for_site(self.paris.site)
        brand.time_zone = "Asia/Tokyo"
        with self.assertRaises(ValidationError) as caught:
            brand.full_clean()
        self.assertIn("n’est pas un choix valide", str(caught.exception.message_dict["time_zone"]))
