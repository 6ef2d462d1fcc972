"""Every listing of stories shows only pages in the language of the page being read.

wagtail-localize keeps a translated story's strengths pointing at the French strengths it was given, so a
French strength is "embodied" by its stories in every language: the French « Nos atouts » listed the English
and Italian translations of the stories, and the English one listed none.
"""

import json
import re

from django.test import TestCase

from brands.core.translation import add_language
from tests.factories import (
    StoryIndexPageFactory,
    StoryPageFactory,
    StrengthFactory,
    StrengthsPageFactory,
    make_territory,
    publish_translation,
)

HOST = "alpha.localhost"


class ListingLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("alpha", "Alpha")
        home = territory.site.root_page.specific
        cls.fibre = StrengthFactory(site=territory.site, title="La fibre partout", category="mobility")
        home.body = json.dumps(
            [
                {
                    "type": "latest_stories",
                    "value": {"heading": "Derniers récits", "strength": None, "tag": "", "count": 3},
                }
            ]
        )
        home.save_revision().publish()
        strengths_page = StrengthsPageFactory(parent=home)
        index = StoryIndexPageFactory(parent=home)
        cls.first = StoryPageFactory(parent=index, title="La codeuse", slug="la-codeuse", related_strengths=[cls.fibre])
        cls.second = StoryPageFactory(
            parent=index, title="Le menuisier", slug="le-menuisier", related_strengths=[cls.fibre]
        )
        add_language(territory, "en")
        for page, title in [
            (home, "Alpha in English"),
            (strengths_page, "Our strengths"),
            (index, "Stories"),
            (cls.first, "The coder"),
            (cls.second, "The joiner"),
        ]:
            publish_translation(page, "en", title)

    def get(self, path: str) -> str:
        response = self.client.get(path, HTTP_HOST=HOST)
        self.assertEqual(response.status_code, 200, path)
        return response.content.decode()

    def test_french_strengths_page_lists_french_stories_only(self) -> None:
        html = self.get("/nos-atouts/")
        self.assertIn('href="/recits/la-codeuse/"', html)
        self.assertNotIn("/en/", html.split("<main", 1)[1].split("</main>", 1)[0])
        self.assertNotIn("The coder", html)

    def test_english_strengths_page_lists_english_stories(self) -> None:
        html = self.get("/en/nos-atouts/")
        self.assertIn("The coder", html)
        self.assertIn("The joiner", html)
        self.assertNotIn("La codeuse", html)

    def test_latest_stories_and_neighbours_stay_in_the_language(self) -> None:
        for path, own, foreign in [
            ("/", "La codeuse", "The coder"),
            ("/en/", "The coder", "La codeuse"),
            ("/recits/la-codeuse/", "Le menuisier", "The joiner"),
            ("/en/recits/la-codeuse/", "The joiner", "Le menuisier"),
            ("/recits/", "Le menuisier", "The joiner"),
        ]:
            with self.subTest(path=path):
                html = self.get(path)
                self.assertIn(own, html)
                self.assertNotIn(foreign, html)

    def test_feeds_stay_in_the_language(self) -> None:
        self.assertNotIn("The coder", self.get("/flux.xml"))
        self.assertIn("The coder", self.get("/en/flux.xml"))


class FeaturedStoriesTests(TestCase):
    """Stories put on the front by the editor come in their order, in the language of the page being read."""

    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("alpha", "Alpha")
        home = territory.site.root_page.specific
        index = StoryIndexPageFactory(parent=home)
        first = StoryPageFactory(parent=index, title="La codeuse", slug="la-codeuse")
        second = StoryPageFactory(parent=index, title="Le menuisier", slug="le-menuisier")
        french_only = StoryPageFactory(parent=index, title="La bergère", slug="la-bergere")
        StoryPageFactory(parent=index, title="Le plus récent", slug="le-plus-recent")
        chosen = {"heading": "À la une", "strength": None, "tag": "", "count": 3}
        chosen["stories"] = [second.pk, french_only.pk, first.pk]
        home.body = json.dumps([{"type": "latest_stories", "value": chosen}])
        home.save_revision().publish()
        add_language(territory, "en")
        for page, title in [(home, "Alpha"), (index, "Stories"), (first, "The coder"), (second, "The joiner")]:
            publish_translation(page, "en", title)

    def titles(self, path: str) -> list[str]:
        html = self.client.get(path, HTTP_HOST=HOST).content.decode()
        return re.findall(r'class="story-card__title"><a href="[^"]*">([^<]*)</a>', html)

    def test_chosen_stories_in_their_order_and_in_the_page_language(self) -> None:
        self.assertEqual(self.titles("/"), ["Le menuisier", "La bergère", "La codeuse"])
        self.assertEqual(self.titles("/en/"), ["The joiner", "The coder"], "no English story: left out")
