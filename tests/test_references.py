"""A territory's content may only point at its own pages, images and documents, even by a posted id."""

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page, Revision
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from brands.models import BrandSettings, ContentPage, Navigation
from tests.factories import ContentPageFactory, DocumentFactory, ImageFactory, UserFactory, make_territory

REFUSAL = "appartiennent à un autre territoire"


class ReferenceScopeTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("aveyron", "Aveyron")
        cls.b = make_territory("maurienne", "Maurienne")
        cls.home_a = cls.a.site.root_page.specific
        cls.page_a = ContentPageFactory(parent=cls.home_a, title="Investir en Aveyron")
        cls.page_b = ContentPageFactory(parent=cls.b.site.root_page, title="Les cols de Maurienne")
        cls.image_a = ImageFactory.in_territory(cls.a, title="Tiers-lieu de la mairie")
        cls.image_b = ImageFactory.in_territory(cls.b, title="Col du Galibier")
        cls.document_b = DocumentFactory.in_territory(cls.b, title="Plan vélo Maurienne")
        cls.editor_a = UserFactory.editor_of(cls.a)


class SettingsReferenceTests(ReferenceScopeTestCase):
    def test_brand_logo_from_another_territory_is_refused(self):
        brand = BrandSettings.for_site(self.a.site)
        brand.logo = self.image_b
        with self.assertRaises(ValidationError) as refusal:
            brand.full_clean()
        self.assertIn("« Col du Galibier »", " ".join(refusal.exception.messages))
        brand.logo = self.image_a
        brand.full_clean()

    def test_menu_link_from_another_territory_is_refused(self):
        navigation = Navigation.objects.get(site=self.a.site)
        navigation.menu_items = [("link", {"page": self.page_b, "label": "", "url": ""})]
        with self.assertRaises(ValidationError) as refusal:
            navigation.full_clean()
        self.assertIn("« Les cols de Maurienne »", " ".join(refusal.exception.messages))
        navigation.menu_items = [("link", {"page": self.page_a, "label": "", "url": ""})]
        navigation.full_clean()

    def test_partner_logo_from_another_territory_is_refused(self):
        brand = BrandSettings.for_site(self.a.site)
        brand.partners = [("partner", {"name": "Club", "logo": self.image_b, "url": ""})]
        with self.assertRaises(ValidationError) as refusal:
            brand.full_clean()
        self.assertIn("« Col du Galibier »", " ".join(refusal.exception.messages))
        brand.partners = [("partner", {"name": "Club", "logo": self.image_a, "url": ""})]
        brand.full_clean()

    def test_admin_post_of_another_territory_image_id_is_refused_and_nothing_saved(self):
        self.client.force_login(self.editor_a)
        url = reverse("wagtailsettings:edit", args=["brands", "brandsettings", self.a.site.pk])
        data = querydict_from_html(self.client.get(url).content.decode(), form_id="w-editor-form").dict()
        data.setdefault("partners-count", "0")  # the partners' StreamField is drawn by JavaScript
        response = self.client.post(url, {**data, "logo": self.image_b.pk})
        self.assertContains(response, REFUSAL)
        self.assertIsNone(BrandSettings.objects.get(site=self.a.site).logo_id)
        response = self.client.post(url, {**data, "logo": self.image_a.pk})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(BrandSettings.objects.get(site=self.a.site).logo_id, self.image_a.pk)


class PageReferenceTests(ReferenceScopeTestCase):
    def setUp(self):
        self.client.force_login(self.editor_a)

    def add_page(self, body: list) -> object:
        url = reverse("wagtailadmin_pages:add", args=["brands", "contentpage", self.home_a.pk])
        data = nested_form_data({"title": "S'implanter", "slug": "s-implanter", "intro": "", "body": streamfield(body)})
        return self.client.post(url, data)

    def image_block(self, image) -> tuple[str, dict]:
        value = {"image": {"image": image.pk, "alt_text": "Une vue", "decorative": False}, "caption": "", "credit": ""}
        return ("image", value)

    def section_block(self, html: str) -> tuple[str, dict]:
        return ("section", {"heading": "", "text": rich_text(html)})

    def assert_page_refused(self, body: list, title: str) -> None:
        pages, revisions = Page.objects.count(), Revision.objects.count()
        response = self.add_page(body)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, REFUSAL)
        self.assertContains(response, f"« {title} »")
        self.assertEqual((Page.objects.count(), Revision.objects.count()), (pages, revisions))

    def test_image_block_with_another_territory_image_is_refused(self):
        self.assert_page_refused([self.image_block(self.image_b)], "Col du Galibier")

    def test_rich_text_link_to_another_territory_page_is_refused(self):
        link = f'<p><a linktype="page" id="{self.page_b.pk}">les cols</a></p>'
        self.assert_page_refused([self.section_block(link)], "Les cols de Maurienne")

    def test_rich_text_link_to_another_territory_document_is_refused(self):
        link = f'<p><a linktype="document" id="{self.document_b.pk}">le plan</a></p>'
        self.assert_page_refused([self.section_block(link)], "Plan vélo Maurienne")

    def test_home_hero_image_from_another_territory_is_refused(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.home_a.pk])
        data = {"title": self.home_a.title, "slug": self.home_a.slug, "intro": "", "body": streamfield([])}
        revisions = Revision.objects.count()
        response = self.client.post(url, nested_form_data({**data, "hero_image": self.image_b.pk}))
        self.assertContains(response, REFUSAL)
        self.assertEqual(Revision.objects.count(), revisions)
        self.home_a.refresh_from_db()
        self.assertIsNone(self.home_a.hero_image_id)
        response = self.client.post(url, nested_form_data({**data, "hero_image": self.image_a.pk}))
        self.assertEqual(response.status_code, 302)
        self.home_a.refresh_from_db()
        self.assertEqual(self.home_a.get_latest_revision_as_object().hero_image_id, self.image_a.pk)

    def test_own_image_and_links_are_accepted(self):
        link = f'<p><a linktype="page" id="{self.page_a.pk}">investir</a></p>'
        response = self.add_page([self.image_block(self.image_a), self.section_block(link)])
        self.assertEqual(response.status_code, 302)
        page = ContentPage.objects.get(slug="s-implanter")
        self.assertEqual(page.get_parent().pk, self.home_a.pk)
        self.assertEqual(page.get_latest_revision_as_object().body[0].value["image"].pk, self.image_a.pk)
