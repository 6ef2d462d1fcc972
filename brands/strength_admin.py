"""The strengths' admin: a snippet viewset whose every view is limited to the sites the user works for.

Wagtail's generic views check the model-wide permission ("may change some strength"), then load any
strength by id. With per-site permissions (`SitePermissionPolicy` + `GroupSitePermission`) that is not
enough: each view below also checks the permission on the strength's own site, and the listing and
the chooser only ever list strengths of the user's sites. Superusers keep seeing everything.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.models import Site
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from brands.models import Strength

User = AbstractBaseUser | AnonymousUser
ANY_ACTION = ["add", "change", "delete"]
strength_permission_policy = SitePermissionPolicy(Strength)


def strengths_for_user(user: User) -> QuerySet:
    """The strengths of every site the user may manage (all of them for a superuser)."""
    return strength_permission_policy.instances_user_has_any_permission_for(user, ANY_ACTION)


class StrengthForm(WagtailAdminModelForm):
    """The site is never a free choice: fixed once created, and limited to the user's own sites."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["site"]
        if self.instance.pk:
            field.queryset = Site.objects.filter(pk=self.instance.site_id)
            field.disabled = True
            return
        sites = list(strength_permission_policy.sites_user_has_permission_for(self.for_user, "add"))
        field.queryset = Site.objects.filter(pk__in=[site.pk for site in sites])
        if len(sites) == 1:
            # A disabled field ignores whatever is posted: the strength lands on the user's site.
            self.initial["site"] = sites[0].pk  # ModelForm's initial (the unsaved instance's None) wins
            field.disabled = True


class SiteScopedObjectMixin:
    """Refuses a strength of a site where the user holds none of `instance_actions`."""

    instance_actions = ANY_ACTION

    def get_object(self, *args, **kwargs):
        strength = super().get_object(*args, **kwargs)
        if not strength_permission_policy.user_has_any_permission_for_instance(
            self.request.user, self.instance_actions, strength
        ):
            raise PermissionDenied
        return strength


class StrengthEditView(SiteScopedObjectMixin, snippet_views.EditView):
    instance_actions = ["change"]


class StrengthDeleteView(SiteScopedObjectMixin, snippet_views.DeleteView):
    instance_actions = ["delete"]


class StrengthUsageView(SiteScopedObjectMixin, snippet_views.UsageView):
    pass


class StrengthHistoryView(SiteScopedObjectMixin, snippet_views.HistoryView):
    pass


class ScopedChooserListMixin:
    def get_object_list(self) -> QuerySet:
        return strengths_for_user(self.request.user).select_related("locale")


class StrengthChooseView(ScopedChooserListMixin, snippet_chooser.ChooseView):
    pass


class StrengthChooseResultsView(ScopedChooserListMixin, snippet_chooser.ChooseResultsView):
    pass


class StrengthChosenView(snippet_chooser.SnippetChosenView):
    def get_object(self, pk) -> Strength:
        return strengths_for_user(self.request.user).get(pk=pk)  # DoesNotExist: the view answers 404


class StrengthChosenMultipleView(snippet_chooser.SnippetChosenMultipleView):
    def get_objects(self, pks) -> QuerySet:
        return strengths_for_user(self.request.user).filter(pk__in=pks)


class StrengthChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = StrengthChooseView
    choose_results_view_class = StrengthChooseResultsView
    chosen_view_class = StrengthChosenView
    chosen_multiple_view_class = StrengthChosenMultipleView


class StrengthViewSet(SnippetViewSet):
    """ "Atouts" in the admin menu: the strengths of the user's own territory."""

    model = Strength
    icon = "pick"
    menu_label = _("Atouts")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False  # a copy would need its own scoping, and brings little
    list_display = ["title", "category", Column("figure", label=_("Chiffre clé"))]
    list_filter = ["category"]
    edit_view_class = StrengthEditView
    delete_view_class = StrengthDeleteView
    usage_view_class = StrengthUsageView
    history_view_class = StrengthHistoryView
    chooser_viewset_class = StrengthChooserViewSet
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldPanel("title"),
            FieldPanel("category"),
            FieldPanel("pitch"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("figure_value"), FieldPanel("figure_unit")]),
                    FieldPanel("figure_label"),
                    FieldRowPanel([FieldPanel("figure_source"), FieldPanel("figure_year")]),
                ],
                heading=_("Chiffre clé"),
            ),
            FieldPanel("image"),
            FieldPanel("sort_order"),
        ],
        base_form_class=StrengthForm,
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return strengths_for_user(request.user).select_related("locale", "site")
