"""The agenda of a territory (« Agenda ») and its events.

Storage of the dates: an event's schedule (first day, times, recurrence, exceptions) is the page's own
fields, and its occurrences are also written out as `EventOccurrence` rows each time the page is saved in
full (created or published; a draft never touches them), up to eighteen months ahead. The agenda filters
(month, upcoming or past), orders and paginates in the database from those rows, with a fixed number of
queries however many events repeat; expanding rules at request time could do none of that. The command
`refresh_event_occurrences`, run daily, rewrites them so that an event without an end keeps eighteen
months ahead, and picks up a change of the territory's time zone.

An event's facts (category, status, dates, recurrence, place, coordinates, price, organiser's contacts) are
the French page's: a translation takes them from it when saved, and publishing the French page passes them
on to its translations and rewrites their occurrences too.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from brands.admin.forms import TerritoryPageForm
from brands.blocks import BODY_BLOCK_COUNTS, BODY_BLOCKS
from brands.core.time_zones import site_time_zone

from . import facts, ical, listing
from .choices import EventCategory, EventStatus, Recurrence, WeekOfMonth
from .fields import DateListField, WeekdaysField
from .recurrence import HORIZON_DAYS, Schedule

FACT_FIELDS = (
    "category",
    "status",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "recurrence",
    "recurrence_interval",
    "recurrence_weekdays",
    "recurrence_week_of_month",
    "recurrence_until",
    "recurrence_count",
    "exception_dates",
    "address",
    "commune",
    "latitude",
    "longitude",
    "is_free",
    "price_amount",
    "booking_url",
    "organiser_name",
    "organiser_url",
    "organiser_email",
    "organiser_phone",
)


class EventIndexPage(RoutablePageMixin, Page):
    """« Agenda »: the territory's coming events, filtered by month, category and commune, with an iCal feed."""

    intro = models.TextField(
        _("chapeau"),
        max_length=500,
        blank=True,
        help_text=_("Une ou deux phrases : ce qu’on trouve dans l’agenda, et comment vous signaler un évènement."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
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


class EventPage(RoutablePageMixin, Page):
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

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("category"), FieldPanel("status")]),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
            ],
            heading=_("Quand"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("recurrence"), FieldPanel("recurrence_interval")]),
                FieldPanel("recurrence_weekdays"),
                FieldPanel("recurrence_week_of_month"),
                FieldRowPanel([FieldPanel("recurrence_until"), FieldPanel("recurrence_count")]),
                FieldPanel("exception_dates"),
            ],
            heading=_("Répétition"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("place_name"),
                FieldPanel("address"),
                FieldPanel("commune"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Lieu"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price_amount")]),
                FieldPanel("price_note"),
                FieldPanel("booking_url"),
            ],
            heading=_("Prix et réservation"),
        ),
        FieldPanel("accessibility"),
        MultiFieldPanel(
            [
                FieldPanel("organiser_name"),
                FieldPanel("organiser_url"),
                FieldRowPanel([FieldPanel("organiser_email"), FieldPanel("organiser_phone")]),
            ],
            heading=_("Organisateur"),
        ),
        FieldPanel("body"),
    ]
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
        errors = {}
        if self.start_date:
            errors.update(self.schedule.errors(timezone.localdate()))
        if self.is_free and self.price_amount:
            errors["price_amount"] = _("Un évènement gratuit n’a pas de prix : videz ce champ ou décochez « gratuit ».")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude" if self.longitude is None else "latitude"] = _(
                "Indiquez la latitude et la longitude, ou aucune des deux."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def schedule(self) -> Schedule:
        return Schedule.of(self)

    @property
    def facts(self) -> facts.EventFacts:
        return facts.EventFacts(self)

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    def source_translation(self) -> "EventPage | None":
        """The French page whose facts this translation shows, or None for the French page itself."""
        if not self.translation_key or self.locale_id is None or self.locale.language_code == settings.LANGUAGE_CODE:
            return None
        return (
            EventPage.objects.filter(translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE)
            .exclude(pk=self.pk)
            .first()
        )

    def save(self, *args, **kwargs):
        full_save = kwargs.get("update_fields") is None
        source = self.source_translation() if full_save else None
        if source is not None:
            for name in FACT_FIELDS:
                setattr(self, name, getattr(source, name))
        for name in ("start_date", "end_date", "start_time", "end_time", "recurrence_until"):
            # A value given as text (a fixture, the shell) is read as the field would read it.
            setattr(self, name, self._meta.get_field(name).to_python(getattr(self, name)))
        with transaction.atomic():
            result = super().save(*args, **kwargs)
            if full_save:
                self.write_occurrences()
            if full_save and source is None and self.translation_key:
                translations = EventPage.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
                translations.update(**{name: getattr(self, name) for name in FACT_FIELDS})
                for translation in translations:
                    translation.write_occurrences()
        return result

    def write_occurrences(self, today: datetime.date | None = None) -> int:
        """Replace the stored occurrences by the schedule's, up to eighteen months from `today`."""
        today = today or timezone.localdate()
        zone = site_time_zone(self.get_site())
        occurrences = self.schedule.occurrences(zone, today + datetime.timedelta(days=HORIZON_DAYS))
        self.__dict__.pop("_upcoming", None)
        self.__dict__.pop("_last", None)
        self.occurrences.all().delete()
        EventOccurrence.objects.bulk_create(
            EventOccurrence(page=self, start=item.start, end=item.end) for item in occurrences
        )
        return len(occurrences)

    def upcoming_occurrences(self) -> list["EventOccurrence"]:
        """The stored occurrences not over yet, soonest first (one query, then kept on the page)."""
        if "_upcoming" not in self.__dict__:
            self._upcoming = list(self.occurrences.filter(end__gt=timezone.now())[: listing.NEXT_DATES_SHOWN + 1])
        return self._upcoming

    def shown_occurrence(self) -> "EventOccurrence | None":
        """The occurrence the page is about: the next one, else the last one."""
        if upcoming := self.upcoming_occurrences():
            return upcoming[0]
        if "_last" not in self.__dict__:
            self._last = self.occurrences.order_by("-start").first()
        return self._last

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
