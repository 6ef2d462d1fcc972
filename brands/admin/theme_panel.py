"""The theme panel of the brand settings: the palette's contrast ratios and a frame for the live preview.

`ThemePreviewPanel` (in `BrandSettings.panels`) shows the ratios of the saved palette, computed here, so
the edit form works without JavaScript; `brands/static/brands/js/theme-preview.js` recomputes them as the
editor picks, and fills the frame from the preview view (`brands/admin/theme_preview.py`). The page models
import this module: it must not import them.
"""

from dataclasses import dataclass

from django.urls import reverse
from wagtail.admin.panels import Panel

from brands.core.colors import WCAG_AA_NORMAL_TEXT, WHITE, format_ratio, pair_ratios


@dataclass(frozen=True)
class RatioRow:
    """One text/background pair of the palette, as the panel shows it."""

    description: str
    foreground_field: str
    background_field: str
    foreground: str
    background: str
    ratio: str
    passes: bool


def ratio_rows(palette: dict[str, str]) -> list[RatioRow]:
    """The contrast of every pair of `brands.core.colors.CONTRAST_PAIRS`, formatted as the validation message."""
    return [
        RatioRow(
            description=str(pair.description),
            foreground_field=pair.foreground_field or "",
            background_field=pair.background_field,
            foreground=foreground,
            background=background,
            ratio=format_ratio(ratio),
            passes=ratio >= WCAG_AA_NORMAL_TEXT,
        )
        for pair, ratio in pair_ratios(palette)
        for foreground, background in [pair.colors(palette)]
    ]


class ThemePreviewPanel(Panel):
    """The contrast ratios of the palette and a preview of the site's home page in its colours and fonts."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "brands/admin/theme_preview/panel.html"

        class Media:
            js = ["brands/js/theme-preview.js"]

        def get_context_data(self, parent_context: dict | None = None) -> dict:
            context = super().get_context_data(parent_context)
            context["rows"] = ratio_rows(self.instance.palette)
            context["white"] = WHITE
            context["threshold"] = WCAG_AA_NORMAL_TEXT
            context["preview_url"] = (
                reverse("brands_theme_preview", args=[self.instance.site_id]) if self.instance.site_id else ""
            )
            return context
