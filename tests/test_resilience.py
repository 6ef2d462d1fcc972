"""Degrade, don't die: pages served without the cache when Redis is down or hanging, a fast branded 503 with
Retry-After when the database is, recovery without a restart, and the health endpoint telling them apart.

The faults are real where they can be (a refused port, a server that never answers, a proxy cut in front of the
real Redis or PostgreSQL) and simulated where a real one would take the test process down with it.
"""

import json
import os
import subprocess
import sys
import time
import uuid
from unittest import mock
from urllib.error import HTTPError
from urllib.request import Request, urlopen

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, OperationalError, connection, connections
from django.test import TestCase, override_settings

from brands.core.resilient_cache import CacheUnavailable, ResilientRedisCache
from brands.public import error_pages
from tests.db_state import RestoresMigratedState
from tests.factories import ContentPageFactory, make_territory
from tests.faults import CuttableProxy, SilentServer, closed_port, service_answers
from tests.test_settings import PRODUCTION_ENV

REDIS = ("127.0.0.1", 6379)
HOST = "xaintrie.localhost"


def redis_cache(port: int, retry_seconds: float = 10, prefix: str = "metrecarre-test") -> dict:
    return {
        "default": {
            "BACKEND": "brands.core.resilient_cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25, "RETRY_SECONDS": retry_seconds},
        }
    }


class SiteTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("xaintrie", "La Xaintrie")

    def setUp(self) -> None:
        error_pages.recently_written.clear()

    def timed_get(self, path: str = "/", **extra) -> tuple:
        start = time.monotonic()
        response = self.client.get(path, HTTP_HOST=HOST, **extra)
        return response, time.monotonic() - start


class CacheDownTests(SiteTestCase):
    def test_redis_refusing_pages_are_served_and_the_error_logged_once(self):
        with (
            override_settings(CACHES=redis_cache(closed_port())),
            self.assertLogs("brands.core.resilient_cache") as logs,
        ):
            for _ in range(3):
                response, seconds = self.timed_get()
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "La Xaintrie")
                self.assertLess(seconds, 2)
        self.assertEqual(len([line for line in logs.output if "injoignable" in line]), 1)

    def test_redis_hanging_costs_one_short_timeout_then_nothing(self):
        with SilentServer() as hanging, override_settings(CACHES=redis_cache(hanging.port)):
            with self.assertLogs("brands.core.resilient_cache"):
                first, first_seconds = self.timed_get()
            self.assertEqual(first.status_code, 200)
            self.assertLess(first_seconds, 2)  # one read timeout (0.25 s), not Redis's default of none
            start = time.monotonic()
            for _ in range(5):
                self.assertEqual(self.client.get("/", HTTP_HOST=HOST).status_code, 200)
            self.assertLess(time.monotonic() - start, 1.5)  # the breaker is open: no timeout at all

    def test_reads_miss_writes_are_dropped_and_counters_refuse(self):
        with override_settings(CACHES=redis_cache(closed_port())), self.assertLogs("brands.core.resilient_cache"):
            self.assertIsNone(cache.get("clé"))
            self.assertEqual(cache.get("clé", "défaut"), "défaut")
            self.assertEqual(cache.get_many(["a", "b"]), {})
            self.assertFalse(cache.add("clé", 1))
            self.assertIsNone(cache.set("clé", 1))
            self.assertFalse(cache.delete("clé"))
            self.assertEqual(cache.get_or_set("clé", 5), 5)
            with self.assertRaises(CacheUnavailable):
                cache.incr("compteur")


@override_settings()
class CacheRecoveryTests(SiteTestCase):
    """Against the real Redis, through a proxy that is cut and restored."""

    def setUp(self) -> None:
        super().setUp()
        if not service_answers(*REDIS):
            self.skipTest("Redis ne répond pas sur 127.0.0.1:6379")
        self.prefix = f"metrecarre-test-{uuid.uuid4().hex[:8]}"
        self.proxy = CuttableProxy(*REDIS).__enter__()
        self.addCleanup(self.proxy.__exit__, None, None, None)
        self.settings_override = override_settings(CACHES=redis_cache(self.proxy.port, 0.3, self.prefix))
        self.settings_override.enable()
        self.addCleanup(self.settings_override.disable)
        self.addCleanup(self.purge)

    def purge(self) -> None:
        backend = ResilientRedisCache(f"redis://{REDIS[0]}:{REDIS[1]}/0", {"KEY_PREFIX": self.prefix})
        backend.purge_installation_keys()

    def test_back_after_an_outage_without_a_restart_and_stale_entries_purged(self):
        cache.set("souvenir", "avant la panne")
        self.assertEqual(self.client.get("/", HTTP_HOST=HOST).status_code, 200)
        self.proxy.cut()
        with self.assertLogs("brands.core.resilient_cache", "WARNING") as logs:
            self.assertEqual(self.client.get("/", HTTP_HOST=HOST).status_code, 200)
            cache.delete("souvenir")  # dropped: Redis is away
            self.proxy.restore()
            time.sleep(0.4)  # past the breaker's window
            self.assertEqual(self.client.get("/", HTTP_HOST=HOST).status_code, 200)
        self.assertTrue(any("de nouveau joignable" in line for line in logs.output))
        # The deletion lost during the outage is made good: this installation's keys were purged.
        self.assertIsNone(cache.get("souvenir"))
        cache.set("après", 1)
        self.assertEqual(cache.get("après"), 1)

    def test_a_shared_redis_keeps_the_keys_of_others(self):
        other = ResilientRedisCache(f"redis://{REDIS[0]}:{REDIS[1]}/0", {"KEY_PREFIX": f"{self.prefix}-autre"})
        other.set("voisin", "intact")
        self.addCleanup(other.purge_installation_keys)
        cache.set("nôtre", 1)
        self.assertEqual(cache.purge_installation_keys(), 1)
        self.assertEqual(other.get("voisin"), "intact")


class DatabaseDownTests(SiteTestCase):
    def test_refused_then_back_without_a_restart(self):
        ContentPageFactory(parent=self.territory.site.root_page, title="Vivre ici", slug="vivre-ici")
        self.assertEqual(self.client.get("/vivre-ici/", HTTP_HOST=HOST).status_code, 200)
        self.client.raise_request_exception = False
        refused = OperationalError("connection refused")
        with (
            mock.patch.object(connections[DEFAULT_DB_ALIAS], "cursor", side_effect=refused),
            mock.patch("django.core.handlers.exception.log_response"),
        ):
            response, seconds = self.timed_get("/vivre-ici/")
            # A home without blocks needs nothing but what the cache keeps: the site, its chrome and the home.
            self.assertEqual(self.client.get("/", HTTP_HOST=HOST).status_code, 200)
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response["Retry-After"], str(settings.OUTAGE_RETRY_AFTER))
        self.assertEqual(response["Cache-Control"], "no-store")
        self.assertContains(response, "<header><p>La Xaintrie</p></header>", status_code=503)
        self.assertContains(
            response,
            "Le site est en maintenance ou très sollicité. Merci de réessayer dans quelques instants.",
            status_code=503,
        )
        self.assertLess(seconds, 2)
        self.assertEqual(self.client.get("/vivre-ici/", HTTP_HOST=HOST).status_code, 200)

    def test_a_statement_cancelled_by_its_timeout_is_a_503(self):
        self.client.raise_request_exception = False
        timeout = OperationalError("canceling statement due to statement timeout")
        with (
            mock.patch.object(connections[DEFAULT_DB_ALIAS], "cursor", side_effect=timeout),
            mock.patch("django.core.handlers.exception.log_response"),
        ):
            self.assertEqual(self.client.get("/", HTTP_HOST=HOST).status_code, 503)

    def test_an_error_raised_from_a_database_error_is_a_503_too(self):
        try:
            try:
                raise OperationalError("server closed the connection unexpectedly")
            except OperationalError as error:
                raise RuntimeError("rendu impossible") from error
        except RuntimeError as error:
            self.assertTrue(error_pages.database_unavailable(error))
        self.assertFalse(error_pages.database_unavailable(RuntimeError("un bogue")))


def production_like_env(database_url: str, **environ: str) -> dict[str, str]:
    """The environment of a Django under the production settings over plain HTTP, without Redis."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings_production_like",
        "DATABASE_URL": database_url,
        **PRODUCTION_ENV,
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        **environ,
    }
    env.pop("REDIS_URL", None)
    return env


def run_in_subprocess(database_url: str, code: str, timeout: float = 60) -> dict:
    """Run `code` (which prints one JSON line) in a fresh Django under the production settings."""
    env = production_like_env(database_url, DATABASE_CONNECT_TIMEOUT="2")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, timeout=timeout
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-3000:]
    return json.loads(lines[-1])


ONE_REQUEST = """
import json, logging, time
import django
django.setup()
logging.disable(logging.CRITICAL)
from django.test import Client
start = time.monotonic()
response = Client(raise_request_exception=False).get("/", HTTP_HOST="xaintrie.localhost")
print(json.dumps({"status": response.status_code, "retry_after": response.get("Retry-After"),
                  "seconds": time.monotonic() - start, "body": response.content.decode()}))
"""


class RealDatabaseFaultTests(TestCase):
    """A real Django under the production settings, against a database that is not there or does not answer."""

    def test_postgresql_on_a_closed_port_answers_503_at_once(self):
        outcome = run_in_subprocess(f"postgres://postgres@127.0.0.1:{closed_port()}/absente", ONE_REQUEST)
        self.assertEqual((outcome["status"], outcome["retry_after"]), (503, "30"))
        self.assertIn("Le site est momentanément indisponible", outcome["body"])
        self.assertLess(outcome["seconds"], 3)

    def test_postgresql_hanging_answers_503_within_the_connect_timeout(self):
        with SilentServer() as hanging:
            outcome = run_in_subprocess(f"postgres://postgres@127.0.0.1:{hanging.port}/muette", ONE_REQUEST)
        self.assertEqual(outcome["status"], 503)
        self.assertLess(outcome["seconds"], 6)  # libpq waits at least 2 s; never the 30 s of a worker timeout

    def test_sqlite_file_out_of_reach_answers_503(self):
        outcome = run_in_subprocess("sqlite:////dossier-absent/metrecarre.sqlite3", ONE_REQUEST)
        self.assertEqual(outcome["status"], 503)


SERVER = """
import sys, threading
from wsgiref.simple_server import WSGIRequestHandler, make_server
from settings.wsgi import application
class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass
server = make_server("127.0.0.1", 0, application, handler_class=Quiet)
print(server.server_port, flush=True)
server.serve_forever()
"""


class PostgreSQLRecoveryTests(RestoresMigratedState):
    """The real PostgreSQL behind a proxy: a running production server answers 200, 503 while the database is
    cut off, and 200 again once it is back, with no restart and its persistent connections (CONN_MAX_AGE)."""

    def setUp(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("PostgreSQL seulement : la base de test SQLite est en mémoire")
        make_territory("xaintrie", "La Xaintrie")
        db = connection.settings_dict
        self.proxy = CuttableProxy(db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)).__enter__()
        self.addCleanup(self.proxy.__exit__, None, None, None)
        url = f"postgres://{db['USER']}@127.0.0.1:{self.proxy.port}/{db['NAME']}"
        self.server = subprocess.Popen(
            [sys.executable, "-c", SERVER],
            env=production_like_env(url),
            cwd=settings.BASE_DIR,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.addCleanup(self.server.kill)
        self.port = int(self.server.stdout.readline())

    def status(self) -> int:
        request = Request(f"http://127.0.0.1:{self.port}/", headers={"Host": HOST})
        try:
            with urlopen(request, timeout=20) as response:
                return response.status
        except HTTPError as error:
            self.assertEqual(error.headers.get("Retry-After"), "30")
            return error.code

    def test_cut_then_restored(self):
        self.assertEqual(self.status(), 200)
        self.proxy.cut()
        self.assertEqual(self.status(), 503)
        self.proxy.restore()
        self.assertEqual([self.status() for _ in range(2)], [200, 200])
