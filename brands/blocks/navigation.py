"""Blocks for site chrome: menu links, footer columns and partner logos."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock


class LinkStructValue(blocks.StructValue):
    """Answers "where does this link go and what does it say?" so templates only lay out."""

    def href(self, request=None) -> str:
        page = self.get("page")
        if page:
            # get_url(request) reuses the site root paths cached on the request: no query per link.
            return page.get_url(request) or ""
        return self.get("url") or ""

    @property
    def text(self) -> str:
        page = self.get("page")
        return self.get("label") or (page.title if page else "")

    @property
    def is_external(self) -> bool:
        return not self.get("page") and bool(self.get("url"))


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
        preview_value = {"label": "S'installer", "url": "https://example.org/"}


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
    """A partner of the territory, shown by its logo in the footer."""

    name = blocks.CharBlock(
        label=_("Nom du partenaire"),
        max_length=80,
        help_text=_("Sert de texte alternatif au logo : écrivez le nom tel qu'il apparaît sur le logo."),
    )
    logo = ImageChooserBlock(label=_("Logo"))
    url = blocks.URLBlock(label=_("Site du partenaire"), required=False)

    class Meta:
        icon = "group"
        label = _("Partenaire")
        template = "brands/blocks/partner_block.html"
        group = _("Navigation")
        description = _("Le logo d'un partenaire, avec un lien facultatif vers son site.")
