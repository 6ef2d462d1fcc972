"""Browser checks on the demo, for what only a browser shows: console errors, requests, keyboard focus.

Screenshots of every home page land in test-results/ for humans to look at.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import ConsoleMessage, Error, Page, Request, expect

from brands.models import BrandSettings, Territory
from demo.loader import load_demo
from tests.browser import SCREENSHOTS, BrowserTestCase

DEMO_SLUGS = ("faucogney", "maurienne", "aveyron", "xaintrie", "nord-grande-terre")


@dataclass
class Visit:
    """One page opened in the browser, with what it logged and requested while loading."""

    page: Page
    status: int | None = None
    errors: list[str] = field(default_factory=list)
    requested_urls: list[str] = field(default_factory=list)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"console : {message.text} ({message.location.get('url', '')})")

    def on_page_error(self, error: Error) -> None:
        self.errors.append(f"exception JavaScript : {error}")

    def on_request(self, request: Request) -> None:
        self.requested_urls.append(request.url)

    def requests_elsewhere(self, host: str) -> list[str]:
        """Network requests that did not go to `host` (host:port); data: and blob: URLs never leave."""
        return [
            url
            for url in self.requested_urls
            if urlsplit(url).scheme not in {"data", "blob", "about"} and urlsplit(url).netloc != host
        ]


@pytest.mark.browser
class DemoInBrowserTests(BrowserTestCase):
    """The demo as a visitor's browser sees it: each territory, the portal, keyboard navigation."""

    def setUp(self) -> None:
        self.port = self.server_thread.port
        self.context = self.new_context()

    def visit(self, url: str) -> Visit:
        """Open `url` in a new tab and wait until the network is idle."""
        visit = Visit(self.context.new_page())
        visit.page.on("console", visit.on_console)
        visit.page.on("pageerror", visit.on_page_error)
        visit.page.on("request", visit.on_request)
        response = visit.page.goto(url)
        visit.page.wait_for_load_state("networkidle")
        visit.status = response.status if response else None
        return visit

    def assertLoadedCleanly(self, visit: Visit, host: str) -> None:
        """The page answered 200, logged no error and requested nothing from any host but `host`."""
        self.assertEqual(visit.status, 200)
        self.assertEqual(visit.errors, [])
        self.assertEqual(visit.requests_elsewhere(host), [])

    def assertSkipLinkLeadsToContent(self, page: Page) -> None:
        """The first Tab lands on « Aller au contenu » and Enter moves the focus to the main content."""
        page.keyboard.press("Tab")
        expect(page.get_by_role("link", name="Aller au contenu")).to_be_focused()
        page.keyboard.press("Enter")
        expect(page.locator("main#contenu")).to_be_focused()

    # One test walks the whole demo: loading it and drawing its images on first view take most of the
    # time, and the flush after each TransactionTestCase test would make every test pay for them again.
    def test_demo_sites_in_the_browser(self):
        load_demo(port=self.port, out=lambda *_: None)
        territories = list(Territory.objects.select_related("site").order_by("slug"))
        self.assertCountEqual([territory.slug for territory in territories], DEMO_SLUGS)

        for territory in territories:
            with self.subTest(territory=territory.slug):
                self.assertEqual(territory.site.hostname, f"{territory.slug}.localhost")
                host = f"{territory.site.hostname}:{self.port}"
                brand_name = BrandSettings.for_site(territory.site).brand_name
                visit = self.visit(f"http://{host}/")
                visit.page.screenshot(path=SCREENSHOTS / f"{territory.slug}.png", full_page=True)
                self.assertLoadedCleanly(visit, host)
                expect(visit.page.get_by_role("banner").get_by_text(brand_name, exact=True).first).to_be_visible()
                self.assertSkipLinkLeadsToContent(visit.page)

        with self.subTest("portail"):
            host = f"localhost:{self.port}"
            visit = self.visit(f"http://{host}/")
            visit.page.screenshot(path=SCREENSHOTS / "portail.png", full_page=True)
            self.assertLoadedCleanly(visit, host)
            visible_links = visit.page.eval_on_selector_all(
                "main a[href]", "links => links.filter(link => link.checkVisibility()).map(link => link.href)"
            )
            linked_hosts = {urlsplit(href).netloc for href in visible_links}
            for territory in territories:
                self.assertIn(f"{territory.site.hostname}:{self.port}", linked_hosts)
            self.assertSkipLinkLeadsToContent(visit.page)
