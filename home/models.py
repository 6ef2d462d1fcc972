"""The territory home page and the network portal that lists every territory."""

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Prefetch, QuerySet, Subquery
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from brands.admin.forms import TerritoryPageForm
from brands.blocks import BODY_BLOCK_COUNTS, BODY_BLOCKS, HOME_BLOCK_COUNTS, HOME_BLOCKS
from brands.core.routing import OneQueryRoutingMixin
from brands.models import BrandSettings, Navigation
from brands.public.pagination import paginate

TERRITORIES_PER_PAGE = 24


class HomePage(OneQueryRoutingMixin, Page):
    """The root page of one territory's site."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image d'accueil"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Une grande image de paysage, au moins 1600 pixels de large. Elle est décorative."),
    )
    intro = models.TextField(
        _("accroche"),
        max_length=400,
        blank=True,
        help_text=_("Deux ou trois phrases qui donnent envie de rester, affichées sous le titre."),
    )
    body = StreamField(HOME_BLOCKS, block_counts=HOME_BLOCK_COUNTS, verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("hero_image"), FieldPanel("intro"), FieldPanel("body")]
    base_form_class = TerritoryPageForm
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = settings.TERRITORY_HOME_SUBPAGE_TYPES  # the settings name each visitor domain's pages

    class Meta:
        verbose_name = _("accueil d'un territoire")
        verbose_name_plural = _("accueils des territoires")


class PortalPage(Page):
    """The network portal: the Mètre Carré approach and the list of territories."""

    intro = models.TextField(_("accroche"), max_length=400, blank=True)
    body = StreamField(BODY_BLOCKS, block_counts=BODY_BLOCK_COUNTS, verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["brands.ContentPage", "brands.LegalPage", "brands.AccessibilityStatementPage"]
    max_count = 1

    class Meta:
        verbose_name = _("portail du réseau")
        verbose_name_plural = _("portails du réseau")

    def territory_brands(self) -> QuerySet:
        """Brand settings of every territory site, by name, each with its French tagline and its logo."""
        logos = get_image_model().objects.prefetch_renditions()
        taglines = Navigation.objects.filter(site=OuterRef("site"), locale__language_code=settings.LANGUAGE_CODE)
        return (
            BrandSettings.objects.filter(site__territory__isnull=False)
            .select_related("site")
            .prefetch_related(Prefetch("logo", queryset=logos))
            .annotate(tagline=Subquery(taglines.values("tagline")[:1]))
            .order_by("brand_name", "pk")
        )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        # A page of territories at a time: hundreds may share one installation.
        page, page_range = paginate(self.territory_brands(), TERRITORIES_PER_PAGE, request)
        context["territory_page"], context["page_range"] = page, page_range
        context["territories"] = [(brand, brand.tagline or "") for brand in page]
        return context
