"""A place on a page (an offer, an event, a local actor) drawn as the block library's map: nothing loads
before the visitor clicks."""

from django.utils.functional import Promise
from wagtail.blocks import StructValue

from brands.blocks import MapBlock


def place_map(
    title: str | Promise, address: str, latitude: float | None, longitude: float | None, zoom: int = 15
) -> StructValue | None:
    """The map block's value for one place, or None without coordinates.

    `title` names the map for screen readers, for example « Situation de l’offre « Local vélo » ».
    Render it with `{% include "brands/blocks/map_block.html" with value=… %}`.
    """
    if latitude is None or longitude is None:
        return None
    return MapBlock().to_python(
        {"title": str(title), "address": address, "latitude": latitude, "longitude": longitude, "zoom": zoom}
    )
