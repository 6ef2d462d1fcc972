"""The admin login is throttled (django-axes): too many wrong passwords lock the account, and the address.

Each case goes through the real login form, as someone trying passwords would, and checks what they see
(the 429 page, in French, the same for every account) and what the database then holds.
"""

import io
import os
import re
from datetime import timedelta
from unittest import mock

from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.core.management import call_command
from django.db.models import F
from django.test import Client, SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from accounts.client_address import login_client_ip
from accounts.lockouts import current_lockouts
from tests.factories import PASSWORD, SuperuserFactory, UserFactory, make_territory
from tests.test_settings import PRODUCTION_ENV, settings_as_json

LOGIN = reverse("wagtailadmin_login")
BLOCKED = "Connexion temporairement bloquée"
ADDRESS_A, ADDRESS_B, ADDRESS_C = "203.0.113.5", "203.0.113.6", "203.0.113.7"


def without_csrf_token(response) -> str:
    """The page without the admin's per-response CSRF token (in its configuration JSON)."""
    return re.sub(r'"CSRF_TOKEN": "[^"]*"', "", response.content.decode())


class LoginMixin:
    def log_in(self, username: str, password: str, address: str = ADDRESS_A, client: Client | None = None, **headers):
        return (client or self.client).post(
            LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address, **headers
        )

    def fail_logins(self, username: str, times: int, address: str = ADDRESS_A, **headers) -> None:
        for n in range(times):
            response = self.log_in(username, "pas-le-bon", address, **headers)
            self.assertIn(response.status_code, (200, 429), n)

    def assert_locked(self, response) -> None:
        self.assertContains(response, BLOCKED, status_code=429)
        self.assertContains(response, "Vous pourrez réessayer dans 15 minutes.", status_code=429)
        self.assertContains(response, "contactez un administrateur", status_code=429)
        self.assertNotIn(SESSION_KEY, self.client.session)

    def assert_logged_in(self, response) -> None:
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        self.assertIn(SESSION_KEY, self.client.session)


@override_settings(AXES_FAILURE_LIMIT=5, AXES_COOLOFF_TIME=timedelta(minutes=15), CONTACT_TRUSTED_PROXIES=0)
class ThrottlingTests(LoginMixin, TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.camille = UserFactory(username="camille")
        cls.dominique = UserFactory(username="dominique")
        cls.sacha = UserFactory(username="sacha")

    def test_four_failures_still_let_the_right_password_in(self) -> None:
        self.fail_logins("camille", 4)
        self.assert_logged_in(self.log_in("camille", PASSWORD))

    def test_five_failures_lock_the_account_whatever_the_address(self) -> None:
        self.fail_logins("camille", 3, ADDRESS_A)
        self.fail_logins("camille", 1, ADDRESS_B)
        self.assertEqual(self.log_in("camille", "pas-le-bon", ADDRESS_B).status_code, 429)  # the fifth locks
        response = self.log_in("camille", PASSWORD, ADDRESS_C)  # a third address, never used
        self.assert_locked(response)
        self.assertEqual(response["Retry-After"], "900")
        # The addresses themselves are not locked: another account logs in from them.
        self.assert_logged_in(self.log_in("dominique", PASSWORD, ADDRESS_A))

    def test_five_failures_lock_the_address_whatever_the_account(self) -> None:
        self.fail_logins("camille", 3)
        self.fail_logins("dominique", 2)
        self.assert_locked(self.log_in("sacha", PASSWORD, ADDRESS_A))
        self.assert_logged_in(self.log_in("sacha", PASSWORD, ADDRESS_B))

    def test_an_unknown_account_gets_the_same_page(self) -> None:
        self.fail_logins("camille", 5, ADDRESS_A)
        self.fail_logins("personne-de-ce-nom", 5, ADDRESS_B)
        existing = self.log_in("camille", PASSWORD, ADDRESS_C)
        unknown = self.log_in("personne-de-ce-nom", PASSWORD, ADDRESS_C)
        self.assertEqual(existing.status_code, 429)
        self.assertEqual(without_csrf_token(unknown), without_csrf_token(existing))
        self.assertNotContains(existing, "camille", status_code=429)

    def test_a_success_resets_the_count(self) -> None:
        self.fail_logins("camille", 4)
        self.assert_logged_in(self.log_in("camille", PASSWORD))
        self.client.post(reverse("wagtailadmin_logout"))
        self.fail_logins("camille", 4)
        self.assert_logged_in(self.log_in("camille", PASSWORD))

    def test_a_try_during_the_lockout_does_not_push_it_back(self) -> None:
        self.fail_logins("camille", 5)
        AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=10))
        self.fail_logins("camille", 3)
        response = self.log_in("camille", PASSWORD)
        self.assertContains(response, "Vous pourrez réessayer dans 5 minutes.", status_code=429)

    def test_the_lockout_ends_after_the_cool_off(self) -> None:
        self.fail_logins("camille", 5)
        self.assertEqual(self.log_in("camille", PASSWORD).status_code, 429)
        AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=15, seconds=1))
        self.assert_logged_in(self.log_in("camille", PASSWORD))

    def test_the_test_client_login_and_force_login_still_work(self) -> None:
        self.assertTrue(self.client.login(username="camille", password=PASSWORD))
        self.assertEqual(self.client.get("/admin/").status_code, 302)  # no admin access, but logged in
        self.client.force_login(self.dominique)
        self.assertEqual(int(self.client.session[SESSION_KEY]), self.dominique.pk)


@override_settings(AXES_FAILURE_LIMIT=5, AXES_COOLOFF_TIME=timedelta(minutes=15))
class ClientAddressTests(LoginMixin, TestCase):
    """The address is read as the contact forms read it: X-Forwarded-For only behind trusted proxies."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.camille = UserFactory(username="camille")

    @override_settings(CONTACT_TRUSTED_PROXIES=0)
    def test_without_trusted_proxies_a_forged_header_changes_nothing(self) -> None:
        for n in range(5):
            self.log_in(f"compte-{n}", "pas-le-bon", ADDRESS_A, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
        response = self.log_in("camille", PASSWORD, ADDRESS_A, HTTP_X_FORWARDED_FOR="198.51.100.99")
        self.assert_locked(response)

    @override_settings(CONTACT_TRUSTED_PROXIES=1)
    def test_behind_a_trusted_proxy_the_address_it_saw_counts(self) -> None:
        proxy = "10.0.0.1"
        for n in range(5):
            self.log_in(f"compte-{n}", "pas-le-bon", proxy, HTTP_X_FORWARDED_FOR=f"1.2.3.{n}, {ADDRESS_A}")
        self.assertEqual(set(AccessAttempt.objects.values_list("ip_address", flat=True)), {ADDRESS_A})
        self.assert_locked(self.log_in("camille", PASSWORD, proxy, HTTP_X_FORWARDED_FOR=ADDRESS_A))
        self.assert_logged_in(self.log_in("camille", PASSWORD, proxy, HTTP_X_FORWARDED_FOR=ADDRESS_B))

    @override_settings(CONTACT_TRUSTED_PROXIES=2)
    def test_a_header_that_is_no_address_is_no_error(self) -> None:
        headers = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "n'importe quoi, 10.0.0.2"}
        self.assertIsNone(login_client_ip(mock.Mock(META=headers)))
        response = self.log_in("camille", "pas-le-bon", "10.0.0.1", HTTP_X_FORWARDED_FOR="n'importe quoi, 10.0.0.2")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(AccessAttempt.objects.get().ip_address, None)


@override_settings(AXES_FAILURE_LIMIT=5, AXES_COOLOFF_TIME=timedelta(minutes=15), CONTACT_TRUSTED_PROXIES=0)
class LockoutAdminTests(LoginMixin, TestCase):
    """« Connexions bloquées »: superusers see the lockouts and lift them; territory staff never see it."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.camille = UserFactory(username="camille")
        cls.superuser = SuperuserFactory(username="admin-reseau")
        cls.editor = UserFactory.editor_of(make_territory("alpha"), username="editeur-alpha")
        cls.url = reverse("accounts_blocked_logins")
        cls.unlock_url = reverse("accounts_unlock")

    def admin_client(self, user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    def test_the_superuser_lifts_an_account_lockout(self) -> None:
        self.fail_logins("camille", 5, ADDRESS_A)
        admin = self.admin_client(self.superuser)
        page = admin.get(self.url)
        self.assertContains(page, "Connexions bloquées")
        self.assertContains(page, "Le compte « camille »")
        self.assertContains(page, ADDRESS_A)
        self.assertContains(page, "Débloquer")
        self.assertContains(page, "axes_reset_username")
        response = admin.post(self.unlock_url, {"username": "camille"}, follow=True)
        self.assertRedirects(response, self.url)
        self.assertContains(response, "Blocage levé : le compte « camille » peut se connecter à nouveau.")
        self.assertContains(response, "Aucun compte ni aucune adresse n’est bloqué en ce moment.")
        self.assertFalse(AccessAttempt.objects.filter(username="camille").exists())
        self.assert_logged_in(self.log_in("camille", PASSWORD, ADDRESS_B))

    def test_the_superuser_lifts_an_address_lockout(self) -> None:
        self.fail_logins("camille", 3, ADDRESS_A)
        self.fail_logins("quelqu-un", 2, ADDRESS_A)
        admin = self.admin_client(self.superuser)
        self.assertContains(admin.get(self.url), f"L’adresse {ADDRESS_A}")
        admin.post(self.unlock_url, {"ip_address": ADDRESS_A})
        self.assertFalse(AccessAttempt.objects.exists())
        self.assert_logged_in(self.log_in("camille", PASSWORD, ADDRESS_A))

    def test_the_command_line_lifts_them_too(self) -> None:
        self.fail_logins("camille", 3, ADDRESS_A)
        self.fail_logins("camille", 2, ADDRESS_B)
        self.fail_logins("quelqu-un", 5, ADDRESS_C)
        self.assertEqual(len(current_lockouts()), 3)  # camille, and address C (with its account)
        call_command("axes_reset_username", "camille", stdout=io.StringIO())
        self.assert_logged_in(self.log_in("camille", PASSWORD, ADDRESS_A))
        self.assertEqual(self.log_in("camille", PASSWORD, ADDRESS_C).status_code, 429)
        call_command("axes_reset_ip", ADDRESS_C, stdout=io.StringIO())
        self.assertEqual(current_lockouts(), [])

    def test_bad_unlock_requests_get_a_french_message_and_change_nothing(self) -> None:
        self.fail_logins("camille", 5)
        admin = self.admin_client(self.superuser)
        for data, message in [
            ({}, "Indiquez le compte ou l’adresse à débloquer."),
            ({"ip_address": "999.1.1.1"}, "Adresse IP invalide."),
            ({"username": "x" * 300}, "255"),
        ]:
            with self.subTest(data=data):
                response = admin.post(self.unlock_url, data, follow=True)
                self.assertContains(response, message)
        self.assertContains(admin.post(self.unlock_url, {"username": "inconnu"}, follow=True), "Aucun blocage en cours")
        self.assertEqual(AccessAttempt.objects.get().failures_since_start, 5)
        self.assertEqual(admin.get(self.unlock_url).status_code, 405)

    def test_territory_staff_neither_see_nor_lift_lockouts(self) -> None:
        self.fail_logins("camille", 5)
        editor = self.admin_client(self.editor)
        for response in [editor.get(self.url), editor.post(self.unlock_url, {"username": "camille"})]:
            self.assertRedirects(response, "/admin/", fetch_redirect_response=False)  # Wagtail's refusal
        self.assertEqual(AccessAttempt.objects.get().failures_since_start, 5)
        self.assertNotContains(editor.get("/admin/"), self.url)
        self.assertContains(self.admin_client(self.superuser).get("/admin/"), self.url)
        self.assertEqual(Client().get(self.url).status_code, 302)  # anonymous: to the login


@override_settings(AXES_FAILURE_LIMIT=5, AXES_COOLOFF_TIME=timedelta(minutes=15))
class CurrentLockoutsTests(TestCase):
    """Until when a lockout holds, from axes' rows: one per account, address and browser."""

    def attempt(self, username: str, address: str, failures: int, minutes_ago: int, agent: str = "navigateur"):
        attempt = AccessAttempt.objects.create(
            username=username, ip_address=address, user_agent=agent, failures_since_start=failures
        )
        AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=self.now - timedelta(minutes=minutes_ago))

    def setUp(self) -> None:
        self.now = timezone.now()

    def test_failures_from_several_rows_add_up_until_the_limit_leaves_the_cool_off(self) -> None:
        self.attempt("camille", ADDRESS_A, 3, minutes_ago=10)
        self.attempt("camille", ADDRESS_B, 2, minutes_ago=2)
        (lockout,) = current_lockouts()
        self.assertEqual(lockout.criteria, {"username": "camille"})
        self.assertEqual(lockout.addresses, [ADDRESS_A, ADDRESS_B])
        self.assertEqual(lockout.failures, 5)
        self.assertAlmostEqual(lockout.since, self.now - timedelta(minutes=2), delta=timedelta(seconds=1))
        self.assertAlmostEqual(lockout.until, self.now + timedelta(minutes=5), delta=timedelta(seconds=1))

    def test_failures_past_the_cool_off_no_longer_count(self) -> None:
        self.attempt("camille", ADDRESS_A, 3, minutes_ago=16)
        self.attempt("camille", ADDRESS_B, 4, minutes_ago=2)
        self.assertEqual(current_lockouts(), [])

    def test_an_address_trying_several_accounts(self) -> None:
        self.attempt("camille", ADDRESS_A, 2, minutes_ago=3)
        self.attempt("dominique", ADDRESS_A, 2, minutes_ago=2)
        self.attempt("sacha", ADDRESS_A, 1, minutes_ago=1, agent="autre navigateur")
        (lockout,) = current_lockouts()
        self.assertEqual(lockout.criteria, {"ip_address": ADDRESS_A})
        self.assertEqual(lockout.usernames, ["camille", "dominique", "sacha"])
        self.assertAlmostEqual(lockout.until, self.now + timedelta(minutes=12), delta=timedelta(seconds=1))


class LoginProtectionSettingsTests(SimpleTestCase):
    """The limits come from the environment; production asks superusers for their second factor."""

    OWN_VARIABLES = ("AXES_FAILURE_LIMIT", "AXES_COOLOFF_MINUTES", "OTP_REQUIRED_FOR_SUPERUSERS")
    EXPRESSION = (
        "[settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME.total_seconds(), settings.OTP_REQUIRED_FOR_SUPERUSERS,"
        " settings.AUTHENTICATION_BACKENDS[0], settings.MIDDLEWARE[-1]]"
    )

    def read(self, module: str, env: dict[str, str]) -> list:
        without_ours = {name: value for name, value in os.environ.items() if name not in self.OWN_VARIABLES}
        with mock.patch.dict(os.environ, without_ours, clear=True):
            return settings_as_json(module, env, self.EXPRESSION)

    def test_defaults(self) -> None:
        backend, middleware = "axes.backends.AxesStandaloneBackend", "axes.middleware.AxesMiddleware"
        self.assertEqual(self.read("settings.dev", {}), [5, 900, False, backend, middleware])
        self.assertEqual(self.read("settings.production", PRODUCTION_ENV), [5, 900, True, backend, middleware])

    def test_from_the_environment(self) -> None:
        env = {"AXES_FAILURE_LIMIT": "8", "AXES_COOLOFF_MINUTES": "30", "OTP_REQUIRED_FOR_SUPERUSERS": "0"}
        self.assertEqual(self.read("settings.production", {**PRODUCTION_ENV, **env})[:3], [8, 1800, False])
        self.assertIs(self.read("settings.dev", {"OTP_REQUIRED_FOR_SUPERUSERS": "1"})[2], True)
