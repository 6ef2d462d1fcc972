"""Blocks that invite the visitor to act: calls to action, downloads and partners."""

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model

from .navigation import PartnerBlock
from .previews import OwnMediaPreviewMixin, own_media
from .primitives import button_links, heading_block

# Kilo-, mega- and gigabytes, abbreviated in the visitor's language ("Ko" in French, "KB" in English).
SIZE_UNITS = [_("Ko"), _("Mo"), _("Go")]


def human_size(size: int) -> str:
    """A file size in the visitor's language: "850 octets", "240 Ko", "1,2 Mo" in French."""
    if size < 1000:
        # The catalogs hold a plain space; the number and its unit must not be split across lines.
        return (ngettext("%(size)s octet", "%(size)s octets", size) % {"size": size}).replace(" ", "\xa0")
    value = float(size)
    for unit in SIZE_UNITS:
        value /= 1000
        if value < 1000 or unit == SIZE_UNITS[-1]:
            return f"{number_format(value, 1 if value < 10 else 0)}\xa0{unit}"
    raise AssertionError("unreachable")


class CallToActionBlock(blocks.StructBlock):
    """A framed invitation to act, with one or two buttons."""

    heading = blocks.CharBlock(label=_("Titre"), max_length=90, help_text=_("Par exemple « Venez nous rencontrer »."))
    text = blocks.TextBlock(label=_("Texte"), required=False, max_length=300)
    links = button_links(min_num=1)
    style = blocks.ChoiceBlock(
        label=_("Mise en avant"),
        choices=[
            ("strong", _("Forte : sur la couleur principale")),
            ("calm", _("Posée : sur la couleur secondaire")),
            ("light", _("Légère : sur fond clair, encadrée")),
        ],
        default="strong",
        help_text=_("Réservez la mise en avant forte à l'action la plus importante de la page."),
    )

    class Meta:
        icon = "pick"
        label = _("Appel à l'action")
        template = "brands/blocks/call_to_action_block.html"
        group = _("Action")
        description = _("Un encadré qui invite à agir, avec un ou deux boutons.")
        preview_value = {
            "heading": "Vous avez un projet d’installation ?",
            "text": "Notre chargée d’accueil vous répond sous deux jours et organise votre visite.",
            "links": [{"label": "Prendre rendez-vous", "url": "https://example.org/rendez-vous"}],
            "style": "strong",
        }


class DownloadStructValue(blocks.StructValue):
    """The link text, file type and size of a downloadable document."""

    @property
    def text(self) -> str:
        document = self.get("document")
        return self.get("label") or (document.title if document else "")

    @property
    def file_type(self) -> str:
        document = self.get("document")
        return document.file_extension.upper() if document else ""

    @property
    def file_size(self) -> str:
        document = self.get("document")
        if document is None:
            return ""
        size = document.file_size
        if size is None:
            # Document.get_file_size() would save the document: never write while rendering a page.
            try:
                size = document.file.size
            except (OSError, ValueError):
                return ""
        return human_size(size)

    @property
    def details(self) -> str:
        return ", ".join(part for part in (self.file_type, self.file_size) if part)


class DownloadBlock(blocks.StructBlock):
    """One document to download."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Libellé"),
        required=False,
        max_length=120,
        help_text=_("Laissez vide pour reprendre le titre du document."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        value_class = DownloadStructValue


class DownloadsBlock(OwnMediaPreviewMixin, blocks.StructBlock):
    """A list of documents to download, each with its type and size."""

    def preview_from_media(self, request):
        documents = own_media(request, get_document_model(), 3)
        if not documents:
            return None
        return {"heading": "À télécharger", "documents": [{"document": d.pk, "label": ""} for d in documents]}

    heading = heading_block()
    documents = blocks.ListBlock(DownloadBlock(), label=_("Documents"), min_num=1, max_num=20)

    class Meta:
        icon = "download"
        label = _("Documents à télécharger")
        template = "brands/blocks/downloads_block.html"
        group = _("Action")
        description = _("Jusqu'à vingt documents, avec leur format et leur poids affichés.")


class PartnersBlock(OwnMediaPreviewMixin, blocks.StructBlock):
    """The logos of the territory's partners, each linking to its site."""

    def preview_from_media(self, request):
        logos = own_media(request, get_image_model(), 3)
        if not logos:
            return None
        partners = [{"name": logo.title, "logo": logo.pk, "url": "https://example.org/"} for logo in logos]
        return {"heading": "Ils nous accompagnent", "partners": partners}

    heading = heading_block()
    partners = blocks.ListBlock(PartnerBlock(), label=_("Partenaires"), min_num=1, max_num=24)

    class Meta:
        icon = "group"
        label = _("Partenaires")
        template = "brands/blocks/partners_block.html"
        group = _("Action")
        description = _("Jusqu'à vingt-quatre logos de partenaires, avec un lien vers leur site.")
