"""Queries behind the offers: the filtered, paginated index and what an offer's page shows around it.

Filters are sent by GET, so that they work without JavaScript and can be bookmarked; an unknown value is
ignored rather than failing the page. Each function runs a fixed number of queries however many offers
there are: the cards' photos come with their renditions in one prefetch.

An attributed offer stays in the listing for the index's number of days after its status changed, then
leaves it; its page stays online with a notice (templates/opportunities/opportunity_page.html).
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.apps import apps
from django.db.models import Case, Count, Q, QuerySet, Value, When
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from brands.core.localizing import localized_link
from brands.core.view_restrictions import public
from brands.public.images import with_card_image
from brands.public.listing_filters import ListingFilterForm
from brands.public.maps import place_map
from brands.public.pagination import paginate

from .choices import OpportunityKind, OpportunityStatus

OFFERS_PER_PAGE = 12
STATUS_ORDER = Case(
    When(status=OpportunityStatus.AVAILABLE, then=Value(0)),
    When(status=OpportunityStatus.OPTIONED, then=Value(1)),
    default=Value(2),
)


@dataclass(frozen=True)
class SurfaceRange:
    key: str
    label: str
    low: int | None  # m², inclusive
    high: int | None  # m², exclusive

    @property
    def condition(self) -> Q:
        condition = Q(surface_m2__isnull=False)
        if self.low is not None:
            condition &= Q(surface_m2__gte=Decimal(self.low))
        if self.high is not None:
            condition &= Q(surface_m2__lt=Decimal(self.high))
        return condition


SURFACE_RANGES = (
    SurfaceRange("moins-de-100", _("Moins de 100 m²"), None, 100),
    SurfaceRange("100-a-500", _("De 100 à 500 m²"), 100, 500),
    SurfaceRange("500-a-5000", _("De 500 à 5 000 m²"), 500, 5000),
    SurfaceRange("plus-de-5000", _("Plus de 5 000 m² (dont les terrains d’un hectare)"), 5000, None),
)
SURFACE_RANGES_BY_KEY = {surface.key: surface for surface in SURFACE_RANGES}


def opportunity_pages() -> QuerySet:
    """Every live, public offer of the network."""
    return public(apps.get_model("opportunities", "OpportunityPage").objects.live())


def listed(offers: QuerySet, attributed_days: int, today: datetime.date | None = None) -> QuerySet:
    """The offers a listing shows: available, under option, or attributed less than `attributed_days` ago."""
    since = (today or timezone.localdate()) - datetime.timedelta(days=attributed_days)
    recent = Q(status=OpportunityStatus.ATTRIBUTED, status_changed__gt=since)
    return offers.filter(~Q(status=OpportunityStatus.ATTRIBUTED) | recent)


def card_queryset(offers: QuerySet) -> QuerySet:
    """Offers ready for `opportunities/opportunity_card.html`: photo and renditions prefetched."""
    return with_card_image(offers.select_related("locale"))


class OpportunityFilterForm(ListingFilterForm):
    """The index's filters, each choice with the number of listed offers it keeps."""

    type = forms.ChoiceField(label=_("Type d’offre"), required=False)
    surface = forms.ChoiceField(label=_("Surface"), required=False)
    statut = forms.ChoiceField(label=_("Statut"), required=False)

    def __init__(self, data, offers: QuerySet) -> None:
        super().__init__(data)
        kinds = dict(offers.order_by().values_list("kind").annotate(n=Count("pk")))
        statuses = dict(offers.order_by().values_list("status").annotate(n=Count("pk")))
        surfaces = offers.aggregate(
            **{surface.key: Count("pk", filter=surface.condition) for surface in SURFACE_RANGES}
        )
        everything = [("", pgettext_lazy("filtre", "Tous"))]
        self.fields["type"].choices = everything + [
            (key, f"{label} ({kinds.get(key, 0)})") for key, label in OpportunityKind.choices
        ]
        self.fields["surface"].choices = [("", pgettext_lazy("filtre", "Toutes"))] + [
            (surface.key, f"{surface.label} ({surfaces[surface.key]})") for surface in SURFACE_RANGES
        ]
        self.fields["statut"].choices = everything + [
            (key, f"{label} ({statuses.get(key, 0)})") for key, label in OpportunityStatus.choices
        ]


def apply_filters(offers: QuerySet, filters: dict) -> QuerySet:
    if kind := filters.get("type"):
        offers = offers.filter(kind=kind)
    if surface := filters.get("surface"):
        offers = offers.filter(SURFACE_RANGES_BY_KEY[surface].condition)
    if status := filters.get("statut"):
        offers = offers.filter(status=status)
    return offers


def index_context(index, request: HttpRequest) -> dict:
    """The filter form, the current page of offers and the counts for an offers index page."""
    offers = listed(opportunity_pages().child_of(index), index.attributed_listing_days)
    form = OpportunityFilterForm(request.GET, offers)
    filters = form.filters
    ordered = apply_filters(offers, filters).order_by(STATUS_ORDER, "-status_changed", "-pk")
    page, page_range = paginate(card_queryset(ordered), OFFERS_PER_PAGE, request)
    return {
        "filter_form": form,
        "is_filtered": bool(filters),
        "offers": page,
        "page_range": page_range,
    }


def contact_link(offer, index, request: HttpRequest) -> tuple[str, str]:
    """(address, label) of the form that asks about this offer, in the visitor's language, naming the offer."""
    url, title = localized_link(offer.contact_form or (index.contact_form if index else None), request)
    return (f"{url}?sujet={offer.pk}", title) if url else ("", "")


def page_context(offer, request: HttpRequest) -> dict:
    """What an offer's page shows around its own content: its index, its form, its map."""
    index_model = apps.get_model("opportunities", "OpportunityIndexPage")
    index = index_model.objects.filter(path=offer.path[: -offer.steplen]).select_related("contact_form").first()
    form_url, form_label = contact_link(offer, index, request)
    return {
        "index_page": index,
        "index_url": index.get_url(request) if index else "",
        "contact_url": form_url,
        "contact_label": form_label,
        "place_map": offer_map(offer),
    }


def offer_map(offer):
    """The offer's place on a map that loads on click, or None without coordinates."""
    title = _("Situation de l’offre « %(title)s »") % {"title": offer.title}
    return place_map(title, offer.address or offer.commune, offer.latitude, offer.longitude)
