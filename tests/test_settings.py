"""The settings package: production refuses to start half-configured, and the environment drives the rest.

Each case imports the settings in a fresh interpreter with a controlled environment, because settings
are read once per process and the test run itself already uses settings.test.
"""

import json
import os
import subprocess
import sys
import tempfile
import uuid

from django.conf import settings
from django.test import SimpleTestCase

from settings.base import machine_translator
from tests.faults import service_answers

# Every variable the settings read; each case starts without any of them.
CONTROLLED_VARIABLES = {
    "ALLOWED_HOSTS",
    "CONN_MAX_AGE",
    "DATABASE_URL",
    "DEBUG",
    "DJANGO_SETTINGS_MODULE",
    "MEDIA_ROOT",
    "PAGE_CACHE_SECONDS",
    "REDIS_URL",
    "SECRET_KEY",
    "SECURE_COOKIES",
    "SITE_CHROME_SECONDS",
}
# A key check --deploy accepts (50 characters or more, varied): the deploy check runs with it too.
PRODUCTION_ENV = {
    "SECRET_KEY": "k" + "9f3Xq!7Lw@2Zr#8Vb$1Nm%4Tc^6Yh&0Ju*5Gd(3Ks)" * 2,
    "ALLOWED_HOSTS": "xaintrie.example.fr",
}
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379


def run_with_settings(module: str, env: dict[str, str], code: str = "") -> subprocess.CompletedProcess:
    """Run django.setup() with `module` in a new interpreter, then `code`; return the finished process."""
    script = f"import os; os.environ['DJANGO_SETTINGS_MODULE'] = {module!r}; import django; django.setup()\n{code}"
    clean_env = {name: value for name, value in os.environ.items() if name not in CONTROLLED_VARIABLES}
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def settings_as_json(module: str, env: dict[str, str], expression: str) -> dict:
    """Evaluate `expression` (using `settings`) under `module` and return its JSON-decoded value."""
    code = f"import json; from django.conf import settings; print(json.dumps({expression}))"
    process = run_with_settings(module, env, code)
    if process.returncode != 0:
        raise AssertionError(f"django.setup() a échoué avec {module} :\n{process.stderr}")
    return json.loads(process.stdout.strip().splitlines()[-1])


class ProductionSettingsTests(SimpleTestCase):
    def test_refuses_to_start_without_secret_key(self):
        process = run_with_settings("settings.production", {"ALLOWED_HOSTS": "xaintrie.example.fr"})
        self.assertNotEqual(process.returncode, 0)
        self.assertIn("ImproperlyConfigured", process.stderr)
        self.assertIn("La variable d'environnement SECRET_KEY est obligatoire en production.", process.stderr)

    def test_refuses_to_start_without_allowed_hosts(self):
        process = run_with_settings("settings.production", {"SECRET_KEY": PRODUCTION_ENV["SECRET_KEY"]})
        self.assertNotEqual(process.returncode, 0)
        self.assertIn("La variable d'environnement ALLOWED_HOSTS est obligatoire en production.", process.stderr)

    def test_blank_secret_key_counts_as_missing(self):
        process = run_with_settings("settings.production", {**PRODUCTION_ENV, "SECRET_KEY": "   "})
        self.assertNotEqual(process.returncode, 0)
        self.assertIn("SECRET_KEY est obligatoire", process.stderr)

    def test_starts_with_persistent_connections_and_hashed_static_files(self):
        values = settings_as_json(
            "settings.production",
            {**PRODUCTION_ENV, "DEBUG": "1"},
            "{'conn_max_age': settings.DATABASES['default']['CONN_MAX_AGE'],"
            " 'staticfiles': settings.STORAGES['staticfiles']['BACKEND'],"
            " 'allowed_hosts': settings.ALLOWED_HOSTS, 'debug': settings.DEBUG}",
        )
        self.assertGreater(values["conn_max_age"], 0)
        self.assertEqual(values["staticfiles"], "whitenoise.storage.CompressedManifestStaticFilesStorage")
        self.assertEqual(values["allowed_hosts"], ["xaintrie.example.fr"])
        self.assertIs(values["debug"], False, "DEBUG doit rester désactivé en production, même avec DEBUG=1.")


class DemoSettingsTests(SimpleTestCase):
    """`make demo` shows what production shows: DEBUG off, the branded 404, yet static and media served."""

    def test_debug_off_with_static_files_and_media_served(self):
        values = settings_as_json(
            "settings.demo", {}, "[settings.DEBUG, settings.SERVE_MEDIA, settings.WHITENOISE_USE_FINDERS]"
        )
        self.assertEqual(values, [False, True, True])

    def test_image_renditions_are_served_without_debug_and_originals_are_not(self):
        """(The branded 404 with DEBUG off is settings.test's, checked in test_languages.)"""
        code = (
            "from django.test import Client; from django.conf import settings; from pathlib import Path\n"
            "root = Path(settings.MEDIA_ROOT)\n"
            "(root / 'images').mkdir(); (root / 'images' / 'essai.fill-10x10.png').write_bytes(b'png')\n"
            "response = Client().get('/media/images/essai.fill-10x10.png', HTTP_HOST='localhost')\n"
            "print(response.status_code, response['Cache-Control'], b''.join(response.streaming_content).decode())"
        )
        with tempfile.TemporaryDirectory() as media:
            process = run_with_settings("settings.demo", {"MEDIA_ROOT": media}, code)
        self.assertEqual(process.returncode, 0, process.stderr)
        self.assertEqual(process.stdout.strip().splitlines()[-1], "200 public, max-age=31536000, immutable png")


class EnvironmentSettingsTests(SimpleTestCase):
    def test_database_defaults_to_sqlite_in_the_project_folder(self):
        database = settings_as_json("settings.dev", {}, "settings.DATABASES['default']")
        self.assertEqual(database["ENGINE"], "django.db.backends.sqlite3")
        self.assertEqual(database["NAME"], str(settings.BASE_DIR / "db.sqlite3"))

    def test_database_url_selects_postgresql(self):
        database = settings_as_json(
            "settings.dev",
            {"DATABASE_URL": "postgres://metrecarre@db.example.org:5433/metrecarre"},
            "settings.DATABASES['default']",
        )
        self.assertEqual(database["ENGINE"], "django.db.backends.postgresql")
        self.assertEqual((database["HOST"], database["PORT"], database["NAME"]), ("db.example.org", 5433, "metrecarre"))

    def test_cache_is_local_memory_without_redis_url(self):
        backend = settings_as_json("settings.dev", {}, "settings.CACHES['default']['BACKEND']")
        self.assertEqual(backend, "django.core.cache.backends.locmem.LocMemCache")

    def test_redis_url_switches_the_cache_to_redis(self):
        cache = settings_as_json(
            "settings.production",
            {**PRODUCTION_ENV, "REDIS_URL": "redis://cache.example.org:6379/1"},
            "settings.CACHES['default']",
        )
        self.assertEqual(cache["BACKEND"], "brands.core.resilient_cache.ResilientRedisCache")
        self.assertEqual(cache["LOCATION"], "redis://cache.example.org:6379/1")
        # Short timeouts: a Redis that hangs costs a page a quarter of a second once, not the page.
        self.assertEqual((cache["OPTIONS"]["socket_connect_timeout"], cache["OPTIONS"]["socket_timeout"]), (0.25, 0.25))

    def test_page_cache_chrome_cache_and_sessions_follow_redis(self):
        expression = "[settings.PAGE_CACHE_SECONDS, settings.SITE_CHROME_SECONDS, settings.SESSION_ENGINE]"
        shared = settings_as_json(
            "settings.production", {**PRODUCTION_ENV, "REDIS_URL": "redis://cache.example.org:6379/1"}, expression
        )
        self.assertEqual(shared, [600, 21600, "django.contrib.sessions.backends.cached_db"])
        # Without a cache every worker shares, a publish could not reach the others: both caches stay off.
        self.assertEqual(
            settings_as_json("settings.production", PRODUCTION_ENV, expression),
            [0, 0, "django.contrib.sessions.backends.db"],
        )
        tuned = {**PRODUCTION_ENV, "REDIS_URL": "redis://c:6379/1", "PAGE_CACHE_SECONDS": "60"}
        self.assertEqual(settings_as_json("settings.production", tuned, expression)[0], 60)

    def test_loading_the_application_opens_no_connection(self):
        """gunicorn --preload (docs/production.md) loads the application before it forks its workers: a
        database or Redis connection opened then would be shared by every worker."""
        env = {**PRODUCTION_ENV, "REDIS_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/15"}
        code = (
            "import settings.wsgi\n"
            "from django.core.cache import caches\n"
            "from django.db import connections\n"
            "print([alias for alias in connections if connections[alias].connection is not None])\n"
            "print(len(caches['default']._cache._pools))\n"
        )
        process = run_with_settings("settings.production", env, code)
        self.assertEqual(process.returncode, 0, process.stderr)
        self.assertEqual(process.stdout.split(), ["[]", "0"])

    def test_redis_cache_round_trip(self):
        if not service_answers(REDIS_HOST, REDIS_PORT):
            self.skipTest(f"Redis ne répond pas sur {REDIS_HOST}:{REDIS_PORT}.")
        key, value = f"test-settings-{uuid.uuid4().hex}", "Mètre Carré"
        code = (
            "from django.core.cache import cache\n"
            f"cache.set({key!r}, {value!r}, timeout=30)\n"
            f"print(repr(cache.get({key!r})))\n"
            f"cache.delete({key!r})\n"
            f"print(repr(cache.get({key!r})))\n"
        )
        process = run_with_settings("settings.dev", {"REDIS_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/15"}, code)
        self.assertEqual(process.returncode, 0, process.stderr)
        self.assertEqual(process.stdout.splitlines(), [repr(value), "None"])


class MachineTranslationSettingsTests(SimpleTestCase):
    """Machine translation is optional, off by default, and configured only by environment variables."""

    def test_off_without_configuration(self):
        self.assertIsNone(machine_translator({}))
        self.assertFalse(hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR"))

    def test_a_self_hosted_libretranslate(self):
        config = machine_translator({"LIBRETRANSLATE_URL": "http://traduction.interne:5000", "DEEPL_AUTH_KEY": "k"})
        self.assertEqual(config["CLASS"], "wagtail_localize.machine_translators.libretranslate.LibreTranslator")
        self.assertEqual(config["OPTIONS"], {"LIBRETRANSLATE_URL": "http://traduction.interne:5000", "API_KEY": ""})

    def test_deepl(self):
        config = machine_translator({"DEEPL_AUTH_KEY": "cle-secrete"})
        self.assertEqual(config["CLASS"], "wagtail_localize.machine_translators.deepl.DeepLTranslator")
        self.assertEqual(config["OPTIONS"], {"AUTH_KEY": "cle-secrete"})
