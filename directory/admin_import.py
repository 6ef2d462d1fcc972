"""« Importer un fichier » in the admin: territory staff import their own directory from a CSV file.

Three steps: upload (a territory among the user's own, a file of 2 Mo at most) → a preview of the plan, or
the invalid lines with their reasons → « Confirmer l’import », which applies exactly the previewed plan.
The file's text waits in the session between the preview and the confirmation, never on disk; on
confirmation it is validated again and refused if the plan changed meanwhile (an entry edited or created).
Importing needs the permissions to add and to change directory entries on the territory's own site.
"""

import uuid

from django import forms
from django.contrib import messages
from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Site

from .importing.planning import Plan, PlanChanged, import_file, plan_import
from .importing.reading import COLUMNS, ImportRefused, Problem
from .importing.report import counts, describe, field_label
from .models import DirectoryEntry

MAX_BYTES = 2_000_000  # « 2 Mo », as an editor's file manager counts
SESSION_KEY = "directory_import"
IMPORT_ACTIONS = ("add", "change")
SPREADSHEET_ENDINGS = (".xlsx", ".xls", ".ods", ".numbers")


def import_sites(user) -> QuerySet:
    """The territories' sites where the user may both add and change directory entries (a lazy queryset: the
    menu asks whether it exists, in one query)."""
    sites = Site.objects.filter(territory__isnull=False).select_related("territory").order_by("territory__name")
    if not (user.is_authenticated and user.is_active):
        return sites.none()
    codenames = [get_permission_codename(action, DirectoryEntry._meta) for action in IMPORT_ACTIONS]
    if user.is_superuser or user.has_perms([f"directory.{codename}" for codename in codenames]):
        return sites
    for codename in codenames:  # one join each: a site needs both permissions, through any of the user's groups
        sites = sites.filter(
            group_permissions__group__user=user,
            group_permissions__permission__content_type__app_label="directory",
            group_permissions__permission__codename=codename,
        )
    return sites.distinct()


class ImportForm(forms.Form):
    site = forms.ModelChoiceField(
        label=gettext_lazy("Territoire"), queryset=Site.objects.none(), empty_label=None, to_field_name="pk"
    )
    file = forms.FileField(
        label=gettext_lazy("Fichier CSV"),
        help_text=gettext_lazy(
            "Un tableau enregistré en « CSV UTF-8 » (2 Mo au plus), une ligne par acteur, "
            "avec une première ligne qui nomme les colonnes."
        ),
    )

    def __init__(self, *args, sites: QuerySet, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = sites
        self.fields["site"].label_from_instance = lambda site: site.territory.name
        if len(sites) == 1:
            self.fields["site"].initial = sites[0].pk
            self.fields["site"].widget = forms.HiddenInput()
        self.fields["file"].widget.attrs["accept"] = ".csv,text/csv"

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.name.lower().endswith(SPREADSHEET_ENDINGS):
            raise forms.ValidationError(
                _("C’est un classeur et non un fichier CSV : enregistrez-le d’abord en « CSV UTF-8 ».")
            )
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("Ce fichier pèse %(size)s Mo, 2 Mo au plus : coupez-le en plusieurs fichiers.")
                % {"size": number_format(upload.size / 1_000_000, 1)}
            )
        return upload


def plan_rows(plan: Plan) -> dict:
    """The plan as the preview lays it out."""

    def entry(item) -> dict:
        return {
            "line": item.line,
            "slug": item.entry.slug,
            "name": item.entry.name,
            "category": describe("category", item.entry.category),
            "commune": item.entry.commune,
            "changes": [
                {
                    "label": field_label(change.field),
                    "before": describe(change.field, change.before),
                    "after": describe(change.field, change.after),
                }
                for change in item.changes
            ],
        }

    return {
        "created": [entry(item) for item in plan.created],
        "updated": [entry(item) for item in plan.updated],
        "unchanged": [entry(item) for item in plan.unchanged],
        "absent": [{"slug": item.slug, "name": item.name} for item in plan.absent],
        "counts": counts(plan, applied=False),
        "has_changes": bool(plan.created or plan.updated),
    }


class ImportAccessMixin:
    """Territory staff with the directory's add and change permissions on at least one territory."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.sites = import_sites(request.user)
        if not self.sites:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def posted_site(self) -> Site | None:
        """The posted territory if it is one of the user's; None when none is posted. A forged id: 403."""
        site_id = self.request.POST.get("site")
        if not site_id:
            return None
        site = next((site for site in self.sites if str(site.pk) == site_id), None)
        if site is None:
            raise ForeignTerritory
        return site


class ForeignTerritory(Exception):
    """A site id the user may not import into was posted."""


class ImportView(ImportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """Upload a file; its preview, or its invalid lines."""

    template_name = "directory/admin/import_form.html"
    preview_template_name = "directory/admin/import_preview.html"
    header_icon = "upload"

    def get_page_title(self) -> str:
        return _("Importer un fichier")

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *super().get_breadcrumbs_items(),
            {"url": listing_url(), "label": _("Annuaire")},
            {"url": "", "label": _("Importer un fichier")},
        ]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ImportForm(sites=self.sites))
        context.update(
            action_url=reverse("directory_import"),
            submit_button_label=_("Voir ce que l’import changera"),
            columns=COLUMNS,
        )
        return context

    def refuse_foreign(self) -> HttpResponse:
        refusal = _("Vous ne pouvez importer que dans l’annuaire de votre propre territoire.")
        return self.render_to_response(self.get_context_data(refusal=refusal), status=403)

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            self.posted_site()
        except ForeignTerritory:
            return self.refuse_foreign()
        form = ImportForm(request.POST, request.FILES, sites=self.sites)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        site, upload = form.cleaned_data["site"], form.cleaned_data["file"]
        content = upload.read()
        try:
            plan = plan_import(site, content)
        except ImportRefused as refusal:
            return self.refused(refusal.problems, upload.name)
        request.session[SESSION_KEY] = {
            "token": uuid.uuid4().hex,
            "site": site.pk,
            "name": upload.name,
            "content": content.decode("utf-8-sig"),
            "fingerprint": plan.fingerprint,
        }
        return self.preview(site, plan, upload.name)

    def refused(self, problems: list[Problem], name: str) -> HttpResponse:
        """The upload form again, above it the file's invalid lines; nothing of it kept."""
        self.request.session.pop(SESSION_KEY, None)
        context = self.get_context_data(form=ImportForm(sites=self.sites), problems=problems, file_name=name)
        return self.render_to_response(context)

    def preview(self, site: Site, plan: Plan, name: str, changed: bool = False) -> HttpResponse:
        pending = self.request.session[SESSION_KEY]
        self.page_subtitle = _("Vérifier avant d’importer")
        context = self.get_context_data(
            plan=plan_rows(plan),
            territory=site.territory,
            file_name=name,
            token=pending["token"],
            site_id=site.pk,
            changed_meanwhile=changed,
            submit_button_label=_("Confirmer l’import"),
            action_url=reverse("directory_import_confirm"),
        )
        return self.response_class(self.request, [self.preview_template_name], context)


class ConfirmImportView(ImportView):
    """« Confirmer l’import »: the previewed file, validated again, applied if its plan is still the one shown."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            site = self.posted_site()
        except ForeignTerritory:
            return self.refuse_foreign()
        pending = request.session.get(SESSION_KEY)
        if site is None or not pending or pending["token"] != request.POST.get("token") or pending["site"] != site.pk:
            messages.error(request, _("Cet aperçu n’est plus disponible : déposez de nouveau le fichier."))
            return redirect("directory_import")
        content = pending["content"].encode()
        try:
            plan = import_file(site, content, commit=True, expected=pending["fingerprint"])
        except PlanChanged:
            return self.changed_meanwhile(site, content, pending)
        except ImportRefused as refusal:
            return self.refused(refusal.problems, pending["name"])
        del request.session[SESSION_KEY]
        messages.success(
            request,
            _("Import appliqué dans l’annuaire du territoire %(territory)s : %(counts)s.")
            % {"territory": site.territory.name, "counts": counts(plan, applied=True)},
        )
        return redirect(listing_url())

    def changed_meanwhile(self, site: Site, content: bytes, pending: dict) -> HttpResponse:
        """Nothing written: the new plan shown, to be confirmed again, or the lines an edit made invalid."""
        try:
            plan = plan_import(site, content)
        except ImportRefused as refusal:
            return self.refused(refusal.problems, pending["name"])
        pending["fingerprint"] = plan.fingerprint
        self.request.session.modified = True
        return self.preview(site, plan, pending["name"], changed=True)


def listing_url() -> str:
    return reverse(DirectoryEntry.snippet_viewset.get_url_name("list"))


class ImportMenuItem(MenuItem):
    """Shown to those who may import into at least one territory."""

    def is_shown(self, request: HttpRequest) -> bool:
        return import_sites(request.user).exists()


def menu_item() -> MenuItem:
    return ImportMenuItem(
        gettext_lazy("Importer l’annuaire"), reverse("directory_import"), icon_name="upload", order=271
    )


urlpatterns = [
    path("annuaire/importer/", ImportView.as_view(), name="directory_import"),
    path("annuaire/importer/confirmer/", ConfirmImportView.as_view(), name="directory_import_confirm"),
]
