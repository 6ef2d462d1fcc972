"""Image blocks for page bodies: one image with its caption and credit, and galleries.

Every informative image goes through Wagtail's ImageBlock, which asks for a text alternative unless the
editor marks the image as decorative. Videos and maps live in embeds.py.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images import get_image_model

from .previews import OwnMediaPreviewMixin, own_media, sample_image
from .primitives import heading_block, image_block


def caption_block() -> blocks.CharBlock:
    return blocks.CharBlock(label=_("Légende"), required=False, max_length=200)


def credit_block() -> blocks.CharBlock:
    return blocks.CharBlock(label=_("Crédit"), required=False, max_length=80, help_text=_("Auteur de la photo."))


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its own caption and credit: one photo of a gallery, and the base of the image block."""

    image = image_block()
    caption = caption_block()
    credit = credit_block()

    class Meta:
        icon = "image"
        label = _("Photo")


class ImageFigureBlock(OwnMediaPreviewMixin, CaptionedImageBlock):
    """An image with its caption and its credit, shown full width."""

    def preview_from_media(self, request):
        images = own_media(request, get_image_model(), 1)
        if not images:
            return None
        alt = "Paysage du territoire au petit matin"
        return {
            "image": sample_image(images[0], alt),
            "caption": "Le territoire vu d’en haut.",
            "credit": "Photothèque",
        }

    class Meta:
        icon = "image"
        label = _("Image légendée")
        template = "brands/blocks/image_figure_block.html"
        group = _("Médias")
        description = _("Une image pleine largeur avec légende et crédit photo.")


class GalleryBlock(OwnMediaPreviewMixin, blocks.StructBlock):
    """A grid of thumbnails, each one a link to the large image: no JavaScript needed."""

    def preview_from_media(self, request):
        images = own_media(request, get_image_model(), 6)
        if len(images) < 2:
            return None
        items = [{"image": sample_image(image, image.title), "caption": image.title, "credit": ""} for image in images]
        return {"heading": "Le territoire en images", "images": items}

    heading = heading_block()
    images = blocks.ListBlock(
        CaptionedImageBlock(),
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
