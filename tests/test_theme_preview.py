"""Live theme preview of the brand settings: unsaved palettes rendered, nothing written, ratios as validated."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import ModelLogEntry, Revision
from wagtail.test.utils.form_data import querydict_from_html

from brands.core.colors import CONTRAST_PAIRS, contrast_ratio, format_ratio
from brands.models import BrandSettings
from brands.public import error_pages as errors
from tests.browser import BrowserTestCase
from tests.factories import PASSWORD, ContentPageFactory, SuperuserFactory, UserFactory, make_territory

SAVED = {
    "primary_color": "#1f5f8b",
    "secondary_color": "#2d5a3d",
    "accent_color": "#f2c14e",
    "text_color": "#1d1d1b",
    "background_color": "#ffffff",
    "font_pairing": "editorial",
}
UNSAVED = {
    "primary_color": "#123456",
    "secondary_color": "#3a2b1c",
    "accent_color": "#fde68a",
    "text_color": "#111111",
    "background_color": "#fafaf5",
    "font_pairing": "moderne",
}


def preview_url(brand: BrandSettings) -> str:
    return reverse("brands_theme_preview", args=[brand.site_id])


def edit_url(brand: BrandSettings) -> str:
    return reverse("wagtailsettings:edit", args=["brands", "brandsettings", brand.site_id])


def stored(brand: BrandSettings) -> dict:
    return BrandSettings.objects.filter(pk=brand.pk).values(*SAVED).get()


class ThemePreviewViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.territory = make_territory("xaintrie", "La Xaintrie")
        cls.other = make_territory("aveyron", "Aveyron")
        cls.brand = BrandSettings.objects.get(site=cls.territory.site)
        BrandSettings.objects.filter(pk=cls.brand.pk).update(**SAVED)
        cls.other_brand = BrandSettings.objects.get(site=cls.other.site)
        cls.editor = UserFactory.editor_of(cls.territory)
        cls.moderator = UserFactory.moderator_of(cls.territory)

    def setUp(self):
        self.client.force_login(self.editor)

    def test_posted_palette_and_fonts_are_rendered_in_the_home_page(self):
        response = self.client.post(preview_url(self.brand), UNSAVED)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("--color-primary:#123456;", html)
        self.assertIn("--color-bg:#fafaf5;", html)
        self.assertIn('--font-heading:"Montserrat"', html)
        self.assertNotIn("--color-primary:#1f5f8b", html)
        self.assertNotIn("Source Serif 4", html)
        self.assertIn("La Xaintrie", html)  # the territory's own home page, header and all
        self.assertIn('id="contenu"', html)

    def test_preview_writes_nothing(self):
        revisions, log_entries = Revision.objects.count(), ModelLogEntry.objects.count()
        self.client.post(preview_url(self.brand), UNSAVED)
        self.assertEqual(stored(self.brand), SAVED)
        self.assertEqual(Revision.objects.count(), revisions)
        self.assertEqual(ModelLogEntry.objects.count(), log_entries)

    def test_the_500_page_snapshot_never_takes_the_unsaved_palette(self):
        host = self.brand.site.hostname
        cache.delete(errors.snapshot_key(host))
        errors.recently_written.clear()
        self.client.post(preview_url(self.brand), UNSAVED)
        snapshot = cache.get(errors.snapshot_key(host))
        self.assertTrue(snapshot is None or snapshot["palette"]["primary_color"] != UNSAVED["primary_color"])

    def test_a_palette_validation_would_refuse_is_still_previewed(self):
        response = self.client.post(preview_url(self.brand), {**UNSAVED, "text_color": "#777777"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("--color-text:#777777;", response.content.decode())
        self.assertEqual(stored(self.brand), SAVED)

    def test_get_shows_the_saved_palette(self):
        response = self.client.get(preview_url(self.brand))
        self.assertEqual(response.status_code, 200)
        self.assertIn("--color-primary:#1f5f8b;", response.content.decode())

    def test_invalid_colour_is_refused_in_french_and_nothing_saved(self):
        response = self.client.post(preview_url(self.brand), {**UNSAVED, "primary_color": "rouge"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(
            response, "Indiquez une couleur au format #rrvvbb, par exemple #1f5f8b.", status_code=400, html=False
        )
        self.assertContains(response, "Couleur principale :", status_code=400)
        self.assertEqual(stored(self.brand), SAVED)

    def test_unknown_font_pairing_is_refused(self):
        response = self.client.post(preview_url(self.brand), {**UNSAVED, "font_pairing": "comic-sans"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Sélectionnez un choix valide", status_code=400)

    def test_another_territorys_editor_is_refused(self):
        for method in (self.client.get, self.client.post):
            with self.subTest(method=method.__name__):
                response = method(preview_url(self.other_brand), UNSAVED)
                self.assertEqual(response.status_code, 403)
                self.assertEqual(
                    response.content.decode(), "Vous ne pouvez pas modifier l'identité de marque de ce site."
                )
        self.assertNotEqual(stored(self.other_brand), UNSAVED)

    def test_unknown_site_is_not_found(self):
        response = self.client.post(reverse("brands_theme_preview", args=[987654]), UNSAVED)
        self.assertEqual(response.status_code, 404)

    def test_moderator_and_superuser_may_preview(self):
        for user in (self.moderator, SuperuserFactory()):
            with self.subTest(user=user.username):
                self.client.force_login(user)
                self.assertEqual(self.client.post(preview_url(self.brand), UNSAVED).status_code, 200)

    def test_anonymous_is_sent_to_the_login_page(self):
        self.client.logout()
        response = self.client.post(preview_url(self.brand), UNSAVED)
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])

    def test_query_budget_does_not_grow_with_content(self):
        def count() -> int:
            with CaptureQueriesContext(connection) as queries:
                self.client.post(preview_url(self.brand), UNSAVED)
            return len(queries)

        before = count()
        self.assertLessEqual(before, 20)
        home = self.territory.site.root_page
        for number in range(5):
            home.add_child(instance=ContentPageFactory.build(title=f"Page {number}", slug=f"page-{number}"))
        self.assertLessEqual(count(), before)


class ThemePreviewPanelTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.territory = make_territory("xaintrie", "La Xaintrie")
        cls.brand = BrandSettings.objects.get(site=cls.territory.site)
        cls.editor = UserFactory.editor_of(cls.territory)

    def setUp(self):
        self.client.force_login(self.editor)

    def panel_rows(self) -> list[tuple[str, str, str]]:
        response = self.client.get(edit_url(self.brand))
        self.assertEqual(response.status_code, 200)
        panel = BeautifulSoup(response.content, "html.parser").select_one("[data-theme-preview]")
        self.assertIsNotNone(panel)
        return [
            (
                row.select_one("[data-description]").get_text(strip=True),
                row.select_one("[data-ratio]").get_text(strip=True),
                row.select_one("[data-verdict]").get_text(strip=True),
            )
            for row in panel.select("[data-contrast-pair]")
        ]

    def test_edit_page_shows_the_panel_script_and_preview(self):
        response = self.client.get(edit_url(self.brand))
        self.assertContains(response, "Aperçu du thème")
        self.assertContains(response, "brands/js/theme-preview.js")
        self.assertContains(response, f'src="{preview_url(self.brand)}"')
        self.assertContains(response, 'aria-live="polite"')

    def test_ratios_are_those_of_brands_colors_for_the_saved_palette(self):
        palette = BrandSettings.objects.get(pk=self.brand.pk).palette
        expected = [
            (str(pair.description), format_ratio(contrast_ratio(*pair.colors(palette))), "suffisant")
            for pair in CONTRAST_PAIRS
        ]
        self.assertEqual(self.panel_rows(), expected)

    def test_pairs_validation_refuses_read_insufficient_with_the_same_ratio(self):
        BrandSettings.objects.filter(pk=self.brand.pk).update(text_color="#777777")
        brand = BrandSettings.objects.get(pk=self.brand.pk)
        with self.assertRaises(ValidationError) as refusal:
            brand.full_clean()
        messages = " ".join(message for field in refusal.exception.message_dict.values() for message in field)
        rows = self.panel_rows()
        self.assertIn(("le texte sur le fond de page", "4,47:1", "insuffisant"), rows)
        for description, ratio, verdict in rows:
            with self.subTest(pair=description):
                refused = f"Contraste insuffisant pour {description} : {ratio} mesuré" in messages
                self.assertEqual(verdict == "insuffisant", refused)
                self.assertEqual(refused, description in messages)

    def test_edit_form_still_saves_as_before(self):
        response = self.client.get(edit_url(self.brand))
        data = querydict_from_html(response.content.decode(), form_id="w-editor-form")
        data["primary_color"] = "#0b4f6c"
        data["partners-count"] = "0"  # the StreamField is drawn by its own script
        response = self.client.post(edit_url(self.brand), data)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(BrandSettings.objects.get(pk=self.brand.pk).primary_color, "#0b4f6c")


@pytest.mark.browser
class ThemePreviewInBrowserTests(BrowserTestCase):
    """The script recomputes the ratios, announces the problem and refreshes the preview as the editor picks."""

    def test_picking_a_pale_text_colour(self):
        territory = make_territory("xaintrie", "La Xaintrie")
        brand = BrandSettings.objects.get(site=territory.site)
        editor = UserFactory.editor_of(territory)
        page = self.log_in(self.new_context(), editor.username, PASSWORD)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{self.live_server_url}{edit_url(brand)}")

        page.eval_on_selector(
            "#id_text_color",
            "input => { input.value = '#777777'; input.dispatchEvent(new Event('input', {bubbles: true})); }",
        )
        row = page.locator("[data-contrast-pair]").filter(has_text="le texte sur le fond de page")
        expect(row.locator("[data-ratio]")).to_have_text("4,47:1")
        expect(row.locator("[data-verdict]")).to_have_text("insuffisant")
        expect(page.locator("[data-announcer]")).to_contain_text("le texte sur le fond de page (4,47:1)")
        frame = page.locator("[data-preview-frame]")
        expect(frame).to_have_attribute("srcdoc", re.compile("--color-text:#777777;"))
        expect(page.frame_locator("[data-preview-frame]").locator("main#contenu")).to_be_attached()
        self.assertEqual(errors, [])
        self.assertEqual(BrandSettings.objects.get(pk=brand.pk).text_color, brand.text_color)
