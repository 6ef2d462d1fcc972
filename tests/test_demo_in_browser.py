"""The demo in a visitor's browser: each territory and the portal with the keyboard, then every page type of
every demo site, in every language it offers, at five widths.

The demo is loaded once for both tests (tests/browser.py, DemoBrowserTestCase): they only read it.

What a green suite let through before (a quote squeezed into 90 px, a header filling half a phone, pages
scrolling sideways at 320 px) is measured here as a visitor's browser lays the page out, from the smallest
phone (320 px) through a tablet (768 px) to a wide screen (1920 px): no horizontal overflow (WCAG 1.4.10), no
text column narrower than a readable width, a bounded header on phones, no image wider than its box, no
console error, no request to another host, and no WCAG 2.1 A/AA violation for axe-core at 390 px with every
disclosure open. Every page's HTML is also checked by the Nu HTML Checker. Screenshots of each home and of
the portal land in test-results/, and of every page at 390 and 1280 px in test-results/layout/, for review.
"""

import functools
import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

import pytest
from django.conf import settings
from playwright.sync_api import Page as BrowserPage
from playwright.sync_api import expect
from wagtail.models import Page, Site

from brands.models import BrandSettings, Territory
from tests.browser import SCREENSHOTS, DemoBrowserTestCase, Visit, browser_tests_required

WIDTHS = (320, 390, 768, 1280, 1920)
# Every language at the widths of phones and laptops; the tablet and the wide screen lay out the same
# components, so every page type of every site is checked there in French (the languages change words, not
# the grid), which keeps the test within CI's time.
EVERY_LANGUAGE_WIDTHS = (320, 390, 1280)
SCREENSHOT_WIDTHS = (390, 1280)
MOBILE_HEADER_MAX = 80  # px, at 320 and 390: the bar, not half a screen of links
READABLE_WIDTH = 180  # px: a paragraph, a quote or a list item of more than 40 characters is never narrower
CHECKERS = settings.BASE_DIR / "tests" / "html-checker" / "node_modules"
VNU_JAR = CHECKERS / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = CHECKERS / "axe-core" / "axe.min.js"
# Waits for every image without polling: Playwright's wait_for_function evaluates strings, which the sites'
# Content-Security-Policy forbids (no 'unsafe-eval'), as it forbids the inline script of add_script_tag.
IMAGES_LOADED = """Promise.all([...document.images].filter((image) => !image.complete).map((image) =>
    new Promise((done) => { image.addEventListener("load", done); image.addEventListener("error", done); })))"""


@functools.cache
def axe_source() -> str:
    return AXE.read_text()


AXE_WIDTH = 390  # every disclosure open: the menu, the search field and the languages are checked too
AXE_RULES = (
    "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']}"
)
DEMO_SLUGS = ("faucogney", "maurienne", "aveyron", "xaintrie", "nord-grande-terre")
MISSING_VNU = (
    "Nu HTML Checker absent : lancez `make test` (npm ci dans tests/html-checker) ; Java 11 ou plus est nécessaire."
)

# Measured in the page: the numbers a person would see as broken layout.
MEASURE = """
(readable) => {
    const viewport = document.documentElement.clientWidth;
    const visible = (element) => element.checkVisibility();
    const box = (element) => element.getBoundingClientRect();
    const header = document.querySelector(".site-header");
    return {
        overflow: document.documentElement.scrollWidth - viewport,
        sticking_out: [...document.querySelectorAll("body *")]
            .filter((element) => visible(element) && box(element).right > viewport + 1)
            .slice(0, 5)
            .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`),
        header: header ? Math.round(box(header).height) : 0,
        narrow: [...document.querySelectorAll("main p, main blockquote, main li, main figcaption")]
            .filter((element) => visible(element) && element.textContent.trim().length > 40)
            .filter((element) => box(element).width < readable)
            .map((element) => `${element.textContent.trim().slice(0, 40)}… (${Math.round(box(element).width)} px)`),
        wide_images: [...document.querySelectorAll("img")]
            .filter((image) => visible(image) && box(image).width > box(image.parentElement).width + 1)
            .map((image) => image.getAttribute("src")),
    };
}
"""


@dataclass(frozen=True)
class LayoutPage:
    """One page to lay out: a site, a language, a page type and its address."""

    site: str
    language: str
    kind: str
    url: str
    status: int = 200

    @property
    def name(self) -> str:
        return f"{self.site}-{self.language}-{self.kind}"


def demo_pages(port: int, labels: tuple[str, ...]) -> list[LayoutPage]:
    """The first live page of each type in each language of each site named (a territory's slug, or « portail »),
    plus its search results and its 404."""
    pages = []
    for site in Site.objects.select_related("root_page").order_by("hostname"):
        territory = Territory.objects.filter(site=site).first()
        label = territory.slug if territory else "portail"
        if label not in labels:
            continue
        base = f"http://{site.hostname}:{port}"
        for code in territory.languages if territory else [settings.LANGUAGE_CODE]:
            home = site.root_page.get_translations(inclusive=True).live().filter(locale__language_code=code).first()
            if home is None:
                continue
            kinds = set()
            for page in Page.objects.live().descendant_of(home, inclusive=True).order_by("path").specific():
                kind = type(page).__name__
                if kind not in kinds:
                    kinds.add(kind)
                    pages.append(LayoutPage(label, code, kind, base + page.get_url(None, current_site=site)))
                    # A page that answers sub-URLs of its own (a directory's entries) shows its first one too.
                    if routed := page.get_sitemap_urls(None)[1:2]:
                        pages.append(
                            LayoutPage(label, code, f"{kind}-entry", base + urlsplit(routed[0]["location"]).path)
                        )
            prefix = "" if code == settings.LANGUAGE_CODE else f"/{code}"
            pages.append(LayoutPage(label, code, "search", f"{base}{prefix}/recherche/?q=v%C3%A9lo"))
            pages.append(LayoutPage(label, code, "404", f"{base}{prefix}/nulle-part/", status=404))
    return pages


def nu_html_checker_errors(documents: dict[str, str]) -> list[str]:
    """The Nu HTML Checker's errors on each document (name → HTML), as "name: line: message"."""
    folder = Path(tempfile.mkdtemp(prefix="metrecarre-vnu-"))
    try:
        for name, html in documents.items():
            (folder / f"{name}.html").write_text(html, encoding="utf-8")
        result = subprocess.run(
            ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--exit-zero-always", str(folder)],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        messages = json.loads(result.stderr or '{"messages": []}')["messages"]
        return [f"{Path(m['url']).stem}: {m.get('lastLine', '?')}: {m['message']}" for m in messages]
    finally:
        shutil.rmtree(folder)


class DemoLayoutChecks(DemoBrowserTestCase):
    """The demo's pages laid out in a browser: every page type of the sites in `layout_sites`, in each of their
    languages, at every width. The sites are shared between two classes, which pytest-xdist runs on two workers
    (tests/conftest.py), each with its own copy of the demo: one class alone took twelve minutes."""

    __test__ = False  # a base: only its two subclasses run
    layout_sites: tuple[str, ...] = ()

    @classmethod
    def setUpClass(cls) -> None:
        if not (VNU_JAR.exists() and AXE.exists() and shutil.which("java")):
            if browser_tests_required():
                raise AssertionError(f"REQUIRE_BROWSER_TESTS est activé. {MISSING_VNU}")
            raise pytest.skip.Exception(MISSING_VNU)
        super().setUpClass()

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

    def assertSkipLinkLeadsToContent(self, page: BrowserPage) -> None:
        """The first Tab lands on « Aller au contenu » and Enter moves the focus to the main content."""
        page.keyboard.press("Tab")
        expect(page.get_by_role("link", name="Aller au contenu")).to_be_focused()
        page.keyboard.press("Enter")
        expect(page.locator("main#contenu")).to_be_focused()

    def test_every_page_type_in_every_language_at_every_width(self) -> None:
        port = self.server_thread.port
        pages = demo_pages(port, self.layout_sites)
        self.assertGreaterEqual(len({page.kind for page in pages}), 10)
        self.assertEqual(
            {(page.site, page.language) for page in pages if page.kind == "HomePage"},
            {(t.slug, code) for t in Territory.objects.filter(slug__in=self.layout_sites) for code in t.languages},
            "every language a territory offers has a live home",
        )
        folder = SCREENSHOTS / "layout"
        folder.mkdir(parents=True, exist_ok=True)
        documents = {}
        for width in WIDTHS:
            context = self.new_context(viewport={"width": width, "height": 900})
            tab = self.new_tab(context)
            for page in pages if width in EVERY_LANGUAGE_WIDTHS else [p for p in pages if p.language == "fr"]:
                with self.subTest(page=page.name, width=width):
                    self.check_layout(tab, page, width, folder)
            context.close()
        # The pages as the server sent them: the browser's DOM would hide what its parser repaired.
        for page in pages:
            documents[page.name] = self.raw_html(page)
        errors = nu_html_checker_errors(documents)
        self.assertEqual(errors, [], f"{len(errors)} erreur(s) du Nu HTML Checker")
        french = sum(page.language == "fr" for page in pages)
        layouts = len(pages) * len(EVERY_LANGUAGE_WIDTHS) + french * (len(WIDTHS) - len(EVERY_LANGUAGE_WIDTHS))
        print(f"\nMise en page : {len(pages)} pages, {layouts} mises en page ; {len(documents)} documents validés.")

    def check_layout(self, tab: Visit, page: LayoutPage, width: int, folder: Path) -> None:
        visit = tab.go(page.url, until="load")
        host = page.url.split("/")[2]
        self.assertEqual(visit.status, page.status)
        if page.status == 404:  # the browser reports the document's own 404 as a console error
            visit.errors = [error for error in visit.errors if "404" not in error]
        self.assertEqual(visit.errors, [])
        self.assertEqual(visit.requests_elsewhere(host), [])
        measures = visit.page.evaluate(MEASURE, READABLE_WIDTH)
        self.assertLessEqual(measures["overflow"], 0, f"défile de côté : {measures['sticking_out']}")
        self.assertEqual(measures["narrow"], [], "colonne de texte trop étroite")
        self.assertEqual(measures["wide_images"], [], "image plus large que son bloc")
        if width < 640:
            self.assertLessEqual(measures["header"], MOBILE_HEADER_MAX, "en-tête trop haut sur téléphone")
        if width == AXE_WIDTH:
            self.assertEqual(self.axe_violations(visit.page), [], "axe-core (WCAG 2.1 A et AA)")
        if width in SCREENSHOT_WIDTHS:
            visit.page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach((i) => i.loading = 'eager')")
            visit.page.evaluate(IMAGES_LOADED)
            # JPEG: a full page is encoded several times faster than in PNG, and reads as well for a review.
            visit.page.screenshot(path=folder / f"{page.name}-{width}.jpg", type="jpeg", quality=80, full_page=True)

    def raw_html(self, page: LayoutPage) -> str:
        """The page's HTML from the live server, asked with the site's host name."""
        parts = urlsplit(page.url)
        request = Request(f"{self.live_server_url}{parts.path}?{parts.query}", headers={"Host": parts.netloc})
        try:
            with urlopen(request, timeout=30) as response:
                status, body = response.status, response.read()
        except HTTPError as error:
            status, body = error.code, error.read()
        self.assertEqual(status, page.status, page.url)
        return body.decode()

    def axe_violations(self, page) -> list[str]:
        """axe-core's WCAG 2.1 A and AA violations, with every disclosure of the page open."""
        page.evaluate("document.querySelectorAll('details').forEach((details) => details.open = true)")
        page.evaluate(axe_source())  # evaluated by the browser's devtools: an inline script would break the CSP
        result = page.evaluate(f"axe.run(document, {AXE_RULES})")
        page.evaluate("document.querySelectorAll('details').forEach((details) => details.open = false)")
        return [f"{v['id']} ({len(v['nodes'])}) : {v['nodes'][0]['html'][:120]}" for v in result["violations"]]


@pytest.mark.browser
class DemoInBrowserTests(DemoLayoutChecks):
    """The demo as a visitor's browser sees it: each territory, the portal, keyboard navigation; then the layout
    of Maurienne (five languages), the Xaintrie and the portal."""

    __test__ = True
    layout_sites = ("maurienne", "xaintrie", "portail")

    # The demo's images are drawn on their first view: each test walks many pages in one go.
    def test_demo_sites_in_the_browser(self) -> None:
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


@pytest.mark.browser
class DemoLayoutInBrowserTests(DemoLayoutChecks):
    """The layout of Faucogney, the Vallon d’Aveyron and Nord Grande-Terre (three languages)."""

    __test__ = True
    layout_sites = ("faucogney", "aveyron", "nord-grande-terre")

    def test_the_layout_covers_every_site_once(self) -> None:
        sites = {*DemoInBrowserTests.layout_sites, *self.layout_sites}
        self.assertEqual(sites, {*DEMO_SLUGS, "portail"})
        self.assertFalse(set(DemoInBrowserTests.layout_sites) & set(self.layout_sites))
