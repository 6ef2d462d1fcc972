"""Block previews in the admin: every library block with a preview value renders with the public styles."""

from django.test import TestCase
from django.urls import reverse

from brands.blocks import FooterColumnBlock, KeyFiguresBlock, LinkBlock, SectionBlock
from tests.factories import SuperuserFactory, make_territory


class BlockPreviewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_territory("xaintrie")
        cls.admin = SuperuserFactory()

    def test_blocks_with_preview_values_render_in_the_admin(self):
        self.client.force_login(self.admin)
        for block_class, expected in [
            (SectionBlock, "Un territoire qui se choisit"),
            (KeyFiguresBlock, "Source : IGN, 2024"),
            (FooterColumnBlock, "Vivre ici"),
            (LinkBlock, "S&#x27;installer"),
        ]:
            block = block_class()
            block.set_name(block_class.__name__)
            with self.subTest(block=block_class.__name__):
                url = reverse("wagtailadmin_block_preview")
                response = self.client.get(url, {"id": block.definition_prefix})
                self.assertEqual(response.status_code, 200, response.get("Location"))
                html = response.content.decode()
                self.assertIn(expected, html)
                self.assertIn("/static/brands/css/blocks.css", html)
