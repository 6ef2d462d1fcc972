"""Browser checks on the demo, for what only a browser shows: console errors, requests, keyboard focus.

Screenshots of every home page land in test-results/ for humans to look at.
"""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from brands.models import BrandSettings, Territory
from demo.loader import load_demo
from tests.browser import SCREENSHOTS, BrowserTestCase, Visit

DEMO_SLUGS = ("faucogney", "maurienne", "aveyron", "xaintrie", "nord-grande-terre")


@pytest.mark.browser
class DemoInBrowserTests(BrowserTestCase):
    """The demo as a visitor's browser sees it: each territory, the portal, keyboard navigation."""

    def setUp(self) -> None:
        self.port = self.server_thread.port
        self.context = self.new_context()

    def visit(self, url: str) -> Visit:
        return self.open(self.context, url)

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
