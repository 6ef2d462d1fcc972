"""HTTP hardening, read from the responses: the headers of a public page, an admin page, a preview and a
document; inline styles only with the request's nonce; cookies; `check --deploy` clean on the production
settings; media served per host and renditions cached for long."""

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from django.utils.http import http_date

from brands.core.provisioning import ensure_portal
from tests.factories import DocumentFactory, ImageFactory, SuperuserFactory, UserFactory, make_territory
from tests.test_settings import PRODUCTION_ENV

SIX_MONTHS = 182 * 24 * 3600
INLINE_TAG = re.compile(r"<(style|script)\b([^>]*)>", re.IGNORECASE)


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


class PublicPageHeadersTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("xaintrie", "La Xaintrie")
        ensure_portal()

    def get(self, path: str = "/", host: str = "xaintrie.localhost"):
        response = self.client.get(path, HTTP_HOST=host, secure=True)
        self.assertEqual(response.status_code, 200, path)
        return response

    def test_content_security_policy_without_unsafe_scripts_and_nonced_styles(self):
        response = self.get()
        policy = directives(response["Content-Security-Policy"])
        self.assertEqual(policy["script-src"], ["'self'"])
        self.assertEqual(policy["object-src"], ["'none'"])
        self.assertEqual(policy["frame-ancestors"], ["'none'"])
        self.assertNotIn("'unsafe-inline'", response["Content-Security-Policy"])
        self.assertNotIn("'unsafe-eval'", response["Content-Security-Policy"])
        nonce = re.fullmatch(r"'nonce-([A-Za-z0-9+/=]+)'", policy["style-src"][1]).group(1)
        html = response.content.decode()
        self.assertIn(f'<style nonce="{nonce}">', html)  # the palette and fonts
        self.assertNotIn(" style=", html)
        # A fresh nonce for each response.
        self.assertNotEqual(directives(self.get()["Content-Security-Policy"])["style-src"][1], policy["style-src"][1])

    def test_every_inline_style_and_script_of_public_pages_carries_the_nonce(self):
        for host in ["xaintrie.localhost", "localhost"]:  # a territory's home and the portal
            with self.subTest(host):
                response = self.get("/", host)
                nonce = directives(response["Content-Security-Policy"])["style-src"][1][len("'nonce-") : -1]
                html = response.content.decode()
                self.assertNotIn(" style=", html)
                for tag, attributes in INLINE_TAG.findall(html):
                    if "src=" in attributes or 'type="application/ld+json"' in attributes:
                        continue  # a file of ours, or data that is never run
                    self.assertIn(f'nonce="{nonce}"', attributes, f"<{tag}{attributes}>")

    def test_frames_only_of_the_embed_players_the_script_builds(self):
        script = (settings.BASE_DIR / "brands/static/brands/js/embeds.js").read_text()
        built_hosts = set(re.findall(r'"(https://[a-z0-9.-]+)/', script))
        self.assertEqual(built_hosts, set(settings.EMBED_PLAYER_HOSTS))
        frame_src = directives(self.get()["Content-Security-Policy"])["frame-src"]
        self.assertEqual(set(frame_src), built_hosts)

    def test_transport_framing_referrer_and_features(self):
        response = self.get()
        hsts = response["Strict-Transport-Security"]
        self.assertGreaterEqual(int(re.search(r"max-age=(\d+)", hsts).group(1)), SIX_MONTHS)
        self.assertIn("includeSubDomains", hsts)
        self.assertEqual(response["X-Frame-Options"], "DENY")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Referrer-Policy"], "same-origin")
        self.assertEqual(response["Cross-Origin-Opener-Policy"], "same-origin")
        for feature in ["camera=()", "microphone=()", "geolocation=()", "payment=()"]:
            self.assertIn(feature, response["Permissions-Policy"])

    def test_no_hsts_over_plain_http(self):
        response = self.client.get("/", HTTP_HOST="xaintrie.localhost")
        self.assertNotIn("Strict-Transport-Security", response)

    def test_error_pages_style_through_a_file_or_the_nonce(self):
        response = self.client.get("/", HTTP_HOST="xaintrie.localhost:notaport")  # a 400 without the request
        self.assertEqual(response.status_code, 400)
        self.assertNotIn("<style", response.content.decode())
        self.assertIn("brands/css/error.css", response.content.decode())


class AdminHeadersTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("xaintrie", "La Xaintrie")
        cls.superuser = SuperuserFactory()

    def setUp(self) -> None:
        self.client.force_login(self.superuser)

    def test_admin_policy_lets_wagtail_run_and_only_the_admin_frame_it(self):
        response = self.client.get(reverse("wagtailadmin_home"), HTTP_HOST="xaintrie.localhost", secure=True)
        self.assertEqual(response.status_code, 200)
        policy = directives(response["Content-Security-Policy"])
        self.assertEqual(policy["frame-ancestors"], ["'self'"])
        self.assertEqual(policy["object-src"], ["'none'"])
        self.assertIn("'unsafe-inline'", policy["script-src"])  # Wagtail's own inline scripts
        self.assertNotIn("nonce", response["Content-Security-Policy"])  # a nonce would disable 'unsafe-inline'
        self.assertEqual(response["X-Frame-Options"], "DENY")
        self.assertIn("Strict-Transport-Security", response)
        self.assertIn("camera=()", response["Permissions-Policy"])

    def test_previews_may_be_framed_by_the_admin_itself(self):
        home = self.territory.site.root_page
        for url in [
            reverse("wagtailadmin_pages:preview_on_edit", args=[home.pk]),
            reverse("brands_theme_preview", args=[self.territory.site.pk]),
        ]:
            with self.subTest(url):
                response = self.client.get(url, HTTP_HOST="xaintrie.localhost")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["X-Frame-Options"], "SAMEORIGIN")
                self.assertEqual(directives(response["Content-Security-Policy"])["frame-ancestors"], ["'self'"])

    def test_csrf_and_session_cookies_are_http_only(self):
        self.client.logout()
        response = self.client.get(reverse("wagtailadmin_login"), HTTP_HOST="xaintrie.localhost")
        self.assertTrue(response.cookies["csrftoken"]["httponly"])
        self.assertTrue(settings.SESSION_COOKIE_HTTPONLY)
        self.assertTrue(settings.LANGUAGE_COOKIE_HTTPONLY)


class DocumentsPerHostTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.xaintrie = make_territory("xaintrie", "La Xaintrie")
        cls.maurienne = make_territory("maurienne", "Maurienne")
        ensure_portal()
        cls.pdf = DocumentFactory.in_territory(
            cls.xaintrie, title="Guide", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="guide.pdf")
        )
        cls.sheet = DocumentFactory.in_territory(
            cls.xaintrie, title="Tableau", file=ContentFile(b"a;b\n1;2\n", name="tableau.csv")
        )
        cls.network = DocumentFactory(title="Charte", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="charte.pdf"))

    def get(self, document, host: str):
        return self.client.get(document.url, HTTP_HOST=host, secure=True)

    def test_served_on_its_territory_s_host_with_wagtail_s_protections(self):
        response = self.get(self.pdf, "xaintrie.localhost")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(b"".join(response.streaming_content), b"%PDF-1.4\n%%EOF\n")
        self.assertEqual(response["Content-Type"], "application/pdf")
        self.assertTrue(response["Content-Disposition"].startswith("inline"))
        self.assertEqual(response["Content-Security-Policy"], "default-src 'none'")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertIn("Strict-Transport-Security", response)
        sheet = self.get(self.sheet, "xaintrie.localhost")
        self.assertTrue(sheet["Content-Disposition"].startswith("attachment"))

    def test_not_on_another_territory_s_host_nor_on_the_portal(self):
        for host in ["maurienne.localhost", "localhost"]:
            with self.subTest(host):
                self.assertEqual(self.get(self.pdf, host).status_code, 404)

    def test_the_network_s_own_documents_everywhere(self):
        for host in ["maurienne.localhost", "xaintrie.localhost", "localhost"]:
            with self.subTest(host):
                self.assertEqual(self.get(self.network, host).status_code, 200)

    def test_staff_who_manage_it_open_it_from_the_admin_on_any_host(self):
        self.client.force_login(SuperuserFactory())
        self.assertEqual(self.get(self.pdf, "localhost").status_code, 200)
        self.client.force_login(UserFactory.editor_of(self.maurienne))
        self.assertEqual(self.get(self.pdf, "localhost").status_code, 404)
        self.client.force_login(UserFactory.editor_of(self.xaintrie))
        self.assertEqual(self.get(self.pdf, "localhost").status_code, 200)

    def test_document_files_are_never_served_from_media(self):
        response = self.client.get(f"/media/{self.pdf.file.name}", HTTP_HOST="xaintrie.localhost")
        self.assertEqual(response.status_code, 404)


class RenditionServingTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("xaintrie", "La Xaintrie")
        cls.image = ImageFactory.in_territory(cls.territory)
        cls.rendition = cls.image.get_rendition("fill-120x80|format-webp")

    def test_a_rendition_is_served_with_a_year_of_caching_and_conditional_get(self):
        response = self.client.get(self.rendition.url, HTTP_HOST="xaintrie.localhost")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "image/webp")
        self.assertEqual(response["Cache-Control"], "public, max-age=31536000, immutable")
        self.assertEqual(int(response["Content-Length"]), self.rendition.file.size)
        self.assertEqual(b"".join(response.streaming_content)[:4], b"RIFF")
        later = http_date((datetime.now(UTC) + timedelta(days=1)).timestamp())
        again = self.client.get(self.rendition.url, HTTP_HOST="xaintrie.localhost", HTTP_IF_MODIFIED_SINCE=later)
        self.assertEqual(again.status_code, 304)

    def test_originals_traversal_and_other_files_are_not_served(self):
        original = f"/media/{self.image.file.name}"
        for path in [
            original,
            f"/media/images/../{self.image.file.name}",
            "/media/images/%2e%2e/" + self.image.file.name,
            "/media/images/absent.webp",
            "/media/images/notes.txt",
        ]:
            with self.subTest(path):
                self.assertEqual(self.client.get(path, HTTP_HOST="xaintrie.localhost").status_code, 404)
        self.assertEqual(self.client.post(self.rendition.url, HTTP_HOST="xaintrie.localhost").status_code, 405)


class DeployCheckTests(TestCase):
    def test_check_deploy_passes_without_a_warning_on_the_production_settings(self):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "settings.production",
            **PRODUCTION_ENV,
        }
        result = subprocess.run(
            [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            env=env,
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.assertEqual(result.returncode, 0, result.stderr + result.stdout)
        self.assertIn("System check identified no issues", result.stdout)
