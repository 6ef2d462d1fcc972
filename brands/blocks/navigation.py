"""Blocks for site chrome: footer columns and partner logos, chosen in the per-site navigation settings."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .primitives import LinkBlock


class FooterColumnBlock(blocks.StructBlock):
    """A titled column of links in the footer."""

    title = blocks.CharBlock(label=_("Titre de la colonne"), max_length=40)
    links = blocks.ListBlock(LinkBlock(), label=_("Liens"), min_num=1, max_num=8)

    class Meta:
        icon = "list-ul"
        label = _("Colonne de pied de page")
        template = "brands/blocks/footer_column_block.html"
        group = _("Navigation")
        description = _("Un titre et jusqu'à huit liens, affichés en colonne dans le pied de page.")
        preview_value = {
            "title": "Vivre ici",
            "links": [
                {"label": "Se loger", "url": "https://example.org/logement"},
                {"label": "Travailler", "url": "https://example.org/emploi"},
            ],
        }


class PartnerBlock(blocks.StructBlock):
    """A partner of the territory, shown by its logo (in the footer or in a partners block)."""

    name = blocks.CharBlock(
        label=_("Nom du partenaire"),
        max_length=80,
        help_text=_("Sert de texte alternatif au logo : écrivez le nom tel qu'il apparaît sur le logo."),
    )
    # The name is the logo's text alternative, so a plain chooser is enough here.
    logo = ImageChooserBlock(label=_("Logo"))
    url = blocks.URLBlock(label=_("Site du partenaire"), required=False)

    class Meta:
        icon = "group"
        label = _("Partenaire")
        template = "brands/blocks/partner_block.html"
        group = _("Navigation")
        description = _("Le logo d'un partenaire, avec un lien facultatif vers son site.")
