"""Renditions read from the cache are not written back to it on every render (brands/core/rendition_cache.py),
and pictures reuse their filters (brands/public/images.filters_for)."""

from unittest import mock

from django.core.cache import caches
from django.test import TestCase
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import Filter

from brands.public.images import filters_for
from tests.factories import ImageFactory, StoryIndexPageFactory, StoryPageFactory, make_territory

HOST = "alpha.localhost"


class RenditionCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        cls.image = ImageFactory.in_territory(cls.territory, file__width=1600, file__height=1000)
        index = StoryIndexPageFactory(parent=cls.territory.site.root_page, title="Histoires", slug="histoires")
        StoryPageFactory(parent=index, title="Au col", slug="au-col", hero_image=cls.image)

    def written_renditions(self, path: str) -> list:
        backend = caches["default"]
        with (
            mock.patch.object(backend, "set", wraps=backend.set) as single,
            mock.patch.object(backend, "set_many", wraps=backend.set_many) as many,
        ):
            self.assertEqual(self.client.get(path, HTTP_HOST=HOST).status_code, 200)
        keys = [call.args[0] for call in single.call_args_list] + [
            key for call in many.call_args_list for key in call.args[0]
        ]
        return [key for key in keys if "rendition" in key.lower()]

    def test_a_warm_page_writes_no_rendition_back_to_the_cache(self):
        first = self.written_renditions("/histoires/au-col/")
        self.assertGreater(len(first), 0)  # made, then cached, on the first view
        self.assertEqual(self.written_renditions("/histoires/au-col/"), [])
        self.assertGreater(len(self.written_renditions("/histoires/")), 0)  # the card's own renditions
        self.assertEqual(self.written_renditions("/histoires/"), [])

    def test_get_rendition_is_wagtails(self):
        rendition = self.image.get_rendition("fill-200x100")
        self.assertEqual((rendition.width, rendition.height), (200, 100))
        self.assertEqual(self.image.get_rendition(Filter(spec="fill-200x100")).pk, rendition.pk)
        with self.assertRaises(InvalidFilterSpecError):
            self.image.get_rendition(200)

    def test_a_pictures_filters_are_made_once(self):
        specs = ("format-{webp,jpeg}", "width-{640,1280}")
        self.assertIs(filters_for(specs), filters_for(specs))
        self.assertEqual([f.spec for f in filters_for(specs)], Filter.expand_spec(specs))
