"""The vocabularies of a job offer: its contract, working time, remote work and the period of its salary."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Contract(models.TextChoices):
    PERMANENT = "cdi", _("CDI")
    FIXED_TERM = "cdd", _("CDD")
    SEASONAL = "seasonal", _("Saisonnier")
    APPRENTICESHIP = "apprenticeship", _("Alternance")
    INTERNSHIP = "internship", _("Stage")
    FREELANCE = "freelance", _("Indépendant ou freelance")


class WorkingTime(models.TextChoices):
    FULL_TIME = "full", _("Temps plein")
    PART_TIME = "part", _("Temps partiel")


class RemoteWork(models.TextChoices):
    NONE = "none", _("Sur place")
    PARTIAL = "partial", _("Télétravail partiel")
    FULL = "full", _("Télétravail complet")


class SalaryPeriod(models.TextChoices):
    HOUR = "hour", _("À l’heure")
    MONTH = "month", _("Au mois")
    YEAR = "year", _("À l’année")


# A fixed-term contract, a season or an internship has an end the offer must state; a CDI has none.
DURATION_REQUIRED = {Contract.FIXED_TERM, Contract.SEASONAL, Contract.INTERNSHIP}
DURATION_REFUSED = {Contract.PERMANENT}
