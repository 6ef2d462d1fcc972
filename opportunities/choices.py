"""The vocabularies of an offer: its kind, its status, the units of its surface and price."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OpportunityKind(models.TextChoices):
    LAND = "land", _("Terrain")
    PREMISES = "premises", _("Local d’activité")
    BUILDING = "building", _("Bâtiment")
    DESK = "desk", _("Bureau ou poste en tiers-lieu")
    BUSINESS = "business", _("Commerce à reprendre")
    CALL = "call", _("Appel à projets")


class OpportunityStatus(models.TextChoices):
    AVAILABLE = "available", _("Disponible")
    OPTIONED = "optioned", _("Sous option")
    ATTRIBUTED = "attributed", _("Attribué")


class SurfaceUnit(models.TextChoices):
    SQUARE_METRE = "m2", "m²"
    HECTARE = "ha", "ha"


class PriceBasis(models.TextChoices):
    """How the amount reads: what it buys and for how long."""

    SALE = "sale", _("Prix de vente")
    RENT_MONTH = "rent_month", _("Loyer mensuel")
    RENT_YEAR = "rent_year", _("Loyer annuel")
    DAY = "day", _("Prix par jour")
    ON_REQUEST = "on_request", _("Prix sur demande")
    FREE = "free", _("Mise à disposition gratuite")


# The bases that need an amount; the others never show one.
PRICED_BASES = {PriceBasis.SALE, PriceBasis.RENT_MONTH, PriceBasis.RENT_YEAR, PriceBasis.DAY}
SQUARE_METRES_PER_HECTARE = 10_000
