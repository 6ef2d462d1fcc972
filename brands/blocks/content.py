"""Content blocks for page bodies: text sections, key figures, images with caption and credit."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class SectionBlock(blocks.StructBlock):
    """A titled section of running text."""

    heading = blocks.CharBlock(
        label=_("Intertitre"),
        required=False,
        max_length=90,
        help_text=_("Titre de la section (niveau 2), court et parlant. Facultatif."),
    )
    text = blocks.RichTextBlock(
        label=_("Texte"),
        features=RICH_TEXT_FEATURES,
        max_length=6000,
        help_text=_("Des paragraphes courts se lisent mieux sur téléphone."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Section de texte")
        template = "brands/blocks/section_block.html"
        group = _("Texte")
        description = _("Un intertitre facultatif suivi de paragraphes, listes et liens.")
        preview_value = {
            "heading": "Un territoire qui se choisit",
            "text": "<p>Ici, on vient pour la nature et on reste pour les gens.</p>",
        }


class KeyFigureBlock(blocks.StructBlock):
    """One key figure with its source: a number without a source is not credible."""

    value = blocks.CharBlock(label=_("Valeur"), max_length=12, help_text=_("Par exemple 1 000 ou 2 642."))
    unit = blocks.CharBlock(label=_("Unité"), required=False, max_length=20, help_text=_("Par exemple m, km, %."))
    label = blocks.CharBlock(label=_("Ce que mesure le chiffre"), max_length=90)
    source = blocks.CharBlock(label=_("Source"), max_length=120, help_text=_("Par exemple INSEE, recensement."))
    year = blocks.IntegerBlock(label=_("Année"), required=False, min_value=1900, max_value=2100)

    class Meta:
        icon = "order"
        label = _("Chiffre")


class KeyFiguresBlock(blocks.StructBlock):
    """A row of sourced key figures ("chiffres clés")."""

    heading = blocks.CharBlock(label=_("Intertitre"), required=False, max_length=90)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Chiffres"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        label = _("Chiffres clés")
        template = "brands/blocks/key_figures_block.html"
        group = _("Récit")
        description = _("Jusqu'à six chiffres marquants, chacun avec sa source et son année.")
        preview_value = {
            "heading": "Le territoire en chiffres",
            "figures": [
                {"value": "2 642", "unit": "m", "label": "altitude du col du Galibier", "source": "IGN", "year": 2024},
                {"value": "1", "unit": "ha", "label": "de foncier à reconvertir", "source": "Commune", "year": 2025},
            ],
        }


class ImageFigureBlock(blocks.StructBlock):
    """An image with its caption and its credit."""

    image = ImageBlock(
        label=_("Image"),
        help_text=_("Décrivez l'image pour les personnes qui ne la voient pas, ou cochez « décorative »."),
    )
    caption = blocks.CharBlock(label=_("Légende"), required=False, max_length=200)
    credit = blocks.CharBlock(label=_("Crédit"), required=False, max_length=80, help_text=_("Auteur de la photo."))

    class Meta:
        icon = "image"
        label = _("Image légendée")
        template = "brands/blocks/image_figure_block.html"
        group = _("Médias")
        description = _("Une image pleine largeur avec légende et crédit photo.")


CONTENT_BLOCKS = [
    ("section", SectionBlock()),
    ("key_figures", KeyFiguresBlock()),
    ("image", ImageFigureBlock()),
]
