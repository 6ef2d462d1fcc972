"""Each territory's messages are deleted after its own retention period, exactly, and twice is harmless."""

from datetime import timedelta
from io import StringIO

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from brands.core.translation import add_language
from contact.models import ContactSettings
from contact.purging import purge
from contact.retention import DAYS_PER_MONTH
from tests.factories import ContactFormPageFactory, make_territory, publish_translation


class PurgeTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.now = timezone.now()
        cls.alpha = make_territory("alpha", "Alpha")
        cls.beta = make_territory("beta", "Bêta")
        cls.alpha_form = ContactFormPageFactory(parent=cls.alpha.site.root_page, slug="ecrire")
        cls.beta_form = ContactFormPageFactory(parent=cls.beta.site.root_page)
        settings = ContactSettings.for_site(cls.beta.site)
        settings.retention_months = 12
        settings.save()
        alpha_limit = cls.now - timedelta(days=36 * DAYS_PER_MONTH)
        beta_limit = cls.now - timedelta(days=12 * DAYS_PER_MONTH)
        cls.kept = [
            cls.submit(cls.alpha_form, alpha_limit + timedelta(seconds=1)),
            cls.submit(cls.beta_form, beta_limit + timedelta(seconds=1)),
            cls.submit(cls.alpha_form, cls.now),
        ]
        cls.expired = [
            cls.submit(cls.alpha_form, alpha_limit - timedelta(seconds=1)),
            cls.submit(cls.beta_form, beta_limit - timedelta(seconds=1)),
            cls.submit(cls.beta_form, alpha_limit),  # past Bêta's twelve months by far
        ]

    @staticmethod
    def submit(page, when):
        submission = FormSubmission.objects.create(page=page, form_data={"votre_nom": "X"})
        FormSubmission.objects.filter(pk=submission.pk).update(submit_time=when)
        return submission.pk

    def remaining(self) -> set[int]:
        return set(FormSubmission.objects.values_list("pk", flat=True))

    def test_exactly_the_expired_ones_go_one_second_either_side(self) -> None:
        results = {result.site.hostname: result.count for result in purge(now=self.now)}
        self.assertEqual(results["alpha.localhost"], 1)
        self.assertEqual(results["beta.localhost"], 2)
        self.assertEqual(self.remaining(), set(self.kept))

    def test_twice_is_harmless(self) -> None:
        purge(now=self.now)
        self.assertEqual(sum(result.count for result in purge(now=self.now)), 0)
        self.assertEqual(self.remaining(), set(self.kept))

    def keep_boundaries_clear(self) -> None:
        """The command reads the clock itself: the kept messages move away from the limit it will compute."""
        FormSubmission.objects.filter(pk__in=self.kept).update(submit_time=timezone.now())

    def test_dry_run_counts_and_deletes_nothing(self) -> None:
        self.keep_boundaries_clear()
        out = StringIO()
        call_command("purge_submissions", "--dry-run", stdout=out)
        self.assertEqual(self.remaining(), set(self.kept) | set(self.expired))
        self.assertIn("Bêta\u00a0: 2 message(s) à effacer (conservation\u00a0: 1\u00a0an)", out.getvalue())
        self.assertIn("Total\u00a0: 3 message(s) à effacer.", out.getvalue())

    def test_the_command_reports_per_territory(self) -> None:
        self.keep_boundaries_clear()
        out = StringIO()
        call_command("purge_submissions", stdout=out)
        self.assertIn("Alpha\u00a0: 1 message(s) effacé(s) (conservation\u00a0: 3\u00a0ans)", out.getvalue())
        self.assertEqual(self.remaining(), set(self.kept))

    def test_a_translated_forms_messages_follow_their_territory(self) -> None:
        add_language(self.alpha, "en")
        english = publish_translation(self.alpha_form, "en", "Write to us")
        old = self.submit(english, self.now - timedelta(days=37 * DAYS_PER_MONTH))
        purge(now=self.now)
        self.assertNotIn(old, self.remaining())

    def test_the_period_stays_within_legal_bounds(self) -> None:
        settings = ContactSettings.for_site(self.alpha.site)
        for months in (0, 37, 120):
            settings.retention_months = months
            with self.subTest(months=months), self.assertRaises(ValidationError) as raised:
                settings.full_clean()
            self.assertIn("retention_months", raised.exception.message_dict)
