"""Editors mark the language of a passage: « EN », « GCF »… in the rich-text toolbar, and a language on quotes.

A screen reader pronounces a Creole quote on a French page with French rules unless the passage says
lang="gcf" (WCAG 3.1.2, RGAA 8.8).
"""

import json
import re

from django.test import TestCase
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import features

from brands.blocks import RICH_TEXT_FEATURES
from tests.factories import ContentPageFactory, SuperuserFactory, make_territory

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
        self.assertIn('<blockquote lang="gcf"><p>« An nou alé ! »</p></blockquote>', html)
        self.assertIn("<blockquote><p>« On y va ! »</p></blockquote>", html, "the page's language: no attribute")
        self.assertIn('<blockquote class="portrait-block__quote" lang="it">', html)

    def test_the_editor_offers_the_language_of_a_quote(self) -> None:
        self.client.force_login(SuperuserFactory())
        response = self.client.get(f"/admin/pages/{self.page.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("Langue de la citation", html)
        self.assertIn("Gwadloup (gcf)", html)
        self.assertIn("LANG_GCF", html)
