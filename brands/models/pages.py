"""Page types shared by every territory site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from brands.blocks import CONTENT_BLOCKS
from brands.forms import TerritoryPageForm


class ContentPage(Page):
    """A page composed from the block library: "S'installer", "Mentions légales", and so on."""

    intro = models.TextField(
        _("chapeau"),
        max_length=400,
        blank=True,
        help_text=_("Deux ou trois phrases d'introduction, affichées en gros sous le titre."),
    )
    body = StreamField(CONTENT_BLOCKS, verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    base_form_class = TerritoryPageForm
    parent_page_types = ["home.HomePage", "home.PortalPage", "brands.ContentPage"]
    subpage_types = ["brands.ContentPage"]
    template = "brands/pages/content_page.html"

    class Meta:
        verbose_name = _("page de contenu")
        verbose_name_plural = _("pages de contenu")
