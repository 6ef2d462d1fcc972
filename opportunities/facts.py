"""An offer's facts as a visitor reads them (surface, price, services, status) and as schema.org describes them.

Numbers are written here, in the language being shown (« 45 000 € », « 1 ha »): templates only lay them out.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from brands.public.dates import long_date
from brands.public.numbers import amount

from .choices import PRICED_BASES, SQUARE_METRES_PER_HECTARE, OpportunityKind, OpportunityStatus, PriceBasis

SERVICE_FIELDS = ("has_fibre", "has_road_access", "has_parking", "has_water", "has_power")
PRICE_FORMATS = {
    PriceBasis.SALE: _("%(amount)s €"),
    PriceBasis.RENT_MONTH: _("%(amount)s € par mois"),
    PriceBasis.RENT_YEAR: _("%(amount)s € par an"),
    PriceBasis.DAY: _("%(amount)s € par jour"),
}
# schema.org: what is for sale or to let, how the price is counted, and whether one can still apply.
BUSINESS_FUNCTIONS = {
    PriceBasis.SALE: "http://purl.org/goodrelations/v1#Sell",
    PriceBasis.RENT_MONTH: "http://purl.org/goodrelations/v1#LeaseOut",
    PriceBasis.RENT_YEAR: "http://purl.org/goodrelations/v1#LeaseOut",
    PriceBasis.DAY: "http://purl.org/goodrelations/v1#LeaseOut",
}
UNIT_CODES = {PriceBasis.RENT_MONTH: "MON", PriceBasis.RENT_YEAR: "ANN", PriceBasis.DAY: "DAY"}
AVAILABILITY = {
    OpportunityStatus.AVAILABLE: "https://schema.org/InStock",
    OpportunityStatus.OPTIONED: "https://schema.org/LimitedAvailability",
    OpportunityStatus.ATTRIBUTED: "https://schema.org/SoldOut",
}


def square_metres(value: Decimal | None, unit: str) -> Decimal | None:
    """The surface in m², the one unit the filters compare."""
    if value is None:
        return None
    return Decimal(value) * SQUARE_METRES_PER_HECTARE if unit == "ha" else Decimal(value)


@dataclass(frozen=True)
class Service:
    field: str
    label: str
    available: bool


class OpportunityFacts:
    """What the card and the page show of an offer, written out."""

    def __init__(self, page) -> None:
        self.page = page

    @property
    def surface(self) -> str:
        page = self.page
        if page.surface_value is None:
            return ""
        return f"{amount(page.surface_value)}\u00a0{page.get_surface_unit_display()}"

    @property
    def price(self) -> str:
        page = self.page
        if page.price_basis in PRICED_BASES and page.price_amount is not None:
            return str(PRICE_FORMATS[page.price_basis] % {"amount": amount(page.price_amount)})
        if page.price_basis in PRICED_BASES:
            return str(_("Prix sur demande"))
        return str(page.get_price_basis_display())

    @property
    def has_price(self) -> bool:
        """A call for projects says nothing of a price unless it has an amount (a rent, a grant…)."""
        return self.page.kind != OpportunityKind.CALL or self.page.price_basis in PRICED_BASES

    @property
    def price_label(self) -> str:
        return str(_("Loyer") if self.page.price_basis in UNIT_CODES else _("Prix"))

    @property
    def services(self) -> list[Service]:
        """Every service, said present or absent: a missing line would leave the reader guessing."""
        fields = self.page._meta
        return [
            Service(name, str(fields.get_field(name).verbose_name), getattr(self.page, name)) for name in SERVICE_FIELDS
        ]

    @property
    def status_since(self) -> str:
        """« Attribué le 3 mars 2026 », « Disponible depuis le 12 janvier 2026 »."""
        page = self.page
        date = long_date(page.status_changed)
        if page.status == OpportunityStatus.ATTRIBUTED:
            return str(_("Attribué le %(date)s") % {"date": date})
        if page.status == OpportunityStatus.OPTIONED:
            return str(_("Sous option depuis le %(date)s") % {"date": date})
        return str(_("Disponible depuis le %(date)s") % {"date": date})


def place(page) -> dict:
    data = {
        "@type": "Place",
        "name": page.commune,
        "address": {"@type": "PostalAddress", "addressLocality": page.commune, "addressCountry": "FR"},
    }
    if page.address:
        data["address"]["streetAddress"] = " ".join(page.address.split())
    if page.latitude is not None and page.longitude is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": page.latitude, "longitude": page.longitude}
    return data


def offer(page) -> dict:
    data = {"@type": "Offer", "availability": AVAILABILITY[page.status], "priceCurrency": "EUR"}
    if page.price_basis in PRICED_BASES and page.price_amount is not None:
        data["price"] = str(page.price_amount)
        data["businessFunction"] = BUSINESS_FUNCTIONS[page.price_basis]
        if unit := UNIT_CODES.get(page.price_basis):
            data["priceSpecification"] = {
                "@type": "UnitPriceSpecification",
                "price": str(page.price_amount),
                "priceCurrency": "EUR",
                "unitCode": unit,
            }
    elif page.price_basis == PriceBasis.FREE:
        data["price"] = "0"
    return data


def schema_org(page, request: HttpRequest) -> list[dict]:
    """A place to buy, rent or take over is a RealEstateListing with its Offer and Place; a call for projects
    has no place to sell and says nothing more than its breadcrumbs."""
    if page.kind == OpportunityKind.CALL:
        return []
    url = page.get_full_url(request)
    data = {
        "@type": "RealEstateListing",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "offers": offer(page),
        "contentLocation": place(page),
    }
    if page.first_published_at:
        data["datePosted"] = page.first_published_at.date().isoformat()
    if page.surface_m2 is not None:
        data["about"] = {
            "@type": "Place",
            "name": page.title,
            "additionalProperty": {
                "@type": "PropertyValue",
                "name": "surface",
                "value": str(page.surface_m2),
                "unitCode": "MTK",
            },
        }
    return [data]
