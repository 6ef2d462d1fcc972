"""Media on S3-compatible object storage, against a real S3 server on loopback (moto's)."""

import io
import os
import subprocess
import sys
import time
import urllib.request
from unittest import mock

import boto3
from django.core.files.base import ContentFile
from django.test import TestCase, override_settings
from PIL import Image as PillowImage
from storages.backends.s3 import S3Storage

from settings.object_storage import PRIVATE_PREFIX, PUBLIC_PREFIX, RENDITIONS, media_storages, rendition_storage
from tests.factories import ImageFactory, make_territory
from tests.faults import closed_port, service_answers
from tests.test_settings import PRODUCTION_ENV, settings_as_json

BUCKET = "metrecarre-medias"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "essai", "AWS_SECRET_ACCESS_KEY": "essai-secret", "AWS_DEFAULT_REGION": "us-east-1"}


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (320, 200), (31, 95, 139)).save(buffer, "PNG")
    return buffer.getvalue()


class ObjectStorageSettingsTests(TestCase):
    def test_local_disk_without_a_bucket(self):
        storages = media_storages({})
        self.assertEqual(storages, {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}})
        self.assertIsNone(rendition_storage(storages))

    def test_production_puts_originals_and_renditions_apart(self):
        env = {**PRODUCTION_ENV, "AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_ENDPOINT_URL": "https://s3.example.fr"}
        storages, alias = settings_as_json(
            "settings.production", env, "[settings.STORAGES, settings.WAGTAILIMAGES_RENDITION_STORAGE]"
        )
        self.assertEqual(alias, RENDITIONS)
        private, public = storages["default"]["OPTIONS"], storages[RENDITIONS]["OPTIONS"]
        self.assertEqual((private["location"], private["querystring_auth"]), (PRIVATE_PREFIX, True))
        self.assertEqual((public["location"], public["querystring_auth"]), (PUBLIC_PREFIX, False))
        self.assertEqual(private["endpoint_url"], "https://s3.example.fr")
        self.assertEqual(storages["staticfiles"]["BACKEND"], "whitenoise.storage.CompressedManifestStaticFilesStorage")


class S3ServerTestCase(TestCase):
    """moto's S3 server in its own process on a free loopback port, with an empty bucket per test."""

    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        cls.port = closed_port()
        cls.endpoint = f"http://127.0.0.1:{cls.port}"
        cls.server = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(cls.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        cls.addClassCleanup(cls.server.wait, timeout=10)
        cls.addClassCleanup(cls.server.terminate)
        deadline = time.monotonic() + 30
        while not service_answers("127.0.0.1", cls.port):
            if time.monotonic() > deadline or cls.server.poll() is not None:
                raise RuntimeError("Le serveur S3 de moto n'a pas démarré.")
            time.sleep(0.1)
        environ = mock.patch.dict(os.environ, CREDENTIALS)
        environ.start()
        cls.addClassCleanup(environ.stop)
        cls.storages = media_storages({"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_ENDPOINT_URL": cls.endpoint})

    def setUp(self) -> None:
        self.s3 = boto3.client("s3", endpoint_url=self.endpoint)
        self.s3.create_bucket(Bucket=BUCKET)
        self.addCleanup(self.empty_bucket)

    def empty_bucket(self) -> None:
        for item in self.s3.list_objects_v2(Bucket=BUCKET).get("Contents", []):
            self.s3.delete_object(Bucket=BUCKET, Key=item["Key"])
        self.s3.delete_bucket(Bucket=BUCKET)

    def keys(self) -> set[str]:
        return {item["Key"] for item in self.s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])}

    def storage(self, alias: str) -> S3Storage:
        return S3Storage(**self.storages[alias]["OPTIONS"])


class RoundTripTests(S3ServerTestCase):
    def test_a_private_file_is_stored_read_back_and_reached_only_by_a_signed_address(self):
        private = self.storage("default")
        name = private.save("documents/compte-rendu.txt", ContentFile("Réunion du conseil".encode()))
        self.assertEqual(self.keys(), {f"{PRIVATE_PREFIX}/{name}"})
        with private.open(name) as stored:
            self.assertEqual(stored.read().decode(), "Réunion du conseil")
        url = private.url(name)
        self.assertIn("X-Amz-Signature=", url)  # expires: never written into a cached page
        with urllib.request.urlopen(url) as response:  # noqa: S310 - loopback
            self.assertEqual(response.read().decode(), "Réunion du conseil")
        private.delete(name)
        self.assertEqual(self.keys(), set())

    def test_an_upload_never_replaces_a_file_of_the_same_name(self):
        private = self.storage("default")
        first = private.save("images/lac.png", ContentFile(b"un"))
        second = private.save("images/lac.png", ContentFile(b"deux"))
        self.assertNotEqual(first, second)
        self.assertEqual(len(self.keys()), 2)

    def test_a_rendition_has_a_stable_public_address_cached_for_a_year(self):
        public = self.storage(RENDITIONS)
        name = public.save("images/lac.fill-80x80.png", ContentFile(png_bytes()))
        url = public.url(name)
        self.assertEqual(url, f"{self.endpoint}/{BUCKET}/{PUBLIC_PREFIX}/{name}")
        head = self.s3.head_object(Bucket=BUCKET, Key=f"{PUBLIC_PREFIX}/{name}")
        self.assertEqual(head["CacheControl"], "public, max-age=31536000, immutable")
        self.assertEqual(head["ContentType"], "image/png")


class WagtailImagesTests(S3ServerTestCase):
    def test_an_image_its_renditions_and_their_deletion_go_through_the_bucket(self):
        territory = make_territory("alpha", "Alpha")
        storages = {**self.storages, "staticfiles": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
        with override_settings(STORAGES=storages):
            image = ImageFactory.in_territory(territory)
            original = f"{PRIVATE_PREFIX}/{image.file.name}"
            self.assertIn(original, self.keys())
            rendition = image.get_rendition("fill-80x80|format-webp")  # read from the bucket, written back
            self.assertEqual((rendition.width, rendition.height), (80, 80))
            self.assertIn(f"{PRIVATE_PREFIX}/{rendition.file.name}", self.keys())
            with self.captureOnCommitCallbacks(execute=True):
                image.delete()
            self.assertEqual(self.keys(), set())
