"""Admin for snippets owned by a site (strengths, navigation): every view limited to the user's sites.

Wagtail's generic views check the model-wide permission ("may change some strength"), then load any
object by id. With per-site permissions (`SitePermissionPolicy` + `GroupSitePermission`) that is not
enough: each view below also checks the permission on the object's own site, and the listing and the
chooser only ever list objects of the user's sites. Superusers keep seeing everything.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

User = AbstractBaseUser | AnonymousUser
ANY_ACTION = ["add", "change", "delete"]


def site_policy(model: type[Model]) -> SitePermissionPolicy:
    return policy_registry.get_by_type(model)


def objects_for_user(model: type[Model], user: User) -> QuerySet:
    """The objects of every site the user may manage (all of them for a superuser)."""
    return site_policy(model).instances_user_has_any_permission_for(user, ANY_ACTION)


class SiteOwnedForm(WagtailAdminModelForm):
    """The site is never a free choice: fixed once created, and limited to the user's own sites."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["site"]
        if self.instance.pk:
            field.queryset = Site.objects.filter(pk=self.instance.site_id)
            field.disabled = True
            return
        sites = list(site_policy(self._meta.model).sites_user_has_permission_for(self.for_user, "add"))
        field.queryset = Site.objects.filter(pk__in=[site.pk for site in sites])
        if len(sites) == 1:
            # A disabled field ignores whatever is posted: the object lands on the user's site.
            self.initial["site"] = sites[0].pk  # ModelForm's initial (the unsaved instance's None) wins
            field.disabled = True


class SiteScopedObjectMixin:
    """Refuses an object of a site where the user holds none of `instance_actions`."""

    instance_actions = ANY_ACTION

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not site_policy(type(instance)).user_has_any_permission_for_instance(
            self.request.user, self.instance_actions, instance
        ):
            raise PermissionDenied
        return instance


class SiteEditView(SiteScopedObjectMixin, snippet_views.EditView):
    instance_actions = ["change"]


class SiteDeleteView(SiteScopedObjectMixin, snippet_views.DeleteView):
    instance_actions = ["delete"]


class SiteUsageView(SiteScopedObjectMixin, snippet_views.UsageView):
    pass


class SiteHistoryView(SiteScopedObjectMixin, snippet_views.HistoryView):
    pass


class ScopedChooserListMixin:
    def get_object_list(self) -> QuerySet:
        return objects_for_user(self.model, self.request.user).select_related("locale")


class SiteChooseView(ScopedChooserListMixin, snippet_chooser.ChooseView):
    pass


class SiteChooseResultsView(ScopedChooserListMixin, snippet_chooser.ChooseResultsView):
    pass


class SiteChosenView(snippet_chooser.SnippetChosenView):
    def get_object(self, pk) -> Model:
        return objects_for_user(self.model, self.request.user).get(pk=pk)  # DoesNotExist: the view answers 404


class SiteChosenMultipleView(snippet_chooser.SnippetChosenMultipleView):
    def get_objects(self, pks) -> QuerySet:
        return objects_for_user(self.model, self.request.user).filter(pk__in=pks)


class SiteCreateView(snippet_chooser.SnippetCreateView):
    """The chooser's "create" step, which these choosers do not offer (no creation form: objects are written in
    their own admin menu). Wagtail still answers its URL, and failed on the missing form: refused with a 400."""

    def get(self, request: HttpRequest) -> HttpResponse:
        return self.refuse() if self.get_creation_form_class() is None else super().get(request)

    def post(self, request: HttpRequest) -> HttpResponse:
        return self.refuse() if self.get_creation_form_class() is None else super().post(request)

    def refuse(self) -> HttpResponse:
        message = _("Ce sélecteur ne permet pas de créer un élément : ajoutez-le depuis son menu, puis choisissez-le.")
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


class SiteChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = SiteChooseView
    choose_results_view_class = SiteChooseResultsView
    chosen_view_class = SiteChosenView
    chosen_multiple_view_class = SiteChosenMultipleView
    create_view_class = SiteCreateView


class SiteSnippetViewSet(SnippetViewSet):
    """A snippet viewset for a model with a `site` field and a registered `SitePermissionPolicy`."""

    copy_view_enabled = False  # a copy would need its own scoping, and brings little
    edit_view_class = SiteEditView
    delete_view_class = SiteDeleteView
    usage_view_class = SiteUsageView
    history_view_class = SiteHistoryView
    chooser_viewset_class = SiteChooserViewSet

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return objects_for_user(self.model, request.user).select_related("locale", "site")
