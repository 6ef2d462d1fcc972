"""Block previews in the admin: every library block with a preview value renders with the public styles."""

from django.test import TestCase
from django.urls import reverse

from brands.blocks import BODY_BLOCKS, ButtonLinkBlock, FooterColumnBlock, LinkBlock
from tests.factories import DocumentFactory, ImageFactory, SuperuserFactory, UserFactory, make_territory

# What each preview must show. Blocks built on images or documents are previewed with the editor's own media.
MEDIA_BLOCKS = {"image", "gallery", "partners", "downloads"}
EXPECTED = {
    "hero": "Vivre et travailler en Xaintrie",
    "audience_doors": "Logement, écoles, santé, fibre",
    "section": "Un territoire qui se choisit",
    "key_figures": "Source\u00a0: IGN, 2024",
    "strengths_grid": "La fibre dans chaque village",
    "portrait": "Léa Bouscarat",
    "quote": "On est venus pour six mois",
    "video": "Une journée au tiers-lieu de Saint-Privat",
    "map": "Plan d’accès au tiers-lieu",
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
        self.assertEqual(previewable, set(EXPECTED) | MEDIA_BLOCKS)
        for name, block in BODY_BLOCKS:
            if name in EXPECTED:
                with self.subTest(block=name):
                    self.assertPreviews(block, EXPECTED[name])

    def test_navigation_blocks_render_in_the_admin(self):
        self.client.force_login(self.admin)
        for block_class, expected in [
            (FooterColumnBlock, "Vivre ici"),
            (LinkBlock, "S’installer"),
            (ButtonLinkBlock, "Visiter le territoire"),
        ]:
            block = block_class()
            block.set_name(block_class.__name__)
            with self.subTest(block=block_class.__name__):
                self.assertPreviews(block, expected)


class MediaBlockPreviewTests(TestCase):
    """Media blocks preview with the editor's own images and documents, never another territory's."""

    @classmethod
    def setUpTestData(cls):
        cls.xaintrie = make_territory("xaintrie")
        cls.maurienne = make_territory("maurienne")
        cls.editor = UserFactory.editor_of(cls.xaintrie)
        for n in range(3):
            ImageFactory.in_territory(cls.xaintrie, title=f"Dordogne {n}")
            ImageFactory.in_territory(cls.maurienne, title=f"Galibier {n}")
        DocumentFactory.in_territory(cls.xaintrie, title="Guide de l'installation")
        DocumentFactory.in_territory(cls.maurienne, title="Plan vélo")

    def preview(self, name: str) -> str:
        block = dict(BODY_BLOCKS)[name]
        response = self.client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_media_blocks_preview_with_own_media_only(self):
        self.client.force_login(self.editor)
        for name, expected in [
            ("image", "Le territoire vu d’en haut."),
            ("gallery", "Dordogne 1"),
            ("partners", 'alt="Dordogne 2"'),
            ("downloads", "Guide de l&#x27;installation"),
        ]:
            with self.subTest(block=name):
                html = self.preview(name)
                self.assertIn(expected, html)
                self.assertNotIn("Galibier", html)
                self.assertNotIn("Plan vélo", html)

    def test_an_empty_library_previews_without_media(self):
        editor = UserFactory.editor_of(make_territory("aveyron"))
        self.client.force_login(editor)
        for name in sorted(MEDIA_BLOCKS):
            with self.subTest(block=name):
                html = self.preview(name)
                self.assertNotIn("Dordogne", html)
                self.assertNotIn("Galibier", html)
