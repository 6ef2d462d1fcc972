"""What an entry says of itself: its contact details as people read them, and its schema.org description."""

import re

from django.http import HttpRequest
from wagtail.images.models import SourceImageIOError

from . import hours
from .choices import DirectoryCategory

# The most precise schema.org type of each category that is still a LocalBusiness (opening hours, address,
# telephone and e-mail all valid on it); the plain LocalBusiness where no subtype fits.
SCHEMA_ORG_TYPES = {
    DirectoryCategory.COMMERCE: "Store",
    DirectoryCategory.ARTISAN: "LocalBusiness",
    DirectoryCategory.PRODUCER: "LocalBusiness",
    DirectoryCategory.BIKE: "BikeStore",
    DirectoryCategory.FOOD: "FoodEstablishment",
    DirectoryCategory.LODGING: "LodgingBusiness",
    DirectoryCategory.HEALTH: "MedicalBusiness",
    DirectoryCategory.SERVICES: "LocalBusiness",
    DirectoryCategory.ASSOCIATION: "LocalBusiness",
    DirectoryCategory.LEISURE: "EntertainmentBusiness",
    DirectoryCategory.COMPANY: "LocalBusiness",
}
IMAGE_SPEC = "fill-1200x900|format-jpeg"
POSTCODE = re.compile(r"\b(\d{5})\b")


def postal_address(entry) -> dict:
    """A schema.org PostalAddress: the street as written, the postcode found in it, the commune."""
    data = {"@type": "PostalAddress", "addressLocality": entry.commune, "addressCountry": "FR"}
    lines = [line.strip() for line in entry.address.splitlines() if line.strip()]
    if lines:
        data["streetAddress"] = lines[0]
    if postcode := POSTCODE.search(entry.address):
        data["postalCode"] = postcode.group(1)
    return data


def image_url(entry, request: HttpRequest) -> str:
    if entry.photo is None:
        return ""
    try:
        return request.build_absolute_uri(entry.photo.get_rendition(IMAGE_SPEC).url)
    except SourceImageIOError:  # the original file is missing: say nothing rather than fail the page
        return ""


def schema_org(entry, url: str, request: HttpRequest) -> dict:
    """The entry as a schema.org LocalBusiness (or a subtype), with its hours, address and coordinates."""
    data = {
        "@type": SCHEMA_ORG_TYPES.get(entry.category, "LocalBusiness"),
        "@id": f"{url}#acteur",
        "name": entry.name,
        "url": url,
        "address": postal_address(entry),
    }
    if entry.description:
        data["description"] = " ".join(entry.description.split())
    if entry.latitude is not None and entry.longitude is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": entry.latitude, "longitude": entry.longitude}
    if entry.phone:
        data["telephone"] = entry.phone
    if entry.email:
        data["email"] = entry.email
    if entry.website:
        data["sameAs"] = [entry.website]
    if image := image_url(entry, request):
        data["image"] = image
    if opening := hours.schema_org(entry.opening_hours):
        data["openingHoursSpecification"] = opening
    return data
