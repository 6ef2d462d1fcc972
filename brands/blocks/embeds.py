"""Click-to-load embeds: videos (YouTube, Vimeo) and OpenStreetMap maps.

Nothing is requested from the video or map host until the visitor presses the button: the page only
holds the provider's name and the video id (or coordinates), and brands/static/brands/js/embeds.js
builds the privacy-enhanced player address on click. Without JavaScript, a plain link opens the host.
"""

import math
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^\d{1,12}$")
VIMEO_HASH = re.compile(r"^[0-9a-f]{6,20}$")
YOUTUBE_HOSTS = {"youtube.com", "m.youtube.com", "youtube-nocookie.com"}
VIMEO_HOSTS = {"vimeo.com", "player.vimeo.com"}


@dataclass(frozen=True)
class ClickToLoad:
    """What the placeholder shows and what embeds.js needs to build the player on click."""

    provider: str  # "youtube", "vimeo" or "openstreetmap": embeds.js knows each one's address
    host_name: str
    title: str
    action_label: str
    fallback_url: str
    fallback_label: str
    params: dict[str, str] = field(default_factory=dict)


def parse_video_url(url: str) -> tuple[str, str, str] | None:
    """(provider, video id, private hash) for a YouTube or Vimeo address, None for anything else."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    segments = [segment for segment in parts.path.split("/") if segment]
    if parts.scheme not in ("http", "https") or not segments:
        return None
    if host in YOUTUBE_HOSTS:
        if segments == ["watch"]:
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif segments[0] in ("embed", "shorts", "live", "v") and len(segments) > 1:
            video_id = segments[1]
        else:
            return None
        return ("youtube", video_id, "") if YOUTUBE_ID.match(video_id) else None
    if host == "youtu.be":
        return ("youtube", segments[0], "") if YOUTUBE_ID.match(segments[0]) else None
    if host in VIMEO_HOSTS:
        numeric = [index for index, segment in enumerate(segments) if VIMEO_ID.match(segment)]
        if not numeric:
            return None
        video_id = segments[numeric[0]]
        following = segments[numeric[0] + 1 : numeric[0] + 2]
        private_hash = parse_qs(parts.query).get("h", following or [""])[0]
        return "vimeo", video_id, private_hash if VIMEO_HASH.match(private_hash) else ""
    return None


class VideoStructValue(blocks.StructValue):
    """The click-to-load description of the video, or None if its address is not a supported one."""

    @property
    def embed(self) -> ClickToLoad | None:
        parsed = parse_video_url(self.get("url"))
        if parsed is None:
            return None
        provider, video_id, private_hash = parsed
        if provider == "youtube":
            host_name, fallback = "YouTube", f"https://www.youtube.com/watch?v={video_id}"
        else:
            host_name, fallback = (
                "Vimeo",
                f"https://vimeo.com/{video_id}" + (f"/{private_hash}" if private_hash else ""),
            )
        params = {"id": video_id} | ({"hash": private_hash} if private_hash else {})
        return ClickToLoad(
            provider=provider,
            host_name=host_name,
            title=self.get("title"),
            action_label=_("Lancer la vidéo"),
            fallback_url=fallback,
            fallback_label=_("Voir la vidéo sur %(host)s") % {"host": host_name},
            params=params,
        )


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video that loads only when the visitor asks for it."""

    url = blocks.URLBlock(
        label=_("Adresse de la vidéo"),
        max_length=300,
        help_text=_("L'adresse de la vidéo sur YouTube ou Vimeo, par exemple https://www.youtube.com/watch?v=…"),
    )
    title = blocks.CharBlock(
        label=_("Titre de la vidéo"),
        max_length=120,
        help_text=_("Dit de quoi parle la vidéo ; il est lu par les lecteurs d'écran."),
    )
    caption = blocks.CharBlock(label=_("Légende"), required=False, max_length=200)
    transcript = blocks.TextBlock(
        label=_("Transcription"),
        required=False,
        max_length=10000,
        help_text=_("Le texte de la vidéo, pour les personnes sourdes ou qui ne peuvent pas l'écouter."),
    )

    def clean(self, value):
        value = super().clean(value)
        if parse_video_url(value.get("url")) is None:
            message = _("Seules les vidéos YouTube ou Vimeo sont acceptées : collez l'adresse de la page de la vidéo.")
            raise StructBlockValidationError(block_errors={"url": ValidationError(message)})
        return value

    class Meta:
        icon = "media"
        label = _("Vidéo")
        template = "brands/blocks/video_block.html"
        group = _("Médias")
        value_class = VideoStructValue
        description = _("Une vidéo YouTube ou Vimeo, chargée seulement si le visiteur clique.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Une journée au tiers-lieu de Saint-Privat",
            "caption": "Reportage réalisé par l’office de tourisme, 2024.",
        }


def coordinate(number: float) -> str:
    # Formatted here: templates would localise the decimal point into a comma.
    return f"{number:.5f}"


class MapStructValue(blocks.StructValue):
    """The click-to-load description of an OpenStreetMap map centred on a point."""

    @property
    def embed(self) -> ClickToLoad:
        latitude, longitude, zoom = self.get("latitude"), self.get("longitude"), self.get("zoom") or 14
        # Degrees covered by an 800 × 450 px frame at this zoom level (256 px tiles).
        width = 360 * 800 / (256 * 2**zoom)
        height = width * 450 / 800 * max(math.cos(math.radians(latitude)), 0.01)
        bbox = [longitude - width / 2, latitude - height / 2, longitude + width / 2, latitude + height / 2]
        lat, lon = coordinate(latitude), coordinate(longitude)
        return ClickToLoad(
            provider="openstreetmap",
            host_name="OpenStreetMap",
            title=self.get("title"),
            action_label=_("Afficher la carte"),
            fallback_url=f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map={zoom}/{lat}/{lon}",
            fallback_label=_("Voir sur OpenStreetMap"),
            params={"bbox": ",".join(coordinate(edge) for edge in bbox), "lat": lat, "lon": lon},
        )


class MapBlock(blocks.StructBlock):
    """An OpenStreetMap map around a place, with its address written out."""

    title = blocks.CharBlock(
        label=_("Titre de la carte"),
        max_length=120,
        help_text=_("Par exemple « Plan d'accès à la maison de santé ». Il est lu par les lecteurs d'écran."),
    )
    address = blocks.TextBlock(
        label=_("Adresse"),
        max_length=300,
        help_text=_("L'adresse écrite en toutes lettres : tout le monde ne peut pas lire une carte."),
    )
    latitude = blocks.FloatBlock(
        label=_("Latitude"), min_value=-90, max_value=90, help_text=_("Entre -90 et 90, par exemple 45.0921.")
    )
    longitude = blocks.FloatBlock(
        label=_("Longitude"), min_value=-180, max_value=180, help_text=_("Entre -180 et 180, par exemple 2.0173.")
    )
    zoom = blocks.IntegerBlock(
        label=_("Niveau de zoom"),
        default=14,
        min_value=3,
        max_value=19,
        help_text=_("De 3 (un pays entier) à 19 (une rue). 14 montre un village et ses alentours."),
    )

    class Meta:
        icon = "site"
        label = _("Carte")
        template = "brands/blocks/map_block.html"
        group = _("Médias")
        value_class = MapStructValue
        description = _("Une carte OpenStreetMap avec l'adresse écrite, chargée seulement si le visiteur clique.")
        preview_value = {
            "title": "Plan d’accès au tiers-lieu",
            "address": "2 place de l'Église\n19220 Saint-Privat",
            "latitude": 45.1402,
            "longitude": 2.0987,
            "zoom": 15,
        }
