"""Stories ("récits"): portraits, testimonies, reports and news of a territory, and their index page."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from brands.admin.forms import TerritoryPageForm
from brands.blocks import BODY_BLOCK_COUNTS, BODY_BLOCKS
from brands.core.stream_text import count_words, reading_minutes, stream_words
from brands.public import story_listing

from .strengths import Strength

FOREIGN_STRENGTH_MESSAGE = _(
    "Cet atout appartient à un autre site que cette page : choisissez parmi les atouts de votre territoire."
)


class StoryKind(models.TextChoices):
    PORTRAIT = "portrait", _("Portrait")
    TESTIMONY = "testimony", _("Témoignage")
    REPORT = "report", _("Reportage")
    NEWS = "news", _("Actualité")


class StoryIndexPage(Page):
    """The list of a territory's stories, with filters by strength, category and theme."""

    intro = models.TextField(
        _("chapeau"),
        max_length=400,
        blank=True,
        help_text=_("Deux ou trois phrases qui présentent les récits du territoire."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    base_form_class = TerritoryPageForm
    parent_page_types = ["home.HomePage"]
    subpage_types = ["brands.StoryPage"]
    max_count_per_parent = 1
    template = "brands/pages/story_index_page.html"

    class Meta:
        verbose_name = _("liste des récits")
        verbose_name_plural = _("listes des récits")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(story_listing.story_index_context(self, request))
        return context


class StoryPageTag(TaggedItemBase):
    """The link between a story and one of its themes (tags)."""

    content_object = ParentalKey("brands.StoryPage", on_delete=models.CASCADE, related_name="tagged_items")


class StoryPageForm(TerritoryPageForm):
    """Offers, and accepts, only the strengths of the page's own site and language."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if field := self.fields.get("related_strengths"):
            parent = self.parent_page
            site = self.instance.get_site() if self.instance.pk else (parent.get_site() if parent else None)
            locale_id = self.instance.locale_id or (parent.locale_id if parent else None)
            field.queryset = (
                Strength.objects.filter(site=site, locale_id=locale_id) if site else Strength.objects.none()
            )
            field.error_messages["invalid_choice"] = FOREIGN_STRENGTH_MESSAGE


class StoryPage(Page):
    """One story: a portrait, a testimony, a report or a piece of news."""

    kind = models.CharField(_("genre"), max_length=20, choices=StoryKind.choices, default=StoryKind.PORTRAIT)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Affichée en haut du récit et sur sa vignette dans la liste des récits. Elle est décorative : "
            "ce qu'elle montre d'important doit aussi être dit dans le texte."
        ),
    )
    lead = models.TextField(
        _("chapeau"),
        max_length=400,
        help_text=_("Deux ou trois phrases qui donnent envie de lire la suite, affichées en gros sous le titre."),
    )
    body = StreamField(BODY_BLOCKS, block_counts=BODY_BLOCK_COUNTS, verbose_name=_("contenu"), blank=True)
    related_strengths = ParentalManyToManyField(
        Strength,
        verbose_name=_("atouts incarnés"),
        blank=True,
        related_name="stories",
        help_text=_("Les atouts de votre territoire que ce récit illustre."),
    )
    tags = ClusterTaggableManager(
        verbose_name=_("thèmes"),
        through=StoryPageTag,
        blank=True,
        help_text=_("Quelques mots-clés séparés par des virgules, par exemple « agriculture, jeunes »."),
    )
    author = models.CharField(_("auteur ou autrice"), max_length=80, blank=True)
    date_published = models.DateField(_("date de publication"), default=datetime.date.today)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("lead"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("related_strengths", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldRowPanel([FieldPanel("author"), FieldPanel("date_published")]),
            ],
            heading=_("Classement"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]
    base_form_class = StoryPageForm
    parent_page_types = ["brands.StoryIndexPage"]
    subpage_types: list[str] = []
    template = "brands/pages/story_page.html"

    class Meta:
        verbose_name = _("récit")
        verbose_name_plural = _("récits")

    @property
    def reading_time(self) -> int:
        """Minutes to read the lead and the body, at least one."""
        return reading_minutes(count_words(self.lead) + stream_words(self.body))

    def clean(self) -> None:
        super().clean()
        site = self.get_site() if self.pk else None
        if site and any(strength.site_id != site.pk for strength in self.related_strengths.all()):
            raise ValidationError({"related_strengths": FOREIGN_STRENGTH_MESSAGE})

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(story_listing.story_page_context(self, request))
        return context
