"""The base of every browser test: Debian's Chromium driven by Playwright against Django's live server.

Never a downloaded browser. Without /usr/bin/chromium the tests are skipped, unless REQUIRE_BROWSER_TESTS
is set (as in CI), where a missing browser fails.
"""

import os
import unittest
from dataclasses import dataclass, field
from unittest import mock
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.core.management import call_command
from django.db import connections
from django.urls import reverse
from playwright.sync_api import BrowserContext, ConsoleMessage, Error, Page, Request, sync_playwright

from demo.loader import load_demo
from tests.db_state import RestoresMigratedState

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
MISSING_CHROMIUM = "Chromium absent : installez-le avec `apt-get install -y chromium` pour lancer les tests navigateur."
SCREENSHOTS = settings.BASE_DIR / "test-results"


@dataclass
class Visit:
    """One page opened in the browser, with what it logged and requested while loading."""

    page: Page
    status: int | None = None
    errors: list[str] = field(default_factory=list)
    # Each request with the address of the document the tab showed when it left (None from a frame inside it).
    requests: list[tuple[str, str | None]] = field(default_factory=list)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"console : {message.text} ({message.location.get('url', '')})")

    def on_page_error(self, error: Error) -> None:
        self.errors.append(f"exception JavaScript : {error}")

    def on_request(self, request: Request) -> None:
        frame = request.frame
        self.requests.append((request.url, frame.url if frame == self.page.main_frame else None))

    @property
    def requested_urls(self) -> list[str]:
        """What this page requested. Not the previous page's stragglers: the browser asks for a page's icon after
        its load, sometimes while the tab is already on its way to the next page (and still shows the old one)."""
        return [url for url, document in self.requests if document in (None, self.page.url)]

    def go(self, url: str, until: str = "networkidle") -> "Visit":
        """Navigate this tab to `url`, forgetting what the previous page logged and requested.

        A layout test visits hundreds of pages: one tab per context, navigated, takes half the time of a new
        tab for each page.
        """
        self.errors.clear()
        self.requests.clear()
        response = self.page.goto(url)
        self.page.wait_for_load_state(until)
        self.status = response.status if response else None
        return self

    def requests_elsewhere(self, host: str) -> list[str]:
        """Network requests that did not go to `host` (host:port); data: and blob: URLs never leave."""
        return [
            url
            for url in self.requested_urls
            if urlsplit(url).scheme not in {"data", "blob", "about"} and urlsplit(url).netloc != host
        ]


def browser_tests_required() -> bool:
    return os.environ.get("REQUIRE_BROWSER_TESTS", "").strip().lower() in {"1", "true", "yes", "on"}


class BrowserTestCase(RestoresMigratedState, StaticLiveServerTestCase):
    """A live server and one Chromium per class; each test opens its own contexts (one per person).

    Each test starts from the migrated database (root page, locales), which the flush would erase, and leaves it
    so: the browser tests run first on their worker (tests/conftest.py)."""

    @classmethod
    def setUpClass(cls) -> None:
        if not os.access(CHROMIUM, os.X_OK):
            if browser_tests_required():
                raise AssertionError(f"REQUIRE_BROWSER_TESTS est activé. {MISSING_CHROMIUM}")
            raise unittest.SkipTest(MISSING_CHROMIUM)
        # Playwright's sync API drives an event loop in this thread; without this, Django refuses the
        # ORM calls made here (and the flush between tests) as unsafe in an async context.
        environ = mock.patch.dict(os.environ, {"DJANGO_ALLOW_ASYNC_UNSAFE": "true"})
        environ.start()
        cls.addClassCleanup(environ.stop)
        super().setUpClass()
        serialized = {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in cls.databases}
        cls.playwright = sync_playwright().start()
        # With Playwright's loop running in this thread, asgiref gives Django new connection objects
        # (one per async context); hand them the migrated state that serialized_rollback restores.
        for alias, contents in serialized.items():
            if contents is not None:
                connections[alias]._test_serialized_contents = contents
        cls.addClassCleanup(cls.playwright.stop)
        cls.browser = cls.playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        cls.addClassCleanup(cls.browser.close)
        SCREENSHOTS.mkdir(exist_ok=True)

    def new_context(self, **options) -> BrowserContext:
        """A fresh browser profile in French, closed after the test."""
        context = self.browser.new_context(locale="fr-FR", **options)
        self.addCleanup(context.close)
        return context

    def open(self, context: BrowserContext, url: str, until: str = "networkidle") -> Visit:
        """Open `url` in a new tab, recording console errors and requests, and wait until `until` (a load state)."""
        return self.new_tab(context).go(url, until)

    def new_tab(self, context: BrowserContext) -> Visit:
        """A new tab whose console errors and requests are recorded."""
        visit = Visit(context.new_page())
        visit.page.on("console", visit.on_console)
        visit.page.on("pageerror", visit.on_page_error)
        visit.page.on("request", visit.on_request)
        return visit

    def log_in(self, context: BrowserContext, username: str, password: str) -> Page:
        """Sign in through the admin's login form and wait for the dashboard."""
        page = context.new_page()
        page.goto(f"{self.live_server_url}{reverse('wagtailadmin_login')}")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.press("input[name=password]", "Enter")
        page.wait_for_url(f"{self.live_server_url}{reverse('wagtailadmin_home')}")
        return page


class DemoBrowserTestCase(BrowserTestCase):
    """Browser tests that only read the demo: it is loaded once for the class (over a minute of work) and
    erased after its last test, instead of being loaded and flushed again for each test.

    Its tests must not change the demo; a test that writes (the editor's journey) loads its own.
    """

    serialized_rollback = False  # the class keeps the demo between its tests: no migrated state restored over it

    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        load_demo(port=cls.server_thread.port, out=lambda *_: None)
        cls.addClassCleanup(cls.erase_demo)

    @classmethod
    def erase_demo(cls) -> None:
        """Flush the demo, then bring back the migrated state, as BrowserTestCase leaves the database."""
        for alias in cls._databases_names(include_mirrors=False):
            call_command(
                "flush",
                verbosity=0,
                interactive=False,
                database=alias,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            if contents is not None:
                connections[alias].creation.deserialize_db_from_string(contents)

    def _fixture_teardown(self) -> None:
        """Nothing to flush between the class's tests: they read the demo and leave it as it was."""
