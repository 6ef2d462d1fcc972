"""The component catalogue: every block and component in a site's palette, for that site's staff only."""

from django.test import TestCase
from django.urls import reverse
from django.utils.html import escape

from brands.blocks import BODY_BLOCKS
from brands.models import BrandSettings
from tests.factories import BLOCK_WRAPPERS, ImageFactory, SuperuserFactory, UserFactory, make_territory

URL = reverse("brands_component_catalogue")


class ComponentCatalogueTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.alpha = make_territory("alpha", "Alpha")
        cls.beta = make_territory("beta", "Bêta")
        BrandSettings.objects.filter(site=cls.alpha.site).update(primary_color="#114477")
        BrandSettings.objects.filter(site=cls.beta.site).update(primary_color="#771144")
        cls.editor = UserFactory.editor_of(cls.alpha)
        cls.superuser = SuperuserFactory()
        ImageFactory(title="Vue du col")

    def test_every_block_and_component_is_shown_in_the_sites_palette(self) -> None:
        self.client.force_login(self.superuser)
        response = self.client.get(URL, {"site": self.beta.site.pk})
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        for name, block in BODY_BLOCKS:
            with self.subTest(block=name):
                self.assertIn(f'id="bloc-{name}"', html)
                self.assertIn(escape(str(block.label)), html)
                self.assertIn(BLOCK_WRAPPERS[name], html)  # the block itself, rendered
        for component in [
            'class="page-header"',
            'class="button button--primary"',
            'class="strength-card',
            'class="strengths-chart"',
            'class="pagination"',
            'class="empty-state"',
        ]:
            self.assertIn(component, html)
        self.assertIn("--color-primary:#771144", html)
        self.assertIn('<meta name="robots" content="noindex, nofollow">', html)
        # Beta's own header: the page is drawn as Beta draws its pages.
        self.assertIn('<span class="brand__name">Bêta</span>', html)

    def test_a_superuser_chooses_among_every_palette(self) -> None:
        self.client.force_login(self.superuser)
        html = self.client.get(URL).content.decode()
        self.assertIn(f'href="?site={self.alpha.site.pk}"', html)
        self.assertIn(f'href="?site={self.beta.site.pk}"', html)

    def test_territory_staff_see_their_own_palette_only(self) -> None:
        self.client.force_login(self.editor)
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("--color-primary:#114477", html)
        self.assertNotIn("#771144", html)
        self.assertNotIn(f'href="?site={self.beta.site.pk}"', html)
        self.assertNotIn("Bêta", html)
        # Alpha's library is empty: the image blocks say why they show nothing, the superuser's image stays hidden.
        self.assertIn("Ce bloc a besoin d’une image", html)
        self.assertNotIn("Vue du col", html)

    def test_another_territorys_palette_is_not_found(self) -> None:
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get(URL, {"site": self.beta.site.pk}).status_code, 404)
        self.assertEqual(self.client.get(URL, {"site": "n'importe quoi"}).status_code, 404)

    def test_visitors_are_sent_to_the_login(self) -> None:
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])

    def test_it_is_in_the_help_menu(self) -> None:
        self.client.force_login(self.editor)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), URL)
