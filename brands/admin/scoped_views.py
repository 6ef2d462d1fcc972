"""Admin scoping: where Wagtail shows other territories' content by design, narrow it to the user's own.

Wagtail's permissions already refuse every action on another territory's pages, media and settings.
What they do not hide is *seeing* it in a few places: the page chooser browses the whole tree, bulk
action confirmations list by title the items you may not touch, the admin API lists every image and
document, and wagtail-localize's report and translation views ignore page permissions. Some of Wagtail's
own admin views also show any page by id, or every site's pages: the page chooser's parent page, its
"chosen" answer and its external link conversion, the page types report, and the page explorer once a
territory also holds its translated homes (its explorable root becomes Root, listing every site). The
views below close those, with the querysets of `brands/core/user_scope.py`; `brands/wagtail_hooks.py` and
`brands/admin/urls.py` plug them in. Superusers keep seeing everything.
"""

import json

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import ExternalLinkChooserForm, URLOrAbsolutePathField
from wagtail.admin.views.chooser import BrowseView, ChosenMultipleView, ExternalLinkView
from wagtail.admin.views.pages import bulk_actions as page_bulk_actions
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.views import bulk_actions as document_bulk_actions
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.views import bulk_actions as image_bulk_actions
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as SnippetDeleteBulkAction
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.snippets_api import SnippetViewSet as LocalizeSnippetAPIViewSet
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from brands.admin.localize_patches import user_can_edit_instance
from brands.core.languages import languages_for_object
from brands.core.user_scope import (
    User,
    scope_collection_members,
    scope_instances,
    scope_pages,
    visible_page_pks,
    visible_subset,
)


def own_explorer_root(user: User) -> Page | None:
    """Where the page explorer opens for a territory user: their territory's French home.

    A territory's groups also hold permissions on its translated homes, siblings of the French one under
    Root, so Wagtail's "explorable root" (the pages' closest common ancestor) becomes Root, whose listing
    names every site. The translations stay one click away through the explorer's locale menu.
    """
    root = policy_registry.get_by_type(Page).explorable_root_instance(user)
    if root is None or not root.is_root():
        return root
    homes = Page.objects.filter(depth=2, group_permissions__group__user=user).order_by("path")
    return homes.filter(locale__language_code=settings.LANGUAGE_CODE).first() or homes.first() or root


def explorer_redirect(user: User, parent_page_id: int | None) -> Page | None:
    """The page to explore instead of `parent_page_id` (None: the root) when it is not the user's."""
    if user.is_superuser:
        return None
    own = own_explorer_root(user)
    if own is None or own.pk == parent_page_id:
        return None
    if parent_page_id is None or not visible_page_pks([parent_page_id], user):
        return own
    return own if Page.objects.filter(pk=parent_page_id, depth=1).exists() else None


class HideForeignItemsMixin:
    """A bulk action that stays silent about other territories' items instead of listing them by title."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        extra["items_with_no_access"] = visible_subset(extra["items_with_no_access"], self.request.user)
        return objects, extra


def scoped_bulk_action(action_class: type) -> type:
    return type(action_class.__name__, (HideForeignItemsMixin, action_class), {"__module__": __name__})


# Every bulk action Wagtail registers for pages, images, documents and snippets, in its scoped version.
SCOPED_BULK_ACTIONS = [
    scoped_bulk_action(action_class)
    for action_class in (
        page_bulk_actions.DeleteBulkAction,
        page_bulk_actions.MoveBulkAction,
        page_bulk_actions.PublishBulkAction,
        page_bulk_actions.UnpublishBulkAction,
        image_bulk_actions.AddTagsBulkAction,
        image_bulk_actions.AddToCollectionBulkAction,
        image_bulk_actions.DeleteBulkAction,
        document_bulk_actions.AddTagsBulkAction,
        document_bulk_actions.AddToCollectionBulkAction,
        document_bulk_actions.DeleteBulkAction,
        SnippetDeleteBulkAction,
    )
]


class ScopedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's image endpoint, limited to the user's collections."""

    def get_queryset(self):
        return scope_collection_members(super().get_queryset(), self.request.user)


class ScopedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin API's document endpoint, limited to the user's collections."""

    def get_queryset(self):
        return scope_collection_members(super().get_queryset(), self.request.user)


class ScopedPageBrowseView(BrowseView):
    """The page chooser's browsing step, never opened on another territory's page.

    Its children are already scoped by the `construct_page_chooser_queryset` hook, but the parent page,
    shown with its title, comes straight from the URL's id, or, when the chooser is limited to some page
    types, is the first common ancestor of every page of those types, whichever site they belong to.
    """

    def get_object_list(self):
        # BrowseView.get() calls this just after settling `self.parent_page`, before anything shows it.
        user = self.request.user
        if not (self.parent_page.is_root() or visible_page_pks([self.parent_page.pk], user)):
            # As Wagtail's page explorer does: back to the user's own explorable root (the tree's root
            # for a user with no page at all, which shows nothing since the children are scoped).
            root = own_explorer_root(user) or Page.get_first_root_node()
            self.parent_page = root.specific
        return super().get_object_list()


class ScopedChosenMultipleView(ChosenMultipleView):
    """The page chooser's answer for the pages ticked by id: only those among the user's own pages."""

    def render_chosen_response(self, result):
        visible = visible_page_pks([item["id"] for item in result], self.request.user)
        return super().render_chosen_response([item for item in result if item["id"] in visible])


class PostedURLField(URLOrAbsolutePathField):
    """Wagtail's URL field, for which a URL missing from the post is an empty one (its own calls None.startswith)."""

    def to_python(self, value):
        return super().to_python(value or "")


class ExternalLinkForm(ExternalLinkChooserForm):
    url = PostedURLField(required=True, label=ExternalLinkChooserForm.base_fields["url"].label)


class ScopedExternalLinkView(ExternalLinkView):
    """The link chooser's URL form, which turns the URL of any site's page into an internal link to it.

    That answer names the page (its draft title, its edit URL): for another territory's page, the URL
    stays an external link, as if it matched no page. A post without a URL gets the form's "required" error.
    """

    form_class = ExternalLinkForm

    def post(self, request):
        response = super().post(request)
        data = json.loads(response.content)
        matched_page = data.get("internal") or data.get("result") or {}
        if "id" in matched_page and not visible_page_pks([matched_page["id"]], request.user):
            return self.render_chosen_response(self.get_result_data())
        return response


class NetworkPageTypesUsageReportView(PageTypesUsageReportView):
    """Wagtail's page types report, for superusers only: it counts every site's pages and names, for each
    page type, the last edited page anywhere in the network, whoever asks. (Its menu item is hidden too.)"""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied  # the admin answers with its usual "Sorry, you do not have permission"
        return super().dispatch(request, *args, **kwargs)


def hide_cross_site_reports(user: User, menu_items: list) -> None:
    """Remove the page types report from the reports menu of territory staff (its view refuses them too)."""
    if not user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


class ScopedTranslationsReportView(TranslationsReportView):
    """wagtail-localize's translations report, limited to translations of the user's own pages."""

    def get_queryset(self):
        # wagtail-localize leaves the report unordered: its pages could repeat or skip translations.
        translations = super().get_queryset().order_by("-created_at", "-pk")
        if self.request.user.is_superuser:
            return translations
        own_pages = scope_pages(Page.objects.all(), self.request.user)
        return translations.filter(source__object_id__in=own_pages.values("translation_key"))


class OfferedLocalesMixin:
    """Offers only the languages of the object's site: translating into another would build a tree nobody
    serves (and wagtail-localize offers every locale of the network)."""

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(language_code__in=languages_for_object(self.object))
        field.label = _("Langues")  # wagtail-localize's French calls them « Régions »
        return form


class ScopedSubmitPageTranslationView(OfferedLocalesMixin, SubmitPageTranslationView):
    """Submitting a page for translation, only for a page the user may edit."""

    def get_object(self):
        page = super().get_object()
        if not page.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return page


class ScopedSubmitSnippetTranslationView(OfferedLocalesMixin, SubmitSnippetTranslationView):
    """Submitting a snippet for translation, only for a snippet of the user's own sites."""

    def get_object(self):
        snippet = super().get_object()
        if not scope_instances(type(snippet).objects.filter(pk=snippet.pk), self.request.user).exists():
            raise PermissionDenied
        return snippet


class ScopedUpdateTranslationsView(UpdateTranslationsView):
    """Updating a page's translations, only when the user may edit the source page."""

    def get_object(self) -> TranslationSource:
        source = super().get_object()
        try:
            instance = source.get_source_instance()
        except ObjectDoesNotExist as error:
            raise Http404 from error
        if not user_can_edit_instance(self.request.user, instance):
            raise PermissionDenied
        return source


class ScopedSnippetAPIViewSet(LocalizeSnippetAPIViewSet):
    """wagtail-localize's snippet API (titles and edit URLs), limited to the user's own sites' snippets."""

    def get_queryset(self) -> QuerySet:
        return scope_instances(super().get_queryset(), self.request.user)


# Same paths as wagtail-localize's own URLs (under admin/localize/), so these answer first.
localize_urlpatterns = [
    path("submit/page/<int:page_id>/", ScopedSubmitPageTranslationView.as_view()),
    path("submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/", ScopedSubmitSnippetTranslationView.as_view()),
    path("update/<int:translation_source_id>/", ScopedUpdateTranslationsView.as_view()),
    path("reports/translations/", ScopedTranslationsReportView.as_view()),
    path("reports/translations/results/", ScopedTranslationsReportView.as_view(results_only=True)),
    path("api/snippets/<slug:app_label>/<slug:model_name>/", ScopedSnippetAPIViewSet.as_view({"get": "list"})),
    path(
        "api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        ScopedSnippetAPIViewSet.as_view({"get": "retrieve"}),
    ),
]
