"""Brand settings: WCAG contrast validation and settings that never cross sites."""

from django.core.exceptions import ValidationError
from django.test import SimpleTestCase, TestCase

from brands.core.colors import contrast_problems, contrast_ratio, format_ratio
from brands.models import BrandSettings
from brands.models.settings import DEFAULT_PALETTE
from tests.factories import ContentPageFactory, make_territory


class ContrastRatioTests(SimpleTestCase):
    def test_known_ratios(self):
        self.assertAlmostEqual(contrast_ratio("#000000", "#ffffff"), 21.0, places=2)
        self.assertAlmostEqual(contrast_ratio("#ffffff", "#ffffff"), 1.0, places=2)
        # Reference value from the WebAIM contrast checker.
        self.assertAlmostEqual(contrast_ratio("#767676", "#ffffff"), 4.54, places=2)

    def test_order_does_not_matter(self):
        self.assertEqual(contrast_ratio("#1f5f8b", "#ffffff"), contrast_ratio("#ffffff", "#1f5f8b"))

    def test_ratio_is_truncated_not_rounded(self):
        self.assertEqual(format_ratio(4.499), "4,49:1")
        self.assertEqual(format_ratio(12.0), "12,00:1")

    def test_default_palette_passes(self):
        self.assertEqual(contrast_problems(DEFAULT_PALETTE), {})


class BrandSettingsValidationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.territory = make_territory("xaintrie", "La Xaintrie")
        cls.other = make_territory("aveyron", "Aveyron")

    def settings_with(self, **colors) -> BrandSettings:
        brand = BrandSettings.for_site(self.territory.site)
        for name, value in colors.items():
            setattr(brand, name, value)
        return brand

    def test_low_contrast_text_is_refused_with_measured_ratio(self):
        brand = self.settings_with(text_color="#777777", background_color="#ffffff")
        with self.assertRaises(ValidationError) as refusal:
            brand.full_clean()
        messages = refusal.exception.message_dict["text_color"]
        self.assertEqual(len(messages), 1)
        self.assertIn("Contraste insuffisant pour le texte sur le fond de page", messages[0])
        self.assertIn("4,47:1 mesuré", messages[0])
        self.assertIn("4,5:1 minimum", messages[0])

    def test_white_on_pale_primary_is_refused(self):
        brand = self.settings_with(primary_color="#f2c14e")
        with self.assertRaises(ValidationError) as refusal:
            brand.full_clean()
        self.assertIn(
            "texte blanc sur la couleur principale", " ".join(refusal.exception.message_dict["primary_color"])
        )

    def test_just_above_threshold_is_accepted(self):
        # #767676 on white measures 4.54:1.
        self.settings_with(text_color="#767676", accent_color="#ffffff").full_clean()

    def test_dark_theme_blames_only_the_failing_pair(self):
        # Links (primary) on the dark background pass; white text on that pale primary does not.
        with self.assertRaises(ValidationError) as refusal:
            self.settings_with(
                text_color="#f5f5f5",
                background_color="#121212",
                primary_color="#8ab4f8",
                accent_color="#3a3a3a",
            ).full_clean()
        self.assertEqual(set(refusal.exception.message_dict), {"primary_color"})

    def test_malformed_colour_gets_format_error_not_a_crash(self):
        with self.assertRaises(ValidationError) as refusal:
            self.settings_with(primary_color="bleu").full_clean()
        self.assertIn("#rrvvbb", " ".join(refusal.exception.message_dict["primary_color"]))

    def test_legal_notice_must_be_a_page_of_the_same_site(self):
        foreign_page = ContentPageFactory(parent=self.other.site.root_page, title="Mentions Aveyron")
        brand = self.settings_with()
        brand.legal_notice_page = foreign_page
        with self.assertRaises(ValidationError) as refusal:
            brand.full_clean()
        self.assertIn("« Mentions Aveyron »", " ".join(refusal.exception.messages))
        own_page = ContentPageFactory(parent=self.territory.site.root_page, title="Nos mentions")
        brand.legal_notice_page = own_page
        brand.full_clean()
