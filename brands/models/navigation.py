"""Per-site navigation: the main menu, the footer columns and the partner logos."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from brands.blocks import FooterColumnBlock, LinkBlock, PartnerBlock
from brands.site_scope import foreign_references, foreign_references_message


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """What links a territory shows in its header and footer."""

    menu_items = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("menu principal"),
        blank=True,
        max_num=7,
        help_text=_("Sept liens au plus, pour rester lisible sur téléphone."),
    )
    footer_columns = StreamField(
        [("column", FooterColumnBlock())],
        verbose_name=_("colonnes du pied de page"),
        blank=True,
        max_num=4,
    )
    partners = StreamField(
        [("partner", PartnerBlock())],
        verbose_name=_("partenaires"),
        blank=True,
        max_num=12,
        help_text=_("Les logos des partenaires du territoire, affichés en bas de page."),
    )

    edit_handler = TabbedInterface(
        [
            ObjectList([FieldPanel("menu_items")], heading=_("Menu principal")),
            ObjectList([FieldPanel("footer_columns"), FieldPanel("partners")], heading=_("Pied de page")),
        ]
    )

    class Meta:
        verbose_name = _("navigation et pied de page")
        verbose_name_plural = _("navigations et pieds de page")

    def clean(self) -> None:
        super().clean()
        if self.site_id and (foreign := foreign_references(self, self.site)):
            raise ValidationError(foreign_references_message(foreign))
