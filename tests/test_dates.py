"""Dates as the page's language writes them: « 1er juin » in French."""

import datetime

from django.template import Context, Template
from django.test import SimpleTestCase
from django.utils import translation

from brands.public.dates import long_date


class LongDateTests(SimpleTestCase):
    def test_the_first_of_the_month_is_an_ordinal_in_french(self):
        self.assertEqual(long_date(datetime.date(2027, 6, 1), "j F Y"), "1er juin 2027")
        self.assertEqual(long_date(datetime.date(2027, 5, 1), "l j F Y"), "samedi 1er mai 2027")
        self.assertEqual(long_date(datetime.date(2021, 1, 1)), "1er janvier 2021")

    def test_other_days_and_years_ending_in_one_are_left_alone(self):
        for day, expected in [(11, "11 juin 2021"), (21, "21 juin 2021"), (31, "31 mai 2021")]:
            with self.subTest(day):
                month = 5 if day == 31 else 6
                self.assertEqual(long_date(datetime.date(2021, month, day), "j F Y"), expected)

    def test_other_languages_keep_their_own_format(self):
        with translation.override("en"):
            self.assertEqual(long_date(datetime.date(2027, 6, 1), "j F Y"), "1 June 2027")

    def test_the_template_filter(self):
        template = Template('{% load brand_tags %}{{ day|long_date:"l j F Y"|capfirst }}|{{ missing|long_date }}')
        self.assertEqual(template.render(Context({"day": datetime.date(2027, 5, 1)})), "Samedi 1er mai 2027|")
