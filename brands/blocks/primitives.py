"""Primitives reused inside other blocks: links, buttons, the rich-text feature list, JSON-LD.

Nothing here is offered on its own in a page body; body blocks and navigation blocks compose them.
"""

import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

from brands.core.localizing import localized_page
from brands.core.passage_languages import passage_features, passage_language_choices

# One list for every rich-text field of the library, so editors meet the same toolbar everywhere: the
# language of a passage last (« FR », « EN »…, brands/admin/rich_text.py).
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", *passage_features()]

# Inside <script>, "</script>" or "<!--" in a string would end the element: escape like json_script.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data: dict) -> SafeString:
    """Structured data ready to go between <script type="application/ld+json"> tags."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))


def not_french() -> bool:
    return translation.get_language() != settings.LANGUAGE_CODE


class LinkStructValue(blocks.StructValue):
    """Answers "where does this link go and what does it say?" so templates only lay out."""

    _page = None  # the chosen page, in the visitor's language once `href` has been asked with a request

    def href(self, request=None) -> str:
        page = self.get("page")
        if page:
            # Chosen in French; on a translated page, the link leads to the translation when it is live.
            self._page = localized_page(page, request)
            # get_url(request) reuses the site root paths cached on the request: no query per link.
            return self._page.get_url(request) or ""
        return self.get("url") or ""

    @property
    def text(self) -> str:
        page = self._page or self.get("page")
        return self.get("label") or (page.title if page else "")

    @property
    def is_external(self) -> bool:
        return not self.get("page") and bool(self.get("url"))

    @property
    def destination_language(self) -> str:
        """The language of the page the link leads to when it is not the visitor's: a page left in French.

        Known once `href` has been asked: the chosen (French) page stands when it has no live translation.
        (Compared by id: the menu and the footer may hold two copies of the same page.)
        """
        page = self.get("page")
        if page is not None and self._page is not None and self._page.pk == page.pk and not_french():
            return settings.LANGUAGE_CODE
        return ""

    @property
    def text_language(self) -> str:
        """The language of the link's text when it is the page's French title on another language's page."""
        return "" if self.get("label") else self.destination_language


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to an external address."""

    label = blocks.CharBlock(
        label=_("Libellé"),
        required=False,
        max_length=40,
        help_text=_("Texte du lien. Laissez vide pour reprendre le titre de la page choisie."),
    )
    page = blocks.PageChooserBlock(
        label=_("Page du site"),
        required=False,
        help_text=_("Une page de votre site. Renseignez soit une page, soit une adresse externe."),
    )
    url = blocks.URLBlock(
        label=_("Adresse externe"),
        required=False,
        help_text=_("Par exemple https://www.service-public.fr. Laissez vide si vous choisissez une page."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["href"] = value.href(context.get("request"))
        return context

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("url"))
        if has_page == has_url:
            message = _("Choisissez soit une page du site, soit une adresse externe (l'un des deux, pas les deux).")
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        if has_url and not value.get("label"):
            raise StructBlockValidationError(
                block_errors={"label": ValidationError(_("Un libellé est obligatoire pour une adresse externe."))}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Lien")
        value_class = LinkStructValue
        template = "brands/blocks/link_block.html"
        group = _("Navigation")
        description = _("Un lien vers une page du site ou vers un autre site.")
        preview_value = {"label": "S’installer", "url": "https://example.org/"}


class ButtonLinkBlock(LinkBlock):
    """A call-to-action link shown as a button: same choice of page or address as any link."""

    class Meta:
        icon = "link-external"
        label = _("Bouton")
        template = "brands/blocks/button_link_block.html"
        group = _("Navigation")
        description = _("Un lien mis en valeur comme un bouton, vers une page du site ou un autre site.")
        preview_value = {"label": "Visiter le territoire", "url": "https://example.org/"}


def button_links(min_num: int = 0, max_num: int = 2) -> blocks.ListBlock:
    """One or two call-to-action buttons: the first is the main action, the second an alternative."""
    return blocks.ListBlock(
        ButtonLinkBlock(),
        label=_("Boutons"),
        min_num=min_num,
        max_num=max_num,
        help_text=_("Au plus deux boutons : le premier est l'action principale, le second une alternative."),
    )


def image_block(required: bool = True, label: str = "") -> ImageBlock:
    """An informative image: Wagtail asks for a text alternative unless the editor ticks "decorative"."""
    return ImageBlock(
        label=label or _("Image"),
        required=required,
        help_text=_("Décrivez l'image pour les personnes qui ne la voient pas, ou cochez « décorative »."),
    )


def heading_block(help_text: str = "") -> blocks.CharBlock:
    """The optional level-2 heading that opens a block."""
    return blocks.CharBlock(
        label=_("Intertitre"),
        required=False,
        max_length=90,
        help_text=help_text or _("Titre de la section (niveau 2), court et parlant. Facultatif."),
    )


def passage_language_block() -> blocks.ChoiceBlock:
    """The language of a quote, when it is not the page's: screen readers then pronounce it right."""
    return blocks.ChoiceBlock(
        choices=passage_language_choices,
        required=False,
        label=_("Langue de la citation"),
        help_text=_(
            "Seulement si la citation n'est pas dans la langue de la page, par exemple une phrase en créole sur "
            "une page en français."
        ),
    )
