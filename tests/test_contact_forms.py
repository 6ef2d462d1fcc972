"""Visitors' forms: consent, guards against robots, the notification, and bad input that never breaks."""

import time

from django.core import mail, signing
from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.forms.models import FormSubmission

from brands.core.translation import add_language
from brands.models import BrandSettings
from contact.forms import CONSENT_FIELD
from contact.models import ContactSettings
from contact.spam import HONEYPOT_FIELD, SALT, TOKEN_FIELD
from tests.factories import ContactFormPageFactory, make_territory, publish_translation

HOST = "alpha.localhost"


def token(page, seconds_ago: float = 30) -> str:
    """A token as the form wrote it `seconds_ago`."""
    return signing.dumps({"page": page.pk, "shown": time.time() - seconds_ago}, salt=SALT)


def answers(page, **overrides) -> dict:
    data = {
        "votre_nom": "Camille Rostaing",
        "votre_adresse_e_mail": "camille@example.org",
        "votre_message": "Je cherche un local pour un atelier de réparation de vélos.",
        CONSENT_FIELD: "on",
        TOKEN_FIELD: token(page),
        HONEYPOT_FIELD: "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


class ContactFormTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        home = cls.territory.site.root_page
        BrandSettings.objects.filter(site=cls.territory.site).update(contact_email="accueil@alpha.example.fr")
        cls.page = ContactFormPageFactory(parent=home, title="Nous écrire", slug="nous-ecrire")

    def setUp(self) -> None:
        cache.clear()  # the rate limit's counters

    def post(self, data: dict, **extra):
        return self.client.post("/nous-ecrire/", data, HTTP_HOST=HOST, **extra)

    def test_the_form_asks_for_consent_with_the_period_and_the_privacy_policy(self) -> None:
        response = self.client.get("/nous-ecrire/", HTTP_HOST=HOST)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn('<label class="form-field__label" for="id_votre_nom">Votre nom</label>', html)
        self.assertIn(f'name="{CONSENT_FIELD}"', html)
        self.assertIn("J’accepte que Alpha utilise ces informations pour me répondre.", html)
        self.assertIn("conservées 3\u00a0ans au plus", html)
        self.assertRegex(html, r'<a href="/politique-de-confidentialite/">Politique de confidentialité</a>')
        # The honeypot is out of sight and out of the keyboard's reach; the token is hidden.
        self.assertRegex(html, r'<div class="form-trap" aria-hidden="true">[\s\S]*tabindex="-1"')
        self.assertIn(f'type="hidden" name="{TOKEN_FIELD}"', html)

    def test_a_person_sends_a_message_and_the_territory_gets_plain_text(self) -> None:
        response = self.post(answers(self.page))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Message envoyé")
        submission = FormSubmission.objects.get(page=self.page)
        data = submission.get_data()
        self.assertEqual(data["votre_nom"], "Camille Rostaing")
        self.assertIs(data[CONSENT_FIELD], True)
        self.assertNotIn(HONEYPOT_FIELD, data)
        self.assertNotIn(TOKEN_FIELD, data)
        [message] = mail.outbox
        self.assertEqual(message.to, ["accueil@alpha.example.fr"])
        self.assertEqual(message.subject, "Nouveau message\u00a0: Nous écrire")
        self.assertEqual(message.alternatives, [])  # plain text only
        self.assertIn("Votre nom\u00a0:\nCamille Rostaing", message.body)
        self.assertIn("«\u00a0Nous écrire\u00a0» (alpha.localhost)", message.body)
        self.assertIn(f"/admin/forms/submissions/{self.page.pk}/", message.body)

    def test_submitted_html_stays_text_in_the_notification(self) -> None:
        self.post(answers(self.page, votre_message='<img src="https://tiers.example/x.png"> <b>bonjour</b>'))
        [message] = mail.outbox
        self.assertIn('<img src="https://tiers.example/x.png"> <b>bonjour</b>', message.body)
        self.assertEqual(message.alternatives, [])

    def test_the_page_own_addresses_win_over_the_brand(self) -> None:
        self.page.to_address = "eco@alpha.example.fr, elus@alpha.example.fr"
        self.page.save_revision().publish()
        self.post(answers(self.page))
        self.assertEqual(mail.outbox[0].to, ["eco@alpha.example.fr", "elus@alpha.example.fr"])

    def test_without_consent_nothing_is_sent(self) -> None:
        response = self.post(answers(self.page, **{CONSENT_FIELD: None}))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Cochez cette case pour envoyer le formulaire")
        self.assertContains(response, 'aria-invalid="true"')
        self.assertContains(response, f'<a href="#id_{CONSENT_FIELD}">')
        self.assertFalse(FormSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_too_fast_expired_or_forged_tokens_are_refused_in_french(self) -> None:
        other_page_token = signing.dumps({"page": self.page.pk + 1000, "shown": time.time() - 30}, salt=SALT)
        for value, message in [
            (token(self.page, seconds_ago=1), "envoyé trop vite"),
            (token(self.page, seconds_ago=25 * 3600), "resté ouvert trop longtemps"),
            ("n'importe quoi", "n’a pas pu être envoyé"),
            (other_page_token, "n’a pas pu être envoyé"),
            ("", "n’a pas pu être envoyé"),
        ]:
            with self.subTest(message=message, value=value[:20]):
                response = self.post(answers(self.page, **{TOKEN_FIELD: value}))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, message)
                # A fresh token comes back with the form, and the answers are kept.
                self.assertNotContains(response, f'value="{value}"' if value else 'name="jeton" value=""')
                self.assertContains(response, "Camille Rostaing")
        self.assertFalse(FormSubmission.objects.exists())

    def test_a_filled_honeypot_is_a_robot(self) -> None:
        response = self.post(answers(self.page, **{HONEYPOT_FIELD: "https://spam.example"}))
        self.assertEqual(response.status_code, 400)
        self.assertFalse(FormSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])

    @override_settings(CONTACT_RATE_LIMIT=(3, 600), CONTACT_TRUSTED_PROXIES=0)
    def test_rate_limit_by_socket_address_forged_headers_change_nothing(self) -> None:
        for n in range(3):
            self.assertEqual(self.post(answers(self.page), REMOTE_ADDR="203.0.113.5").status_code, 200, n)
        for forged in ["198.51.100.1", "198.51.100.2, 10.0.0.1"]:
            response = self.post(answers(self.page), REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=forged)
            self.assertEqual(response.status_code, 429)
            self.assertEqual(response["Retry-After"], "600")
            self.assertContains(response, "Trop d’envois en peu de temps", status_code=429)
        self.assertEqual(FormSubmission.objects.count(), 3)
        # Another visitor is not held back.
        self.assertEqual(self.post(answers(self.page), REMOTE_ADDR="203.0.113.6").status_code, 200)

    @override_settings(CONTACT_RATE_LIMIT=(1, 600), CONTACT_TRUSTED_PROXIES=1)
    def test_behind_one_trusted_proxy_the_address_it_saw_counts(self) -> None:
        proxy = {"REMOTE_ADDR": "10.0.0.1"}
        self.assertEqual(self.post(answers(self.page), HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code, 200)
        # The client prepends a forged address: the proxy's own entry (the last) still names them.
        forged = self.post(answers(self.page), HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5", **proxy)
        self.assertEqual(forged.status_code, 429)
        other = self.post(answers(self.page), HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
        self.assertEqual(other.status_code, 200)

    def test_the_privacy_policy_states_the_period_and_follows_it(self) -> None:
        html = self.client.get("/politique-de-confidentialite/", HTTP_HOST=HOST).content.decode()
        self.assertIn("<h2>Les messages envoyés par les formulaires</h2>", html)
        self.assertIn("Ils sont conservés 3\u00a0ans au plus", html)
        settings = ContactSettings.for_site(self.territory.site)
        settings.retention_months = 18
        settings.save()
        html = self.client.get("/politique-de-confidentialite/", HTTP_HOST=HOST).content.decode()
        self.assertIn("Ils sont conservés 18\u00a0mois au plus", html)


class BadInputTests(TestCase):
    """Whatever arrives, a French error or a 4xx, never a 5xx, and nothing half-saved."""

    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("alpha", "Alpha")
        cls.page = ContactFormPageFactory(parent=territory.site.root_page, title="Nous écrire", slug="nous-ecrire")

    def setUp(self) -> None:
        cache.clear()

    def post(self, data, **extra):
        return self.client.post("/nous-ecrire/", data, HTTP_HOST=HOST, **extra)

    def assert_nothing_saved(self) -> None:
        self.assertFalse(FormSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_a_body_of_three_megabytes_is_refused(self) -> None:
        response = self.post(answers(self.page, votre_message="x" * (3 * 1024 * 1024)))
        self.assertContains(response, "<h1>Demande incomplète ou invalide</h1>", status_code=400)
        self.assert_nothing_saved()

    def test_two_thousand_fields_are_refused(self) -> None:
        data = answers(self.page) | {f"champ{n}": "x" for n in range(2000)}
        response = self.post(data)
        self.assertContains(response, "Ce formulaire a reçu des données qu’il ne demande pas.", status_code=400)
        self.assert_nothing_saved()

    def test_nul_bytes_and_over_long_values_get_french_errors(self) -> None:
        for overrides, message in [
            ({"votre_nom": "Camille\x00"}, "Le caractère nul n’est pas autorisé."),
            ({"votre_nom": "x" * 300}, "au plus 255 caractères"),
            ({"votre_message": "x" * 5001}, "au plus 5000 caractères"),
            ({"votre_adresse_e_mail": "pas-une-adresse"}, "Saisissez une adresse de courriel valide."),
        ]:
            with self.subTest(message=message):
                response = self.post(answers(self.page, **overrides))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, message)
        self.assert_nothing_saved()

    def test_invalid_utf8_never_breaks(self) -> None:
        body = b"votre_nom=%FF%FE&votre_message=caf%E9&" + f"{TOKEN_FIELD}={token(self.page)}".encode()
        response = self.client.generic(
            "POST", "/nous-ecrire/", body, content_type="application/x-www-form-urlencoded", HTTP_HOST=HOST
        )
        self.assertLess(response.status_code, 500)
        self.assert_nothing_saved()

    def test_a_missing_csrf_token_is_refused(self) -> None:
        client = self.client_class(enforce_csrf_checks=True)
        response = client.post("/nous-ecrire/", answers(self.page), HTTP_HOST=HOST)
        self.assertContains(response, "<h1>Formulaire expiré</h1>", status_code=403)
        self.assertContains(response, '<html lang="fr" dir="ltr">', status_code=403)
        self.assert_nothing_saved()

    def test_an_unexpected_file_is_ignored(self) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        data = answers(self.page) | {"piece_jointe": SimpleUploadedFile("virus.exe", b"MZ" * 100)}
        self.assertEqual(self.post(data).status_code, 200)
        self.assertNotIn("piece_jointe", FormSubmission.objects.get().get_data())


FORM_PAGE_QUERY_BUDGET = 12


class FormPageBudgetTests(TestCase):
    """The form page costs a fixed number of queries, however many fields it has."""

    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("alpha", "Alpha")
        cls.small = ContactFormPageFactory(parent=territory.site.root_page, slug="petit")
        many = [(f"Question {n}", "singleline", False) for n in range(25)]
        cls.large = ContactFormPageFactory(parent=territory.site.root_page, slug="grand", fields=many)

    def count(self, page) -> int:
        self.client.get(page.url, HTTP_HOST=HOST)  # warm: the site, its settings and its languages
        self.client.get(page.url, HTTP_HOST=HOST)  # the first created the site's contact settings: a new version
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(page.url, HTTP_HOST=HOST)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_a_fixed_budget(self) -> None:
        small = self.count(self.small)
        self.assertLessEqual(small, FORM_PAGE_QUERY_BUDGET)
        self.assertEqual(self.count(self.large), small)


class TranslatedFormTests(TestCase):
    """A translated form asks in the visitor's language and stores its answers under the French form's names."""

    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("alpha", "Alpha")
        cls.page = ContactFormPageFactory(parent=territory.site.root_page, title="Nous écrire", slug="nous-ecrire")
        add_language(territory, "en")
        publish_translation(territory.site.root_page, "en", "Alpha")
        cls.english = publish_translation(cls.page, "en", "Write to us", intro="Ask us anything.")
        labels = {
            "votre_nom": "Your name",
            "votre_adresse_e_mail": "Your e-mail address",
            "votre_message": "Your message",
        }
        for field in cls.english.form_fields.all():
            field.label = labels[field.clean_name]
            field.save()
        cls.english.save_revision().publish()

    def setUp(self) -> None:
        cache.clear()

    def test_the_english_form_speaks_english(self) -> None:
        fields = list(self.english.form_fields.all())
        self.assertEqual({field.locale.language_code for field in fields}, {"en"})
        self.assertEqual(
            {field.translation_key for field in fields},
            {field.translation_key for field in self.page.form_fields.all()},
        )
        html = self.client.get(self.english.url, HTTP_HOST=HOST).content.decode()
        self.assertIn('<html lang="en"', html)
        self.assertIn('<label class="form-field__label" for="id_votre_nom">Your name</label>', html)
        self.assertIn("I agree that Alpha uses this information to answer me. It is kept for 3 years at most", html)
        self.assertIn(">Send</button>", html)

    def test_answers_are_stored_under_the_french_names(self) -> None:
        response = self.client.post(self.english.url, answers(self.english), HTTP_HOST=HOST)
        self.assertContains(response, "Message sent")
        submission = FormSubmission.objects.get(page=self.english)
        self.assertEqual(submission.get_data()["votre_nom"], "Camille Rostaing")
