"""Redirects per territory: staff list, add, change, delete and import only their own site's redirects.

Wagtail's redirect views check the model-wide permission ("may change some redirect"), then list and load
any redirect and offer every site, and "all sites", in their forms. With per-site permissions
(`SitePermissionPolicy` + `GroupSitePermission`, granted by provisioning) these views narrow each of
those to the user's sites: another site's redirect answers 404, another site posted is refused, and a
redirect without a site (it applies to every site) stays with superusers. `brands/admin/urls.py` serves
them at Wagtail's own redirect URLs; `brands/wagtail_hooks.py` registers the policy.
"""

import os

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.signing import BadSignature
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.encoding import force_str
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.contrib.redirects import views as redirect_views
from wagtail.contrib.redirects.base_formats import Dataset
from wagtail.contrib.redirects.filters import RedirectsReportFilterSet
from wagtail.contrib.redirects.forms import ConfirmImportForm, ConfirmImportManagementForm, ImportForm, RedirectForm
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.redirects.tmp_storages import BaseStorage
from wagtail.contrib.redirects.utils import (
    get_file_storage,
    get_format_cls_by_extension,
    get_import_formats,
    get_supported_extensions,
    write_to_file_storage,
)
from wagtail.models import Page
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from brands.core.user_scope import scope_pages

User = AbstractBaseUser | AnonymousUser
ANY_ACTION = ["add", "change", "delete"]


def redirect_policy() -> SitePermissionPolicy:
    return policy_registry.get_by_type(Redirect)


def sites_for(user: User, actions: list[str]) -> QuerySet:
    return redirect_policy().sites_user_has_any_permission_for(user, actions)


def redirects_for(user: User) -> QuerySet:
    """The redirects the user may see: those of their sites (every one, "all sites" included, for a superuser)."""
    if user.is_superuser:
        return Redirect.objects.all()
    return Redirect.objects.filter(site__in=sites_for(user, ANY_ACTION))


def scope_site_field(form, user: User, action: str) -> None:
    """Only the user's sites, and no "all sites" choice, unless the user is a superuser."""
    if user.is_superuser:
        return
    field = form.fields["site"]
    field.queryset = sites_for(user, [action])
    field.required, field.empty_label = True, None


class ScopedRedirectForm(RedirectForm):
    """A redirect from one of the user's sites to one of the pages they may explore."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        scope_site_field(self, self.for_user, "change" if self.instance.pk else "add")
        if not self.for_user.is_superuser:
            self.fields["redirect_page"].queryset = scope_pages(Page.objects.all(), self.for_user)


class ScopedFilterSet(RedirectsReportFilterSet):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not self.request.user.is_superuser:
            self.filters["site"].queryset = sites_for(self.request.user, ANY_ACTION)


class IndexView(redirect_views.IndexView):
    filterset_class = ScopedFilterSet

    def get_base_queryset(self) -> QuerySet:
        return redirects_for(self.request.user).select_related("redirect_page", "site")


class ScopedObjectMixin:
    """Another site's redirect, or one for every site, does not exist for territory staff: 404."""

    def get_queryset(self) -> QuerySet:
        return redirects_for(self.request.user)


class CreateView(redirect_views.CreateView):
    form_class = ScopedRedirectForm


class EditView(ScopedObjectMixin, redirect_views.EditView):
    form_class = ScopedRedirectForm


class DeleteView(ScopedObjectMixin, redirect_views.DeleteView):
    pass


def require_add_permission(request: HttpRequest) -> None:
    if not redirect_policy().user_has_permission(request.user, "add"):
        raise PermissionDenied


def confirm_form(request: HttpRequest, headers: list[str], *args, **kwargs) -> ConfirmImportForm:
    form = ConfirmImportForm(headers, *args, **kwargs)
    scope_site_field(form, request.user, "add")
    return form


def read_dataset(file_storage, input_format):
    data = file_storage.read(input_format.get_read_mode())
    return input_format.create_dataset(data if input_format.is_binary() else force_str(data, "utf-8"))


IMPORT_LOST = gettext_lazy(
    "Cet import ne peut pas continuer : le fichier n'est plus disponible (déjà importé ?) ou le formulaire est "
    "incomplet. Choisissez à nouveau le fichier à importer."
)


class ManagementForm(ConfirmImportManagementForm):
    """The confirmation's signed fields (which file, which format), refused by a form error when missing or
    tampered with: Wagtail's clean() reads the fields that failed, and calls BadSignature.message, which does
    not exist (two 500s)."""

    def clean(self) -> dict:
        for key in ("import_file_name", "input_format"):
            if key in self.cleaned_data:
                try:
                    self.cleaned_data[key] = self.signer.unsign(self.cleaned_data[key])
                except BadSignature as error:
                    raise ValidationError(IMPORT_LOST) from error
        return self.cleaned_data


def stored_import(data: QueryDict) -> tuple[dict, BaseStorage, Dataset] | None:
    """The management data, storage and rows of the file chosen at the first step, as the confirmation names it;
    None when the post is incomplete or tampered with, or the file is gone (already imported, then posted again)."""
    management_form = ManagementForm(data)
    if not management_form.is_valid():
        return None
    import_formats = get_import_formats()
    index = management_form.cleaned_data["input_format"]
    if not (index.isdigit() and int(index) < len(import_formats)):
        return None
    file_storage = get_file_storage()(name=management_form.cleaned_data["import_file_name"])
    try:
        dataset = read_dataset(file_storage, import_formats[int(index)]())
    except Exception:  # as in start_import: a file gone or unreadable is for the user to choose again
        return None
    return management_form.cleaned_data, file_storage, dataset


def start_import(request: HttpRequest) -> HttpResponse:
    """Wagtail's first import step (choose a file), then a confirmation offering only the user's sites."""
    require_add_permission(request)
    form = ImportForm(get_supported_extensions(), request.POST or None, request.FILES or None)
    if not request.FILES or not form.is_valid():
        return redirect_views.start_import(request)  # the file form: it shows nothing of any site
    import_file = form.cleaned_data["import_file"]
    extension = os.path.splitext(import_file.name)[1].lstrip(".")
    import_format_cls = get_format_cls_by_extension(extension)
    if import_format_cls is None:
        messages.error(request, _("Format de fichier « %(extension)s » non pris en charge.") % {"extension": extension})
        return redirect("wagtailredirects:start_import")
    input_format = import_format_cls()
    file_storage = write_to_file_storage(import_file, input_format)
    try:
        dataset = read_dataset(file_storage, input_format)
    except Exception as error:  # as in Wagtail: an unreadable file is for the user to fix, not a server error
        messages.error(
            request,
            _("Le fichier « %(name)s » est illisible : %(error)s.") % {"name": import_file.name, "error": error},
        )
        return redirect("wagtailredirects:start_import")
    initial = {
        "import_file_name": os.path.basename(file_storage.name),
        "input_format": get_import_formats().index(import_format_cls),
    }
    return render(
        request,
        "wagtailredirects/confirm_import.html",
        {"form": confirm_form(request, dataset.headers, initial=initial), "dataset": dataset},
    )


@require_POST
def process_import(request: HttpRequest) -> HttpResponse:
    """Wagtail's last import step, refusing a site (or "all sites") the user does not manage.

    A post whose file cannot be found again goes back to the first step with a message (the file form, rendered
    here, would post to this URL).
    """
    require_add_permission(request)
    stored = stored_import(request.POST)
    if stored is None:
        messages.error(request, IMPORT_LOST)
        return redirect("wagtailredirects:start_import")
    initial, file_storage, dataset = stored
    form = confirm_form(request, dataset.headers, request.POST, request.FILES, initial=initial)
    if not form.is_valid():
        return render(request, "wagtailredirects/confirm_import.html", {"form": form, "dataset": dataset})
    summary = redirect_views.create_redirects_from_dataset(
        dataset,
        {
            "from_index": int(form.cleaned_data["from_index"]),
            "to_index": int(form.cleaned_data["to_index"]),
            "permanent": form.cleaned_data["permanent"],
            "site": form.cleaned_data["site"],
        },
    )
    file_storage.remove()
    if summary["errors_count"]:
        context = {"form": ImportForm(get_supported_extensions()), "import_summary": summary}
        return render(request, "wagtailredirects/import_summary.html", context)
    total = summary["total"]
    messages.success(
        request,
        ngettext("%(total)d redirection importée.", "%(total)d redirections importées.", total) % {"total": total},
    )
    return redirect("wagtailredirects:index")


# Wagtail's paths under admin/redirects/, unnamed: reverse("wagtailredirects:...") still gives these paths.
urlpatterns = [
    path("", IndexView.as_view()),
    path("results/", IndexView.as_view(results_only=True)),
    path("add/", CreateView.as_view()),
    path("<int:redirect_id>/", EditView.as_view()),
    path("<int:redirect_id>/delete/", DeleteView.as_view()),
    path("import/", start_import),
    path("import/process/", process_import),
]


def register_policy() -> None:
    """Per-site permissions for redirects, replacing the model-wide policy Wagtail registers at start-up."""
    register_permission_policy(Redirect, SitePermissionPolicy(Redirect))
