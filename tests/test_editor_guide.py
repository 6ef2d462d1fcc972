"""The editor's guide in the admin: who reads it, how it renders, its screenshots and its place in the Aide menu."""

import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from unittest import mock
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from django.test import TestCase
from django.urls import reverse
from PIL import Image

from brands.admin import editor_guide
from tests.factories import SuperuserFactory, UserFactory, make_territory
from tests.test_editor_journey import GUIDE_SCREENSHOTS, VIEWPORT

GUIDE = """\
# Guide de test des éditeurs

Bienvenue dans le guide.

## Se connecter

Ouvrez l'adresse de l'administration.

![Le tableau de bord d'un éditeur](guide-editeur/02-tableau-de-bord.webp)

## Publier une page

- Écrire
- Relire
"""


def tiny_webp() -> bytes:
    """A real 4×3 WebP, so the served bytes are an image and not a placeholder."""
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), "#2a6f4f").save(buffer, format="WEBP")
    return buffer.getvalue()


class GuideFilesMixin:
    """A temporary guide and its screenshot, in place of docs/guide-editeur.md for each test."""

    def setUp(self):
        super().setUp()
        directory = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, directory)
        self.guide_path = directory / "guide-editeur.md"
        self.guide_path.write_text(GUIDE, encoding="utf-8")
        self.images_dir = directory / "guide-editeur"
        self.images_dir.mkdir()
        self.webp = tiny_webp()
        (self.images_dir / "02-tableau-de-bord.webp").write_bytes(self.webp)
        for name, value in (("GUIDE_PATH", self.guide_path), ("IMAGES_DIR", self.images_dir)):
            patcher = mock.patch.object(editor_guide, name, value)
            patcher.start()
            self.addCleanup(patcher.stop)
        editor_guide.render_guide.cache_clear()
        self.addCleanup(editor_guide.render_guide.cache_clear)


class EditorGuidePageTests(GuideFilesMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.territory = make_territory("alpha", "Alpha")
        cls.editor = UserFactory.editor_of(cls.territory)
        cls.superuser = SuperuserFactory()

    def setUp(self):
        super().setUp()
        self.url = reverse("brands_editor_guide")

    def get_guide(self) -> BeautifulSoup:
        self.client.force_login(self.editor)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser")

    def test_the_guide_is_served_under_the_admin(self):
        self.assertEqual(self.url, "/admin/guide/")

    def test_anonymous_visitors_are_sent_to_the_admin_login(self):
        response = self.client.get(self.url)
        self.assertRedirects(response, f"{reverse('wagtailadmin_login')}?next={self.url}")

    def test_the_guide_title_is_the_page_only_h1(self):
        headings = self.get_guide().find_all("h1")
        self.assertEqual(len(headings), 1)
        self.assertEqual(headings[0].get_text(strip=True), "Guide de test des éditeurs")

    def test_sections_are_headings_with_ids(self):
        body = self.get_guide().select_one(".editor-guide__body")
        sections = {heading.get_text(strip=True): heading.get("id") for heading in body.find_all("h2")}
        self.assertEqual(sections, {"Se connecter": "se-connecter", "Publier une page": "publier-une-page"})
        self.assertIn("Bienvenue dans le guide.", body.get_text())
        self.assertEqual([item.get_text() for item in body.find_all("li")], ["Écrire", "Relire"])

    def test_the_summary_links_to_each_section(self):
        summary = self.get_guide().select_one("nav.editor-guide__toc")
        self.assertEqual([link["href"] for link in summary.find_all("a")], ["#se-connecter", "#publier-une-page"])

    def test_screenshots_keep_their_relative_path_alt_text_and_load_lazily(self):
        image = self.get_guide().select_one(".editor-guide__body img")
        self.assertEqual(image["src"], "guide-editeur/02-tableau-de-bord.webp")
        self.assertEqual(image["alt"], "Le tableau de bord d'un éditeur")
        self.assertEqual(image["loading"], "lazy")

    def test_the_screenshot_url_resolved_against_the_guide_serves_the_image(self):
        src = self.get_guide().select_one(".editor-guide__body img")["src"]
        response = self.client.get(urljoin(self.url, src))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "image/webp")
        self.assertEqual(b"".join(response.streaming_content), self.webp)
        # Admin-only: no shared cache may keep it (Wagtail's never_cache on every admin URL).
        self.assertIn("private", response["Cache-Control"])

    def test_the_page_links_its_stylesheet(self):
        stylesheets = [link["href"] for link in self.get_guide().find_all("link", rel="stylesheet")]
        self.assertIn("/static/brands/css/editor-guide.css", stylesheets)

    def test_moderators_and_superusers_read_the_guide_too(self):
        for user in (UserFactory.moderator_of(self.territory), self.superuser):
            with self.subTest(user=user.username):
                self.client.force_login(user)
                self.assertContains(self.client.get(self.url), "Guide de test des éditeurs")

    def test_a_missing_guide_says_so_in_french(self):
        self.guide_path.unlink()
        self.client.force_login(self.editor)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        message = soup.select_one(".editor-guide__missing").get_text(" ", strip=True)
        self.assertIn("Le guide de l'éditeur n'est pas disponible pour le moment.", message)
        self.assertEqual(soup.find("h1").get_text(strip=True), "Guide de l'éditeur")

    def test_a_guide_without_title_gets_a_french_one(self):
        self.guide_path.write_text("## Seulement une section\n", encoding="utf-8")
        headings = self.get_guide().find_all("h1")
        self.assertEqual([h1.get_text(strip=True) for h1 in headings], ["Guide de l'éditeur"])

    def test_a_heading_inside_a_code_block_is_not_the_title(self):
        self.guide_path.write_text("```\n# pas un titre\n```\n\n# Le vrai titre\n\nTexte.\n", encoding="utf-8")
        soup = self.get_guide()
        self.assertEqual(soup.find("h1").get_text(strip=True), "Le vrai titre")
        self.assertIn("# pas un titre", soup.select_one(".editor-guide__body pre").get_text())


class LoggedInEditorMixin(GuideFilesMixin):
    """The temporary guide, read by a territory editor."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory.editor_of(make_territory("alpha", "Alpha"))

    def setUp(self):
        super().setUp()
        self.client.force_login(self.editor)


class EditorGuideImageTests(LoggedInEditorMixin, TestCase):
    def image_status(self, url: str) -> int:
        # follow: Django's APPEND_SLASH may first redirect a path it does not know to the same path with "/".
        return self.client.get(url, follow=True).status_code

    def test_png_screenshots_are_served_as_png(self):
        buffer = io.BytesIO()
        Image.new("RGB", (2, 2)).save(buffer, format="PNG")
        (self.images_dir / "03-page.png").write_bytes(buffer.getvalue())
        response = self.client.get(reverse("brands_editor_guide_image", args=["03-page.png"]))
        self.assertEqual(response["Content-Type"], "image/png")

    def test_an_unknown_image_is_not_found(self):
        self.assertEqual(self.image_status("/admin/guide/guide-editeur/99-absente.webp"), 404)

    def test_paths_out_of_the_images_folder_are_not_found(self):
        # A file next to the guide: reachable only by leaving the images folder.
        (self.guide_path.parent / "secret.webp").write_bytes(self.webp)
        for url in (
            "/admin/guide/guide-editeur/../secret.webp",
            "/admin/guide/guide-editeur/..%2fsecret.webp",
            "/admin/guide/guide-editeur/%2e%2e%2fsecret.webp",
            "/admin/guide/guide-editeur/%2E%2E/secret.webp",
            "/admin/guide/guide-editeur/..%5csecret.webp",
            "/admin/guide/guide-editeur/..",
        ):
            with self.subTest(url=url):
                response = self.client.get(url, follow=True)
                self.assertEqual(response.status_code, 404)
                self.assertNotEqual(response.get("Content-Type"), "image/webp")

    def test_images_in_subfolders_are_not_found(self):
        (self.images_dir / "sous-dossier").mkdir()
        (self.images_dir / "sous-dossier" / "image.webp").write_bytes(self.webp)
        self.assertEqual(self.image_status("/admin/guide/guide-editeur/sous-dossier/image.webp"), 404)
        self.assertEqual(self.image_status("/admin/guide/guide-editeur/sous-dossier%2fimage.webp"), 404)

    def test_other_file_types_and_names_are_not_found(self):
        for name in ("notes.txt", "02-Tableau.webp", "image.webp.txt", "image.svg", ".webp"):
            (self.images_dir / name).write_bytes(self.webp)
            with self.subTest(name=name):
                self.assertEqual(self.image_status(f"/admin/guide/guide-editeur/{name}"), 404)

    def test_a_folder_named_like_an_image_is_not_found(self):
        (self.images_dir / "dossier.webp").mkdir()
        self.assertEqual(self.image_status("/admin/guide/guide-editeur/dossier.webp"), 404)

    def test_anonymous_visitors_do_not_get_images(self):
        self.client.logout()
        response = self.client.get("/admin/guide/guide-editeur/02-tableau-de-bord.webp")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("wagtailadmin_login")))


class EditorGuideCacheTests(LoggedInEditorMixin, TestCase):
    def test_the_guide_is_rendered_once_for_several_requests(self):
        with mock.patch.object(editor_guide, "render_markdown", wraps=editor_guide.render_markdown) as render:
            self.client.get(reverse("brands_editor_guide"))
            self.client.get(reverse("brands_editor_guide"))
        self.assertEqual(render.call_count, 1)

    def test_an_edited_guide_is_rendered_again(self):
        url = reverse("brands_editor_guide")
        self.assertContains(self.client.get(url), "Se connecter")
        mtime_ns = self.guide_path.stat().st_mtime_ns
        self.guide_path.write_text("# Guide de test des éditeurs\n\n## Nouvelle section\n", encoding="utf-8")
        os.utime(self.guide_path, ns=(mtime_ns + 1_000_000_000, mtime_ns + 1_000_000_000))
        response = self.client.get(url)
        self.assertContains(response, "Nouvelle section")
        self.assertNotContains(response, "Se connecter")


def sidebar_items(packed: object) -> list[dict]:
    """Every menu item of the sidebar's telepath-packed props: {"_type": ..., "_args": [{name, label, url}, ...]}."""
    found = []
    if isinstance(packed, dict):
        if packed.get("_type", "").endswith("MenuItem"):
            found.append(packed)
        for value in packed.values():
            found.extend(sidebar_items(value))
    elif isinstance(packed, list):
        for value in packed:
            found.extend(sidebar_items(value))
    return found


class HelpMenuTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory.editor_of(make_territory("alpha", "Alpha"))

    def help_menu(self) -> list[dict]:
        self.client.force_login(self.editor)
        soup = BeautifulSoup(self.client.get(reverse("wagtailadmin_home")).content, "html.parser")
        props = json.loads(soup.find("script", id="wagtail-sidebar-props").string)
        help_menus = [item for item in sidebar_items(props) if item["_args"][0]["name"] == "help"]
        self.assertEqual(len(help_menus), 1)
        self.assertEqual(help_menus[0]["_args"][0]["label"], "Aide")
        return [child["_args"][0] for child in help_menus[0]["_args"][1]]

    def test_the_help_menu_opens_with_the_guide(self):
        first = self.help_menu()[0]
        self.assertEqual(first["url"], reverse("brands_editor_guide"))
        self.assertEqual(first["label"], "Guide de l'éditeur Mètre Carré")
        self.assertEqual(first["icon_name"], "help")

    def test_wagtail_help_items_stay_after_the_guide(self):
        names = [str(item["name"]) for item in self.help_menu()]
        self.assertEqual(names[0], "metre-carre-editor-guide")
        self.assertIn("editor-guide", names[1:])
        self.assertIn("keyboard-shortcuts-trigger", names[1:])


class TheGuideItselfTests(TestCase):
    """docs/guide-editeur.md shows exactly the screenshots the editor's journey takes, and reads in the admin."""

    IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)]+)\)")

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory.editor_of(make_territory("alpha", "Alpha"))

    def images(self) -> list[tuple[str, str]]:
        text = editor_guide.GUIDE_PATH.read_text(encoding="utf-8")
        return [(match["alt"], match["src"]) for match in self.IMAGE.finditer(text)]

    def test_the_guide_uses_each_screenshot_of_the_journey_once_in_order(self):
        expected = [f"guide-editeur/{name}.webp" for name in GUIDE_SCREENSHOTS]
        self.assertEqual([src for _alt, src in self.images()], expected)

    def test_every_screenshot_is_committed_and_none_is_left_over(self):
        committed = sorted(path.name for path in editor_guide.IMAGES_DIR.iterdir())
        self.assertEqual(committed, sorted(f"{name}.webp" for name in GUIDE_SCREENSHOTS))
        for name in committed:
            with Image.open(editor_guide.IMAGES_DIR / name) as image:
                self.assertEqual(image.format, "WEBP")
                self.assertEqual(image.size, (VIEWPORT["width"], VIEWPORT["height"]))

    def test_every_screenshot_has_an_alternative_text(self):
        for alt, src in self.images():
            self.assertGreaterEqual(len(alt.split()), 3, src)

    def test_the_guide_reads_in_the_admin_with_its_screenshots(self):
        self.client.force_login(self.editor)
        url = reverse("brands_editor_guide")
        soup = BeautifulSoup(self.client.get(url).content, "html.parser")
        self.assertEqual(soup.find("h1").get_text(strip=True), "Guide de l'éditeur")
        sources = [image["src"] for image in soup.select("main img")]
        self.assertEqual(sources, [src for _alt, src in self.images()])
        response = self.client.get(urljoin(url, sources[-1]))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "image/webp")
