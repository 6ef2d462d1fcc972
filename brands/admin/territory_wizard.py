"""The "Nouveau territoire" admin wizard: superusers create a territory in two steps, fill in then review.

The admin twin of `create_territory`: the same validation and the same provisioning
(brands/core/provisioning.py), plus the first palette. The review step writes nothing: the validated data
travel back in hidden fields and are validated again when "Créer le territoire" is pressed.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from brands.admin.superusers import SuperuserOnlyMixin
from brands.admin.theme_panel import ratio_rows
from brands.core.colors import HEX_COLOR, contrast_problems
from brands.core.legal_texts import ACCESSIBILITY_TITLE, LEGAL_NOTICE_TITLE, PRIVACY_TITLE
from brands.core.provisioning import (
    DEFAULT_LANGUAGE,
    ProvisioningError,
    TerritoryRequest,
    check_names_free,
    clean_email,
    clean_hostname,
    clean_languages,
    clean_name,
    clean_slug,
    group_names,
    provision_territory,
)
from brands.core.translation import language_name
from brands.models import BrandSettings, Territory
from brands.models.settings import DEFAULT_PALETTE, PALETTE_FIELDS, ColorInput

PALETTE_LABELS = {
    "primary_color": gettext_lazy("Couleur principale"),
    "secondary_color": gettext_lazy("Couleur secondaire"),
    "accent_color": gettext_lazy("Couleur d'accent"),
    "text_color": gettext_lazy("Couleur du texte"),
    "background_color": gettext_lazy("Couleur du fond"),
}


class FrenchAlwaysCheckboxes(forms.CheckboxSelectMultiple):
    """Language checkboxes where French is shown ticked and cannot be unticked."""

    def create_option(self, name: str, value, label, selected: bool, index: int, **kwargs) -> dict:
        option = super().create_option(name, value, label, selected, index, **kwargs)
        if value == DEFAULT_LANGUAGE:
            option["attrs"].update(disabled=True, checked=True)
        return option


def as_field_error(cleaner, *args) -> str:
    """Run one of provisioning's cleaners, turning its French refusal into a form error."""
    try:
        return cleaner(*args)
    except ProvisioningError as error:
        raise forms.ValidationError(str(error)) from error


class TerritoryWizardForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Nom du territoire"),
        max_length=200,
        required=False,  # provisioning's own French message explains an empty name
        help_text=gettext_lazy("Tel qu'il apparaîtra aux visiteurs, par exemple « La Xaintrie »."),
    )
    hostname = forms.CharField(
        label=gettext_lazy("Nom d'hôte"),
        max_length=253,
        required=False,
        help_text=gettext_lazy("L'adresse du site sans http:// ni chemin, par exemple xaintrie.example.fr."),
    )
    slug = forms.CharField(
        label=gettext_lazy("Identifiant court"),
        max_length=60,
        required=False,
        help_text=gettext_lazy(
            "Lettres minuscules sans accent, chiffres et tirets. Laissez vide pour le déduire du nom."
        ),
    )
    port = forms.IntegerField(
        label=gettext_lazy("Port"),
        initial=lambda: settings.SITE_PORT,
        required=False,
        error_messages={"invalid": gettext_lazy("Le port doit être un nombre entier, 443 le plus souvent.")},
        help_text=gettext_lazy(
            "443 en production (HTTPS), 80 en local ; ne le changez que si l'hébergeur vous l'a demandé."
        ),
    )
    languages = forms.MultipleChoiceField(
        label=gettext_lazy("Langues proposées"),
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        widget=FrenchAlwaysCheckboxes,
        required=False,
        initial=[DEFAULT_LANGUAGE],
        help_text=gettext_lazy(
            "Le français est toujours proposé : c'est la langue d'origine des pages. Chaque autre langue cochée "
            "prépare une copie des pages en brouillon, à traduire."
        ),
        error_messages={"invalid_choice": gettext_lazy("Langue inconnue : %(value)s.")},
    )
    contact_email = forms.CharField(
        label=gettext_lazy("Adresse e-mail de contact"),
        max_length=254,
        required=False,
        help_text=gettext_lazy("Affichée en pied de page et dans les pages légales ; modifiable ensuite."),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in PALETTE_FIELDS:
            self.fields[name] = forms.CharField(
                label=PALETTE_LABELS[name],
                initial=DEFAULT_PALETTE[name],
                widget=ColorInput,
                error_messages={"required": gettext_lazy("Choisissez une couleur.")},
            )

    def clean_name(self) -> str:
        return as_field_error(clean_name, self.cleaned_data["name"])

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"]
        name = self.cleaned_data.get("name")
        if not slug and not name:
            return ""  # the name's own error says what to do
        slug = as_field_error(clean_slug, slug, name or "")
        # provision_territory would quietly return the existing territory: the wizard only creates.
        if Territory.objects.filter(slug=slug).exists():
            raise forms.ValidationError(
                _("Un territoire utilise déjà l'identifiant « %(slug)s » : choisissez-en un autre.") % {"slug": slug}
            )
        if Page.get_first_root_node().get_children().filter(slug=slug).exists():
            raise forms.ValidationError(
                _("Une page racine porte déjà l'identifiant « %(slug)s » : choisissez-en un autre.") % {"slug": slug}
            )
        return slug

    def clean_hostname(self) -> str:
        return as_field_error(clean_hostname, self.cleaned_data["hostname"])

    def clean_port(self) -> int:
        port = self.cleaned_data["port"]
        if port is None:
            return settings.SITE_PORT
        if not 1 <= port <= 65535:
            raise forms.ValidationError(_("Le port doit être compris entre 1 et 65535."))
        return port

    def clean_languages(self) -> list[str]:
        return as_field_error(clean_languages, [DEFAULT_LANGUAGE, *self.cleaned_data["languages"]])

    def clean_contact_email(self) -> str:
        return as_field_error(clean_email, self.cleaned_data["contact_email"])

    def clean(self) -> dict:
        cleaned = super().clean()
        palette = {name: cleaned.get(name, "").lower() for name in PALETTE_FIELDS}
        malformed = [name for name, color in palette.items() if not HEX_COLOR.match(color)]
        for name in malformed:
            if name in cleaned:
                self.add_error(name, _("Indiquez une couleur au format #rrvvbb, par exemple #1f5f8b."))
        if not malformed:
            for name, messages in contrast_problems(palette).items():
                for message in messages:
                    self.add_error(name, message)
            cleaned.update(palette)
        if not self.errors:
            # What no single field tells: a group or a media collection already bears this name (the
            # fields' own cleaning ran the rest of provisioning's validation).
            try:
                check_names_free(cleaned["name"])
            except ProvisioningError as error:
                self.add_error("name", str(error))
        return cleaned

    def territory_request(self) -> TerritoryRequest:
        data = self.cleaned_data
        return TerritoryRequest(
            name=data["name"],
            hostname=data["hostname"],
            slug=data["slug"],
            languages=data["languages"],
            port=data["port"],
            contact_email=data["contact_email"],
        )

    @property
    def palette(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in PALETTE_FIELDS}


def site_url(hostname: str, port: int) -> str:
    return f"http://{hostname}{'' if port in (80, 443) else f':{port}'}/"


def review(form: TerritoryWizardForm) -> dict:
    """Everything "Créer le territoire" will create, described from the validated form."""
    data = form.cleaned_data
    palette = form.palette
    editors, moderators = group_names(data["name"])
    return {
        "site_url": site_url(data["hostname"], data["port"]),
        "name": data["name"],
        "slug": data["slug"],
        "groups": [editors, moderators],
        "collection": data["name"],
        "languages": [
            {"code": code, "name": language_name(code), "draft": code != DEFAULT_LANGUAGE} for code in data["languages"]
        ],
        "legal_pages": [LEGAL_NOTICE_TITLE, PRIVACY_TITLE, ACCESSIBILITY_TITLE],
        "contact_email": data["contact_email"],
        "palette": [{"label": PALETTE_LABELS[name], "color": palette[name]} for name in PALETTE_FIELDS],
        "contrasts": ratio_rows(palette),
    }


@transaction.atomic
def create_territory(form: TerritoryWizardForm) -> Territory:
    """Provision the territory and give it its palette: both or nothing."""
    territory = provision_territory(form.territory_request()).territory
    brand = BrandSettings.objects.get(site=territory.site)
    for name, color in form.palette.items():
        setattr(brand, name, color)
    brand.full_clean()
    brand.save()
    return territory


class TerritoryWizardView(SuperuserOnlyMixin, WagtailAdminTemplateMixin, FormView):
    """Step 1 fills in the form; step 2 ("Vérifier avant de créer") shows what will be created."""

    template_name = "brands/admin/wizard/form.html"
    review_template_name = "brands/admin/wizard/review.html"
    form_class = TerritoryWizardForm
    header_icon = "site"

    def get_page_title(self) -> str:
        return _("Nouveau territoire")

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*super().get_breadcrumbs_items(), {"url": "", "label": _("Nouveau territoire")}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("brands_territory_wizard")
        context["submit_button_label"] = _("Vérifier avant de créer")
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = self.get_form()
        if "edit" in request.POST or not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if "confirm" not in request.POST:
            context = self.get_context_data(form=form, review=review(form))
            context["page_subtitle"] = _("Vérifier avant de créer")
            return self.response_class(request, [self.review_template_name], context)
        try:
            territory = create_territory(form)
        except (ProvisioningError, ValidationError) as error:  # a race with another creation since validation
            form.add_error(None, error.messages if isinstance(error, ValidationError) else str(error))
            return self.render_to_response(self.get_context_data(form=form))
        return redirect("brands_territory_wizard_done", slug=territory.slug)


class TerritoryCreatedView(SuperuserOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """What was created, with the links to carry on."""

    template_name = "brands/admin/wizard/done.html"
    header_icon = "site"

    def get_page_title(self) -> str:
        return _("Territoire créé")

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        territory = get_object_or_404(
            Territory.objects.select_related("site__root_page", "collection", "editors_group", "moderators_group"),
            slug=kwargs["slug"],
        )
        site = territory.site
        context.update(
            territory=territory,
            site_url=site_url(site.hostname, site.port),
            home=site.root_page,
            languages=[{"code": code, "name": language_name(code)} for code in territory.languages],
            explorer_url=reverse("wagtailadmin_explore", args=[site.root_page_id]),
            brand_settings_url=reverse("wagtailsettings:edit", args=["brands", "brandsettings", site.pk]),
            languages_url=reverse("brands_site_languages", args=[territory.slug]),
            legal_pages=[LEGAL_NOTICE_TITLE, PRIVACY_TITLE, ACCESSIBILITY_TITLE],
        )
        return context


class TerritoryWizardMenuItem(MenuItem):
    """In the Settings menu, for superusers only."""

    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.is_superuser


def menu_item() -> MenuItem:
    return TerritoryWizardMenuItem(
        gettext_lazy("Nouveau territoire"), reverse("brands_territory_wizard"), icon_name="site", order=310
    )


urlpatterns = [
    path("territoires/nouveau/", TerritoryWizardView.as_view(), name="brands_territory_wizard"),
    path("territoires/nouveau/<slug:slug>/", TerritoryCreatedView.as_view(), name="brands_territory_wizard_done"),
]
