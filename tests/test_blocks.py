"""The block library: every body block renders full, minimal and edge values, and refuses bad ones in French."""

import datetime
import json

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import RequestFactory, TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.blocks.base import get_error_json_data

from brands.blocks import BODY_BLOCKS, human_size, parse_video_url
from brands.models import StoryIndexPage, StoryPage, Strength
from tests.factories import ContentPageFactory, DocumentFactory, ImageFactory, make_territory

BLOCKS = dict(BODY_BLOCKS)
THIRD_PARTY = ("youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com", "openstreetmap.org")
LOADING_ATTRIBUTES = {"src", "srcset", "href", "data", "poster"}
LOADING_TAGS = {"iframe", "img", "source", "script", "link", "video", "audio", "embed", "object", "frame"}


def render(name: str, value, request=None) -> str:
    block = BLOCKS[name]
    return block.render(block.normalize(value), {"request": request})


def stored(name: str, value, request=None) -> str:
    """Render a value as stored in the database (ids, not objects)."""
    block = BLOCKS[name]
    return block.render(block.to_python(value), {"request": request})


def refusal(name: str, value) -> str:
    block = BLOCKS[name]
    try:
        block.clean(block.normalize(value))
    except ValidationError as error:
        return json.dumps(get_error_json_data(error), ensure_ascii=False)
    raise AssertionError(f"{name} accepted {value!r}")


def third_party_loads(html: str) -> list[str]:
    """Addresses of video or map hosts that the browser would fetch before any click."""
    soup = BeautifulSoup(html, "html.parser")
    return [
        f"{tag.name} {attribute}={value}"
        for tag in soup.find_all(True)
        for attribute, value in tag.attrs.items()
        if (tag.name in LOADING_TAGS and attribute in LOADING_ATTRIBUTES or attribute.startswith("data-"))
        and any(host in str(value) for host in THIRD_PARTY)
    ]


class BlockTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.territory = make_territory("xaintrie", "Xaintrie")
        cls.site = cls.territory.site
        cls.home = cls.site.root_page.specific
        cls.page = ContentPageFactory(parent=cls.home, title="S'installer")
        cls.image = ImageFactory.in_territory(cls.territory, title="Gorges de la Maronne")

    def request(self):
        return RequestFactory().get("/", HTTP_HOST=self.site.hostname)

    def image_value(self, alt="Les gorges au lever du soleil", decorative=False, image=None):
        return {"image": image or self.image, "alt_text": alt, "decorative": decorative}


class LibraryTests(TestCase):
    def test_every_body_block_is_complete_and_named_like_its_template(self):
        for name, block in BODY_BLOCKS:
            with self.subTest(name):
                self.assertRegex(name, r"^[a-z]+(_[a-z]+)*$")
                self.assertFalse(name.endswith("_block"))
                self.assertTrue(type(block).__doc__)
                for option in ("icon", "label", "group", "description"):
                    self.assertTrue(getattr(block.meta, option, None), option)
                snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in type(block).__name__).lstrip("_")
                self.assertEqual(block.meta.template, f"brands/blocks/{snake}.html")


class TextBlockTests(BlockTestCase):
    def test_section_renders_full_minimal_and_longest_text(self):
        html = render("section", {"heading": "Vivre ici", "text": "<p>Des <b>écoles</b> proches.</p>"})
        self.assertIn("<h2>Vivre ici</h2>", html)
        self.assertNotIn("<h2>", render("section", {"text": "<p>Sans intertitre.</p>"}))
        block = BLOCKS["section"]
        anchored = block.render(
            block.normalize({"heading": "Vivre ici", "text": "<p>T</p>"}), {"anchor_id": "vivre-ici"}
        )
        self.assertIn('<h2 id="vivre-ici">Vivre ici</h2>', anchored)
        longest = "a" * 5990
        self.assertIn(longest, render("section", {"heading": "H" * 90, "text": f"<p>{longest}</p>"}))

    def test_quote_with_and_without_author(self):
        html = render("quote", {"text": "On reste pour les gens.", "author": "Claire", "source": "boulangère"})
        self.assertIn("«\u00a0On reste pour les gens.\u00a0»", html)
        self.assertIn("Claire, <cite>boulangère</cite>", html)
        self.assertNotIn("figcaption", render("quote", {"text": "Q" * 500}))

    def test_faq_outputs_questions_and_parsable_faq_page_json_ld(self):
        items = [
            {"question": "Une école ? </script><script>alert(1)</script>", "answer": "<p>Oui & vite.</p>"},
            {"question": "Q" * 200, "answer": "<p>La fibre.</p>"},
        ]
        soup = BeautifulSoup(render("faq", {"heading": "Vos questions", "items": items}), "html.parser")
        self.assertEqual(len(soup.select("details summary h3")), 2)
        scripts = soup.find_all("script")
        self.assertEqual(len(scripts), 1, "the question's </script> must not close the JSON-LD")
        data = json.loads(scripts[0].string)
        self.assertEqual(data["@type"], "FAQPage")
        self.assertEqual(data["mainEntity"][0]["@type"], "Question")
        self.assertEqual(data["mainEntity"][0]["name"], items[0]["question"])
        self.assertEqual(data["mainEntity"][0]["acceptedAnswer"], {"@type": "Answer", "text": "<p>Oui & vite.</p>"})

    def test_faq_and_timeline_items_take_level_two_without_a_block_heading(self):
        """Under the page's h1, h3 items without an h2 would skip a level (RGAA 9.1)."""
        faq = {"items": [{"question": "Une école ?", "answer": "<p>Oui.</p>"}]}
        timeline = {"milestones": [{"year": 2019, "title": "Une idée", "text": ""}]}
        for name, value, selector in (("faq", faq, "summary"), ("timeline", timeline, ".timeline__step")):
            with self.subTest(name):
                soup = BeautifulSoup(render(name, value), "html.parser")
                self.assertEqual([tag.name for tag in soup.select(f"{selector} > :is(h2, h3)")], ["h2"])
                value = {**value, "heading": "Intertitre"}
                soup = BeautifulSoup(render(name, value), "html.parser")
                self.assertEqual([tag.name for tag in soup.select(f"{selector} > :is(h2, h3)")], ["h3"])

    def test_faq_refuses_more_than_twenty_questions(self):
        items = [{"question": f"Question {n} ?", "answer": "<p>Oui.</p>"} for n in range(21)]
        self.assertIn("Le nombre maximum d'éléments est 20", refusal("faq", {"items": items}))

    def test_timeline_shows_dates_in_order_and_refuses_disorder(self):
        milestones = [
            {"year": 2019, "title": "Une idée", "text": ""},
            {"year": 2024, "date": datetime.date(2024, 3, 12), "title": "Ouverture", "text": "Six jours sur sept."},
        ]
        html = render("timeline", {"heading": "Histoire", "milestones": milestones})
        self.assertIn('<time datetime="2019">2019</time>', html)
        self.assertIn('<time datetime="2024-03-12">12 mars 2024</time>', html)
        self.assertEqual(html.count("<h3>"), 2)
        self.assertIn("de la plus ancienne à la plus récente", refusal("timeline", {"milestones": milestones[::-1]}))
        wrong_year = [{"year": 2023, "date": datetime.date(2024, 3, 12), "title": "Ouverture"}]
        self.assertIn("dans l'année indiquée", refusal("timeline", {"milestones": wrong_year}))


class StoryBlockTests(BlockTestCase):
    def test_hero_with_image_and_two_buttons(self):
        links = [{"page": self.page}, {"label": "Nous écrire", "url": "https://example.org/contact"}]
        value = {"image": self.image_value(), "title": "T" * 90, "subtitle": "Sous-titre", "links": links}
        soup = BeautifulSoup(render("hero", value, self.request()), "html.parser")
        self.assertEqual(soup.h2.text, "T" * 90)
        self.assertEqual(soup.img["alt"], "Les gorges au lever du soleil")
        self.assertIn("image/webp", [source.get("type") for source in soup.find_all("source")])
        buttons = soup.select("a.button")
        self.assertEqual([b.text for b in buttons], ["S'installer", "Nous écrire"])
        self.assertEqual(buttons[0]["href"], "/sinstaller/")
        self.assertEqual(buttons[0]["class"], ["button", "button--primary"])
        self.assertEqual(buttons[1]["class"], ["button", "button--secondary"])

    def test_hero_minimal_and_with_deleted_image(self):
        self.assertNotIn("<img", render("hero", {"title": "Bienvenue"}))
        deleted = {"image": {"image": 999999, "alt_text": "x", "decorative": False}, "title": "Bienvenue", "links": []}
        self.assertIn("<h2>Bienvenue</h2>", stored("hero", deleted))

    def test_hero_refuses_three_buttons_and_a_button_with_page_and_address(self):
        link = {"label": "Voir", "url": "https://example.org/"}
        self.assertIn("Le nombre maximum d'éléments est 2", refusal("hero", {"title": "T", "links": [link] * 3}))
        both = {"label": "Voir", "page": self.page, "url": "https://example.org/"}
        self.assertIn(
            "soit une page du site, soit une adresse externe", refusal("hero", {"title": "T", "links": [both]})
        )

    def test_key_figures_show_their_source(self):
        figures = [{"value": "98", "unit": "%", "label": "des foyers fibrés", "source": "Arcep", "year": 2024}]
        html = render("key_figures", {"figures": figures})
        self.assertIn("Source\u00a0: Arcep, 2024", html)
        self.assertIn(
            "Source\u00a0: INSEE</p>",
            render("key_figures", {"figures": [{**figures[0], "source": "INSEE", "year": None}]}),
        )

    def test_strengths_grid_shows_title_category_pitch_and_sourced_figure(self):
        common = {"site": self.site, "pitch": "Tout le territoire est raccordé.", "category": "mobility"}
        fibre = Strength.objects.create(
            title="La fibre partout", figure_value="98", figure_unit="%", figure_label="des foyers",
            figure_source="Arcep", figure_year=2024, image=self.image, **common,
        )  # fmt: skip
        valleys = Strength.objects.create(title="Trois vallées", **common)
        html = stored("strengths_grid", {"heading": "Nos atouts", "strengths": [fibre.pk, valleys.pk, 999999]})
        soup = BeautifulSoup(html, "html.parser")
        self.assertEqual([h3.text for h3 in soup.find_all("h3")], ["La fibre partout", "Trois vallées"])
        self.assertIn("Mobilité et connectivité", html)
        self.assertIn("Tout le territoire est raccordé.", html)
        self.assertIn("Source\u00a0: Arcep, 2024", html)
        self.assertEqual(len(soup.find_all("img")), 1)

    def test_portrait_with_story_link_and_without_photo(self):
        index = self.home.add_child(instance=StoryIndexPage(title="Récits"))
        story = index.add_child(instance=StoryPage(title="Léa à Argentat", lead="Menuisière."))
        value = {"photo": self.image_value(decorative=True), "name": "Léa", "role": "menuisière", "quote": "Q" * 600}
        soup = BeautifulSoup(render("portrait", {**value, "story": story}, self.request()), "html.parser")
        self.assertEqual(soup.img["alt"], "")
        self.assertEqual(soup.select_one(".portrait-block__more a")["href"], story.get_url(self.request()))
        minimal = render("portrait", {"name": "Léa", "quote": "Bien ici."})
        self.assertNotIn("<img", minimal)
        self.assertNotIn("Lire le récit", minimal)


class LatestStoriesTests(BlockTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.strength = Strength.objects.create(
            site=cls.site, title="Artisanat", category="crafts", pitch="Des ateliers."
        )
        index = cls.home.add_child(instance=StoryIndexPage(title="Récits"))
        for day in range(1, 8):
            story = StoryPage(title=f"Récit {day}", lead="Un récit.", date_published=datetime.date(2025, 1, day))
            story.hero_image = ImageFactory.in_territory(cls.territory)
            index.add_child(instance=story)
            if day % 2:
                story.related_strengths.set([cls.strength])
                story.tags.add("bois")
                story.save()
        other = make_territory("maurienne")
        other_index = other.site.root_page.add_child(instance=StoryIndexPage(title="Récits"))
        other_index.add_child(
            instance=StoryPage(title="Récit d'ailleurs", lead="Non.", date_published=datetime.date(2026, 1, 1))
        )

    def titles(self, **value) -> list[str]:
        soup = BeautifulSoup(render("latest_stories", {"count": 3, **value}, self.request()), "html.parser")
        return [title.text for title in soup.select(".story-card__title")]

    def test_latest_stories_of_this_site_newest_first(self):
        self.assertEqual(self.titles(), ["Récit 7", "Récit 6", "Récit 5"])
        self.assertEqual(len(self.titles(count=12)), 7)

    def test_the_story_being_read_is_not_recommended_to_itself(self):
        block = BLOCKS["latest_stories"]
        newest = StoryPage.objects.get(title="Récit 7")
        html = block.render(block.normalize({"count": 3}), {"request": self.request(), "page": newest})
        titles = [title.text for title in BeautifulSoup(html, "html.parser").select(".story-card__title")]
        self.assertEqual(titles, ["Récit 6", "Récit 5", "Récit 4"])

    def test_filters_by_strength_or_tag(self):
        self.assertEqual(self.titles(strength=self.strength), ["Récit 7", "Récit 5", "Récit 3"])
        self.assertEqual(self.titles(tag="Bois", count=12), ["Récit 7", "Récit 5", "Récit 3", "Récit 1"])
        self.assertIn("Les prochains récits paraîtront ici.", render("latest_stories", {"tag": "rien"}, self.request()))

    def test_runs_a_fixed_number_of_queries(self):
        counts = []
        for count in (3, 7):
            render("latest_stories", {"count": count}, self.request())  # generates the renditions once
            with CaptureQueriesContext(connection) as queries:
                render("latest_stories", {"count": count}, self.request())
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
        self.assertLessEqual(counts[1], 12)

    def test_count_limits(self):
        self.assertIn("12", refusal("latest_stories", {"count": 13}))
        self.assertIn("3", refusal("latest_stories", {"count": 2}))


class MediaBlockTests(BlockTestCase):
    def test_image_with_caption_credit_and_edge_values(self):
        html = render("image", {"image": self.image_value(), "caption": "C" * 200, "credit": "Jean"})
        self.assertIn("© Jean", html)
        self.assertIn("C" * 200, html)
        self.assertNotIn("figcaption", render("image", {"image": self.image_value()}))
        self.assertEqual(
            stored("image", {"image": {"image": 999999, "alt_text": "x", "decorative": False}}).strip(), ""
        )

    def test_image_without_alt_text_must_be_decorative(self):
        self.assertIn("texte alternatif", refusal("image", {"image": self.image_value(alt="")}))
        BLOCKS["image"].clean(BLOCKS["image"].normalize({"image": self.image_value(alt="", decorative=True)}))

    def test_gallery_links_each_thumbnail_to_the_large_image(self):
        second = ImageFactory.in_territory(self.territory)
        items = [
            {"image": self.image_value()},
            {"image": self.image_value(alt="", decorative=True, image=second), "caption": "Ici"},
        ]
        soup = BeautifulSoup(render("gallery", {"heading": "En images", "images": items}), "html.parser")
        links = soup.select("a.gallery__link")
        self.assertEqual(len(links), 2)
        self.assertTrue(all(link["href"].endswith(".jpg") for link in links))
        self.assertIn("agrandir la photo 2 sur 2", links[1].text)
        self.assertIn("image/webp", [source.get("type") for source in soup.find_all("source")])
        self.assertIn("Le nombre maximum d'éléments est 24", refusal("gallery", {"images": items * 13}))


class EmbedBlockTests(BlockTestCase):
    def test_video_addresses_understood(self):
        for url, expected in [
            ("https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=3", ("youtube", "aqz-KE-bpKQ", "")),
            ("https://youtu.be/aqz-KE-bpKQ", ("youtube", "aqz-KE-bpKQ", "")),
            ("https://www.youtube.com/shorts/aqz-KE-bpKQ", ("youtube", "aqz-KE-bpKQ", "")),
            ("https://vimeo.com/76979871", ("vimeo", "76979871", "")),
            ("https://vimeo.com/76979871/8a1b2c3d4e", ("vimeo", "76979871", "8a1b2c3d4e")),
            ("https://player.vimeo.com/video/76979871", ("vimeo", "76979871", "")),
            ("https://www.dailymotion.com/video/x7tgad0", None),
            ("https://evil.example/youtube.com/watch?v=aqz-KE-bpKQ", None),
            ("javascript:alert(1)", None),
        ]:
            self.assertEqual(parse_video_url(url), expected, url)

    def test_video_placeholder_requests_nothing_from_the_host(self):
        for url in ("https://www.youtube.com/watch?v=aqz-KE-bpKQ", "https://vimeo.com/76979871"):
            value = {"url": url, "title": "Une journée au tiers-lieu", "caption": "Reportage", "transcript": "Bonjour."}
            html = render("video", value)
            soup = BeautifulSoup(html, "html.parser")
            self.assertEqual(third_party_loads(html), [], url)
            self.assertIsNone(soup.find("iframe"))
            self.assertEqual(soup.find("script")["src"], "/static/brands/js/embeds.js")
            self.assertEqual(soup.find("button")["type"], "button")
            self.assertIn(soup.select_one(".embed__actions a")["href"], (url, "https://vimeo.com/76979871"))
            self.assertIn("Transcription de la vidéo", html)
        self.assertNotIn("details", render("video", {"url": "https://youtu.be/aqz-KE-bpKQ", "title": "T" * 120}))

    def test_video_from_another_host_is_refused(self):
        value = {"url": "https://www.dailymotion.com/video/x7tgad0", "title": "Vidéo"}
        self.assertIn("Seules les vidéos YouTube ou Vimeo sont acceptées", refusal("video", value))

    def test_map_placeholder_requests_nothing_and_links_to_openstreetmap(self):
        value = {
            "title": "Plan d'accès",
            "address": "2 place de l'Église\n19220 Saint-Privat",
            "latitude": 45.1402,
            "longitude": 2.0987,
            "zoom": 15,
        }
        html = render("map", value)
        soup = BeautifulSoup(html, "html.parser")
        self.assertEqual(third_party_loads(html), [])
        self.assertIsNone(soup.find("iframe"))
        self.assertEqual(
            soup.select_one(".embed__actions a")["href"],
            "https://www.openstreetmap.org/?mlat=45.14020&mlon=2.09870#map=15/45.14020/2.09870",
        )
        self.assertEqual(soup.select_one("[data-embed]")["data-embed-lat"], "45.14020")
        self.assertIn("2 place de l'Église<br>19220 Saint-Privat", html.replace("&#x27;", "'"))

    def test_map_refuses_impossible_coordinates(self):
        value = {"title": "Plan", "address": "Ici", "latitude": 123, "longitude": 2, "zoom": 14}
        self.assertIn("inférieure ou égale à 90", refusal("map", value))
        self.assertIn("inférieure ou égale à 19", refusal("map", {**value, "latitude": 45, "zoom": 22}))


class EngagementBlockTests(BlockTestCase):
    def test_call_to_action_styles_and_limits(self):
        link = {"label": "Prendre rendez-vous", "url": "https://example.org/rdv"}
        html = render("call_to_action", {"heading": "Un projet ?", "links": [link], "style": "calm"})
        self.assertIn("cta-block--calm", html)
        self.assertIn("<h2>Un projet ?</h2>", html)
        self.assertIn(
            "Le nombre maximum d'éléments est 2", refusal("call_to_action", {"heading": "H", "links": [link] * 3})
        )
        self.assertIn("Le nombre minimum d'éléments est 1", refusal("call_to_action", {"heading": "H", "links": []}))
        self.assertIn(
            "Un libellé est obligatoire",
            refusal("call_to_action", {"heading": "H", "links": [{"url": "https://example.org/"}]}),
        )

    def test_partners_show_logos_with_their_name_as_alt_text(self):
        partners = [
            {"name": "Région", "logo": self.image, "url": "https://example.org/"},
            {"name": "Commune", "logo": None},
        ]
        soup = BeautifulSoup(render("partners", {"heading": "Partenaires", "partners": partners}), "html.parser")
        self.assertEqual(soup.img["alt"], "Région")
        self.assertIn("Commune", soup.select(".partner-list li")[1].text)
        self.assertIn("Le nombre maximum d'éléments est 24", refusal("partners", {"partners": partners * 13}))

    def test_downloads_show_type_and_size(self):
        sized = DocumentFactory.in_territory(self.territory, title="Guide d'accueil")
        unsized = DocumentFactory.in_territory(self.territory, title="Plan vélo")
        missing = DocumentFactory.in_territory(self.territory, title="Ancien plan")
        type(sized).objects.filter(pk=sized.pk).update(file_size=1_234_567)
        type(sized).objects.exclude(pk=sized.pk).update(file_size=None)
        missing.file.storage.delete(missing.file.name)
        items = [
            {"document": type(sized).objects.get(pk=sized.pk), "label": ""},
            {"document": type(sized).objects.get(pk=unsized.pk), "label": "L" * 120},
            {"document": type(sized).objects.get(pk=missing.pk), "label": ""},
        ]
        soup = BeautifulSoup(render("downloads", {"heading": "À télécharger", "documents": items}), "html.parser")
        kind = sized.file_extension.upper()
        self.assertEqual(
            [(li.a.text, li.span.text) for li in soup.select(".downloads li")],
            [
                ("Guide d'accueil", f"({kind}, 1,2\xa0Mo)"),
                ("L" * 120, f"({kind}, {human_size(unsized.file.size)})"),
                ("Ancien plan", f"({kind})"),
            ],
        )
        self.assertFalse(type(sized).objects.filter(pk=unsized.pk, file_size__isnull=False).exists(), "no write")
        self.assertNotIn("<li>", stored("downloads", {"documents": [{"document": 999999, "label": ""}]}))

    def test_human_size_in_french(self):
        self.assertEqual(human_size(850), "850\xa0octets")
        self.assertEqual(human_size(240_000), "240\xa0Ko")
        self.assertEqual(human_size(1_200_000), "1,2\xa0Mo")
        self.assertEqual(human_size(3_000_000_000_000), "3000\xa0Go")
