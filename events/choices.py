"""The vocabularies of an event: its category, its status, how it repeats and on which days."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventCategory(models.TextChoices):
    MARKET = "market", _("Marché")
    FESTIVAL = "festival", _("Fête, festival")
    CULTURE = "culture", _("Culture, spectacle")
    SPORT = "sport", _("Sport")
    NATURE = "nature", _("Nature, randonnée")
    WORKSHOP = "workshop", _("Atelier, portes ouvertes")
    BUSINESS = "business", _("Rencontre professionnelle, forum")
    FAIR = "fair", _("Salon, foire")
    OTHER = "other", _("Autre")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Prévu")
    POSTPONED = "postponed", _("Reporté")
    CANCELLED = "cancelled", _("Annulé")


class Recurrence(models.TextChoices):
    NONE = "none", _("Ne se répète pas")
    WEEKLY = "weekly", _("Chaque semaine, les jours choisis")
    MONTHLY_WEEKDAY = "monthly_weekday", _("Chaque mois, un jour de la semaine (par exemple le premier dimanche)")
    MONTHLY_DAY = "monthly_day", _("Chaque mois, à la même date que le premier jour")


class Weekday(models.TextChoices):
    """The iCalendar names of the days (RFC 5545 BYDAY), Monday first as in France."""

    MO = "MO", _("lundi")
    TU = "TU", _("mardi")
    WE = "WE", _("mercredi")
    TH = "TH", _("jeudi")
    FR = "FR", _("vendredi")
    SA = "SA", _("samedi")
    SU = "SU", _("dimanche")


class WeekOfMonth(models.IntegerChoices):
    FIRST = 1, pgettext_lazy("semaine du mois", "premier")
    SECOND = 2, pgettext_lazy("semaine du mois", "deuxième")
    THIRD = 3, pgettext_lazy("semaine du mois", "troisième")
    FOURTH = 4, pgettext_lazy("semaine du mois", "quatrième")
    LAST = -1, pgettext_lazy("semaine du mois", "dernier")


WEEKDAY_ORDER = [day.value for day in Weekday]
# schema.org's names of the days, for an event's Schedule.
SCHEMA_DAYS = {
    "MO": "https://schema.org/Monday",
    "TU": "https://schema.org/Tuesday",
    "WE": "https://schema.org/Wednesday",
    "TH": "https://schema.org/Thursday",
    "FR": "https://schema.org/Friday",
    "SA": "https://schema.org/Saturday",
    "SU": "https://schema.org/Sunday",
}
