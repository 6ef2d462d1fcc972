"""A territory's job offers, and the page that lists the current ones.

An offer's facts (contract, dates, salary, place, remote work, how to apply, expiry, filled) are the French
page's: a translation takes them from it when saved, and publishing the French page passes them on to its
translations, so that an offer filled in French is filled in every language the same day.

An offer is current until the end of its expiry day on the territory's clock, unless it is filled; then it
leaves the list, the sitemap and the search, and its page answers with a notice (templates/jobs/job_page.html).
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from brands.admin.forms import TerritoryPageForm
from brands.blocks import BODY_BLOCK_COUNTS, BODY_BLOCKS
from brands.core.site_scope import page_belongs_to_site
from brands.core.time_zones import site_time_zone

from . import expiry, facts, listing
from .choices import DURATION_REFUSED, DURATION_REQUIRED, Contract, RemoteWork, SalaryPeriod, WorkingTime

CONTACT_FORM_MODEL = "contact.ContactFormPage"
FACT_FIELDS = (
    "contract",
    "duration_months",
    "working_time",
    "remote",
    "start_date",
    "salary_min",
    "salary_max",
    "salary_period",
    "commune",
    "latitude",
    "longitude",
    "employer_url",
    "apply_url",
    "apply_email",
    "expiry_date",
    "expires_at",
    "filled",
)


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

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("contact_form")]
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


class JobPageForm(TerritoryPageForm):
    """Tells a new offer where it will sit, so that its checks know its territory and its list's form."""

    def _post_clean(self) -> None:
        self.instance.parent_for_checks = self.parent_page
        super()._post_clean()


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

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("employer_name"), FieldPanel("employer_url")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contract"), FieldPanel("working_time"), FieldPanel("remote")]),
                FieldRowPanel([FieldPanel("duration_months"), FieldPanel("duration_text")]),
                FieldPanel("start_date"),
            ],
            heading=_("Contrat"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("salary_min"), FieldPanel("salary_max"), FieldPanel("salary_period")])],
            heading=_("Salaire"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("commune"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Lieu de travail"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("apply_url"), FieldPanel("apply_email"), FieldPanel("contact_form")],
            heading=_("Pour postuler (au moins un moyen)"),
        ),
        MultiFieldPanel([FieldPanel("expiry_date"), FieldPanel("filled")], heading=_("Durée de l’offre")),
    ]
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
        if not self.translation_key or self.locale_id is None or self.locale.language_code == settings.LANGUAGE_CODE:
            return None
        return (
            JobPage.objects.filter(translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE)
            .exclude(pk=self.pk)
            .first()
        )

    # Checks.

    def clean(self) -> None:
        super().clean()
        if self.source_translation() is not None:
            return  # a translation's facts are the French page's, checked there
        parent = self.checks_parent()
        site = parent.get_site() if parent is not None else None
        errors = {
            **self.salary_errors(),
            **self.duration_errors(),
            **self.place_errors(),
            **self.expiry_errors(site),
            **self.application_errors(parent, site),
        }
        if errors:
            raise ValidationError(errors)

    def salary_errors(self) -> dict:
        errors = {}
        for name in ("salary_min", "salary_max"):
            if (value := getattr(self, name)) is not None and value < 0:
                errors[name] = _("Un salaire ne peut pas être négatif.")
        if not errors and self.salary_max is not None:
            if self.salary_min is None:
                errors["salary_min"] = _(
                    "Indiquez aussi le minimum : pour un salaire fixe, remplissez le minimum seul."
                )
            elif self.salary_max < self.salary_min:
                errors["salary_max"] = _(
                    "Le maximum est inférieur au minimum : inversez-les ou corrigez l’un des deux."
                )
        return errors

    def duration_errors(self) -> dict:
        has_duration = self.duration_months is not None or bool(self.duration_text.strip())
        if self.contract in DURATION_REFUSED and has_duration:
            field = "duration_months" if self.duration_months is not None else "duration_text"
            return {field: _("Un CDI n’a pas de durée : videz ce champ, ou choisissez un autre contrat.")}
        if self.contract in DURATION_REQUIRED and not has_duration:
            return {
                "duration_months": _(
                    "Indiquez la durée du contrat : en mois, ou en toutes lettres (par exemple « de juin à septembre »)."
                )
            }
        return {}

    def place_errors(self) -> dict:
        if (self.latitude is None) != (self.longitude is None):
            field = "longitude" if self.longitude is None else "latitude"
            return {field: _("Indiquez la latitude et la longitude, ou aucune des deux.")}
        return {}

    def expiry_errors(self, site: Site | None) -> dict:
        if self.expiry_date is None:
            return {}
        zone = site_time_zone(site)
        today = expiry.today_in(zone)
        published = timezone.localtime(self.first_published_at, zone).date() if self.first_published_at else today
        if self.first_published_at is None and self.expiry_date < today:
            return {"expiry_date": _("Cette date est passée : choisissez aujourd’hui ou un jour à venir.")}
        latest = expiry.latest_expiry_date(published)
        if self.expiry_date > latest:
            return {
                "expiry_date": _("Une offre reste en ligne six mois au plus : choisissez une date jusqu’au %(date)s.")
                % {"date": date_format(latest, "DATE_FORMAT")}
            }
        return {}

    def application_errors(self, parent: Page | None, site: Site | None) -> dict:
        if self.contact_form_id and site is not None and not page_belongs_to_site(self.contact_form, site):
            return {"contact_form": _("Ce formulaire appartient à un autre territoire : choisissez-en un de ce site.")}
        default_form = getattr(parent, "contact_form_id", None)
        if not (self.apply_url or self.apply_email or self.contact_form_id or default_form):
            return {
                "apply_url": _(
                    "Indiquez comment postuler : un lien, une adresse e-mail ou un formulaire "
                    "(la liste des offres n’a pas de formulaire par défaut)."
                )
            }
        return {}

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
            for name in FACT_FIELDS:
                setattr(self, name, getattr(source, name))
        elif full_save:
            self.expires_at = self.compute_expires_at()
        result = super().save(*args, **kwargs)
        if full_save and source is None and self.translation_key:
            JobPage.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).update(
                **{name: getattr(self, name) for name in FACT_FIELDS}
            )
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
