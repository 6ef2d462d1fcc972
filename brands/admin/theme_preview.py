"""Live theme preview of the brand settings: the site's home page in the unsaved palette and fonts.

The brand settings' theme panel (`brands/admin/theme_panel.py`) posts the colours and fonts the editor is
choosing to `preview`, which renders the site's home with them and saves nothing.
"""

import copy

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods
from wagtail.permissions import policy_registry
from wagtail.utils.decorators import xframe_options_sameorigin_override

from brands.models.settings import PALETTE_FIELDS, BrandSettings

THEME_FIELDS = [*PALETTE_FIELDS, "font_pairing"]


class ThemeForm(forms.Form):
    """The palette and font fields of the brand settings, with the model's own validators and choices."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in THEME_FIELDS:
            self.fields[name] = BrandSettings._meta.get_field(name).formfield()

    def clean(self) -> dict:
        # A model field's validators (the #rrggbb format) run in the model's full_clean, not in its form field.
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            try:
                BrandSettings._meta.get_field(name).run_validators(value)
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned


@require_http_methods(["GET", "POST"])
@xframe_options_sameorigin_override  # shown in the brand settings' frame; every other page denies framing
def preview(request: HttpRequest, site_pk: int) -> HttpResponse:
    """The site's home page in the posted, unsaved palette and fonts (the saved ones on GET)."""
    brand = get_object_or_404(BrandSettings.objects.select_related("site"), site_id=site_pk)
    if not policy_registry.get_by_type(BrandSettings).user_has_permission_for_instance(request.user, "change", brand):
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
        request, home.default_preview_mode, extra_request_attrs={BrandSettings.get_cache_attr_name(): unsaved}
    )


urlpatterns = [path("theme-preview/<int:site_pk>/", preview, name="brands_theme_preview")]
