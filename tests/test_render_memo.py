"""Parts of a render kept per site version (brands/public/render_memo.py): a picture's markup and the stories
around a story are worked out once, and what a visitor can see changing shows from the next render on."""

import datetime
import re
from unittest import mock

from django.db import connection
from django.test import RequestFactory, SimpleTestCase, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import AbstractImage
from wagtail.models import Locale

from brands.core.languages import locale_code
from brands.core.site_versions import bump, kept_per_installation, read_once
from brands.models import BrandSettings
from brands.public.images import PICTURES, RENDITIONS, responsive_picture
from brands.public.render_memo import RenderMemo, memo_version
from brands.public.story_listing import STORY_LINKS
from tests.factories import ImageFactory, StoryIndexPageFactory, StoryPageFactory, StrengthFactory, make_territory

HOST = "alpha.localhost"
NONCE = re.compile(r'nonce="[^"]+"|nonce-[^";]+')


def day(n: int) -> datetime.date:
    return datetime.date(2026, 3, 1) + datetime.timedelta(days=n)


class RenderMemoTests(SimpleTestCase):
    def test_made_once_per_key(self):
        memo, made = RenderMemo(size=10), []
        for _ in range(3):
            self.assertEqual(memo.get_or_make(("v1", 1), lambda: made.append(1) or "picture"), "picture")
        self.assertEqual(len(made), 1)
        memo.get_or_make(("v2", 1), lambda: made.append(2) or "picture")  # a new version: made again
        self.assertEqual(made, [1, 2])

    def test_the_least_recently_used_go_first(self):
        memo = RenderMemo(size=2)
        memo.get_or_make("a", lambda: "A")
        memo.get_or_make("b", lambda: "B")
        memo.get_or_make("a", lambda: "not made")  # read: now the most recent
        memo.get_or_make("c", lambda: "C")
        self.assertEqual(len(memo), 2)
        self.assertEqual(memo.get_or_make("a", lambda: "made again"), "A")
        self.assertEqual(memo.get_or_make("b", lambda: "made again"), "made again")


class KeptPerInstallationTests(TestCase):
    def test_made_once_until_the_installation_has_a_new_version(self):
        made = []

        def make() -> int:
            made.append(1)
            return len(made)

        self.assertEqual(kept_per_installation("test-kept", make), 1)
        self.assertEqual(kept_per_installation("test-kept", make), 1)
        with read_once():  # a bump made in a request is seen by it at once, as by the next ones
            bump([], installation=True)
            self.assertEqual(kept_per_installation("test-kept", make), 2)
        self.assertEqual(kept_per_installation("test-kept", make), 2)
        self.assertEqual(kept_per_installation("test-kept", make, renew=True), 3)
        self.assertEqual(kept_per_installation("test-kept", make), 3)

    def test_a_locale_the_kept_codes_miss_is_read_once_then_kept(self):
        french = Locale.objects.get(language_code="fr")
        self.assertEqual(locale_code(french.pk), "fr")
        (breton,) = Locale.objects.bulk_create([Locale(language_code="br")])  # no signal: no new version
        with self.assertNumQueries(1):
            self.assertEqual(locale_code(breton.pk), "br")
        with self.assertNumQueries(0):
            self.assertEqual(locale_code(breton.pk), "br")
            self.assertEqual(locale_code(french.pk), "fr")


@override_settings(SITE_CHROME_SECONDS=600)
class MemoisedRenderTests(TestCase):
    """Alpha's stories: « Au col » between an older and a newer one, sharing a strength with both."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        site = cls.territory.site
        cls.index = StoryIndexPageFactory(parent=site.root_page, title="Histoires", slug="histoires")
        cls.cols = StrengthFactory(site=site, title="Cols légendaires", category="nature")
        cls.image = ImageFactory.in_territory(cls.territory, file__width=1600, file__height=1000)

        def story(title: str, slug: str, n: int):
            return StoryPageFactory(
                parent=cls.index,
                title=title,
                slug=slug,
                date_published=day(n),
                hero_image=cls.image,
                related_strengths=[cls.cols],
                tags=["vélo"],
            )

        cls.older = story("La montée", "la-montee", 1)
        cls.story = story("Au col", "au-col", 2)
        brand = BrandSettings.for_site(site)
        brand.logo = brand.favicon = ImageFactory.in_territory(cls.territory)
        brand.save()

    def setUp(self) -> None:
        PICTURES.clear()
        RENDITIONS.clear()
        STORY_LINKS.clear()

    def get(self, path: str = "/histoires/au-col/") -> str:
        response = self.client.get(path, HTTP_HOST=HOST)
        self.assertEqual(response.status_code, 200)
        return NONCE.sub("", response.content.decode())

    def render_counted(self) -> tuple[str, int, int]:
        """The story's HTML, its queries and the pictures it made (their renditions looked up and assembled)."""
        with (
            mock.patch("brands.public.images.responsive_picture", wraps=responsive_picture) as made,
            CaptureQueriesContext(connection) as queries,
        ):
            html = self.get()
        return html, len(queries), made.call_count

    def change(self, action) -> None:
        """A change as the admin makes it, committed: the new version is given at the commit too."""
        with self.captureOnCommitCallbacks(execute=True):
            action()

    def test_a_second_render_makes_no_picture_and_asks_four_queries_less(self):
        self.get()  # the site's header and footer, and the renditions, made once
        PICTURES.clear()
        STORY_LINKS.clear()
        first, first_queries, first_pictures = self.render_counted()
        second, second_queries, second_pictures = self.render_counted()
        self.assertEqual(first_pictures, 2)  # the story's hero and the older story's card
        self.assertEqual(second_pictures, 0)
        # The story's strengths, its tags, its neighbours' ids and its related stories' ids.
        self.assertEqual(first_queries - second_queries, 4)
        self.assertEqual(second, first)
        self.assertIn("<picture>", second)

    def test_a_second_render_looks_up_no_single_rendition(self):
        """The favicon, the sharing image (og:image) and the logo of the structured data."""
        self.get()
        PICTURES.clear()
        RENDITIONS.clear()
        STORY_LINKS.clear()
        lookups = mock.patch.object(
            AbstractImage, "get_rendition", autospec=True, side_effect=AbstractImage.get_rendition
        )
        with lookups as first:
            html = self.get()
        self.assertEqual(first.call_count, 3)
        self.assertIn('<link rel="icon" type="image/png" href="/', html)
        self.assertIn('property="og:image" content="http://alpha.localhost/', html)
        with lookups as second:
            self.assertEqual(self.get(), html)
        self.assertEqual(second.call_count, 0)

    def test_the_same_page_as_without_the_memo(self):
        self.get()
        memoised = self.get()
        with override_settings(SITE_CHROME_SECONDS=0):
            self.assertEqual(self.get(), memoised)

    def test_a_story_published_shows_as_next_and_related_at_once(self):
        self.assertNotIn('rel="next"', self.get())
        newer = StoryPageFactory.build(
            title="La descente", slug="la-descente", date_published=day(3), hero_image=self.image
        )
        self.change(lambda: self.index.add_child(instance=newer))
        newer.related_strengths.set([self.cols])
        self.change(lambda: newer.save_revision().publish())
        html = self.get()
        self.assertRegex(html, r'rel="next"><span class="story-pager__label">Récit suivant</span> La descente<')
        self.assertIn(">La descente</a></h3>", html.split('id="a-lire-aussi"')[1])

    def test_an_unpublished_neighbour_is_gone_at_once(self):
        self.assertIn('rel="prev"', self.get())
        self.change(lambda: self.older.unpublish())
        html = self.get()
        self.assertNotIn('rel="prev"', html)
        self.assertNotIn("La montée", html)

    def test_a_moved_focal_point_shows_the_new_crop_at_once(self):
        """A card's crop follows the image's focal point: a changed point gives new renditions."""
        cards = re.findall(r'srcset="([^"]*fill-400x250[^"]*)"', self.get())
        self.assertTrue(cards)

        def move_focal_point() -> None:
            self.image.focal_point_x, self.image.focal_point_y = 1400, 900
            self.image.focal_point_width, self.image.focal_point_height = 100, 100
            self.image.save()

        self.change(move_focal_point)
        moved = re.findall(r'srcset="([^"]*fill-400x250[^"]*)"', self.get())
        self.assertTrue(moved)
        self.assertNotEqual(moved, cards)

    def test_a_preview_or_an_installation_without_a_shared_cache_works_everything_out_afresh(self):
        request = RequestFactory().get("/histoires/au-col/", HTTP_HOST=HOST)
        self.assertIsNotNone(memo_version(request))
        request.is_preview = True  # its content is unsaved
        self.assertIsNone(memo_version(request))
        with override_settings(SITE_CHROME_SECONDS=0):
            self.assertIsNone(memo_version(RequestFactory().get("/", HTTP_HOST=HOST)))
        self.assertIsNone(memo_version(None))
