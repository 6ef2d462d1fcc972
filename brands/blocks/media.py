"""Image blocks for page bodies: one image with its caption and credit, and galleries.

Every informative image goes through Wagtail's ImageBlock, which asks for a text alternative unless the
editor marks the image as decorative. Videos and maps live in embeds.py.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .primitives import heading_block, image_block


def caption_block() -> blocks.CharBlock:
    return blocks.CharBlock(label=_("Légende"), required=False, max_length=200)


def credit_block() -> blocks.CharBlock:
    return blocks.CharBlock(label=_("Crédit"), required=False, max_length=80, help_text=_("Auteur de la photo."))


class ImageFigureBlock(blocks.StructBlock):
    """An image with its caption and its credit."""

    image = image_block()
    caption = caption_block()
    credit = credit_block()

    class Meta:
        icon = "image"
        label = _("Image légendée")
        template = "brands/blocks/image_figure_block.html"
        group = _("Médias")
        description = _("Une image pleine largeur avec légende et crédit photo.")


class GalleryImageBlock(blocks.StructBlock):
    """One image of a gallery, with its own caption and credit."""

    image = image_block()
    caption = caption_block()
    credit = credit_block()

    class Meta:
        icon = "image"
        label = _("Photo")


class GalleryBlock(blocks.StructBlock):
    """A grid of thumbnails, each one a link to the large image: no JavaScript needed."""

    heading = heading_block()
    images = blocks.ListBlock(
        GalleryImageBlock(),
        label=_("Photos"),
        min_num=2,
        max_num=24,
        help_text=_("De 2 à 24 photos. Chaque vignette ouvre la photo en grand."),
    )

    class Meta:
        icon = "image"
        label = _("Galerie de photos")
        template = "brands/blocks/gallery_block.html"
        group = _("Médias")
        description = _("Jusqu'à vingt-quatre photos en vignettes, qui s'ouvrent en grand d'un clic.")
