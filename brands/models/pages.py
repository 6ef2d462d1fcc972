"""Page types shared by every territory site: flexible content pages and the "Nos atouts" page."""

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from brands.admin.forms import TerritoryPageForm
from brands.blocks import BODY_BLOCK_COUNTS, BODY_BLOCKS
from brands.core.stream_text import section_anchors
from brands.public.story_listing import embodying_stories
from brands.public.strengths_chart import category_groups, strengths_chart
from brands.public.untranslated import mark_untranslated

from .stories import StoryIndexPage
from .strengths import Strength, StrengthCategory


class ContentPage(Page):
    """A page composed from the block library: "S'installer", "Mentions légales", and so on."""

    intro = models.TextField(
        _("chapeau"),
        max_length=400,
        blank=True,
        help_text=_("Deux ou trois phrases d'introduction, affichées en gros sous le titre."),
    )
    show_toc = models.BooleanField(
        _("Afficher un sommaire"),
        default=False,
        help_text=_(
            "Une liste de liens vers les intertitres des sections, en haut de la page. Utile sur les pages longues."
        ),
    )
    body = StreamField(BODY_BLOCKS, block_counts=BODY_BLOCK_COUNTS, verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("show_toc"), FieldPanel("body")]
    base_form_class = TerritoryPageForm
    parent_page_types = [settings.TERRITORY_HOME_PAGE_MODEL, settings.PORTAL_PAGE_MODEL, "brands.ContentPage"]
    subpage_types = ["brands.ContentPage"]
    template = "brands/pages/content_page.html"

    class Meta:
        verbose_name = _("page de contenu")
        verbose_name_plural = _("pages de contenu")

    @cached_property
    def section_anchors(self) -> dict[str, str]:
        """Anchor id of each section block with a heading, by block id."""
        return section_anchors(self.body)

    @property
    def table_of_contents(self) -> list[dict]:
        """The sections' headings in page order, each with the anchor id its section carries."""
        headings = {
            block["id"]: block["value"]["heading"]
            for block in self.body.raw_data
            if block["id"] in self.section_anchors
        }
        return [{"anchor": anchor, "title": headings[block_id]} for block_id, anchor in self.section_anchors.items()]

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        # (block, anchor id) pairs: the template passes `anchor_id` to each block it includes.
        context["body_blocks"] = [(block, self.section_anchors.get(block.id, "")) for block in self.body]
        context["table_of_contents"] = self.table_of_contents if self.show_toc else []
        return context


class StrengthsPage(Page):
    """ "Nos atouts": the site's strengths grouped by category, with a chart of how they spread."""

    intro = models.TextField(
        _("chapeau"),
        max_length=400,
        blank=True,
        help_text=_("Deux ou trois phrases qui résument ce que le territoire a de plus fort."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    base_form_class = TerritoryPageForm
    parent_page_types = [settings.TERRITORY_HOME_PAGE_MODEL]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "brands/pages/strengths_page.html"

    class Meta:
        verbose_name = _("page des atouts")
        verbose_name_plural = _("pages des atouts")

    def strengths(self, site) -> list[Strength]:
        """The site's strengths in this page's language, with images, renditions and stories in that language."""
        images = get_image_model().objects.prefetch_renditions()
        strengths = list(
            Strength.objects.filter(site=site, locale_id=self.locale_id).prefetch_related(Prefetch("image", images))
        )
        mark_untranslated(strengths)
        stories = embodying_stories(strengths, self.locale_id)
        for strength in strengths:
            strength.embodying = stories.get(strength.translation_key)
        return strengths

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        strengths = self.strengths(Site.find_for_request(request))  # the request's site is known: no query
        context["groups"] = category_groups(strengths, StrengthCategory.choices)
        context["chart"] = strengths_chart(context["groups"])
        index = StoryIndexPage.objects.live().sibling_of(self).first()
        context["story_index_url"] = index.get_url(request) if index else ""
        return context
