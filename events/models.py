"""The agenda of a territory (« Agenda ») and its events.

Its schedule is also stored as `EventOccurrence` rows (occurrences.py). Its facts are the French page's
(translation_sync.py); its checks and its admin form are in checks.py, forms.py.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from brands.admin.forms import TerritoryPageForm
from brands.blocks import BODY_BLOCK_COUNTS, BODY_BLOCKS
from brands.core import shared_facts

from . import checks, facts, ical, listing, translation_sync
from .choices import EventCategory, EventStatus, Recurrence, WeekOfMonth
from .fields import DateListField, WeekdaysField
from .forms import EVENT_PANELS, INDEX_PANELS
from .occurrences import OccurrencesMixin


class EventIndexPage(RoutablePageMixin, Page):
    """« Agenda »: the territory's coming events, filtered by month, category and commune, with an iCal feed."""

    intro = models.TextField(
        _("chapeau"),
        max_length=500,
        blank=True,
        help_text=_("Une ou deux phrases : ce qu’on trouve dans l’agenda, et comment vous signaler un évènement."),
    )

    content_panels = INDEX_PANELS
    base_form_class = TerritoryPageForm
    parent_page_types = [settings.TERRITORY_HOME_PAGE_MODEL]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.index_context(self, request))
        return context

    @path(ical.FEED_NAME)
    def ical_feed(self, request: HttpRequest) -> HttpResponse:
        """The agenda as an iCalendar feed to subscribe to, in this page's language."""
        return ical.feed_response(self, request)

    def ical_url(self, request: HttpRequest | None = None) -> str:
        return self.get_url(request) + ical.FEED_NAME


class EventPage(RoutablePageMixin, OccurrencesMixin, Page):
    """One event: a market, a festival, a race, open workshops…, once or repeating."""

    category = models.CharField(_("catégorie"), max_length=20, choices=EventCategory.choices)
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_("Un évènement annulé ou reporté reste affiché, avec un avis bien visible."),
    )
    summary = models.TextField(
        _("résumé"),
        max_length=300,
        help_text=_("Deux phrases : ce qui se passe et pour qui. Affiché sur la vignette de l’agenda."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "En haut de la page et sur sa vignette. Elle est décorative : ce qu’elle montre d’important doit aussi "
            "être écrit dans le texte."
        ),
    )
    # When.
    start_date = models.DateField(
        _("premier jour"), help_text=_("Le jour où l’évènement a lieu, ou la première fois s’il se répète.")
    )
    end_date = models.DateField(
        _("dernier jour"),
        null=True,
        blank=True,
        help_text=_("Seulement s’il dure plusieurs jours, par exemple un festival du vendredi au dimanche."),
    )
    start_time = models.TimeField(
        _("heure de début"), null=True, blank=True, help_text=_("Vide : l’évènement dure toute la journée.")
    )
    end_time = models.TimeField(
        _("heure de fin"), null=True, blank=True, help_text=_("Facultative. L’heure du territoire, comme sur place.")
    )
    # How it repeats.
    recurrence = models.CharField(_("répétition"), max_length=20, choices=Recurrence.choices, default=Recurrence.NONE)
    recurrence_interval = models.PositiveSmallIntegerField(
        _("toutes les"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("1 : chaque semaine ou chaque mois ; 2 : une semaine (ou un mois) sur deux ; jusqu’à 12."),
    )
    recurrence_weekdays = WeekdaysField(
        _("jours de la semaine"),
        default=list,
        blank=True,
        help_text=_("Pour « chaque semaine », cochez un ou plusieurs jours ; pour « un jour du mois », un seul."),
    )
    recurrence_week_of_month = models.SmallIntegerField(
        _("lequel dans le mois"),
        choices=WeekOfMonth.choices,
        null=True,
        blank=True,
        help_text=_("Pour « chaque mois, un jour de la semaine » : par exemple « premier » pour le premier dimanche."),
    )
    recurrence_until = models.DateField(
        _("se répète jusqu’au"), null=True, blank=True, help_text=_("Vide : sans fin prévue.")
    )
    recurrence_count = models.PositiveSmallIntegerField(
        _("ou nombre de fois"),
        null=True,
        blank=True,
        help_text=_("Au lieu d’une date de fin, par exemple 10 pour dix séances."),
    )
    exception_dates = DateListField(
        _("jours sans évènement"),
        default=list,
        blank=True,
        help_text=_("Les jours où il n’a exceptionnellement pas lieu, un par ligne, par exemple 14/07/2026."),
    )
    # Where.
    place_name = models.CharField(
        _("lieu"), max_length=120, blank=True, help_text=_("Par exemple « Place de la mairie » ou « Salle des fêtes ».")
    )
    address = models.TextField(
        _("adresse"), max_length=300, blank=True, help_text=_("L’adresse en toutes lettres, affichée sous la carte.")
    )
    commune = models.CharField(_("commune"), max_length=80, help_text=_("Par exemple « Argentat-sur-Dordogne »."))
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Entre -90 et 90, par exemple 45.0921. Avec la longitude, une carte s’affiche sur clic."),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Entre -180 et 180, par exemple 1.9381."),
    )
    # Price and booking.
    is_free = models.BooleanField(_("gratuit"), default=False)
    price_amount = models.DecimalField(
        _("prix (€)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Le prix d’une entrée, ou le moins cher s’il y en a plusieurs, sans symbole : 5 ou 12.50."),
    )
    price_note = models.CharField(
        _("précision sur le prix"),
        max_length=160,
        blank=True,
        help_text=_("Par exemple « gratuit pour les moins de 12 ans » ou « repas compris »."),
    )
    booking_url = models.URLField(
        _("lien de réservation"),
        max_length=300,
        blank=True,
        help_text=_("L’adresse de la billetterie, s’il y en a une."),
    )
    accessibility = models.TextField(
        _("accessibilité"),
        max_length=600,
        blank=True,
        help_text=_(
            "Ce qu’une personne en fauteuil, malvoyante ou malentendante doit savoir : accès, stationnement, "
            "boucle magnétique, chiens guides…"
        ),
    )
    organiser_name = models.CharField(_("organisateur"), max_length=120, blank=True)
    organiser_url = models.URLField(_("site de l’organisateur"), max_length=300, blank=True)
    organiser_email = models.EmailField(_("courriel de l’organisateur"), max_length=254, blank=True)
    organiser_phone = models.CharField(
        _("téléphone de l’organisateur"), max_length=30, blank=True, help_text=_("Par exemple 05 55 00 00 00.")
    )
    body = StreamField(BODY_BLOCKS, block_counts=BODY_BLOCK_COUNTS, verbose_name=_("description"), blank=True)

    content_panels = EVENT_PANELS
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("place_name"),
        index.SearchField("commune"),
        index.SearchField("body"),
    ]
    base_form_class = TerritoryPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []
    # Addresses, place names of communes, organisers and their contacts are not translated.
    override_translatable_fields = [
        SynchronizedField("address"),
        SynchronizedField("commune"),
        SynchronizedField("booking_url"),
        SynchronizedField("organiser_name"),
        SynchronizedField("organiser_url"),
        SynchronizedField("organiser_email"),
        SynchronizedField("organiser_phone"),
    ]

    class Meta:
        verbose_name = _("évènement")
        verbose_name_plural = _("évènements")

    # Checks and facts.

    def clean(self) -> None:
        super().clean()
        checks.check_event(self)

    @property
    def facts(self) -> facts.EventFacts:
        return facts.EventFacts(self)

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    def source_translation(self) -> "EventPage | None":
        """The French page whose facts this translation shows, or None for the French page itself."""
        return shared_facts.french_source(self)

    def save(self, *args, **kwargs):
        full_save = kwargs.get("update_fields") is None
        source = self.source_translation() if full_save else None
        if source is not None:
            shared_facts.take_facts(self, source, translation_sync.FACT_FIELDS)
        for name in ("start_date", "end_date", "start_time", "end_time", "recurrence_until"):
            # A value given as text (a fixture, the shell) is read as the field would read it.
            setattr(self, name, self._meta.get_field(name).to_python(getattr(self, name)))
        with transaction.atomic():
            result = super().save(*args, **kwargs)
            if full_save:
                self.write_occurrences()
            if full_save and source is None and self.translation_key:
                for translation in shared_facts.pass_on_facts(self, translation_sync.FACT_FIELDS):
                    translation.write_occurrences()
        return result

    # What the visitor sees.

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.page_context(self, request))
        return context

    @path(ical.EVENT_FILE_NAME)
    def ical_file(self, request: HttpRequest) -> HttpResponse:
        """This event alone as an iCalendar file, to add it to one's calendar."""
        return ical.event_response(self, request)

    def ical_url(self, request: HttpRequest | None = None) -> str:
        return self.get_url(request) + ical.EVENT_FILE_NAME

    def schema_org(self, request: HttpRequest) -> list[dict]:
        """The event as schema.org sees it (brands/public/seo.py asks every page for this)."""
        return facts.schema_org(self, request)


class EventOccurrence(models.Model):
    """One time an event happens, written out from its schedule for the agenda's queries."""

    page = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField()
    end = models.DateTimeField()

    class Meta:
        ordering = ["start"]
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]
        verbose_name = _("date d’un évènement")
        verbose_name_plural = _("dates des évènements")

    def __str__(self) -> str:
        return f"{self.page_id} {self.start.isoformat()}"
