"""The offers a territory makes to entrepreneurs, and the page that lists them.

An offer's facts (kind, status, surface, price, services, place) are the French page's: a translation
takes them from it when saved, and publishing the French page passes them on to its translations, so
that an offer attributed in French is attributed in every language the same day.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from brands.admin.forms import TerritoryPageForm
from brands.blocks import BODY_BLOCK_COUNTS, BODY_BLOCKS, MEDIA_BLOCK_COUNTS, MEDIA_BLOCKS
from brands.core import shared_facts

from . import facts, listing
from .choices import PRICED_BASES, OpportunityKind, OpportunityStatus, PriceBasis, SurfaceUnit

DEFAULT_ATTRIBUTED_LISTING_DAYS = 30
MAX_ATTRIBUTED_LISTING_DAYS = 365
CONTACT_FORM_MODEL = "contact.ContactFormPage"
FACT_FIELDS = (
    "kind",
    "status",
    "status_changed",
    "surface_value",
    "surface_unit",
    "surface_m2",
    "price_amount",
    "price_basis",
    *facts.SERVICE_FIELDS,
    "commune",
    "latitude",
    "longitude",
)


class OpportunityIndexPage(Page):
    """« Entreprendre »: the territory's offers, filtered by kind, surface and status."""

    intro = models.TextField(
        _("chapeau"),
        max_length=500,
        blank=True,
        help_text=_("Deux ou trois phrases : ce que le territoire offre à qui veut entreprendre, et qui l’accompagne."),
    )
    contact_form = models.ForeignKey(
        CONTACT_FORM_MODEL,
        verbose_name=_("formulaire de contact par défaut"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Le formulaire proposé sur chaque offre qui n’en a pas choisi, par exemple « Visiter ce local ». "
            "Le message indique de lui-même l’offre concernée."
        ),
    )
    attributed_listing_days = models.PositiveSmallIntegerField(
        _("jours d’affichage d’une offre attribuée"),
        default=DEFAULT_ATTRIBUTED_LISTING_DAYS,
        validators=[MaxValueValidator(MAX_ATTRIBUTED_LISTING_DAYS)],
        help_text=_(
            "Une offre attribuée reste dans la liste pendant ce nombre de jours (de 0 à 365), pour montrer que "
            "le territoire bouge ; ensuite elle n’y figure plus, mais sa page reste en ligne avec un avis."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("contact_form"),
        FieldPanel("attributed_listing_days"),
    ]
    base_form_class = TerritoryPageForm
    parent_page_types = [settings.TERRITORY_HOME_PAGE_MODEL]
    subpage_types = ["opportunities.OpportunityPage"]
    max_count_per_parent = 1
    override_translatable_fields = [SynchronizedField("attributed_listing_days")]

    class Meta:
        verbose_name = _("liste des offres pour entreprendre")
        verbose_name_plural = _("listes des offres pour entreprendre")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.index_context(self, request))
        return context


class OpportunityPageForm(TerritoryPageForm):
    """Dates a change of status itself, unless the editor gave the date."""

    def clean(self) -> dict:
        cleaned = super().clean()
        status_changed = cleaned.get("status") != self.initial.get("status")
        date_left_as_shown = cleaned.get("status_changed") == self.initial.get("status_changed")
        if self.instance.pk and status_changed and date_left_as_shown:
            cleaned["status_changed"] = timezone.localdate()
        return cleaned


class OpportunityPage(Page):
    """One offer: a plot of land, premises, a building, a desk, a shop to take over, a call for projects."""

    kind = models.CharField(_("type d’offre"), max_length=20, choices=OpportunityKind.choices)
    summary = models.TextField(
        _("résumé"),
        max_length=400,
        help_text=_("Deux ou trois phrases : ce qui est proposé, où, et pour quel projet. Affiché sur la vignette."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "En haut de l’offre et sur sa vignette. Elle est décorative : ce qu’elle montre d’important doit aussi "
            "être écrit dans le texte."
        ),
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=OpportunityStatus.choices, default=OpportunityStatus.AVAILABLE
    )
    status_changed = models.DateField(
        _("statut depuis le"),
        default=datetime.date.today,
        help_text=_("Mis à jour tout seul quand vous changez le statut ; vous pouvez aussi indiquer une autre date."),
    )
    surface_value = models.DecimalField(
        _("surface"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Laissez vide pour un appel à projets sans lieu."),
    )
    surface_unit = models.CharField(
        _("unité de surface"), max_length=2, choices=SurfaceUnit.choices, default=SurfaceUnit.SQUARE_METRE
    )
    surface_m2 = models.DecimalField(max_digits=14, decimal_places=2, null=True, editable=False)
    price_basis = models.CharField(
        _("prix ou loyer"), max_length=20, choices=PriceBasis.choices, default=PriceBasis.ON_REQUEST
    )
    price_amount = models.DecimalField(
        _("montant (€)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("En euros, sans espace ni symbole : 45000 ou 350.50."),
    )
    price_note = models.CharField(
        _("précision sur le prix"),
        max_length=120,
        blank=True,
        help_text=_("Par exemple « hors charges », « négociable » ou « aide à l’installation possible »."),
    )
    zoning = models.CharField(
        _("zonage"),
        max_length=120,
        blank=True,
        help_text=_("La zone du plan local d’urbanisme, par exemple « UX, zone d’activités »."),
    )
    has_fibre = models.BooleanField(_("fibre optique"), default=False)
    has_road_access = models.BooleanField(_("accès routier poids lourds"), default=False)
    has_parking = models.BooleanField(_("stationnement"), default=False)
    has_water = models.BooleanField(_("eau"), default=False)
    has_power = models.BooleanField(_("électricité"), default=False)
    commune = models.CharField(_("commune"), max_length=80, help_text=_("Par exemple « Faucogney-et-la-Mer »."))
    address = models.TextField(
        _("adresse"),
        max_length=300,
        blank=True,
        help_text=_("L’adresse écrite en toutes lettres, affichée sous la carte."),
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Entre -90 et 90, par exemple 44.3506. Avec la longitude, une carte s’affiche sur clic."),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Entre -180 et 180, par exemple 2.5750."),
    )
    body = StreamField(BODY_BLOCKS, block_counts=BODY_BLOCK_COUNTS, verbose_name=_("description"), blank=True)
    media = StreamField(
        MEDIA_BLOCKS,
        block_counts=MEDIA_BLOCK_COUNTS,
        verbose_name=_("photos, plans et documents"),
        blank=True,
        help_text=_("Une galerie de photos et de plans, et les documents à télécharger (fiche, plan cadastral…)."),
    )
    contact_form = models.ForeignKey(
        CONTACT_FORM_MODEL,
        verbose_name=_("formulaire de contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Vide : le formulaire par défaut de la liste des offres. Le message nomme l’offre de lui-même."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status"), FieldPanel("status_changed")]),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("surface_value"), FieldPanel("surface_unit")]),
                FieldRowPanel([FieldPanel("price_basis"), FieldPanel("price_amount")]),
                FieldPanel("price_note"),
                FieldPanel("zoning"),
            ],
            heading=_("Surface, prix et zonage"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in facts.SERVICE_FIELDS],
            heading=_("Services sur place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("commune"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Lieu"),
        ),
        FieldPanel("body"),
        FieldPanel("media"),
        FieldPanel("contact_form"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    base_form_class = OpportunityPageForm
    parent_page_types = ["opportunities.OpportunityIndexPage"]
    subpage_types: list[str] = []
    # Place names and plan zones are not translated; the other facts are choices, numbers and dates.
    override_translatable_fields = [
        SynchronizedField("commune"),
        SynchronizedField("zoning"),
        SynchronizedField("address"),
    ]

    class Meta:
        verbose_name = _("offre pour entreprendre")
        verbose_name_plural = _("offres pour entreprendre")

    # Checks and facts.

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.price_basis in PRICED_BASES and self.price_amount is None:
            errors["price_amount"] = _("Indiquez le montant, ou choisissez « Prix sur demande ».")
        if self.price_basis not in PRICED_BASES and self.price_amount is not None:
            errors["price_amount"] = _("« %(basis)s » s’affiche sans montant : videz ce champ.") % {
                "basis": self.get_price_basis_display()
            }
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude" if self.longitude is None else "latitude"] = _(
                "Indiquez la latitude et la longitude, ou aucune des deux."
            )
        if self.kind != OpportunityKind.CALL and self.surface_value is None:
            errors["surface_value"] = _("Indiquez la surface : seul un appel à projets peut s’en passer.")
        if self.status_changed and self.status_changed > timezone.localdate():
            errors["status_changed"] = _("Cette date est dans le futur : indiquez le jour où le statut a changé.")
        if errors:
            raise ValidationError(errors)

    @property
    def facts(self) -> facts.OpportunityFacts:
        return facts.OpportunityFacts(self)

    @property
    def is_attributed(self) -> bool:
        return self.status == OpportunityStatus.ATTRIBUTED

    def source_translation(self) -> "OpportunityPage | None":
        """The French page whose facts this translation shows, or None for the French page itself."""
        return shared_facts.french_source(self)

    def save(self, *args, **kwargs):
        full_save = kwargs.get("update_fields") is None
        source = self.source_translation() if full_save else None
        if source is not None:
            shared_facts.take_facts(self, source, FACT_FIELDS)
        self.surface_m2 = facts.square_metres(self.surface_value, self.surface_unit)
        result = super().save(*args, **kwargs)
        if full_save and source is None and self.translation_key:
            shared_facts.pass_on_facts(self, FACT_FIELDS)
        return result

    # What the visitor sees.

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.page_context(self, request))
        return context

    def schema_org(self, request: HttpRequest) -> list[dict]:
        """The offer as schema.org sees it (brands/public/seo.py asks every page for this)."""
        return facts.schema_org(self, request)
