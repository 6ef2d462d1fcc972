"""A territory's job offers, and the page that lists the current ones.

An offer is current until the end of its expiry day on the territory's clock, unless it is filled; then it
leaves the list, the sitemap and the search, and its page answers with a notice (templates/jobs/job_page.html).
Its facts are the French page's (translation_sync.py); its checks and its admin form are in checks.py, forms.py.
"""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from brands.admin.forms import TerritoryPageForm
from brands.blocks import BODY_BLOCK_COUNTS, BODY_BLOCKS
from brands.core import shared_facts
from brands.core.time_zones import site_time_zone

from . import checks, expiry, facts, listing, translation_sync
from .choices import Contract, RemoteWork, SalaryPeriod, WorkingTime
from .forms import INDEX_PANELS, JOB_PANELS, JobPageForm

CONTACT_FORM_MODEL = "contact.ContactFormPage"


class JobIndexPage(Page):
    """« Offres d’emploi »: the territory's current job offers, filtered by contract, commune and remote work."""

    intro = models.TextField(
        _("chapeau"),
        max_length=500,
        blank=True,
        help_text=_("Deux ou trois phrases : qui recrute sur le territoire, et qui aide à trouver un emploi."),
    )
    contact_form = models.ForeignKey(
        CONTACT_FORM_MODEL,
        verbose_name=_("formulaire de candidature par défaut"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Le formulaire proposé pour postuler sur chaque offre qui n’a ni le sien, ni lien, ni adresse e-mail. "
            "Le message indique de lui-même l’offre concernée."
        ),
    )

    content_panels = INDEX_PANELS
    base_form_class = TerritoryPageForm
    parent_page_types = [settings.TERRITORY_HOME_PAGE_MODEL]
    subpage_types = ["jobs.JobPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("liste des offres d’emploi")
        verbose_name_plural = _("listes des offres d’emploi")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.index_context(self, request))
        return context


class JobPage(Page):
    """One job offer: who hires, for what contract, where, from when, for how much, and how to apply."""

    employer_name = models.CharField(
        _("employeur"), max_length=120, help_text=_("Le nom de l’entreprise, de l’association ou de la collectivité.")
    )
    employer_url = models.URLField(
        _("site de l’employeur"),
        max_length=300,
        blank=True,
        help_text=_("L’adresse complète, par exemple https://www.boulangerie-du-bourg.fr."),
    )
    summary = models.TextField(
        _("résumé"),
        max_length=400,
        help_text=_("Deux ou trois phrases : le poste, le lieu et ce qui le rend attirant. Affiché sur la vignette."),
    )
    contract = models.CharField(_("contrat"), max_length=20, choices=Contract.choices)
    duration_months = models.PositiveSmallIntegerField(
        _("durée en mois"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
        help_text=_("Pour un CDD, une saison, une alternance ou un stage : de 1 à 36 mois. Vide pour un CDI."),
    )
    duration_text = models.CharField(
        _("durée en toutes lettres"),
        max_length=80,
        blank=True,
        help_text=_("Si le nombre de mois ne suffit pas, par exemple « de juin à septembre »."),
    )
    working_time = models.CharField(
        _("temps de travail"), max_length=10, choices=WorkingTime.choices, default=WorkingTime.FULL_TIME
    )
    remote = models.CharField(_("télétravail"), max_length=10, choices=RemoteWork.choices, default=RemoteWork.NONE)
    start_date = models.DateField(
        _("date de début"), null=True, blank=True, help_text=_("Laissez vide pour « dès que possible ».")
    )
    salary_min = models.DecimalField(
        _("salaire minimum (€)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Brut, en euros, sans espace ni symbole : 1900 ou 12.50. Laissez vide s’il n’est pas donné."),
    )
    salary_max = models.DecimalField(
        _("salaire maximum (€)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Pour une fourchette ; vide pour un salaire fixe."),
    )
    salary_period = models.CharField(
        _("salaire payé"), max_length=10, choices=SalaryPeriod.choices, default=SalaryPeriod.MONTH
    )
    commune = models.CharField(_("commune"), max_length=80, help_text=_("Par exemple « Saint-Jean-de-Maurienne »."))
    address = models.TextField(
        _("adresse"),
        max_length=300,
        blank=True,
        help_text=_("L’adresse du lieu de travail en toutes lettres, affichée sous la carte."),
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Entre -90 et 90, par exemple 45.2761. Avec la longitude, une carte s’affiche sur clic."),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Entre -180 et 180, par exemple 6.3453."),
    )
    body = StreamField(
        BODY_BLOCKS,
        block_counts=BODY_BLOCK_COUNTS,
        verbose_name=_("description du poste"),
        blank=True,
        help_text=_("Les missions, le profil recherché, les conditions : une section pour chacun."),
    )
    apply_url = models.URLField(
        _("lien pour postuler"),
        max_length=300,
        blank=True,
        help_text=_("La page où l’on postule en ligne, par exemple l’annonce chez France Travail."),
    )
    apply_email = models.EmailField(
        _("adresse e-mail pour postuler"),
        blank=True,
        help_text=_("Les candidats y envoient leur CV et leur lettre. Elle s’affiche sur la page."),
    )
    contact_form = models.ForeignKey(
        CONTACT_FORM_MODEL,
        verbose_name=_("formulaire pour postuler"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Vide : le formulaire par défaut de la liste des offres, s’il y en a un. Le message nomme l’offre."
        ),
    )
    expiry_date = models.DateField(
        _("offre valable jusqu’au"),
        default=expiry.default_expiry_date,
        help_text=_(
            "Le dernier jour où l’offre est affichée (deux mois par défaut, six mois au plus après sa publication). "
            "Ensuite, elle quitte la liste et la recherche, mais sa page reste en ligne avec un avis."
        ),
    )
    filled = models.BooleanField(
        _("poste pourvu"),
        default=False,
        help_text=_("Cochez dès que le poste est pourvu : l’offre quitte la liste et ne propose plus de postuler."),
    )
    # The end of the expiry day on the territory's clock, set on save: what the listing compares with « now ».
    expires_at = models.DateTimeField(null=True, blank=True, editable=False)

    content_panels = JOB_PANELS
    search_fields = [
        *Page.search_fields,
        index.SearchField("employer_name"),
        index.SearchField("summary"),
        index.SearchField("commune"),
        index.SearchField("body"),
    ]
    base_form_class = JobPageForm
    parent_page_types = ["jobs.JobIndexPage"]
    subpage_types: list[str] = []
    # Names of people and places are not translated; the other facts are choices, numbers, dates and addresses.
    override_translatable_fields = [
        SynchronizedField("employer_name"),
        SynchronizedField("commune"),
        SynchronizedField("address"),
    ]

    class Meta:
        verbose_name = _("offre d’emploi")
        verbose_name_plural = _("offres d’emploi")

    # Where the offer sits.

    def checks_parent(self) -> Page | None:
        """The page the offer is (or will be) under: the admin's form names it before the offer is in the tree."""
        parent = getattr(self, "parent_for_checks", None)
        if parent is None and self.path:
            parent = self.get_parent()
        return parent.specific if parent is not None else None

    @cached_property
    def list_page(self) -> JobIndexPage | None:
        """The list the offer sits in, with its default form: read once for the page and its JSON-LD."""
        return JobIndexPage.objects.filter(path=self.path[: -self.steplen]).select_related("contact_form").first()

    @property
    def application_form(self) -> Page | None:
        """The live form to apply through: the offer's own, else its list's default one."""
        forms = [self.contact_form, self.list_page.contact_form if self.list_page else None]
        return next((form for form in forms if form is not None and form.live), None)

    def source_translation(self) -> "JobPage | None":
        """The French page whose facts this translation shows, or None for the French page itself."""
        return shared_facts.french_source(self)

    # Checks.

    def clean(self) -> None:
        super().clean()
        if self.source_translation() is not None:
            return  # a translation's facts are the French page's, checked there
        checks.check_offer(self, self.checks_parent())

    # State.

    def compute_expires_at(self) -> datetime.datetime | None:
        if self.expiry_date is None:
            return None
        # The parent's site: a new page has no URL path yet, so its own get_site() finds none.
        parent = self.checks_parent()
        return expiry.end_of_day(self.expiry_date, site_time_zone(parent.get_site() if parent else None))

    def is_current(self, now: datetime.datetime | None = None) -> bool:
        """Still open: not filled, and its expiry day not over on the territory's clock."""
        expires_at = self.expires_at or self.compute_expires_at()
        return not self.filled and (expires_at is None or expires_at > (now or timezone.now()))

    @property
    def search_visible_until(self) -> datetime.datetime | None:
        """Until when the search shows the offer (search/indexing.py): its expiry, or long ago once filled."""
        return expiry.LONG_AGO if self.filled else self.expires_at

    @classmethod
    def hidden_from_sitemap(cls) -> QuerySet:
        """The offers the sitemap leaves out (brands/public/sitemaps.py): filled or expired."""
        return cls.objects.filter(listing.gone(timezone.now()))

    def save(self, *args, **kwargs):
        full_save = kwargs.get("update_fields") is None
        source = self.source_translation() if full_save else None
        if source is not None:
            shared_facts.take_facts(self, source, translation_sync.FACT_FIELDS)
        elif full_save:
            self.expires_at = self.compute_expires_at()
        result = super().save(*args, **kwargs)
        if full_save and source is None and self.translation_key:
            shared_facts.pass_on_facts(self, translation_sync.FACT_FIELDS)
        return result

    # What the visitor sees.

    @property
    def facts(self) -> facts.JobFacts:
        return facts.JobFacts(self)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.page_context(self, request))
        return context

    def schema_org(self, request: HttpRequest) -> list[dict]:
        """The offer as a schema.org JobPosting while it is current (brands/public/seo.py asks every page)."""
        return facts.schema_org(self, request) if self.is_current() else []
