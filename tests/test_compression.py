"""Weight: pages compressed with gzip when the browser accepts it, images and documents left as they are, and
static files precompressed in brotli and gzip by collectstatic and served so by WhiteNoise."""

import gzip
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.test import TestCase

from tests.factories import DocumentFactory, ImageFactory, make_territory
from tests.test_settings import PRODUCTION_ENV

HOST = "xaintrie.localhost"


class PageCompressionTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("xaintrie", "La Xaintrie")
        cls.rendition = ImageFactory.in_territory(cls.territory).get_rendition("fill-120x80|format-webp")
        cls.document = DocumentFactory.in_territory(
            cls.territory, file=ContentFile(b"%PDF-1.4\n" + b"0" * 4000 + b"\n%%EOF\n", name="guide.pdf")
        )

    def test_html_is_gzipped_for_a_browser_that_accepts_it(self):
        plain = self.client.get("/", HTTP_HOST=HOST)
        packed = self.client.get("/", HTTP_HOST=HOST, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        self.assertEqual(packed["Content-Encoding"], "gzip")
        self.assertIn("Accept-Encoding", packed["Vary"])
        html = gzip.decompress(packed.content).decode()
        self.assertIn("<title>La Xaintrie</title>", html)
        self.assertLess(len(packed.content), len(plain.content) * 0.4)  # HTML shrinks by two thirds or more
        self.assertNotIn("Content-Encoding", plain)

    def test_feeds_are_text_too(self):
        response = self.client.get("/sitemap.xml", HTTP_HOST=HOST, HTTP_ACCEPT_ENCODING="gzip")
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertIn(b"<urlset", gzip.decompress(response.content))

    def test_images_and_documents_are_not_compressed_again(self):
        """(Nor sent with Wagtail's `Content-Encoding: None`: see brands/public/compression.py.)"""
        for url in [self.rendition.url, self.document.url]:
            with self.subTest(url):
                response = self.client.get(url, HTTP_HOST=HOST, HTTP_ACCEPT_ENCODING="gzip")
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("Content-Encoding", response)


class StaticFilesCompressionTests(TestCase):
    """collectstatic under the production settings, then WhiteNoise in a fresh process."""

    def test_brotli_and_gzip_beside_each_file_and_served_by_encoding(self):
        with tempfile.TemporaryDirectory() as static_root:
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "settings.production",
                **PRODUCTION_ENV,
                "ALLOWED_HOSTS": "localhost",
                "STATIC_ROOT": static_root,
                "SECURE_SSL_REDIRECT": "0",
            }
            env.pop("DATABASE_URL", None)
            run = {"env": env, "cwd": settings.BASE_DIR, "capture_output": True, "text": True, "timeout": 300}
            collected = subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], **run)
            self.assertEqual(collected.returncode, 0, collected.stderr)
            css = Path(static_root) / "brands" / "css"
            hashed = next(path for path in css.glob("base.*.css") if path.name.count(".") == 2)
            for suffix in [".br", ".gz"]:
                compressed = hashed.with_name(hashed.name + suffix)
                self.assertTrue(compressed.exists(), compressed.name)
                self.assertLess(compressed.stat().st_size, hashed.stat().st_size / 3)
            code = (
                "import django; django.setup()\n"
                "from django.test import Client\n"
                f"url = '/static/brands/css/{hashed.name}'\n"
                "for encoding in ['br, gzip', 'gzip', '']:\n"
                "    response = Client().get(url, HTTP_HOST='localhost', HTTP_ACCEPT_ENCODING=encoding)\n"
                "    print(response.status_code, response.get('Content-Encoding', '-'), response['Cache-Control'])\n"
            )
            served = subprocess.run([sys.executable, "-c", code], **run)
        self.assertEqual(served.returncode, 0, served.stderr)
        lines = served.stdout.strip().splitlines()[-3:]
        forever = "max-age=315360000, public, immutable"
        self.assertEqual(lines, [f"200 br {forever}", f"200 gzip {forever}", f"200 - {forever}"])
