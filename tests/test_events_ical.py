"""The agenda's iCal feeds, parsed back with `icalendar`: one per agenda (a territory in one language) with
only its live, public events, the territory's zone as TZID and VTIMEZONE, recurring events as RRULE and
EXDATE, all-day events as dates; and one file per event."""

import datetime
import zoneinfo
from urllib.parse import urlsplit

import icalendar
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from brands.core.translation import add_language
from brands.models import BrandSettings
from tests.factories import EventIndexPageFactory, EventPageFactory, make_territory, publish_translation

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
FEED_QUERY_BUDGET = 12  # measured on SQLite and PostgreSQL, with 2 and with 12 events


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


class FeedTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        cls.home = cls.territory.site.root_page
        cls.index = EventIndexPageFactory(parent=cls.home)
        cls.col = EventPageFactory(
            parent=cls.index,
            title="Col fermé aux voitures",
            category="sport",
            start_date=datetime.date(2026, 3, 1),
            start_time="08:00",
            end_time="12:00",
            recurrence="weekly",
            recurrence_weekdays=["SU"],
            recurrence_until=in_days(400),
            exception_dates=[],
            place_name="Col du Télégraphe",
            commune="Valloire",
            latitude=45.2,
            longitude=6.44,
        )
        sundays = [item.start.astimezone(PARIS).date() for item in cls.col.occurrences.filter(end__gt=timezone.now())]
        cls.skipped = sundays[2]
        cls.col.exception_dates = [cls.skipped.isoformat()]
        cls.col.save_revision().publish()
        cls.festival = EventPageFactory(
            parent=cls.index,
            title="Festival de la Dordogne",
            category="festival",
            start_date=in_days(20),
            end_date=in_days(22),
            start_time=None,
            end_time=None,
        )
        EventPageFactory(parent=cls.index, title="Brouillon", slug="brouillon", live=False)
        private = EventPageFactory(parent=cls.index, title="Conseil privé")
        PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
        EventPageFactory(parent=cls.index, title="Foire d’il y a un an", start_date=in_days(-365))
        other = make_territory("beta", "Bêta")
        EventPageFactory(parent=EventIndexPageFactory(parent=other.site.root_page), title="Fête de Bêta")
        add_language(cls.territory, "en")
        publish_translation(cls.home, "en", "Alpha")
        cls.english_index = publish_translation(cls.index, "en", "What’s on")
        publish_translation(cls.col, "en", "Pass closed to cars")

    def get(self, url: str, host: str = "alpha.localhost"):
        return self.client.get(urlsplit(url).path, HTTP_HOST=host)

    def feed(self, index=None) -> icalendar.Calendar:
        response = self.get((index or self.index).url + "ical/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        return icalendar.Calendar.from_ical(response.content)

    def events(self, calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
        return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}

    def test_only_this_agendas_live_public_events_in_its_language(self):
        events = self.events(self.feed())
        self.assertEqual(set(events), {"Col fermé aux voitures", "Festival de la Dordogne"})
        self.assertNotIn("Brouillon", events)
        self.assertNotIn("Conseil privé", events)
        self.assertNotIn("Fête de Bêta", events)
        self.assertNotIn("Foire d’il y a un an", events)  # over for more than three months
        self.assertNotIn("Pass closed to cars", events)
        english = self.events(self.feed(self.english_index))
        self.assertEqual(set(english), {"Pass closed to cars"})

    def test_a_recurring_event_is_one_vevent_with_rrule_exdate_and_the_territorys_zone(self):
        calendar = self.feed()
        (timezone_component,) = calendar.walk("VTIMEZONE")
        self.assertEqual(str(timezone_component["TZID"]), "Europe/Paris")
        self.assertEqual(str(calendar["X-WR-TIMEZONE"]), "Europe/Paris")
        col = self.events(calendar)["Col fermé aux voitures"]
        self.assertEqual(col["DTSTART"].params["TZID"], "Europe/Paris")
        self.assertEqual(col.decoded("DTSTART"), datetime.datetime(2026, 3, 1, 8, tzinfo=PARIS))
        self.assertEqual(col.decoded("DTEND").hour, 12)
        rule = col["RRULE"]
        self.assertEqual(rule["FREQ"], ["WEEKLY"])
        self.assertEqual(rule["BYDAY"], ["SU"])
        self.assertEqual(rule["UNTIL"][0].utcoffset(), datetime.timedelta(0))  # RFC 5545: UTC with a TZID start
        exdate = col["EXDATE"]
        self.assertEqual(
            [moment.dt for moment in exdate.dts],
            [datetime.datetime.combine(self.skipped, datetime.time(8), tzinfo=PARIS)],
        )
        self.assertEqual(str(col["UID"]), f"event-{self.col.translation_key}@alpha.localhost")
        self.assertEqual((col["GEO"].latitude, col["GEO"].longitude), (45.2, 6.44))
        self.assertIn("Col du Télégraphe", str(col["LOCATION"]))
        self.assertEqual(str(col["URL"]), "http://alpha.localhost/agenda/col-ferme-aux-voitures/")
        self.assertIn("DTSTAMP", col)

    def test_an_all_day_event_is_written_as_dates(self):
        festival = self.events(self.feed())["Festival de la Dordogne"]
        self.assertEqual(festival["DTSTART"].params.get("VALUE"), "DATE")
        self.assertEqual(festival.decoded("DTSTART"), in_days(20))
        self.assertEqual(festival.decoded("DTEND"), in_days(23))  # exclusive
        self.assertNotIn("RRULE", festival)

    def test_the_same_uid_in_both_languages(self):
        french = self.events(self.feed())["Col fermé aux voitures"]
        english = self.events(self.feed(self.english_index))["Pass closed to cars"]
        self.assertEqual(str(french["UID"]), str(english["UID"]))

    def test_one_event_alone_as_a_file_to_download(self):
        response = self.get(self.festival.url + "ical/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Disposition"], 'attachment; filename="festival-de-la-dordogne.ics"')
        calendar = icalendar.Calendar.from_ical(response.content)
        self.assertEqual([str(event["SUMMARY"]) for event in calendar.walk("VEVENT")], ["Festival de la Dordogne"])

    def test_a_draft_has_no_file(self):
        self.assertEqual(self.get("/agenda/brouillon/ical/").status_code, 404)


class FeedBudgetTests(TestCase):
    def test_the_feed_runs_the_same_queries_with_more_events(self):
        territory = make_territory("alpha", "Alpha")
        index = EventIndexPageFactory(parent=territory.site.root_page)

        def count() -> int:
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get("/agenda/ical/", HTTP_HOST="alpha.localhost").status_code, 200)
            return len(queries)

        def add(number: int) -> None:
            for n in range(number):
                weekly = {"recurrence": "weekly", "recurrence_weekdays": ["MO"]} if n % 2 else {}
                EventPageFactory(parent=index, start_date=in_days(n + 1), **weekly)

        add(2)
        count()  # the site chrome and the private sections are read into the cache once
        few = count()
        add(10)
        count()  # the new events' images gave the site a new version: its chrome is built again
        self.assertEqual(count(), few)
        self.assertLessEqual(few, FEED_QUERY_BUDGET)


class GuadeloupeFeedTests(TestCase):
    def test_the_feed_speaks_guadeloupe_time_without_summer_time(self):
        territory = make_territory("ngt", "Nord Grande-Terre")
        brand = BrandSettings.for_site(territory.site)
        brand.time_zone = "America/Guadeloupe"
        brand.save()
        index = EventIndexPageFactory(parent=territory.site.root_page)
        EventPageFactory(parent=index, title="Atelier du tiers-lieu", recurrence="weekly", recurrence_weekdays=["WE"])
        response = self.client.get("/agenda/ical/", HTTP_HOST="ngt.localhost")
        self.assertEqual(response.status_code, 200, response.content.decode()[:2000])
        calendar = icalendar.Calendar.from_ical(response.content)
        (zone,) = calendar.walk("VTIMEZONE")
        self.assertEqual(str(zone["TZID"]), "America/Guadeloupe")
        self.assertEqual(zone.walk("DAYLIGHT"), [])
        (event,) = calendar.walk("VEVENT")
        self.assertEqual(event["DTSTART"].params["TZID"], "America/Guadeloupe")
        self.assertEqual(event.decoded("DTSTART").utcoffset(), datetime.timedelta(hours=-4))
