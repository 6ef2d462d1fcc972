"""The blocks' markup: no class of ours can meet the wrapper Wagtail puts around a block.

Wagtail 8 renders a StreamField as <div class="w-block-<name> block-<name>"> around each block, and its block
previews in the admin do the same. The components used `.block-portrait` too, so every rule applied twice:
on desktop the portrait's quote was squeezed into a 90 px column between two nested bars. Components now
end in `-block` (`.portrait-block`), pages render their streams without the wrapper, and these tests keep
it that way for every block, on the site and in the admin preview.
"""

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import caches
from django.test import TestCase
from django.urls import reverse

from brands.blocks import BODY_BLOCKS
from brands.models import StoryIndexPage
from tests.factories import (
    BLOCK_WRAPPERS,
    ContentPageFactory,
    ImageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    SuperuserFactory,
    every_block_body,
    make_territory,
)

BRANDS = settings.BASE_DIR / "brands"
WAGTAIL_WRAPPER_CLASS = re.compile(r"^(w-)?block-")


def stylesheets() -> list[Path]:
    return sorted((BRANDS / "static" / "brands" / "css").glob("*.css"))


def templates() -> list[Path]:
    return sorted(p for folder in ("brands", "home", "search") for p in (settings.BASE_DIR / folder).rglob("*.html"))


class NoWrapperCollisionTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha")
        home = cls.territory.site.root_page
        body = json.dumps(every_block_body(cls.territory))
        cls.content = ContentPageFactory(parent=home, body=body)
        cls.story = StoryPageFactory(parent=StoryIndexPage.objects.child_of(home).get(), body=body)

    def test_no_stylesheet_targets_a_wagtail_block_wrapper(self) -> None:
        for path in stylesheets():
            with self.subTest(stylesheet=path.name):
                self.assertEqual(re.findall(r"\.(?:w-)?block-[\w-]+", path.read_text()), [])

    def test_no_template_gives_an_element_a_wagtail_wrapper_class(self) -> None:
        for path in templates():
            for match in re.finditer(r'class="([^"]*)"', path.read_text()):
                tokens = re.sub(r"{%.*?%}|{{.*?}}", " ", match.group(1)).split()
                with self.subTest(template=str(path.relative_to(settings.BASE_DIR)), classes=match.group(1)):
                    self.assertFalse([token for token in tokens if WAGTAIL_WRAPPER_CLASS.match(token)])

    def test_pages_link_the_print_stylesheet_for_paper_only(self) -> None:
        html = self.client.get(self.story.url, HTTP_HOST="alpha.localhost").content.decode()
        self.assertIn('<link rel="stylesheet" href="/static/brands/css/print.css" media="print">', html)
        css = (BRANDS / "static" / "brands" / "css" / "print.css").read_text()
        self.assertIn(".site-header__tools", css, "the menu, search and languages are not printed")
        self.assertIn('main a[href^="http"]::after', css, "outside links print their address")

    def test_pages_render_every_block_without_the_wrapper(self) -> None:
        for page in (self.content, self.story):
            html = self.client.get(page.url, HTTP_HOST="alpha.localhost").content.decode()
            with self.subTest(page=type(page).__name__):
                self.assertNotIn("w-block-", html)
                for block_type, wrapper in BLOCK_WRAPPERS.items():
                    self.assertIn(wrapper, html, block_type)

    def test_the_portrait_caption_closes_its_figure(self) -> None:
        """A figcaption is the first or last child of its figure (it sat inside a div: invalid HTML)."""
        html = self.client.get(self.story.url, HTTP_HOST="alpha.localhost").content.decode()
        soup = BeautifulSoup(html, "html.parser")
        for figcaption in soup.select("figcaption"):
            with self.subTest(figcaption=figcaption.get_text(" ", strip=True)[:40]):
                self.assertEqual(figcaption.parent.name, "figure")
                siblings = figcaption.parent.find_all(recursive=False)
                self.assertIn(figcaption, (siblings[0], siblings[-1]))

    def test_admin_previews_keep_wagtails_wrapper_and_no_rule_matches_it(self) -> None:
        self.client.force_login(SuperuserFactory())
        css = "".join(path.read_text() for path in stylesheets())
        for name, block in BODY_BLOCKS:
            if not block.is_previewable:
                continue
            html = self.client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}).content
            with self.subTest(block=name):
                self.assertIn(f'class="w-block-{name} block-{name}"', html.decode())
                self.assertNotIn(f".block-{name}", css)


class TruthfulSrcsetTests(TestCase):
    """Wagtail does not upscale: a 900 px photo asked at 640, 1280 and 1920 px exists at 640 and 900 only."""

    def setUp(self) -> None:
        # Wagtail caches renditions by image id, which another test's image may have had.
        caches["default"].clear()

    def test_each_candidate_has_its_own_real_width(self) -> None:
        territory = make_territory("alpha")
        home = territory.site.root_page
        photo = ImageFactory.in_territory(territory, file__width=900, file__height=600)
        story = StoryPageFactory(parent=StoryIndexPageFactory(parent=home), hero_image=photo)
        html = self.client.get(story.url, HTTP_HOST="alpha.localhost").content.decode()
        soup = BeautifulSoup(html, "html.parser")
        hero = soup.select_one(".story__hero picture")
        for element in [*hero.select("source"), hero.img]:
            widths = re.findall(r" (\d+)w", element["srcset"])
            with self.subTest(element=element.name):
                self.assertEqual(widths, ["640", "900"])
