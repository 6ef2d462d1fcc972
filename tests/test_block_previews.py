"""Block previews in the admin: every library block with a preview value renders with the public styles."""

from django.test import TestCase
from django.urls import reverse

from brands.blocks import BODY_BLOCKS, ButtonLinkBlock, FooterColumnBlock, LinkBlock
from tests.factories import SuperuserFactory, make_territory

# What each preview must show; blocks built on images or documents have no preview value.
EXPECTED = {
    "hero": "Vivre et travailler en Xaintrie",
    "section": "Un territoire qui se choisit",
    "key_figures": "Source : IGN, 2024",
    "strengths_grid": "La fibre dans chaque village",
    "portrait": "Léa Bouscarat",
    "quote": "On est venus pour six mois",
    "video": "Une journée au tiers-lieu de Saint-Privat",
    "map": "Plan d&#x27;accès au tiers-lieu",
    "call_to_action": "Prendre rendez-vous",
    "faq": "application/ld+json",
    "timeline": "Une idée au café",
    "latest_stories": "Ils et elles racontent",
}


class BlockPreviewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_territory("xaintrie")
        cls.admin = SuperuserFactory()

    def assertPreviews(self, block, expected: str) -> None:
        response = self.client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
        self.assertEqual(response.status_code, 200, response.get("Location"))
        html = response.content.decode()
        self.assertIn(expected, html)
        self.assertIn("/static/brands/css/blocks.css", html)

    def test_body_blocks_with_preview_values_render_in_the_admin(self):
        self.client.force_login(self.admin)
        previewable = {name for name, block in BODY_BLOCKS if block.is_previewable}
        self.assertEqual(previewable, set(EXPECTED))
        for name, block in BODY_BLOCKS:
            if name in EXPECTED:
                with self.subTest(block=name):
                    self.assertPreviews(block, EXPECTED[name])

    def test_navigation_blocks_render_in_the_admin(self):
        self.client.force_login(self.admin)
        for block_class, expected in [
            (FooterColumnBlock, "Vivre ici"),
            (LinkBlock, "S&#x27;installer"),
            (ButtonLinkBlock, "Visiter le territoire"),
        ]:
            block = block_class()
            block.set_name(block_class.__name__)
            with self.subTest(block=block_class.__name__):
                self.assertPreviews(block, expected)
