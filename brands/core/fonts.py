"""The curated font pairings a territory can choose, all self-hosted woff2 files (no font CDN)."""

from dataclasses import dataclass

from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

SYSTEM_SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'
SYSTEM_SERIF = 'Georgia, Cambria, "Times New Roman", serif'


@dataclass(frozen=True)
class FontFamily:
    """One self-hosted family: its CSS name, its folder under brands/fonts/ and its fallback stack."""

    name: str
    folder: str
    fallback: str

    @property
    def stack(self) -> str:
        return f'"{self.name}", {self.fallback}'

    def file_url(self, weight: int) -> str:
        return static(f"brands/fonts/{self.folder}/{self.folder}-latin-{weight}-normal.woff2")


@dataclass(frozen=True)
class FontPairing:
    """A heading family and a body family chosen to work together."""

    key: str
    label: str
    heading: FontFamily | None
    body: FontFamily | None

    @property
    def families(self) -> list[FontFamily]:
        unique = {family.name: family for family in (self.heading, self.body) if family}
        return list(unique.values())

    @property
    def heading_stack(self) -> str:
        return self.heading.stack if self.heading else SYSTEM_SANS

    @property
    def body_stack(self) -> str:
        return self.body.stack if self.body else SYSTEM_SANS


WEIGHTS = (400, 700)

SOURCE_SERIF = FontFamily("Source Serif 4", "source-serif-4", SYSTEM_SERIF)
SOURCE_SANS = FontFamily("Source Sans 3", "source-sans-3", SYSTEM_SANS)
MONTSERRAT = FontFamily("Montserrat", "montserrat", SYSTEM_SANS)
INTER = FontFamily("Inter", "inter", SYSTEM_SANS)
FRAUNCES = FontFamily("Fraunces", "fraunces", SYSTEM_SERIF)
WORK_SANS = FontFamily("Work Sans", "work-sans", SYSTEM_SANS)
MERRIWEATHER = FontFamily("Merriweather", "merriweather", SYSTEM_SERIF)
OPEN_SANS = FontFamily("Open Sans", "open-sans", SYSTEM_SANS)

FONT_PAIRINGS = {
    pairing.key: pairing
    for pairing in [
        FontPairing("systeme", _("Système : polices de l'appareil, la plus rapide"), None, None),
        FontPairing("editorial", _("Éditorial : Source Serif 4 et Source Sans 3"), SOURCE_SERIF, SOURCE_SANS),
        FontPairing("moderne", _("Moderne : Montserrat et Inter"), MONTSERRAT, INTER),
        FontPairing("chaleureux", _("Chaleureux : Fraunces et Work Sans"), FRAUNCES, WORK_SANS),
        FontPairing("classique", _("Classique : Merriweather et Open Sans"), MERRIWEATHER, OPEN_SANS),
    ]
}
FONT_PAIRING_CHOICES = [(key, pairing.label) for key, pairing in FONT_PAIRINGS.items()]
DEFAULT_FONT_PAIRING = "editorial"
