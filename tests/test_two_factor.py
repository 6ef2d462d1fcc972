"""The second factor (TOTP, django-otp): set up from the account, asked after the password, turned off, reset.

Codes are computed as the person's authenticator app computes them, from the device's secret. A code is
accepted once (django-otp remembers the last time step used) and a wrong code makes the device wait before
the next try: `a_minute_later` stands for the time a person takes to read the next code.
"""

from datetime import timedelta

from django.contrib.auth import SESSION_KEY
from django.db.models import F
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.devices import secret_for_typing
from tests.factories import PASSWORD, SuperuserFactory, UserFactory, make_territory

SETUP = reverse("accounts_two_factor")
DISABLE = reverse("accounts_two_factor_disable")
VERIFY = reverse("accounts_two_factor_verify")
BLOCKED_LOGINS = reverse("accounts_blocked_logins")
ADMIN_PAGES = ["/admin/", "/admin/images/", "/admin/account/", SETUP]


def current_code(device: TOTPDevice) -> str:
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def wrong_code(device: TOTPDevice) -> str:
    return f"{(int(current_code(device)) + 1) % 1_000_000:06d}"


def a_minute_later(device: TOTPDevice) -> None:
    """The throttling delay has passed, and the app shows a code not used yet."""
    TOTPDevice.objects.filter(pk=device.pk).update(
        last_t=-1, throttling_failure_timestamp=F("throttling_failure_timestamp") - timedelta(minutes=1)
    )


def confirmed_device_of(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Téléphone", confirmed=True)


class TwoFactorTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha")
        cls.editor = UserFactory.editor_of(cls.territory, username="editeur-alpha")

    def log_in_with_password(self, user, client: Client | None = None):
        response = (client or self.client).post(
            reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD, "next": "/admin/"}
        )
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        return response

    def assert_sent_to(self, url: str, step: str) -> None:
        response = self.client.get(url)
        self.assertRedirects(response, f"{step}?next={url.replace('/', '%2F')}", fetch_redirect_response=False)


class SetupTests(TwoFactorTestCase):
    def test_the_account_page_leads_to_it(self) -> None:
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_account"))
        self.assertContains(response, "Double authentification")
        self.assertContains(response, f'href="{SETUP}"')

    def test_setup_with_a_wrong_then_the_right_code(self) -> None:
        self.client.force_login(self.editor)
        page = self.client.get(SETUP)
        device = TOTPDevice.objects.get(user=self.editor)
        self.assertFalse(device.confirmed)
        self.assertContains(page, "<svg")  # the QR code, drawn on the server
        self.assertContains(page, secret_for_typing(device))
        for app in ["FreeOTP", "Aegis", "Google Authenticator"]:
            self.assertContains(page, app)
        self.assertContains(self.client.get(SETUP), secret_for_typing(device))  # a reload keeps the secret

        response = self.client.post(SETUP, {"code": wrong_code(device)})
        self.assertContains(response, "Ce code est incorrect ou a expiré.")
        device.refresh_from_db()
        self.assertFalse(device.confirmed)

        a_minute_later(device)
        response = self.client.post(SETUP, {"code": current_code(device)}, follow=True)
        self.assertRedirects(response, SETUP)
        self.assertContains(response, "La double authentification est activée")
        device.refresh_from_db()
        self.assertTrue(device.confirmed)
        # This session gave the code: the admin opens without asking again.
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_a_code_that_is_not_six_digits(self) -> None:
        self.client.force_login(self.editor)
        self.client.get(SETUP)
        for code in ["", "12345", "abcdef", "1234567"]:
            with self.subTest(code=code):
                response = self.client.post(SETUP, {"code": code})
                self.assertEqual(response.status_code, 200)
                self.assertFalse(TOTPDevice.objects.get(user=self.editor).confirmed)
        self.assertContains(response, "Saisissez les 6 chiffres")

    def test_superusers_must_set_it_up_when_required(self) -> None:
        superuser = SuperuserFactory()
        self.client.force_login(superuser)
        with override_settings(OTP_REQUIRED_FOR_SUPERUSERS=False):
            self.assertEqual(self.client.get("/admin/").status_code, 200)
        with override_settings(OTP_REQUIRED_FOR_SUPERUSERS=True):
            for url in ["/admin/", "/admin/pages/", BLOCKED_LOGINS]:
                self.assert_sent_to(url, SETUP)
            page = self.client.get(f"{SETUP}?next=/admin/pages/")
            self.assertContains(page, "Les superutilisateurs doivent activer la double authentification")
            device = TOTPDevice.objects.get(user=superuser)
            response = self.client.post(SETUP, {"code": current_code(device), "next": "/admin/pages/"})
            self.assertRedirects(response, "/admin/pages/", fetch_redirect_response=False)
            self.assertEqual(self.client.get("/admin/").status_code, 200)

    @override_settings(OTP_REQUIRED_FOR_SUPERUSERS=True)
    def test_other_staff_are_not_forced(self) -> None:
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get("/admin/").status_code, 200)


class VerificationTests(TwoFactorTestCase):
    def setUp(self) -> None:
        self.device = confirmed_device_of(self.editor)

    def test_after_the_password_every_admin_page_waits_for_the_code(self) -> None:
        self.log_in_with_password(self.editor)
        for url in ADMIN_PAGES:
            self.assert_sent_to(url, VERIFY)
        page = self.client.get(f"{VERIFY}?next=/admin/images/")
        self.assertContains(page, "Code de vérification")
        self.assertContains(page, 'autocomplete="one-time-code"')
        response = self.client.post(VERIFY, {"code": current_code(self.device), "next": "/admin/images/"})
        self.assertRedirects(response, "/admin/images/", fetch_redirect_response=False)
        for url in ADMIN_PAGES:
            self.assertEqual(self.client.get(url).status_code, 200, url)

    def test_a_wrong_code_is_refused_then_throttled(self) -> None:
        self.log_in_with_password(self.editor)
        response = self.client.post(VERIFY, {"code": wrong_code(self.device)})
        self.assertContains(response, "Ce code est incorrect ou a expiré.")
        # At once, even the right code waits: codes cannot be tried one after another.
        response = self.client.post(VERIFY, {"code": current_code(self.device)})
        self.assertContains(response, "Trop de codes incorrects à la suite")
        self.assert_sent_to("/admin/", VERIFY)
        a_minute_later(self.device)
        response = self.client.post(VERIFY, {"code": current_code(self.device)})
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)

    def test_a_code_is_accepted_once(self) -> None:
        self.log_in_with_password(self.editor)
        code = current_code(self.device)
        self.client.post(VERIFY, {"code": code})
        other = Client()
        self.log_in_with_password(self.editor, other)
        self.assertContains(other.post(VERIFY, {"code": code}), "Ce code est incorrect ou a expiré.")

    def test_the_next_page_stays_on_this_site(self) -> None:
        self.log_in_with_password(self.editor)
        response = self.client.post(VERIFY, {"code": current_code(self.device), "next": "https://ailleurs.example/"})
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)

    def test_logging_out_stays_open(self) -> None:
        self.log_in_with_password(self.editor)
        response = self.client.post(reverse("wagtailadmin_logout"))
        self.assertRedirects(response, reverse("wagtailadmin_login"), fetch_redirect_response=False)
        self.assertNotIn(SESSION_KEY, self.client.session)

    def test_public_pages_are_not_concerned(self) -> None:
        self.log_in_with_password(self.editor)
        response = self.client.get("/", HTTP_HOST="alpha.localhost")
        self.assertEqual(response.status_code, 200)


class TurningOffTests(TwoFactorTestCase):
    def setUp(self) -> None:
        self.device = confirmed_device_of(self.editor)
        self.log_in_with_password(self.editor)
        self.client.post(VERIFY, {"code": current_code(self.device)})
        a_minute_later(self.device)

    def test_the_account_shows_it_on_and_turns_it_off_with_a_current_code(self) -> None:
        page = self.client.get(SETUP)
        self.assertContains(page, "La double authentification est activée pour votre compte.")
        self.assertContains(page, f'action="{DISABLE}"')
        response = self.client.post(DISABLE, {"code": wrong_code(self.device)})
        self.assertContains(response, "Ce code est incorrect ou a expiré.")
        self.assertTrue(TOTPDevice.objects.filter(user=self.editor).exists())

        a_minute_later(self.device)
        response = self.client.post(DISABLE, {"code": current_code(self.device)}, follow=True)
        self.assertRedirects(response, SETUP)
        self.assertContains(response, "La double authentification est désactivée")
        self.assertFalse(TOTPDevice.objects.filter(user=self.editor, confirmed=True).exists())
        # The next login asks for the password only.
        other = Client()
        self.log_in_with_password(self.editor, other)
        self.assertEqual(other.get("/admin/").status_code, 200)


class ResetBySuperuserTests(TwoFactorTestCase):
    """A lost phone: a superuser removes the device from « Connexions bloquées »."""

    def setUp(self) -> None:
        self.device = confirmed_device_of(self.editor)
        self.reset_url = reverse("accounts_reset_two_factor", args=[self.editor.pk])

    def test_a_superuser_resets_a_device(self) -> None:
        self.client.force_login(SuperuserFactory())
        page = self.client.get(BLOCKED_LOGINS)
        self.assertContains(page, "editeur-alpha")
        self.assertContains(page, f'action="{self.reset_url}"')
        response = self.client.post(self.reset_url, follow=True)
        self.assertContains(response, "Double authentification de « editeur-alpha » réinitialisée")
        self.assertFalse(TOTPDevice.objects.filter(user=self.editor).exists())
        other = Client()
        self.log_in_with_password(self.editor, other)
        self.assertEqual(other.get("/admin/").status_code, 200)

    def test_territory_staff_cannot_reset_anyone(self) -> None:
        colleague = UserFactory.editor_of(self.territory)
        self.client.force_login(colleague)
        response = self.client.post(self.reset_url)
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)  # Wagtail's refusal
        self.assertTrue(TOTPDevice.objects.filter(user=self.editor, confirmed=True).exists())

    def test_an_unknown_account_is_a_404(self) -> None:
        self.client.force_login(SuperuserFactory())
        self.assertEqual(self.client.post(reverse("accounts_reset_two_factor", args=[999_999])).status_code, 404)
