"""The editor's guide, written in docs/ and read in the admin so editors find it where they work.

The guide is Markdown (docs/guide-editeur.md) illustrated with screenshots in docs/guide-editeur/. It is
served at `admin/guide/` and its images at `admin/guide/guide-editeur/<name>`, so the guide's relative
image paths work unchanged both on GitHub and in the admin. The guide is written by the team, not by
editors: its Markdown is trusted and rendered as is.
"""

import functools
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path

import markdown
from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

GUIDE_PATH = settings.BASE_DIR / "docs" / "guide-editeur.md"
IMAGES_DIR = GUIDE_PATH.parent / "guide-editeur"

IMAGE_NAME = re.compile(r"[a-z0-9-]+\.(webp|png)")
IMAGE_TYPES = {"webp": "image/webp", "png": "image/png"}
# A level-one ATX heading: "# Titre" (an optional closing "#" run is Markdown syntax, not title).
TITLE_LINE = re.compile(r"#[ \t]+(?P<title>.+?)(?:[ \t]+#+)?[ \t]*")
FENCE = re.compile(r"(```|~~~)")
DEFAULT_TITLE = gettext_lazy("Guide de l'éditeur")


@dataclass(frozen=True)
class Guide:
    """The guide as the admin page shows it: its title in the header, a table of contents and the body."""

    title: str | None  # None when the guide has no `# ` heading
    toc: str
    body: str


class LazyImages(Treeprocessor):
    """Screenshots load as the editor scrolls to them."""

    def run(self, root: etree.Element) -> None:
        for image in root.iter("img"):
            image.set("loading", "lazy")
            image.set("decoding", "async")


class LazyImagesExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802  (Python-Markdown's name)
        md.treeprocessors.register(LazyImages(md), "lazy_images", 0)


def split_title(text: str) -> tuple[str | None, str]:
    """The first `# ` heading, and the Markdown without it: the admin header is the page's only h1."""
    lines = text.splitlines(keepends=True)
    in_fence = False
    for index, line in enumerate(lines):
        if FENCE.match(line.lstrip()):
            in_fence = not in_fence
        elif not in_fence and (match := TITLE_LINE.fullmatch(line.rstrip("\r\n"))):
            return match["title"], "".join(lines[:index] + lines[index + 1 :])
    return None, text


def render_markdown(text: str) -> tuple[str, str]:
    """The HTML body and its table of contents (the sections, not their subsections: a short summary)."""
    converter = markdown.Markdown(
        extensions=["toc", "tables", "attr_list", "fenced_code", LazyImagesExtension()],
        extension_configs={"toc": {"toc_depth": "2"}},
        output_format="html",
    )
    body = converter.convert(text)
    return body, converter.toc if converter.toc_tokens else ""


@functools.lru_cache(maxsize=4)
def render_guide(guide_path: Path, mtime_ns: int) -> Guide:
    # Keyed by the file's modification time: rendered once per version of the guide, not per request.
    title, text = split_title(guide_path.read_text(encoding="utf-8"))
    body, toc = render_markdown(text)
    return Guide(title=title, toc=toc, body=body)


def load_guide() -> Guide | None:
    """The rendered guide, or None when the file is missing (a deployment without docs/)."""
    try:
        mtime_ns = GUIDE_PATH.stat().st_mtime_ns
    except FileNotFoundError:
        return None
    return render_guide(GUIDE_PATH, mtime_ns)


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    """The guide, readable by anyone with admin access: it holds nothing specific to a territory."""

    template_name = "brands/admin/editor_guide.html"
    header_icon = "help"

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.guide = load_guide()
        return super().get(request, *args, **kwargs)

    def get_page_title(self) -> str:
        return str((self.guide and self.guide.title) or DEFAULT_TITLE)

    def get_breadcrumbs_items(self) -> list[dict]:
        # No breadcrumbs: the header then shows the guide's title as a visible h1.
        return []

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["guide"] = self.guide
        return context


def guide_image(request: HttpRequest, name: str) -> FileResponse:
    """A screenshot of the guide: a plain file name directly in IMAGES_DIR, nothing else."""
    match = IMAGE_NAME.fullmatch(name)
    image = IMAGES_DIR / name
    if not match or not image.is_file() or image.resolve().parent != IMAGES_DIR.resolve():
        raise Http404
    # No Cache-Control here: Wagtail wraps every admin URL, hooks' included, in never_cache, which would
    # override it. The screenshots are small and load lazily.
    return FileResponse(image.open("rb"), content_type=IMAGE_TYPES[match[1]])


def menu_item() -> MenuItem:
    # Wagtail's own help items start at order 1000: ours comes first.
    return MenuItem(
        gettext_lazy("Guide de l'éditeur Mètre Carré"),
        reverse("brands_editor_guide"),
        name="metre-carre-editor-guide",
        icon_name="help",
        order=900,
    )


urlpatterns = [
    path("guide/", EditorGuideView.as_view(), name="brands_editor_guide"),
    path("guide/guide-editeur/<str:name>", guide_image, name="brands_editor_guide_image"),
]
