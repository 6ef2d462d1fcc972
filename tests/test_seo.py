"""What search engines and social networks read: titles, descriptions, canonical URLs, Open Graph, JSON-LD,
feed links, robots.txt and the staging noindex mode, with the head's query budget."""

import datetime
import json

from bs4 import BeautifulSoup
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from brands.core.languages import offered_languages, page_languages
from brands.core.provisioning import ensure_portal
from brands.core.translation import add_language
from brands.models import BrandSettings, Navigation
from brands.public.seo import SHARE_IMAGE_SPEC
from brands.public.site_context import site_chrome_for
from tests.factories import (
    ContentPageFactory,
    ImageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    make_territory,
    publish_translation,
)

HOST = "alpha.localhost"
# Whole pages of a territory offering two languages, with a logo and image blocks: the head adds one query
# to a story (its breadcrumb's ancestors) and none to the home page.
HOME_QUERY_BUDGET = 12
STORY_QUERY_BUDGET = 16
# The head alone, once the site, brand, logo, menu and languages are known (the header needs them too): the
# breadcrumb's ancestors, and the page's own image (which the page shows) or the site's share image.
HEAD_QUERY_BUDGET = 2
HEAD = Template(
    "{% load seo_tags %}{% page_metadata as seo %}{{ seo.title }}{% include 'brands/components/seo_meta.html' %}"
)


def faq(*questions: str) -> tuple[str, dict]:
    items = [{"question": question, "answer": f"<p>Réponse à « {question} ».</p>"} for question in questions]
    return ("faq", {"heading": "Questions", "items": items})


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def structured(html: str) -> list[dict]:
    """Every JSON-LD object of a page, parsed (a JSON error fails the test)."""
    return [json.loads(script.string) for script in soup(html).find_all("script", type="application/ld+json")]


def of_type(html: str, schema_type: str) -> list[dict]:
    return [data for data in structured(html) if data["@type"] == schema_type]


def meta(html: str, key: str) -> str | None:
    """The content of <meta property=key> or <meta name=key>, or the href of <link rel=key>."""
    document = soup(html)
    tag = document.find("meta", property=key) or document.find("meta", attrs={"name": key})
    if tag:
        return tag["content"]
    link = document.find("link", rel=key)
    return link["href"] if link else None


class SeoTestCase(TestCase):
    """Alpha (French and English) with a home, a story, a content page; Beta, French only."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.alpha = make_territory("alpha", "Alpha")
        cls.home = cls.alpha.site.root_page.specific
        cls.home.hero_image = ImageFactory.in_territory(cls.alpha)
        cls.home.intro = "Des villages vivants. " * 20
        cls.home.save_revision().publish()
        cls.brand = BrandSettings.for_site(cls.alpha.site)
        cls.brand.logo = ImageFactory.in_territory(cls.alpha)
        cls.brand.share_image = ImageFactory.in_territory(cls.alpha, description="Le plateau au printemps")
        cls.brand.contact_email = "bonjour@alpha.example"
        cls.brand.contact_phone = "05 55 28 00 00"
        cls.brand.facebook_url = "https://www.facebook.com/alpha"
        cls.brand.mastodon_url = "https://piaille.fr/@alpha"
        cls.brand.save()
        navigation = Navigation.objects.get(site=cls.alpha.site)
        navigation.tagline = "Vivre au grand air"
        navigation.save()
        cls.index = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(
            parent=cls.index,
            title="La ferme du plateau",
            slug="la-ferme",
            author="Léa Bouscarat",
            date_published=datetime.date(2025, 3, 14),
            hero_image=ImageFactory.in_territory(cls.alpha, description="Léa devant sa grange"),
            body=[
                faq("Une école ?", "La fibre ?"),
                ("section", {"heading": "", "text": "<p>Texte.</p>"}),
                faq("Un médecin ?"),
            ],
        )
        cls.page = ContentPageFactory(parent=cls.home, title="S'installer", slug="s-installer", intro="")
        cls.deep = ContentPageFactory(parent=cls.page, title="Trouver un logement", slug="logement")
        add_language(cls.alpha, "en")
        cls.alpha.refresh_from_db()
        publish_translation(cls.home, "en", "Alpha")
        publish_translation(cls.index, "en", "Stories")
        cls.story_en = publish_translation(cls.story, "en", "The farm on the plateau")
        cls.beta = make_territory("beta", "Beta")

    def get(self, path: str, host: str = HOST, status: int = 200, **headers) -> str:
        response = self.client.get(path, HTTP_HOST=host, **headers)
        self.assertEqual(response.status_code, status, path)
        return response.content.decode()

    def share_url(self, image) -> str:
        return f"http://{HOST}{image.get_rendition(SHARE_IMAGE_SPEC).url}"


class PageMetadataTests(SeoTestCase):
    def test_title_is_the_seo_title_else_the_title_then_the_brand(self):
        self.assertEqual(soup(self.get(self.page.url)).title.string, "S'installer · Alpha")
        self.page.seo_title = "S'installer en Alpha : le guide"
        self.page.save_revision().publish()
        html = self.get(self.page.url)
        self.assertEqual(soup(html).title.string, "S'installer en Alpha : le guide · Alpha")
        self.assertEqual(meta(html, "og:title"), "S'installer en Alpha : le guide")

    def test_home_keeps_brand_and_tagline_as_title(self):
        html = self.get("/")
        self.assertEqual(soup(html).title.string, "Alpha — Vivre au grand air")
        self.assertEqual(meta(html, "og:title"), "Alpha — Vivre au grand air")

    def test_description_is_the_search_description_else_the_intro_or_lead_cut_short(self):
        home_description = meta(self.get("/"), "description")
        self.assertLessEqual(len(home_description), 160)
        self.assertTrue(home_description.startswith("Des villages vivants. Des villages"))
        self.assertTrue(home_description.endswith("…"))
        self.assertEqual(meta(self.get(self.story.url), "description"), self.story.lead)
        self.assertIsNone(meta(self.get(self.page.url), "description"), "no text, no description")
        self.page.search_description = "Tout pour s'installer : logement, travail, écoles."
        self.page.save_revision().publish()
        html = self.get(self.page.url)
        self.assertEqual(meta(html, "description"), "Tout pour s'installer : logement, travail, écoles.")
        self.assertEqual(meta(html, "og:description"), meta(html, "description"))

    def test_canonical_and_og_url_are_absolute_in_the_page_language(self):
        french = self.get(self.story.url)
        self.assertEqual(meta(french, "canonical"), "http://alpha.localhost/recits/la-ferme/")
        self.assertEqual(meta(french, "og:url"), "http://alpha.localhost/recits/la-ferme/")
        self.assertEqual(meta(french, "og:locale"), "fr_FR")
        self.assertEqual(meta(french, "og:locale:alternate"), "en_GB")
        english = self.get("/en/recits/la-ferme/")
        self.assertEqual(meta(english, "canonical"), "http://alpha.localhost/en/recits/la-ferme/")
        self.assertEqual(meta(english, "og:url"), "http://alpha.localhost/en/recits/la-ferme/")
        self.assertEqual(meta(english, "og:locale"), "en_GB")
        self.assertEqual(meta(english, "og:locale:alternate"), "fr_FR")
        self.assertEqual(meta(english, "og:title"), "The farm on the plateau")
        self.assertEqual(soup(english).title.string, "The farm on the plateau · Alpha")

    def test_og_type_and_site_name(self):
        self.assertEqual(meta(self.get(self.story.url), "og:type"), "article")
        self.assertEqual(meta(self.get(self.page.url), "og:type"), "website")
        self.assertEqual(meta(self.get("/"), "og:site_name"), "Alpha")

    def test_share_image_is_the_page_own_then_the_site_default_then_none(self):
        story = self.get(self.story.url)
        self.assertEqual(meta(story, "og:image"), self.share_url(self.story.hero_image))
        self.assertEqual(meta(story, "og:image:alt"), "Léa devant sa grange")
        rendition = self.story.hero_image.get_rendition(SHARE_IMAGE_SPEC)
        self.assertEqual(meta(story, "og:image:width"), str(rendition.width))
        self.assertEqual(meta(story, "og:image:height"), str(rendition.height))
        self.assertEqual(meta(story, "twitter:card"), "summary_large_image")
        self.assertEqual(meta(story, "twitter:image"), meta(story, "og:image"))
        self.assertIn("fill-1200x630.format-jpeg", meta(story, "og:image"))

        page = self.get(self.page.url)  # no image of its own
        self.assertEqual(meta(page, "og:image"), self.share_url(self.brand.share_image))
        self.assertEqual(meta(page, "og:image:alt"), "Le plateau au printemps")

        self.brand.share_image = ImageFactory.in_territory(self.alpha, title="Plateau (photo non libre)")
        self.brand.save()
        page = self.get(self.page.url)
        self.assertEqual(meta(page, "og:image"), self.share_url(self.brand.share_image))
        self.assertIsNone(meta(page, "og:image:alt"), "an image title is for the media library, not for visitors")
        self.assertNotIn("non libre", page)

        self.brand.share_image = None
        self.brand.save()
        page = self.get(self.page.url)
        self.assertIsNone(meta(page, "og:image"))
        self.assertIsNone(meta(page, "twitter:image"))
        self.assertEqual(meta(page, "twitter:card"), "summary")

    def test_first_body_image_is_the_page_own_image(self):
        image = ImageFactory.in_territory(self.alpha)
        block = {
            "image": {"image": image.pk, "alt_text": "Le lavoir", "decorative": False},
            "caption": "",
            "credit": "",
        }
        self.page.body = json.dumps(
            [{"type": "section", "value": {"heading": "", "text": "<p>x</p>"}}, {"type": "image", "value": block}]
        )
        self.page.save_revision().publish()
        html = self.get(self.page.url)
        self.assertEqual(meta(html, "og:image"), self.share_url(image))
        self.assertEqual(meta(html, "og:image:alt"), "Le lavoir")

    def test_a_missing_image_file_means_no_preview_not_an_error(self):
        image = ImageFactory.in_territory(self.alpha)
        image.file.storage.delete(image.file.name)
        self.brand.share_image = image
        self.brand.save()
        html = self.get(self.page.url)
        self.assertIsNone(meta(html, "og:image"))
        self.assertEqual(meta(html, "twitter:card"), "summary")

    def test_feed_links_on_territory_pages_in_the_page_language(self):
        french = soup(self.get(self.page.url))
        self.assertEqual(french.find("link", type="application/rss+xml")["href"], "/flux.xml")
        self.assertEqual(french.find("link", type="application/atom+xml")["href"], "/flux.atom")
        self.assertIn("Alpha — récits", french.find("link", type="application/rss+xml")["title"])
        english = soup(self.get("/en/recits/la-ferme/"))
        self.assertEqual(english.find("link", type="application/rss+xml")["href"], "/en/flux.xml")
        self.assertEqual(english.find("link", type="application/atom+xml")["href"], "/en/flux.atom")

    def test_the_portal_has_metadata_but_no_feed(self):
        ensure_portal(hostname="localhost")
        html = self.get("/", host="localhost")
        self.assertEqual(meta(html, "canonical"), "http://localhost/")
        self.assertEqual(meta(html, "og:site_name"), "Mètre Carré")
        self.assertIsNone(soup(html).find("link", type="application/rss+xml"))
        self.assertEqual([data["@type"] for data in structured(html)], ["Organization", "WebSite"])

    def test_not_found_page_has_a_title_but_no_canonical(self):
        html = self.get("/nulle-part/", status=404)
        self.assertIn("Alpha", soup(html).title.string)
        self.assertIsNone(meta(html, "canonical"))
        self.assertEqual(structured(html), [])


class StructuredDataTests(SeoTestCase):
    def test_every_object_parses_and_names_its_context_and_type(self):
        for path in ["/", "/en/", self.story.url, "/en/recits/la-ferme/", self.page.url, self.deep.url, self.index.url]:
            with self.subTest(path=path):
                objects = structured(self.get(path))
                self.assertTrue(objects)
                for data in objects:
                    self.assertEqual(data["@context"], "https://schema.org")
                    self.assertIn(data["@type"], {"Organization", "WebSite", "BreadcrumbList", "Article", "FAQPage"})

    def test_home_describes_the_organization_and_the_website_search(self):
        html = self.get("/")
        self.assertEqual([data["@type"] for data in structured(html)], ["Organization", "WebSite"])
        [organization] = of_type(html, "Organization")
        self.assertEqual(organization["name"], "Alpha")
        self.assertEqual(organization["url"], "http://alpha.localhost/")
        self.assertTrue(organization["logo"]["url"].startswith("http://alpha.localhost/media/"))
        self.assertEqual(organization["email"], "bonjour@alpha.example")
        self.assertEqual(organization["telephone"], "05 55 28 00 00")
        self.assertEqual(organization["sameAs"], ["https://www.facebook.com/alpha", "https://piaille.fr/@alpha"])
        [website] = of_type(html, "WebSite")
        self.assertEqual(website["name"], "Alpha")
        self.assertEqual(website["url"], "http://alpha.localhost/")
        action = website["potentialAction"]
        self.assertEqual(action["@type"], "SearchAction")
        self.assertEqual(action["target"], "http://alpha.localhost/recherche/?q={search_term_string}")
        self.assertEqual(action["query-input"], "required name=search_term_string")

    def test_english_home_searches_in_english(self):
        [website] = of_type(self.get("/en/"), "WebSite")
        self.assertEqual(website["url"], "http://alpha.localhost/en/")
        self.assertEqual(website["inLanguage"], "en")
        self.assertEqual(
            website["potentialAction"]["target"], "http://alpha.localhost/en/recherche/?q={search_term_string}"
        )

    def test_a_story_is_an_article(self):
        [article] = of_type(self.get(self.story.url), "Article")
        self.assertEqual(article["headline"], "La ferme du plateau")
        self.assertEqual(article["description"], self.story.lead)
        self.assertEqual(article["datePublished"], "2025-03-14")
        self.assertGreaterEqual(article["dateModified"], "2025-03-14")
        self.assertEqual(article["author"], {"@type": "Person", "name": "Léa Bouscarat"})
        self.assertEqual(article["publisher"]["@type"], "Organization")
        self.assertEqual(article["publisher"]["name"], "Alpha")
        self.assertIn("url", article["publisher"]["logo"])
        self.assertEqual(article["inLanguage"], "fr")
        self.assertEqual(article["mainEntityOfPage"]["@id"], "http://alpha.localhost/recits/la-ferme/")
        self.assertEqual(article["image"], [self.share_url(self.story.hero_image)])
        [english] = of_type(self.get("/en/recits/la-ferme/"), "Article")
        self.assertEqual(english["headline"], "The farm on the plateau")
        self.assertEqual(english["inLanguage"], "en")
        self.assertEqual(english["mainEntityOfPage"]["@id"], "http://alpha.localhost/en/recits/la-ferme/")

    def test_breadcrumbs_on_every_page_but_the_home(self):
        self.assertEqual(of_type(self.get("/"), "BreadcrumbList"), [])
        [trail] = of_type(self.get(self.deep.url), "BreadcrumbList")
        items = trail["itemListElement"]
        self.assertEqual([item["position"] for item in items], [1, 2, 3])
        self.assertEqual([item["name"] for item in items], ["Alpha", "S'installer", "Trouver un logement"])
        self.assertEqual(
            [item["item"] for item in items],
            [
                "http://alpha.localhost/",
                "http://alpha.localhost/s-installer/",
                "http://alpha.localhost/s-installer/logement/",
            ],
        )
        self.assertTrue(all(item["@type"] == "ListItem" for item in items))

    def test_breadcrumbs_in_the_page_language(self):
        [trail] = of_type(self.get("/en/recits/la-ferme/"), "BreadcrumbList")
        items = trail["itemListElement"]
        self.assertEqual([item["position"] for item in items], [1, 2, 3])
        self.assertEqual([item["name"] for item in items], ["Alpha", "Stories", "The farm on the plateau"])
        self.assertEqual(
            [item["item"] for item in items],
            [
                "http://alpha.localhost/en/",
                "http://alpha.localhost/en/recits/",
                "http://alpha.localhost/en/recits/la-ferme/",
            ],
        )

    def test_one_faq_page_gathers_every_faq_block(self):
        html = self.get(self.story.url)
        [faq_page] = of_type(html, "FAQPage")
        self.assertEqual(
            [question["name"] for question in faq_page["mainEntity"]], ["Une école ?", "La fibre ?", "Un médecin ?"]
        )
        for question in faq_page["mainEntity"]:
            self.assertEqual(question["@type"], "Question")
            self.assertEqual(question["acceptedAnswer"]["@type"], "Answer")
            self.assertIn(question["name"], question["acceptedAnswer"]["text"])
        self.assertEqual(html.count('"FAQPage"'), 1)
        self.assertEqual(len(soup(html).select("details.faq__item")), 3, "the blocks themselves still show")

    def test_faq_json_ld_cannot_close_its_script(self):
        question = "Et </script><script>alert(1)</script> ?"
        value = {"heading": "", "items": [{"question": question, "answer": "<p>Non.</p>"}]}
        self.page.body = json.dumps([{"type": "faq", "value": value}])
        self.page.save_revision().publish()
        html = self.get(self.page.url)
        [faq_page] = of_type(html, "FAQPage")
        self.assertEqual(faq_page["mainEntity"][0]["name"], question)
        self.assertNotIn("<script>alert(1)", html)

    def test_a_page_without_faq_has_no_faq_page(self):
        self.assertEqual(of_type(self.get(self.page.url), "FAQPage"), [])


class RobotsTests(SeoTestCase):
    def test_each_host_points_at_its_own_sitemap(self):
        for host in [HOST, "beta.localhost"]:
            with self.subTest(host=host):
                response = self.client.get("/robots.txt", HTTP_HOST=host)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
                lines = response.content.decode().splitlines()
                self.assertEqual(lines[0], "User-agent: *")
                self.assertIn("Disallow: /admin/", lines)
                self.assertNotIn("Disallow: /", lines)
                self.assertEqual(
                    [line for line in lines if line.startswith("Sitemap:")], [f"Sitemap: http://{host}/sitemap.xml"]
                )

    def test_robots_needs_no_database(self):
        with self.assertNumQueries(0):
            self.client.get("/robots.txt", HTTP_HOST=HOST)

    def test_indexing_is_allowed_by_default(self):
        response = self.client.get(self.story.url, HTTP_HOST=HOST)
        self.assertNotIn("X-Robots-Tag", response.headers)
        self.assertIsNone(meta(response.content.decode(), "robots"))

    @override_settings(SEO_NOINDEX=True)
    def test_noindex_mode_turns_every_crawler_away(self):
        response = self.client.get("/robots.txt", HTTP_HOST=HOST)
        lines = response.content.decode().splitlines()
        self.assertEqual(lines, ["User-agent: *", "Disallow: /"])
        self.assertEqual(response["X-Robots-Tag"], "noindex, nofollow")
        for path in ["/", self.story.url, "/en/recits/la-ferme/", "/flux.xml"]:
            with self.subTest(path=path):
                response = self.client.get(path, HTTP_HOST=HOST)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["X-Robots-Tag"], "noindex, nofollow")
        self.assertEqual(meta(self.get(self.page.url), "robots"), "noindex, nofollow")
        self.assertEqual(meta(self.get("/nulle-part/", status=404), "robots"), "noindex, nofollow")


class HeadQueryBudgetTests(SeoTestCase):
    """The head costs a few queries, whatever the number of FAQ blocks, images, ancestors or languages."""

    def head_queries(self, page: Page, path: str) -> tuple[int, str]:
        """Queries of the head alone, after what the site chrome reads (site, brand, menu, languages)."""
        request = RequestFactory().get(path, HTTP_HOST=HOST)
        page = Page.objects.get(pk=page.pk).specific
        Site.find_for_request(request)
        BrandSettings.for_request(request).logo  # noqa: B018 - the header shows it
        offered_languages(request)
        site_chrome_for(request)
        page_languages(page, request)
        HEAD.render(Context({"request": request, "page": page}))  # renditions are generated once
        with CaptureQueriesContext(connection) as queries:
            html = HEAD.render(Context({"request": request, "page": page}))
        return len(queries), html

    def page_queries(self, path: str) -> int:
        self.get(path)  # renditions are generated once, the site chrome is built once
        self.get(path)  # and a rendition generated during the first is read from Wagtail's cache
        with CaptureQueriesContext(connection) as queries:
            self.get(path)
        return len(queries)

    def fill(self, page: Page, blocks: int) -> None:
        images = [ImageFactory.in_territory(self.alpha) for _n in range(blocks)]
        body = [{"type": "faq", "value": faq(*[f"Question {n}.{m} ?" for m in range(3)])[1]} for n in range(blocks)] + [
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "alt_text": "Vue", "decorative": False},
                    "caption": "",
                    "credit": "",
                },
            }
            for image in images
        ]
        page.body = json.dumps(body)
        page.save_revision().publish()

    def test_story_head_budget_does_not_grow_with_content(self):
        self.head_queries(self.story, self.story.url)  # renditions are generated once
        few, html = self.head_queries(self.story, self.story.url)
        self.assertIn('"Article"', html)
        self.fill(self.story, blocks=8)
        many, html = self.head_queries(self.story, self.story.url)
        self.assertEqual(html.count('"@type": "Question"'), 24)
        self.assertLessEqual(many, HEAD_QUERY_BUDGET)
        self.assertEqual(many, few)

    def test_home_head_budget_does_not_grow_with_content(self):
        self.head_queries(self.home, "/")
        few, html = self.head_queries(self.home, "/")
        self.assertIn('"WebSite"', html)
        self.fill(self.home, blocks=8)
        many, html = self.head_queries(self.home, "/")
        self.assertLessEqual(many, HEAD_QUERY_BUDGET)
        self.assertEqual(many, few)

    def test_breadcrumbs_cost_one_query_however_deep(self):
        self.head_queries(self.page, self.page.url)  # renditions are generated once
        shallow, _html = self.head_queries(self.page, self.page.url)
        parent = self.deep
        for depth in range(4):
            parent = ContentPageFactory(parent=parent, title=f"Niveau {depth}")
        deep, html = self.head_queries(parent, parent.url)
        self.assertEqual(html.count('"@type": "ListItem"'), 7)
        self.assertEqual(deep, shallow)
        self.assertLessEqual(deep, HEAD_QUERY_BUDGET)

    def test_whole_pages_stay_within_their_budgets(self):
        self.fill(self.home, blocks=2)
        self.fill(self.story, blocks=2)
        home, story = self.page_queries("/"), self.page_queries(self.story.url)
        self.assertLessEqual(home, HOME_QUERY_BUDGET)
        self.assertLessEqual(story, STORY_QUERY_BUDGET)
        self.fill(self.home, blocks=10)
        self.fill(self.story, blocks=10)
        # Five times the content costs no more (one rendition read can come from Wagtail's cache the second time).
        self.assertLessEqual(self.page_queries("/"), home)
        self.assertLessEqual(self.page_queries(self.story.url), story)
