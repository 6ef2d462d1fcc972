"""The agenda: recurrence expanded with rrule on the territory's clock, the agenda's filters and pages, an
event's page and its schema.org Event, the editor's checks, translations, isolation, the block of the next
events and query budgets. The iCal feeds are tests/test_events_ical.py's."""

import datetime
import io
import json
import re
import zoneinfo
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory, SimpleTestCase, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from brands.blocks import UpcomingEventsBlock
from brands.core.translation import add_language
from brands.models import BrandSettings
from events.facts import EventFacts
from events.models import EventOccurrence, EventPage
from events.recurrence import HORIZON_DAYS, MAX_OCCURRENCES, Schedule
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ImageFactory,
    UserFactory,
    make_territory,
    publish_translation,
)

HOST = "alpha.localhost"
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
GUADELOUPE = zoneinfo.ZoneInfo("America/Guadeloupe")
# Measured on SQLite and PostgreSQL, the same with 3 and with 12 events (a third of them weekly): the agenda
# 20 (its filters' counts are three), an event's page 18.
INDEX_QUERY_BUDGET = 16
EVENT_QUERY_BUDGET = 12
BLOCK_QUERY_BUDGET = 9


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def hours(moment: datetime.datetime) -> float:
    return moment.utcoffset().total_seconds() / 3600


class RecurrenceTests(SimpleTestCase):
    """Expansion against known dates, on local wall-clock time across the changes of hour."""

    def starts(self, schedule: Schedule, last_day: datetime.date, zone=PARIS) -> list[datetime.datetime]:
        return [occurrence.start for occurrence in schedule.occurrences(zone, last_day)]

    def test_a_weekly_market_stays_at_eight_across_the_change_to_summer_time(self):
        # 29 March 2026 is the last Sunday of March: clocks go from 02:00 to 03:00.
        market = Schedule(
            datetime.date(2026, 3, 15), start_time=datetime.time(8), recurrence="weekly", weekdays=("SU",)
        )
        starts = self.starts(market, datetime.date(2026, 4, 12))
        self.assertEqual(
            [start.date() for start in starts],
            [datetime.date(2026, 3, 15), datetime.date(2026, 3, 22), datetime.date(2026, 3, 29)]
            + [datetime.date(2026, 4, 5), datetime.date(2026, 4, 12)],
        )
        self.assertEqual({start.time() for start in starts}, {datetime.time(8)})
        self.assertEqual([hours(start) for start in starts], [1, 1, 2, 2, 2])
        self.assertEqual(starts[2].astimezone(datetime.UTC).hour, 6)

    def test_and_across_the_change_back_in_october(self):
        # 25 October 2026 is the last Sunday of October: clocks go back from 03:00 to 02:00.
        market = Schedule(
            datetime.date(2026, 10, 18),
            start_time=datetime.time(8),
            end_time=datetime.time(12, 30),
            recurrence="weekly",
            weekdays=("SU",),
        )
        first, second = market.occurrences(PARIS, datetime.date(2026, 10, 25))
        self.assertEqual((first.start.hour, second.start.hour), (8, 8))
        self.assertEqual((hours(first.start), hours(second.start)), (2, 1))
        self.assertEqual(second.end.time(), datetime.time(12, 30))

    def test_guadeloupe_has_no_summer_time(self):
        market = Schedule(
            datetime.date(2026, 3, 15), start_time=datetime.time(8), recurrence="weekly", weekdays=("SU",)
        )
        starts = self.starts(market, datetime.date(2026, 11, 1), GUADELOUPE)
        self.assertEqual({hours(start) for start in starts}, {-4})
        self.assertEqual({start.hour for start in starts}, {8})

    def test_the_first_sunday_of_the_month(self):
        col = Schedule(
            datetime.date(2026, 1, 1),
            start_time=datetime.time(9),
            recurrence="monthly_weekday",
            weekdays=("SU",),
            week_of_month=1,
            count=6,
        )
        self.assertEqual(
            [start.date().isoformat() for start in self.starts(col, datetime.date(2027, 1, 1))],
            ["2026-01-04", "2026-02-01", "2026-03-01", "2026-04-05", "2026-05-03", "2026-06-07"],
        )

    def test_the_last_friday_every_two_months(self):
        night = Schedule(
            datetime.date(2026, 1, 1),
            recurrence="monthly_weekday",
            weekdays=("FR",),
            week_of_month=-1,
            interval=2,
            until=datetime.date(2026, 7, 31),
        )
        self.assertEqual(
            [start.date().isoformat() for start in self.starts(night, datetime.date(2027, 1, 1))],
            ["2026-01-30", "2026-03-27", "2026-05-29", "2026-07-31"],
        )

    def test_a_day_of_the_month_skips_the_months_without_it(self):
        rent = Schedule(datetime.date(2026, 1, 31), recurrence="monthly_day", until=datetime.date(2026, 6, 30))
        self.assertEqual(
            [start.date().isoformat() for start in self.starts(rent, datetime.date(2027, 1, 1))],
            ["2026-01-31", "2026-03-31", "2026-05-31"],
        )

    def test_exception_dates_are_left_out_and_the_first_day_need_not_fit_the_rule(self):
        # 1 July 2026 is a Wednesday; the market is on Tuesdays and Saturdays, but not on 14 July.
        market = Schedule(
            datetime.date(2026, 7, 1),
            start_time=datetime.time(7, 30),
            recurrence="weekly",
            weekdays=("TU", "SA"),
            until=datetime.date(2026, 7, 18),
            exceptions=(datetime.date(2026, 7, 14),),
        )
        self.assertEqual([start.day for start in self.starts(market, datetime.date(2027, 1, 1))], [4, 7, 11, 18])

    def test_every_two_weeks_and_a_multi_day_festival(self):
        festival = Schedule(
            datetime.date(2026, 6, 5),
            end_date=datetime.date(2026, 6, 7),
            recurrence="weekly",
            weekdays=("FR",),
            interval=2,
            count=3,
        )
        occurrences = festival.occurrences(PARIS, datetime.date(2027, 1, 1))
        self.assertEqual([item.start.day for item in occurrences], [5, 19, 3])
        self.assertEqual(occurrences[0].last_day, datetime.date(2026, 6, 7))
        self.assertEqual(occurrences[0].end, datetime.datetime(2026, 6, 8, tzinfo=PARIS))  # all day: to midnight
        self.assertTrue(occurrences[0].all_day)

    def test_an_evening_without_end_time_lasts_until_midnight_and_one_ending_after_midnight(self):
        concert = Schedule(datetime.date(2026, 8, 1), start_time=datetime.time(21))
        (only,) = concert.occurrences(PARIS, datetime.date(2027, 1, 1))
        self.assertEqual(only.end, datetime.datetime(2026, 8, 2, tzinfo=PARIS))
        night = Schedule(
            datetime.date(2026, 8, 1),
            end_date=datetime.date(2026, 8, 2),
            start_time=datetime.time(19),
            end_time=datetime.time(1),
        )
        (only,) = night.occurrences(PARIS, datetime.date(2027, 1, 1))
        self.assertEqual(only.end, datetime.datetime(2026, 8, 2, 1, tzinfo=PARIS))

    def test_the_rule_is_written_out_in_french(self):
        page = EventPage(
            start_date=datetime.date(2026, 1, 1),
            recurrence="monthly_weekday",
            recurrence_weekdays=["SU"],
            recurrence_week_of_month=1,
            recurrence_until=datetime.date(2026, 9, 30),
        )
        facts = EventFacts(page)
        self.assertEqual(facts.repeats, "Le premier dimanche de chaque mois")
        self.assertEqual(facts.repeats_until, "jusqu’au 30 septembre 2026")
        page.recurrence, page.recurrence_weekdays, page.recurrence_interval = "weekly", ["TU", "FR", "SA"], 2
        self.assertEqual(facts.repeats, "Toutes les 2 semaines, le mardi, vendredi et samedi")
        self.assertEqual(EventFacts(EventPage(start_time=datetime.time(8), end_time=None)).hours, "à partir de 08:00")


class ValidationTests(SimpleTestCase):
    def errors(self, **values) -> dict:
        defaults = {"title": "Marché", "slug": "marche", "category": "market", "summary": "Résumé", "commune": "Mur"}
        event = EventPage(**{"start_date": in_days(3), **defaults, **values})
        try:
            event.clean()
        except ValidationError as error:
            return {field: " ".join(messages) for field, messages in error.message_dict.items()}
        return {}

    def test_a_plain_event_is_accepted(self):
        self.assertEqual(self.errors(start_time=datetime.time(8), end_time=datetime.time(12)), {})

    def test_end_before_start(self):
        self.assertIn("avant la date de début", self.errors(end_date=in_days(2))["end_date"])
        late = self.errors(start_time=datetime.time(20), end_time=datetime.time(19))["end_time"]
        self.assertIn("indiquez aussi la date de fin", late)
        self.assertEqual(self.errors(end_date=in_days(4), start_time=datetime.time(20), end_time=datetime.time(1)), {})

    def test_an_end_time_needs_a_start_time(self):
        self.assertIn("l’heure de début", self.errors(end_time=datetime.time(12))["end_time"])

    def test_a_recurrence_needs_its_weekdays(self):
        self.assertIn("au moins un jour", self.errors(recurrence="weekly")["recurrence_weekdays"])
        monthly = self.errors(recurrence="monthly_weekday", recurrence_weekdays=["SU", "SA"])
        self.assertIn("un seul jour", monthly["recurrence_weekdays"])
        self.assertIn("« premier »", monthly["recurrence_week_of_month"].replace("\u00a0", " "))
        self.assertEqual(
            self.errors(recurrence="monthly_weekday", recurrence_weekdays=["SU"], recurrence_week_of_month=1), {}
        )

    def test_until_before_start_and_until_with_a_count(self):
        weekly = {"recurrence": "weekly", "recurrence_weekdays": ["TU"]}
        self.assertIn("avant le premier jour", self.errors(recurrence_until=in_days(1), **weekly)["recurrence_until"])
        both = self.errors(recurrence_until=in_days(60), recurrence_count=4, **weekly)
        self.assertIn("pas les deux", both["recurrence_count"])

    def test_an_exception_outside_the_recurrence(self):
        start = datetime.date(2026, 7, 7)  # a Tuesday
        weekly = {"start_date": start, "recurrence": "weekly", "recurrence_weekdays": ["TU"], "recurrence_count": 4}
        self.assertEqual(self.errors(exception_dates=["2026-07-14"], **weekly), {})
        stray = self.errors(exception_dates=["2026-07-15", "2026-08-04"], **weekly)["exception_dates"]
        self.assertIn("15/07/2026", stray)
        self.assertIn("04/08/2026", stray)  # after the fourth and last Tuesday
        every = self.errors(exception_dates=["2026-07-07"], **{**weekly, "recurrence_count": 1})
        self.assertIn("aucune date", every["recurrence"])
        once = self.errors(exception_dates=["2026-07-14"], start_date=start)
        self.assertIn("ne se répète pas", once["exception_dates"])

    def test_too_many_occurrences(self):
        every_day = self.errors(recurrence="weekly", recurrence_weekdays=["MO", "TU", "WE", "TH", "FR", "SA", "SU"])
        self.assertIn(f"plus de {MAX_OCCURRENCES} dates", every_day["recurrence"])
        self.assertIn(
            "recurrence_count", self.errors(recurrence="weekly", recurrence_weekdays=["MO"], recurrence_count=999)
        )
        self.assertEqual(self.errors(recurrence="weekly", recurrence_weekdays=["MO", "TH"]), {})

    def test_recurrence_fields_without_a_recurrence(self):
        errors = self.errors(recurrence_weekdays=["MO"], recurrence_count=3)
        self.assertEqual(set(errors), {"recurrence_weekdays", "recurrence_count"})

    def test_coordinates_in_pairs_and_a_free_event_has_no_price(self):
        self.assertIn("longitude", self.errors(latitude=45.0))
        self.assertIn("latitude", self.errors(longitude=2.0))
        self.assertIn("« gratuit »", self.errors(is_free=True, price_amount=5)["price_amount"].replace("\u00a0", " "))


class AgendaTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        cls.home = cls.territory.site.root_page
        cls.index = EventIndexPageFactory(parent=cls.home)

    def get(self, url: str, host: str = HOST):
        parts = urlsplit(url)
        return self.client.get(parts.path + (f"?{parts.query}" if parts.query else ""), HTTP_HOST=host)

    def html(self, url: str, host: str = HOST) -> str:
        response = self.get(url, host)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def listed_titles(self, query: str = "", index=None) -> list[str]:
        html = self.html((index or self.index).url + query)
        return re.findall(r'class="story-card__title"><a href="[^"]+">([^<]+)</a>', html)


def month_after_next_day(day: int = 15) -> datetime.date:
    """A day of the month after next: never the month of an event two or three days ahead, even on the 31st."""
    next_month = (timezone.localdate().replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    return (next_month + datetime.timedelta(days=32)).replace(day=day)


class AgendaTests(AgendaTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        event = EventPageFactory
        cls.market = event(
            parent=cls.index,
            title="Marché du mardi",
            start_date=in_days(-30),
            recurrence="weekly",
            recurrence_weekdays=["TU"],
        )
        event(
            parent=cls.index,
            title="Concert à l’église",
            category="culture",
            commune="Servance",
            start_date=month_after_next_day(),
            start_time="20:30",
            end_time=None,
            is_free=False,
            price_amount=12,
        )
        event(
            parent=cls.index,
            title="Fête de la rivière",
            category="festival",
            start_date=in_days(2),
            start_time=None,
            end_time=None,
            end_date=in_days(3),
        )
        event(parent=cls.index, title="Randonnée passée", category="nature", start_date=in_days(-10))
        event(parent=cls.index, title="Brouillon secret", live=False)
        private = event(parent=cls.index, title="Réservé aux élus")
        PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
        other = make_territory("beta", "Bêta")
        event(parent=EventIndexPageFactory(parent=other.site.root_page), title="Fête de Bêta")

    def test_lists_upcoming_events_soonest_first_each_once(self):
        titles = self.listed_titles()
        self.assertEqual(
            titles[:2], ["Fête de la rivière", "Marché du mardi"] if in_days(2) < self.next_tuesday() else titles[:2]
        )
        self.assertEqual(sorted(titles), ["Concert à l’église", "Fête de la rivière", "Marché du mardi"])
        self.assertEqual(titles[-1], "Concert à l’église")
        self.assertIn("3 évènements à venir.", self.html(self.index.url))

    def next_tuesday(self) -> datetime.date:
        today = timezone.localdate()
        return today + datetime.timedelta(days=(1 - today.weekday()) % 7)

    def test_past_events_on_request_most_recent_first(self):
        titles = self.listed_titles("?quand=passes")
        self.assertEqual(titles, ["Marché du mardi", "Randonnée passée"])

    def test_filters_by_month_category_and_commune(self):
        month = month_after_next_day().strftime("%Y-%m")
        self.assertIn("Concert à l’église", self.listed_titles(f"?mois={month}"))
        self.assertNotIn("Fête de la rivière", self.listed_titles(f"?mois={month}"))
        self.assertEqual(self.listed_titles("?categorie=culture"), ["Concert à l’église"])
        self.assertEqual(self.listed_titles("?commune=Servance"), ["Concert à l’église"])
        self.assertEqual(self.listed_titles("?categorie=market&commune=Servance"), [])
        self.assertIn(
            "Aucun évènement ne correspond à ces filtres.",
            self.html(self.index.url + "?categorie=market&commune=Servance"),
        )

    def test_the_month_filter_offers_twelve_months_with_counts(self):
        soup = BeautifulSoup(self.html(self.index.url), "html.parser")
        months = soup.select("select[name=mois] option")
        self.assertEqual(len(months), 13)  # « Tous » and twelve months
        label = month_after_next_day().strftime("%Y-%m")
        option = soup.select_one(f'select[name=mois] option[value="{label}"]')
        self.assertRegex(option.text, r"\(\d+\)$")
        self.assertEqual(soup.select_one("label[for=id_mois]").text, "Mois")

    def test_bad_get_values_are_ignored(self):
        everything = self.listed_titles()
        for query in [
            "?mois=2099-13",
            "?categorie=piscine",
            "?commune=Atlantide",
            "?quand=demain",
            "?page=abc",
            "?page=99",
        ]:
            with self.subTest(query=query):
                self.assertEqual(self.listed_titles(query), everything)

    def test_cards_show_dates_times_place_price_and_category(self):
        html = self.html(self.index.url)
        soup = BeautifulSoup(html, "html.parser")
        cards = {card.select_one(".story-card__title").text: card for card in soup.select(".event-card")}
        concert = cards["Concert à l’église"]
        self.assertEqual(concert.select_one("time")["datetime"], month_after_next_day().isoformat())
        self.assertIn("à partir de", concert.text)
        self.assertRegex(concert.select("time")[1]["datetime"], r"T20:30:00[+-]\d\d:\d\d$")
        self.assertIn("12\u00a0€", concert.text)
        self.assertIn("Culture, spectacle", concert.text)
        festival = cards["Fête de la rivière"]
        self.assertIn("toute la journée", festival.text)
        self.assertIn("Du", festival.text)
        self.assertIn("Gratuit", festival.text)
        self.assertIn("Chaque semaine, le mardi", cards["Marché du mardi"].text)

    def test_the_ical_feed_is_linked_and_explained(self):
        html = self.html(self.index.url)
        self.assertIn(
            f'<link rel="alternate" type="text/calendar" title="Agenda (iCal)" href="{self.index.url.replace("http://alpha.localhost", "")}ical/">',
            html,
        )
        self.assertIn("S’abonner à l’agenda (iCal)", html)
        self.assertIn("http://alpha.localhost/agenda/ical/", html)

    def test_each_site_lists_its_own_events_only(self):
        self.assertNotIn("Fête de Bêta", self.listed_titles())
        self.assertNotIn("Brouillon secret", self.listed_titles())
        self.assertNotIn("Réservé aux élus", self.listed_titles())


class EventPageTests(AgendaTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.col = EventPageFactory(
            parent=cls.index,
            title="Col réservé aux cyclistes",
            category="sport",
            start_date=in_days(-14),
            start_time="08:00",
            end_time="12:00",
            recurrence="weekly",
            recurrence_weekdays=["SU"],
            exception_dates=[],
            place_name="Col du Télégraphe",
            address="Route du col\n73140 Valloire",
            commune="Valloire",
            latitude=45.2,
            longitude=6.44,
            organiser_name="Office de tourisme",
            organiser_email="info@example.org",
            organiser_phone="04 79 00 00 00",
            accessibility="Route en pente, pas de stationnement au sommet.",
        )
        sundays = [occurrence.start.date() for occurrence in cls.col.occurrences.filter(end__gt=timezone.now())]
        cls.skipped = sundays[1]
        cls.col.exception_dates = [cls.skipped.isoformat()]
        cls.col.save_revision().publish()
        cls.col.refresh_from_db()

    def test_the_page_lists_next_dates_exceptions_and_facts(self):
        html = self.html(self.col.url)
        soup = BeautifulSoup(html, "html.parser")
        self.assertEqual(soup.h1.text, "Col réservé aux cyclistes")
        dates = [time["datetime"] for time in soup.select(".event-dates__list time")]
        self.assertNotIn(self.skipped.isoformat(), dates)
        self.assertEqual(len(soup.select(".event-dates__list li")), 8)
        self.assertEqual(soup.select_one(".event-dates__exceptions time")["datetime"], self.skipped.isoformat())
        self.assertIn("Chaque semaine, le dimanche", html)
        self.assertIn("08:00 – 12:00", html)
        self.assertIn("Route en pente", html)
        self.assertIn('href="tel:0479000000"', html)
        self.assertIn('href="/agenda/col-reserve-aux-cyclistes/ical/"', html)

    def test_the_map_loads_nothing_before_the_click(self):
        html = self.html(self.col.url)
        self.assertIn("Lieu de l’évènement", html)
        self.assertNotIn("<iframe", html)

    def test_schema_org_event_with_its_schedule(self):
        html = self.html(self.col.url)
        soup = BeautifulSoup(html, "html.parser")
        objects = [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]
        (event,) = [item for item in objects if item.get("@type") == "Event"]
        for required in ("name", "startDate", "endDate", "location", "eventStatus", "eventAttendanceMode", "url"):
            self.assertIn(required, event)
        start = datetime.datetime.fromisoformat(event["startDate"])
        self.assertEqual((start.hour, start.utcoffset()), (8, start.astimezone(PARIS).utcoffset()))
        self.assertGreater(start, timezone.now())
        self.assertEqual(event["location"]["geo"]["latitude"], 45.2)
        self.assertEqual(event["location"]["address"]["addressLocality"], "Valloire")
        self.assertEqual(event["organizer"]["name"], "Office de tourisme")
        self.assertTrue(event["isAccessibleForFree"])
        schedule = event["eventSchedule"]
        self.assertEqual(schedule["repeatFrequency"], "P1W")
        self.assertEqual(schedule["byDay"], ["https://schema.org/Sunday"])
        self.assertEqual(schedule["startTime"], "08:00:00")
        self.assertEqual(schedule["scheduleTimezone"], "Europe/Paris")
        self.assertEqual(schedule["exceptDate"], [self.skipped.isoformat()])

    def test_a_past_event_says_so_and_a_cancelled_one_too(self):
        past = EventPageFactory(
            parent=self.index, title="Vide-grenier", start_date=in_days(-3), booking_url="https://example.org/"
        )
        html = self.html(past.url)
        self.assertIn("Cet évènement est passé.", html)
        self.assertNotIn("Réserver", html)
        cancelled = EventPageFactory(parent=self.index, title="Bal", status="cancelled", price_amount=5, is_free=False)
        html = self.html(cancelled.url)
        self.assertIn("Cet évènement est annulé.", html)
        ld = json.loads(BeautifulSoup(html, "html.parser").find_all("script", type="application/ld+json")[-1].string)
        self.assertEqual(ld["eventStatus"], "https://schema.org/EventCancelled")
        self.assertEqual(ld["offers"]["price"], "5.00")

    def test_a_guadeloupe_event_is_on_guadeloupe_time(self):
        antilles = make_territory("ngt", "Nord Grande-Terre")
        brand = BrandSettings.for_site(antilles.site)
        brand.time_zone = "America/Guadeloupe"
        brand.save()
        index = EventIndexPageFactory(parent=antilles.site.root_page)
        fair = EventPageFactory(parent=index, title="Foire agricole", start_time="09:00", end_time="17:00")
        start = fair.occurrences.get().start
        self.assertEqual(start.astimezone(GUADELOUPE).hour, 9)
        html = self.html(fair.url, "ngt.localhost")
        self.assertIn(f'datetime="{fair.start_date.isoformat()}T09:00:00-04:00"', html)


class SitemapTests(AgendaTestCase):
    def test_the_agenda_and_its_events_are_in_the_sitemap(self):
        event = EventPageFactory(parent=self.index, title="Fête au sitemap")
        xml = self.client.get("/sitemap.xml", HTTP_HOST=HOST).content.decode()
        self.assertIn(f"<loc>{self.index.full_url}</loc>", xml)
        self.assertIn(f"<loc>{event.full_url}</loc>", xml)
        self.assertNotIn("/ical/", xml)  # calendars are not pages to index


class OccurrenceStorageTests(AgendaTestCase):
    def test_occurrences_follow_the_published_page_not_a_draft(self):
        event = EventPageFactory(parent=self.index, start_date=in_days(1))
        self.assertEqual(event.occurrences.count(), 1)
        event.recurrence, event.recurrence_weekdays, event.recurrence_count = "weekly", ["MO"], 5
        event.save_revision()
        self.assertEqual(EventOccurrence.objects.filter(page=event).count(), 1)
        event.save_revision().publish()
        self.assertEqual(EventOccurrence.objects.filter(page=event).count(), 5)

    def test_the_horizon_is_eighteen_months_and_the_daily_command_extends_it(self):
        event = EventPageFactory(
            parent=self.index, start_date=in_days(0), recurrence="weekly", recurrence_weekdays=["MO"]
        )
        last = event.occurrences.order_by("-start").first().start.date()
        self.assertLessEqual(last, in_days(HORIZON_DAYS))
        self.assertGreater(last, in_days(HORIZON_DAYS - 8))
        event.occurrences.filter(start__gt=timezone.now() + datetime.timedelta(days=30)).delete()
        call_command("refresh_event_occurrences", stdout=io.StringIO())
        self.assertEqual(event.occurrences.order_by("-start").first().start.date(), last)


class AdminTests(AgendaTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.other = make_territory("beta", "Bêta")
        cls.other_image = ImageFactory.in_territory(cls.other)
        cls.moderator = UserFactory.moderator_of(cls.territory)

    def form_data(self, **changes) -> dict:
        fields = {
            "title": "Marché des producteurs",
            "slug": "marche-des-producteurs",
            "category": "market",
            "status": "scheduled",
            "summary": "Chaque samedi matin.",
            "start_date": in_days(1).isoformat(),
            "start_time": "08:00",
            "end_time": "12:30",
            "recurrence": "weekly",
            "recurrence_interval": "1",
            "recurrence_weekdays": ["SA"],
            "exception_dates": "",
            "commune": "Faucogney-et-la-Mer",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
        fields |= changes
        weekdays = fields.pop("recurrence_weekdays")
        return nested_form_data(fields) | {"recurrence_weekdays": weekdays}  # checkboxes: one value each

    def add_url(self) -> str:
        return reverse("wagtailadmin_pages:add", args=["events", "eventpage", self.index.pk])

    def test_an_editor_creates_a_weekly_market_with_exceptions(self):
        saturday = in_days(1 + (5 - in_days(1).weekday()) % 7 + 7)
        self.client.force_login(self.moderator)
        response = self.client.post(self.add_url(), self.form_data(exception_dates=saturday.strftime("%d/%m/%Y")))
        self.assertEqual(response.status_code, 302)
        event = EventPage.objects.get(slug="marche-des-producteurs")
        self.assertEqual((event.recurrence_weekdays, event.exception_dates), (["SA"], [saturday.isoformat()]))
        self.assertTrue(event.live)
        self.assertNotIn(saturday, [item.start.astimezone(PARIS).date() for item in event.occurrences.all()])
        self.assertEqual({item.start.astimezone(PARIS).time() for item in event.occurrences.all()}, {datetime.time(8)})

    def test_bad_input_gives_french_errors_and_writes_nothing(self):
        self.client.force_login(self.moderator)
        for changes, message in [
            ({"recurrence_weekdays": []}, "Cochez au moins un jour de la semaine."),
            ({"exception_dates": "le 14 juillet"}, "n’est pas une date"),
            ({"end_time": "07:00"}, "L’heure de fin est avant l’heure de début"),
            ({"latitude": "45.1"}, "ou aucune des deux"),
        ]:
            with self.subTest(changes=changes):
                response = self.client.post(self.add_url(), self.form_data(**changes))
                self.assertEqual(response.status_code, 200)
                self.assertIn(message, response.content.decode())
                self.assertFalse(EventPage.objects.filter(slug="marche-des-producteurs").exists())
        self.assertFalse(EventOccurrence.objects.exists())

    def test_an_editor_cannot_choose_another_territorys_image(self):
        self.client.force_login(self.moderator)
        response = self.client.post(self.add_url(), self.form_data(hero_image=self.other_image.pk))
        self.assertEqual(response.status_code, 200)
        self.assertFalse(EventPage.objects.filter(slug="marche-des-producteurs").exists())

    def test_an_editor_of_another_territory_cannot_open_or_change_an_event(self):
        event = EventPageFactory(parent=self.index, title="Fête d’Alpha")
        self.client.force_login(UserFactory.editor_of(self.other))
        edit = reverse("wagtailadmin_pages:edit", args=[event.pk])
        self.assertNotEqual(self.client.get(edit).status_code, 200)
        self.client.post(edit, self.form_data(title="Piraté", slug=event.slug))
        self.assertEqual(Page.objects.get(pk=event.pk).title, "Fête d’Alpha")
        self.assertNotEqual(self.client.get(self.add_url()).status_code, 200)
        explorer = self.client.get(reverse("wagtailadmin_explore", args=[self.index.pk]))
        self.assertNotContains(explorer, "Fête d’Alpha", status_code=explorer.status_code)


class TranslationTests(AgendaTestCase):
    def test_a_translation_shares_the_french_facts_and_its_own_agenda(self):
        event = EventPageFactory(parent=self.index, title="Marché", start_date=in_days(5))
        add_language(self.territory, "en")
        publish_translation(self.home, "en", "Alpha")
        english_index = publish_translation(self.index, "en", "What’s on")
        english = publish_translation(event, "en", "Market", summary="Farmers under the hall.")
        self.assertEqual(english.occurrences.count(), 1)
        event.start_date, event.category = in_days(9), "fair"
        event.save_revision().publish()
        english.refresh_from_db()
        self.assertEqual((english.start_date, english.category), (in_days(9), "fair"))
        self.assertEqual(english.occurrences.get().start.astimezone(PARIS).date(), in_days(9))
        english.start_date = in_days(1)  # a translator's stale draft cannot move the date
        english.save_revision().publish()
        english.refresh_from_db()
        self.assertEqual(english.start_date, in_days(9))
        self.assertEqual(self.listed_titles(index=english_index), ["Market"])
        self.assertEqual(self.listed_titles(), ["Marché"])


class UpcomingBlockTests(AgendaTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        for days, title, category in [(9, "Troisième", "market"), (2, "Premier", "culture"), (5, "Deuxième", "market")]:
            EventPageFactory(parent=cls.index, title=title, category=category, start_date=in_days(days))
        EventPageFactory(parent=cls.index, title="Passé", start_date=in_days(-2))
        cls.other = make_territory("beta", "Bêta")
        EventPageFactory(
            parent=EventIndexPageFactory(parent=cls.other.site.root_page), title="Fête de Bêta", start_date=in_days(1)
        )
        cls.empty = make_territory("gamma", "Gamma")

    def render(self, value: dict, host: str = HOST, page=None) -> str:
        block = UpcomingEventsBlock()
        request = RequestFactory().get("/", HTTP_HOST=host)
        request.user = UserFactory.build()
        home = page or Page.objects.get(pk=(self.home if host == HOST else self.empty.site.root_page).pk)
        return block.render(block.to_python(value), context={"request": request, "page": home})

    def test_the_next_events_of_this_site_with_a_link_to_the_agenda(self):
        html = self.render({"heading": "Bientôt", "count": 2})
        titles = re.findall(r'class="story-card__title"><a href="[^"]+">([^<]+)</a>', html)
        self.assertEqual(titles, ["Premier", "Deuxième"])
        self.assertIn('<h3 class="story-card__title">', html)
        self.assertIn('href="/agenda/"', html)
        self.assertNotIn("Bêta", html)

    def test_the_home_shows_the_block_and_a_home_without_agenda_nothing(self):
        value = {"type": "upcoming_events", "value": {"heading": "Bientôt", "count": 3, "category": ""}}
        for territory in (self.territory, self.empty):
            home = territory.site.root_page.specific
            home.body = json.dumps([value])
            home.save_revision().publish()
        html = self.html("/")
        self.assertIn('class="block upcoming-events-block"', html)
        self.assertEqual(
            re.findall(r'class="story-card__title"><a href="[^"]+">([^<]+)</a>', html)[:3],
            ["Premier", "Deuxième", "Troisième"],
        )
        empty = self.html("/", host="gamma.localhost")
        self.assertNotIn("upcoming-events-block", empty)
        self.assertNotIn("Bientôt", empty)

    def test_a_category_keeps_its_events_only(self):
        html = self.render({"count": 6, "category": "market"})
        self.assertEqual(
            re.findall(r'class="story-card__title"><a href="[^"]+">([^<]+)</a>', html), ["Deuxième", "Troisième"]
        )

    def test_nothing_without_an_agenda(self):
        self.assertEqual(self.render({"count": 3}, host="gamma.localhost").strip(), "")

    def test_the_count_is_between_one_and_six(self):
        block = UpcomingEventsBlock()
        for count in (0, 7):
            with self.subTest(count=count), self.assertRaises(ValidationError):
                block.clean(block.to_python({"count": count}))

    def test_the_admin_preview_says_what_it_shows(self):
        from tests.factories import SuperuserFactory

        self.client.force_login(SuperuserFactory())
        block = UpcomingEventsBlock()
        block.set_name("upcoming_events")
        response = self.client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}, HTTP_HOST="gamma.localhost"
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Il n’affiche rien tant que le territoire n’a pas de page", response.content.decode())

    def test_the_block_runs_the_same_queries_with_more_events(self):
        def add(count: int) -> None:
            for n in range(count):
                photo = ImageFactory.in_territory(self.territory)
                EventPageFactory(parent=self.index, hero_image=photo, start_date=in_days(3 + n))

        def count() -> int:
            self.render({"count": 6})  # renditions are generated once
            with CaptureQueriesContext(connection) as queries:
                self.render({"count": 6})
            return len(queries)

        add(1)
        few = count()
        add(6)
        many = count()
        self.assertLessEqual(many, BLOCK_QUERY_BUDGET)
        self.assertEqual(many, few)


class QueryBudgetTests(AgendaTestCase):
    def add_events(self, count: int) -> None:
        for n in range(count):
            recurring = {"recurrence": "weekly", "recurrence_weekdays": ["SA"]} if n % 3 == 0 else {}
            EventPageFactory(
                parent=self.index,
                hero_image=ImageFactory.in_territory(self.territory),
                start_date=in_days(n + 1),
                category="market" if n % 2 else "culture",
                **recurring,
            )

    def count_queries(self, url: str) -> int:
        self.get(url)  # renditions are generated once
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.get(url).status_code, 200)
        return len(queries)

    def test_agenda_budget_does_not_grow_with_events(self):
        self.add_events(3)
        few = self.count_queries(self.index.url + "?categorie=market")
        self.add_events(9)
        many = self.count_queries(self.index.url + "?categorie=market")
        self.assertLessEqual(many, INDEX_QUERY_BUDGET)
        self.assertEqual(many, few, "the agenda must not run more queries as events are added")

    def test_event_budget_does_not_grow_with_events(self):
        self.add_events(3)
        event = EventPage.objects.filter(recurrence="weekly").first()
        few = self.count_queries(event.url)
        self.add_events(9)
        many = self.count_queries(event.url)
        self.assertLessEqual(many, EVENT_QUERY_BUDGET)
        self.assertEqual(many, few)
