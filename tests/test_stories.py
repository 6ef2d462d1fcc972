"""Stories: the index's filters and pagination, previous/next, related stories, reading time, the strengths
a story may point at, and query budgets that do not grow with content."""

import datetime
import json
import re

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from brands.models import StoryPage
from tests.factories import (
    BLOCK_WRAPPERS,
    ImageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StrengthFactory,
    UserFactory,
    every_block_body,
    make_territory,
)

# Upper bounds, whatever the number of stories and blocks; raised by one in issue 5 for the footer's legal
# links and the breadcrumb's ancestors (BreadcrumbList).
INDEX_QUERY_BUDGET = 16
# With one block of every type of BODY_BLOCKS; blocks are fetched per type, however many of each.
STORY_QUERY_BUDGET = 16
HOST = "xaintrie.localhost"


def day(n: int) -> datetime.date:
    return datetime.date(2025, 1, 1) + datetime.timedelta(days=n)


def card_titles(html: str) -> list[str]:
    return re.findall(r'class="story-card__title"><a href="[^"]*">([^<]*)</a>', html)


def image_block(image) -> dict:
    return {"type": "image", "value": {"image": {"image": image.pk, "alt_text": "Vue", "decorative": False}}}


def section_block(heading: str, words: int = 10) -> dict:
    return {"type": "section", "value": {"heading": heading, "text": "<p>" + "mot " * words + "</p>"}}


class StoryTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("xaintrie", "La Xaintrie")
        cls.home = cls.territory.site.root_page.specific
        cls.index = StoryIndexPageFactory(parent=cls.home)
        site = cls.territory.site
        cls.fibre = StrengthFactory(site=site, title="Fibre partout", category="mobility")
        cls.vallees = StrengthFactory(site=site, title="Trois vallées", category="nature")
        cls.ferme = StrengthFactory(site=site, title="Fermes à reprendre", category="economy")

    def get(self, page, query: str = "", status: int = 200) -> str:
        response = self.client.get(page.url + query, HTTP_HOST=HOST)
        self.assertEqual(response.status_code, status)
        return response.content.decode()


class StoryIndexTests(StoryTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        story = StoryPageFactory
        cls.berger = story(parent=cls.index, title="Le berger", date_published=day(1), related_strengths=[cls.vallees])
        cls.codeuse = story(
            parent=cls.index,
            title="La codeuse",
            date_published=day(2),
            related_strengths=[cls.fibre],
            tags=["télétravail"],
        )
        cls.fromager = story(
            parent=cls.index,
            title="Le fromager",
            date_published=day(3),
            related_strengths=[cls.ferme, cls.vallees],
            tags=["agriculture"],
        )
        cls.draft = story(parent=cls.index, title="Brouillon secret", live=False, related_strengths=[cls.fibre])

    def test_lists_live_stories_newest_first_with_counts(self):
        html = self.get(self.index)
        self.assertEqual(card_titles(html), ["Le fromager", "La codeuse", "Le berger"])
        self.assertNotIn("Brouillon secret", html)
        self.assertIn("3 récits", html)
        self.assertIn(f'<option value="{self.vallees.pk}">Trois vallées (2)</option>', html)
        self.assertIn('<option value="nature">Nature et paysages (2)</option>', html)
        self.assertIn('<option value="télétravail">télétravail (1)</option>', html)
        self.assertIn('<form class="filters" method="get"', html)
        for name in ["atout", "categorie", "theme"]:
            self.assertIn(f'<label for="id_{name}">', html)

    def test_filters_by_strength_category_and_theme(self):
        for query, expected in [
            (f"?atout={self.vallees.pk}", ["Le fromager", "Le berger"]),
            ("?categorie=mobility", ["La codeuse"]),
            ("?theme=agriculture", ["Le fromager"]),
            (f"?atout={self.vallees.pk}&categorie=economy", ["Le fromager"]),
            (f"?atout={self.vallees.pk}&theme=agriculture&categorie=nature", ["Le fromager"]),
            ("?atout=abc&categorie=inconnue", ["Le fromager", "La codeuse", "Le berger"]),  # ignored, not a 500
        ]:
            with self.subTest(query):
                self.assertEqual(card_titles(self.get(self.index, query)), expected)

    def test_no_result_says_so_in_french(self):
        html = self.get(self.index, f"?atout={self.fibre.pk}&theme=agriculture")
        self.assertIn("Aucun récit ne correspond à ces filtres.", html)
        empty_index = StoryIndexPageFactory(parent=make_territory("vide").site.root_page)
        html = self.client.get(empty_index.url, HTTP_HOST="vide.localhost").content.decode()
        self.assertIn("Aucun récit n’est encore publié.", html)


class PaginationTests(StoryTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        for n in range(14):
            StoryPageFactory(parent=cls.index, title=f"Récit {n:02d}", date_published=day(n))

    def test_pages_of_twelve_with_aria_current(self):
        first = self.get(self.index)
        self.assertEqual(len(card_titles(first)), 12)
        self.assertIn('href="?page=2" rel="next"', first)
        second = self.get(self.index, "?page=2")
        self.assertEqual(card_titles(second), ["Récit 01", "Récit 00"])
        self.assertIn('<a href="?page=2" aria-current="page"><span class="visually-hidden">Page </span>2</a>', second)

    def test_out_of_range_and_non_numeric_pages_do_not_fail(self):
        self.assertEqual(card_titles(self.get(self.index, "?page=99")), ["Récit 01", "Récit 00"])
        self.assertEqual(len(card_titles(self.get(self.index, "?page=deux"))), 12)

    def test_pagination_keeps_the_filters(self):
        for story in StoryPage.objects.all():
            story.related_strengths.add(self.fibre)
        html = self.get(self.index, f"?atout={self.fibre.pk}")
        self.assertIn(f'href="?atout={self.fibre.pk}&amp;page=2"', html)


class StoryPageTests(StoryTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        story = StoryPageFactory
        cls.story = story(
            parent=cls.index,
            title="La codeuse",
            date_published=day(5),
            related_strengths=[cls.fibre, cls.vallees],
            tags=["télétravail", "jeunes"],
        )
        cls.older = story(parent=cls.index, title="Plus ancien", date_published=day(4))
        cls.oldest = story(
            parent=cls.index, title="Le plus ancien", date_published=day(1), related_strengths=[cls.fibre]
        )
        cls.newer = story(parent=cls.index, title="Plus récent", date_published=day(6), tags=["jeunes"])
        cls.both = story(
            parent=cls.index,
            title="Fibre et vallées",
            date_published=day(7),
            related_strengths=[cls.fibre, cls.vallees],
            tags=["jeunes"],
        )
        cls.also = story(parent=cls.index, title="Vallées", date_published=day(8), related_strengths=[cls.vallees])
        story(parent=cls.index, title="Sans rapport", date_published=day(9), related_strengths=[cls.ferme])

    def test_previous_and_next_by_date(self):
        html = self.get(self.story)
        self.assertRegex(html, r'rel="prev"><span class="story-pager__label">Récit précédent</span> Plus ancien<')
        self.assertRegex(html, r'rel="next"><span class="story-pager__label">Récit suivant</span> Plus récent<')
        html = self.get(self.oldest)
        self.assertNotIn('rel="prev"', html)

    def test_related_stories_share_strengths_or_themes(self):
        html = self.get(self.story)
        related = html.split('id="a-lire-aussi"')[1]
        # Most shared first (3 in common), then by date; at most three; never itself nor an unrelated one.
        self.assertEqual(card_titles(related), ["Fibre et vallées", "Vallées", "Plus récent"])

    def test_strengths_themes_and_share_links(self):
        html = self.get(self.story)
        self.assertIn(f'<a href="/recits/?atout={self.fibre.pk}">Fibre partout</a>', html)
        self.assertIn('<a href="/recits/?theme=t%C3%A9l%C3%A9travail">télétravail</a>', html)
        self.assertIn('href="mailto:?subject=La%20codeuse&amp;body=http%3A%2F%2Fxaintrie.localhost%2Frecits%2F', html)
        for host in ["www.linkedin.com/sharing", "www.facebook.com/sharer", "bsky.app/intent/compose"]:
            self.assertIn(f'href="https://{host}', html)
        # No script but structured data: sharing needs no third-party code.
        self.assertEqual(re.findall(r"<script(?![^>]*application/ld\+json)", html), [])
        self.assertEqual(len(re.findall(r"<h1[ >]", html)), 1)

    def test_reading_time(self):
        self.assertEqual(self.older.reading_time, 1)  # a short lead: at least one minute
        self.older.body = json.dumps([section_block("Partie", words=390), image_block(ImageFactory())])
        self.assertEqual(self.older.reading_time, 3)  # 390 + lead (12) + alt text, 200 words a minute
        self.older.save()
        self.assertIn("3 min de lecture", self.get(self.older))


class StrengthChoiceTests(StoryTestCase):
    """A story offers, and accepts, only its own site's strengths."""

    def test_foreign_strength_is_neither_offered_nor_accepted(self):
        other = make_territory("maurienne")
        foreign = StrengthFactory(site=other.site, title="Atout Zeppelin")
        story = StoryPageFactory(parent=self.index, title="Récit à protéger")
        self.client.force_login(UserFactory.editor_of(self.territory))
        url = reverse("wagtailadmin_pages:edit", args=[story.pk])
        response = self.client.get(url)
        self.assertContains(response, "Fibre partout")
        self.assertNotContains(response, "Zeppelin")
        data = nested_form_data(
            {
                "title": story.title,
                "slug": story.slug,
                "kind": "portrait",
                "lead": story.lead,
                "body": streamfield([]),
                "tags": "",
                "date_published": "2025-01-01",
                "comments": inline_formset([]),
            }
        )
        response = self.client.post(url, {**data, "related_strengths": [foreign.pk]})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Cet atout appartient à un autre site que cette page")
        self.assertFalse(StoryPage.objects.get(pk=story.pk).related_strengths.exists())
        response = self.client.post(url, {**data, "related_strengths": [self.fibre.pk]})
        self.assertEqual(response.status_code, 302)
        story.related_strengths.add(foreign)
        with self.assertRaisesMessage(Exception, "Cet atout appartient à un autre site"):
            story.full_clean()


class QueryBudgetTests(StoryTestCase):
    """The index and a story run a fixed number of queries, however many stories and images they show."""

    def count_queries(self, page, query: str = "") -> int:
        self.get(page, query)  # renditions are generated once
        with CaptureQueriesContext(connection) as queries:
            self.get(page, query)
        return len(queries)

    def add_stories(self, count: int) -> None:
        for _n in range(count):
            StoryPageFactory(
                parent=self.index,
                hero_image=ImageFactory.in_territory(self.territory),
                related_strengths=[self.fibre, self.vallees],
                tags=["jeunes", "fibre"],
            )

    def test_index_budget_does_not_grow_with_stories(self):
        self.add_stories(5)
        few = self.count_queries(self.index, f"?atout={self.fibre.pk}")
        self.add_stories(45)
        many = self.count_queries(self.index, f"?atout={self.fibre.pk}")
        self.assertLessEqual(many, INDEX_QUERY_BUDGET)
        self.assertEqual(many, few, "the story index must not run more queries as stories are added")

    def test_story_budget_with_twenty_blocks_and_a_twelve_image_gallery(self):
        self.add_stories(4)
        story = StoryPage.objects.live().first()

        def with_blocks(sections: int, gallery_size: int) -> int:
            images = [ImageFactory.in_territory(self.territory) for _n in range(gallery_size)]
            gallery = {
                "type": "gallery",
                "value": {
                    "heading": "En images",
                    "images": [
                        {
                            "type": "item",
                            "id": str(n),
                            "value": {**image_block(image)["value"], "caption": "", "credit": ""},
                        }
                        for n, image in enumerate(images)
                    ],
                },
            }
            story.body = json.dumps([*[section_block(f"Partie {n}") for n in range(sections)], gallery])
            story.save()
            queries = self.count_queries(story)
            html = self.get(story)
            self.assertEqual(html.count('class="gallery__item"'), gallery_size)
            self.assertEqual(html.count("<h2>Partie "), sections)
            return queries

        few, many = with_blocks(sections=2, gallery_size=2), with_blocks(sections=19, gallery_size=12)
        self.assertLessEqual(many, STORY_QUERY_BUDGET)
        self.assertEqual(many, few, "a story must not run more queries as blocks and gallery images are added")

    def test_story_budget_does_not_grow_with_image_blocks(self):
        self.add_stories(4)
        story = StoryPage.objects.live().first()

        def with_images(count: int) -> int:
            images = [ImageFactory.in_territory(self.territory) for _n in range(count)]
            story.body = json.dumps([section_block("Partie"), *[image_block(image) for image in images]])
            story.save()
            queries = self.count_queries(story)
            self.assertEqual(self.get(story).count('<figure class="block image-block">'), count)
            return queries

        few, many = with_images(2), with_images(12)
        self.assertLessEqual(many, STORY_QUERY_BUDGET)
        self.assertEqual(many, few, "a story must not run more queries as image blocks are added")

    def test_story_budget_with_every_block_type_does_not_grow_with_instances(self):
        self.add_stories(4)
        story = StoryPage.objects.live().first()
        stream_block = StoryPage.body.field.stream_block
        self.assertEqual(set(BLOCK_WRAPPERS), set(stream_block.child_blocks))

        def with_every_block(copies: int) -> int:
            raw = every_block_body(self.territory, copies)
            stream_block.clean(stream_block.to_python(raw))  # a body an editor could have saved
            story.body = json.dumps(raw)
            story.save()
            queries = self.count_queries(story)
            html = self.get(story)
            for block_type, wrapper in BLOCK_WRAPPERS.items():
                expected = 1 if block_type == "latest_stories" else copies
                self.assertEqual(html.count(wrapper), expected, block_type)
            # Each block rendered its images, documents, pages and strengths, not an empty shell.
            for part, count in [
                ('class="hero-block__media"', 1),
                ('class="strength-card__media"', 2),
                ('class="portrait-block__more"', 1),
                ('class="gallery__item"', 2),
                ('class="button button--primary" href="/page-de-contenu-', 2),
                ('<img src="/media/images/', 2),  # partner logos
                ('class="downloads__details"', 2),
            ]:
                self.assertEqual(html.count(part), count * copies, part)
            listing = html.split('class="block stories-block"')[1].split("</section>")[0]
            self.assertEqual(listing.count('class="story-card"'), 1)
            return queries

        one = with_every_block(copies=1)
        self.assertLessEqual(one, STORY_QUERY_BUDGET)
        self.assertEqual(with_every_block(copies=3), one, "blocks must be fetched per type")

    def test_a_body_holds_one_list_of_latest_stories(self):
        """Each is a listing query of its own, and two would show the same stories twice."""
        stream_block = StoryPage.body.field.stream_block
        raw = every_block_body(self.territory)
        listing = next(block for block in raw if block["type"] == "latest_stories")
        with self.assertRaises(ValidationError) as refused:
            stream_block.clean(stream_block.to_python([*raw, {**listing, "id": "second-listing"}]))
        errors = " ".join(error.message % (error.params or {}) for error in refused.exception.non_block_errors.data)
        self.assertEqual(errors, "Derniers récits: Le nombre maximum d'éléments est 1")
