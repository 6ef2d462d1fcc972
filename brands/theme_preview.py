"""Live theme preview of the brand settings: the palette's contrast ratios and the site's home page in it.

`ThemePreviewPanel` (in `BrandSettings.panels`) shows the ratios of the saved palette, computed here, so
the edit form works without JavaScript. `brands/static/brands/js/theme-preview.js` recomputes them as the
editor picks and posts the unsaved colours and fonts to `preview`, which renders the site's home with
them and saves nothing.
"""

import copy
from dataclasses import dataclass

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods
from wagtail.admin.panels import Panel
from wagtail.permissions import policy_registry

from brands.colors import WCAG_AA_NORMAL_TEXT, WHITE, format_ratio, pair_ratios


def brand_settings_model() -> type[Model]:
    # brands.models.settings imports this module for its panels: the model is looked up when needed.
    return apps.get_model("brands", "BrandSettings")


def theme_fields() -> list[str]:
    from brands.models.settings import PALETTE_FIELDS

    return [*PALETTE_FIELDS, "font_pairing"]


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
    """The contrast of every pair of `brands.colors.CONTRAST_PAIRS`, formatted as the validation message."""
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


class ThemeForm(forms.Form):
    """The palette and font fields of the brand settings, with the model's own validators and choices."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        model = brand_settings_model()
        for name in theme_fields():
            self.fields[name] = model._meta.get_field(name).formfield()

    def clean(self) -> dict:
        # A model field's validators (the #rrggbb format) run in the model's full_clean, not in its form field.
        cleaned = super().clean()
        model = brand_settings_model()
        for name, value in list(cleaned.items()):
            try:
                model._meta.get_field(name).run_validators(value)
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned


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


@require_http_methods(["GET", "POST"])
def preview(request: HttpRequest, site_pk: int) -> HttpResponse:
    """The site's home page in the posted, unsaved palette and fonts (the saved ones on GET)."""
    model = brand_settings_model()
    brand = get_object_or_404(model.objects.select_related("site"), site_id=site_pk)
    if not policy_registry.get_by_type(model).user_has_permission_for_instance(request.user, "change", brand):
        # Not PermissionDenied: Wagtail's admin would redirect it to the dashboard, inside the preview frame.
        return HttpResponseForbidden(gettext("Vous ne pouvez pas modifier l'identité de marque de ce site."))
    unsaved = copy.copy(brand)  # the saved brand stays untouched, for the error page snapshot below
    if request.method == "POST":
        form = ThemeForm(request.POST)
        if not form.is_valid():
            return TemplateResponse(request, "brands/admin/theme_preview/invalid.html", {"form": form}, status=400)
        for name, value in form.cleaned_data.items():
            setattr(unsaved, name, value)
        unsaved.__dict__.pop("fonts", None)  # a cached_property, computed from the saved font pairing
    home = brand.site.root_page.specific
    # A preview request: the footer does not keep this unsaved palette for the public 500 page.
    return home.make_preview_request(
        request, home.default_preview_mode, extra_request_attrs={model.get_cache_attr_name(): unsaved}
    )


urlpatterns = [path("theme-preview/<int:site_pk>/", preview, name="brands_theme_preview")]
