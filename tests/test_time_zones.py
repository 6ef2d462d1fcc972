"""Each territory's clock: its brand settings name a time zone, which its public pages use."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.test import RequestFactory, SimpleTestCase, TestCase
from django.utils import timezone

from brands.core.time_zones import site_time_zone, zone
from brands.models import BrandSettings
from brands.models.settings import DEFAULT_TIME_ZONE, TIME_ZONE_CHOICES
from brands.public.middleware import TerritoryTimeZoneMiddleware
from tests.factories import make_territory


def current_zone_name(request) -> HttpResponse:
    return HttpResponse(timezone.get_current_timezone_name())


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

    def serve(self, path: str, host: str) -> str:
        request = RequestFactory().get(path, HTTP_HOST=host)
        response = TerritoryTimeZoneMiddleware(current_zone_name)(request)
        return response.content.decode()

    def test_a_new_territory_lives_on_paris_time(self):
        self.assertEqual(site_time_zone(self.paris.site), zoneinfo.ZoneInfo("Europe/Paris"))

    def test_each_site_serves_its_pages_on_its_own_clock(self):
        self.assertEqual(self.serve("/", "nord-grande-terre.localhost"), "America/Guadeloupe")
        self.assertEqual(self.serve("/agenda/", "faucogney.localhost"), "Europe/Paris")
        self.assertEqual(timezone.get_current_timezone_name(), "Europe/Paris")  # nothing leaks past the request

    def test_the_admin_keeps_each_user_s_own_clock(self):
        self.assertEqual(self.serve("/admin/", "nord-grande-terre.localhost"), "Europe/Paris")

    def test_an_unknown_host_is_served_on_the_installation_s_clock(self):
        self.assertEqual(self.serve("/", "inconnu.example"), "Europe/Paris")

    def test_a_zone_outside_the_list_is_refused_in_french(self):
        brand = BrandSettings.for_site(self.paris.site)
        brand.time_zone = "Asia/Tokyo"
        with self.assertRaises(ValidationError) as caught:
            brand.full_clean()
        self.assertIn("n’est pas un choix valide", str(caught.exception.message_dict["time_zone"]))
