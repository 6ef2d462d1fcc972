"""Editors mark the language of a passage: « EN », « GCF »… in the rich-text toolbar, and a language on quotes.

A screen reader pronounces a Creole quote on a French page with French rules unless the passage says
lang="gcf" (WCAG 3.1.2, RGAA 8.8).
"""

import json
import re

from django.test import TestCase
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Locale
from wagtail.rich_text import features

from brands.blocks import RICH_TEXT_FEATURES
from brands.core.translation import add_language
from brands.models import Strength
from tests.factories import (
    ContentPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StrengthFactory,
    StrengthsPageFactory,
    SuperuserFactory,
    make_territory,
    publish_translation,
)

CONTENT_LANGUAGES = ["fr", "en", "de", "it", "es", "nl", "gcf"]
STORED = '<p>Le slogan de la vallée : <span lang="en">Ride the passes</span>, et en créole <span lang="gcf">An nou alé</span>.</p>'


def without_block_keys(html: str) -> str:
    return re.sub(r' data-block-key="[^"]*"', "", html)


class RichTextPassageTests(TestCase):
    def test_every_content_language_is_a_feature_of_the_toolbar(self) -> None:
        for code in CONTENT_LANGUAGES:
            with self.subTest(code=code):
                self.assertIn(f"lang-{code}", RICH_TEXT_FEATURES)
                plugin = features.get_editor_plugin("draftail", f"lang-{code}")
                self.assertEqual(plugin.data["label"], code.upper())

    def test_a_marked_passage_survives_the_editor(self) -> None:
        """Stored HTML → the editor's content state → stored HTML, unchanged: nothing is lost on save."""
        converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
        state = json.loads(converter.from_database_format(STORED))
        styles = {r["style"] for block in state["blocks"] for r in block["inlineStyleRanges"]}
        self.assertEqual(styles, {"LANG_EN", "LANG_GCF"})
        self.assertEqual(without_block_keys(converter.to_database_format(json.dumps(state))), STORED)

    def test_an_unknown_language_is_dropped_not_kept(self) -> None:
        converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
        state = converter.from_database_format('<p>Un <span lang="xx">mot</span>.</p>')
        self.assertEqual(without_block_keys(converter.to_database_format(state)), "<p>Un mot.</p>")


class PassageRenderingTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("alpha")
        body = [
            {"type": "section", "value": {"heading": "Le slogan", "text": STORED}},
            {"type": "quote", "value": {"text": "An nou alé !", "author": "Josette", "source": "", "language": "gcf"}},
            {"type": "quote", "value": {"text": "On y va !", "author": "Paul", "source": "", "language": ""}},
            {
                "type": "portrait",
                "value": {
                    "photo": None,
                    "name": "Giulia",
                    "role": "",
                    "quote": "Che bella valle.",
                    "story": None,
                    "language": "it",
                },
            },
        ]
        cls.page = ContentPageFactory(parent=territory.site.root_page, body=json.dumps(body))

    def test_marked_passages_and_quotes_carry_their_language(self) -> None:
        html = self.client.get(self.page.url, HTTP_HOST="alpha.localhost").content.decode()
        self.assertIn('<span lang="en">Ride the passes</span>', html)
        self.assertIn('<span lang="gcf">An nou alé</span>', html)
        self.assertIn('<blockquote lang="gcf"><p>«\u00a0An nou alé !\u00a0»</p></blockquote>', html)
        self.assertIn(
            "<blockquote><p>«\u00a0On y va !\u00a0»</p></blockquote>", html, "the page's language: no attribute"
        )
        self.assertIn('<blockquote class="portrait-block__quote" lang="it">', html)

    def test_the_editor_offers_the_language_of_a_quote(self) -> None:
        self.client.force_login(SuperuserFactory())
        response = self.client.get(f"/admin/pages/{self.page.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("Langue de la citation", html)
        self.assertIn("Gwadloup (gcf)", html)
        self.assertIn("LANG_GCF", html)


class UntranslatedTextTests(TestCase):
    """Text a translator has not translated yet keeps its French words, and says so with lang="fr"."""

    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("alpha", "Alpha")
        home = territory.site.root_page.specific
        strengths_page = StrengthsPageFactory(parent=home)
        index = StoryIndexPageFactory(parent=home)
        fibre = StrengthFactory(
            site=territory.site,
            title="La fibre partout",
            pitch="Chaque hameau est raccordé.",
            figure_value="98",
            figure_unit="%",
            figure_label="des foyers raccordés",
            figure_source="Orange, 2025",
        )
        story = StoryPageFactory(parent=index, title="La codeuse", slug="la-codeuse", related_strengths=[fibre])
        grid = {"heading": "Nos atouts", "strengths": [fibre.pk]}
        home.body = json.dumps([{"type": "strengths_grid", "value": grid}])
        home.save_revision().publish()
        add_language(territory, "en")
        english = Locale.objects.get(language_code="en")
        # Half done: the pitch is translated, the title and the figure's label are still French.
        translated = Strength.objects.filter(translation_key=fibre.translation_key, locale=english).first()
        if translated is None:
            translated = fibre.copy_for_translation(english)
        translated.pitch = "Every hamlet is connected."
        translated.save()
        for page, title in [(home, "Alpha"), (strengths_page, "Our strengths"), (index, "Stories")]:
            publish_translation(page, "en", title)
        publish_translation(story, "en", "The coder")

    def get(self, path: str) -> str:
        response = self.client.get(path, HTTP_HOST="alpha.localhost")
        self.assertEqual(response.status_code, 200, path)
        return response.content.decode()

    def test_the_strength_card_marks_what_is_still_french(self) -> None:
        html = self.get("/en/nos-atouts/")
        self.assertRegex(html, r'<h3 class="strength-card__title" lang="fr">La fibre partout</h3>')
        self.assertIn('<span lang="fr">des foyers raccordés</span>', html)
        self.assertIn("<p>Every hamlet is connected.</p>", html)

    def test_the_home_grid_marks_it_too(self) -> None:
        html = self.get("/en/")
        self.assertRegex(html, r'<h3 class="strength-card__title" lang="fr">La fibre partout</h3>')

    def test_nothing_is_marked_on_the_french_page(self) -> None:
        html = self.get("/nos-atouts/")
        self.assertRegex(html, r'<h3 class="strength-card__title">La fibre partout</h3>')
        self.assertNotIn('lang="fr"', html.split("<main", 1)[1])

    def test_a_story_names_its_untranslated_strength_in_french(self) -> None:
        html = self.get("/en/recits/la-codeuse/")
        self.assertRegex(html, r'<a href="[^"]*\?atout=\d+" lang="fr">La fibre partout</a>')
        french = self.get("/recits/la-codeuse/")
        self.assertRegex(french, r'<a href="[^"]*\?atout=\d+">La fibre partout</a>')
