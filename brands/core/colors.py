"""Colour arithmetic for the territory palettes: WCAG 2.1 contrast ratios and the pairs we check."""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
WCAG_AA_NORMAL_TEXT = 4.5
WHITE = "#ffffff"


def relative_luminance(hex_color: str) -> float:
    """WCAG 2.1 relative luminance of a #rrggbb colour."""
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio between two #rrggbb colours, from 1.0 to 21.0."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def format_ratio(ratio: float) -> str:
    """A ratio the French way, truncated so that "4,49" never reads as a passing "4,5"."""
    truncated = int(ratio * 100) / 100
    return f"{truncated:.2f}".replace(".", ",") + ":1"


@dataclass(frozen=True)
class ContrastPair:
    """A text colour drawn on a background colour somewhere in the theme."""

    foreground_field: str | None  # None means white text
    background_field: str
    field_to_blame: str
    description: str

    def colors(self, palette: dict[str, str]) -> tuple[str, str]:
        foreground = palette[self.foreground_field] if self.foreground_field else WHITE
        return foreground, palette[self.background_field]


# Every place the theme puts text on a colour. The live preview (issue 6) shows these same ratios.
CONTRAST_PAIRS = [
    ContrastPair("text_color", "background_color", "text_color", _("le texte sur le fond de page")),
    ContrastPair("primary_color", "background_color", "primary_color", _("les liens sur le fond de page")),
    ContrastPair(None, "primary_color", "primary_color", _("le texte blanc sur la couleur principale")),
    ContrastPair(None, "secondary_color", "secondary_color", _("le texte blanc sur la couleur secondaire")),
    ContrastPair("text_color", "accent_color", "accent_color", _("le texte sur la couleur d'accent")),
]


def contrast_problems(palette: dict[str, str]) -> dict[str, list[str]]:
    """French error messages, keyed by field name, for each pair below WCAG AA."""
    problems: dict[str, list[str]] = {}
    for pair in CONTRAST_PAIRS:
        foreground, background = pair.colors(palette)
        ratio = contrast_ratio(foreground, background)
        if ratio < WCAG_AA_NORMAL_TEXT:
            message = _(
                "Contraste insuffisant pour %(what)s : %(ratio)s mesuré, 4,5:1 minimum "
                "exigé (WCAG AA). Choisissez une teinte plus foncée ou plus claire."
            ) % {"what": pair.description, "ratio": format_ratio(ratio)}
            problems.setdefault(pair.field_to_blame, []).append(str(message))
    return problems


def pair_ratios(palette: dict[str, str]) -> list[tuple[ContrastPair, float]]:
    """Every pair of CONTRAST_PAIRS with its ratio in this palette, for the live theme preview."""
    return [(pair, contrast_ratio(*pair.colors(palette))) for pair in CONTRAST_PAIRS]
