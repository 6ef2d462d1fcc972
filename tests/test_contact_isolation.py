"""Submissions are sealed per territory: listed, exported and deleted only by that territory's staff."""

import csv
import io

import openpyxl
from django.test import TestCase
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from contact.exports import as_text
from contact.models import ContactSettings
from tests.factories import ContactFormPageFactory, SuperuserFactory, UserFactory, make_territory

FORMULAS = ['=HYPERLINK("https://x.example")', "+1+1", "-2+3", "@SUM(A1)", "\tcaché", "\rretour"]


def snapshot() -> list:
    return sorted(FormSubmission.objects.values_list("pk", "page_id", "form_data"))


class SubmissionIsolationTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.alpha = make_territory("alpha", "Alpha")
        cls.beta = make_territory("beta", "Bêta")
        cls.alpha_form = ContactFormPageFactory(parent=cls.alpha.site.root_page, title="Écrire à Alpha")
        cls.beta_form = ContactFormPageFactory(parent=cls.beta.site.root_page, title="Écrire à Bêta")
        cls.alpha_submission = FormSubmission.objects.create(
            page=cls.alpha_form, form_data={"votre_nom": "Secret d’Alpha", "votre_message": FORMULAS[0]}
        )
        cls.beta_submission = FormSubmission.objects.create(
            page=cls.beta_form, form_data={"votre_nom": "Lou de Bêta", "votre_message": "Bonjour"}
        )
        cls.beta_editor = UserFactory.editor_of(cls.beta)

    def setUp(self) -> None:
        self.client.force_login(self.beta_editor)

    def test_the_forms_listing_shows_only_their_forms(self) -> None:
        response = self.client.get(reverse("wagtailforms:index"))
        self.assertContains(response, "Écrire à Bêta")
        self.assertNotContains(response, "Écrire à Alpha")

    def test_another_territorys_submissions_cannot_be_listed_or_exported(self) -> None:
        url = reverse("wagtailforms:list_submissions", args=[self.alpha_form.pk])
        for query in ["", "?export=csv", "?export=xlsx"]:
            with self.subTest(query=query):
                response = self.client.get(url + query)
                self.assertNotEqual(response.status_code, 200)
                self.assertNotIn(b"Secret", b"".join(getattr(response, "streaming_content", [response.content])))

    def test_another_territorys_submissions_cannot_be_deleted_by_url_or_post(self) -> None:
        before = snapshot()
        foreign = reverse("wagtailforms:delete_submissions", args=[self.alpha_form.pk])
        own = reverse("wagtailforms:delete_submissions", args=[self.beta_form.pk])
        selected = f"?selected-submissions={self.alpha_submission.pk}"
        self.client.get(foreign + selected)
        self.client.post(foreign + selected)
        # Through their own form's page: the foreign id is not among that page's submissions.
        confirm = self.client.get(own + selected)
        self.assertNotContains(confirm, "Secret", status_code=confirm.status_code)
        self.client.post(own + selected)
        self.assertEqual(snapshot(), before)

    def test_their_own_submissions_are_theirs_to_see_and_delete(self) -> None:
        url = reverse("wagtailforms:list_submissions", args=[self.beta_form.pk])
        self.assertContains(self.client.get(url), "Lou de Bêta")
        delete = reverse("wagtailforms:delete_submissions", args=[self.beta_form.pk])
        self.client.post(f"{delete}?selected-submissions={self.beta_submission.pk}")
        self.assertFalse(FormSubmission.objects.filter(pk=self.beta_submission.pk).exists())
        self.assertTrue(FormSubmission.objects.filter(pk=self.alpha_submission.pk).exists())


class ExportFormulaTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("alpha", "Alpha")
        cls.form = ContactFormPageFactory(parent=territory.site.root_page)
        for text in FORMULAS:
            FormSubmission.objects.create(page=cls.form, form_data={"votre_nom": text, "votre_message": "ok"})
        cls.superuser = SuperuserFactory()

    def export(self, kind: str):
        self.client.force_login(self.superuser)
        url = reverse("wagtailforms:list_submissions", args=[self.form.pk])
        response = self.client.get(f"{url}?export={kind}")
        self.assertEqual(response.status_code, 200)
        return b"".join(response.streaming_content) if response.streaming else response.content

    def test_csv_cells_never_start_a_formula(self) -> None:
        rows = list(csv.reader(io.StringIO(self.export("csv").decode("utf-8-sig"))))
        names = sorted(row[1] for row in rows[1:])
        self.assertEqual(names, sorted("'" + text for text in FORMULAS))

    def test_xlsx_cells_are_text_not_formulas(self) -> None:
        sheet = openpyxl.load_workbook(io.BytesIO(self.export("xlsx"))).active
        cells = [row[1] for row in sheet.iter_rows(min_row=2)]
        expected = sorted("'" + text.replace("\r", "\n") for text in FORMULAS)  # the XML keeps \r as \n
        self.assertEqual(sorted(cell.value for cell in cells), expected)
        self.assertEqual({cell.data_type for cell in cells}, {"s"})

    def test_ordinary_text_is_left_alone(self) -> None:
        for value in ["Camille", "1 + 1", "e-mail", 42, None]:
            self.assertEqual(as_text(value), value)


class RetentionSettingIsolationTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.alpha = make_territory("alpha", "Alpha")
        cls.beta = make_territory("beta", "Bêta")
        cls.beta_editor = UserFactory.editor_of(cls.beta)

    def url(self, territory) -> str:
        return reverse("wagtailsettings:edit", args=["contact", "contactsettings", territory.site.pk])

    def test_staff_change_their_own_period_only(self) -> None:
        self.client.force_login(self.beta_editor)
        self.assertEqual(self.client.get(self.url(self.beta)).status_code, 200)
        response = self.client.post(self.url(self.beta), {"retention_months": "18"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(ContactSettings.for_site(self.beta.site).retention_months, 18)

        self.assertNotEqual(self.client.get(self.url(self.alpha)).status_code, 200)
        self.client.post(self.url(self.alpha), {"retention_months": "1"})
        self.assertEqual(ContactSettings.for_site(self.alpha.site).retention_months, 36)

    def test_a_period_beyond_the_bounds_gets_a_french_error_and_saves_nothing(self) -> None:
        self.client.force_login(self.beta_editor)
        response = self.client.post(self.url(self.beta), {"retention_months": "48"})
        self.assertContains(response, "Assurez-vous que cette valeur est inférieure ou égale à 36.")
        self.assertEqual(ContactSettings.for_site(self.beta.site).retention_months, 36)
