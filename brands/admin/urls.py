"""Scoped replacements for some of Wagtail's own admin URLs, served under admin/ before Wagtail's.

Wagtail resolves its core admin URLs before any `register_admin_urls` hook, so a hook cannot override
them: `settings/urls.py` includes these first, under the same paths. The patterns are unnamed, so
`reverse("wagtailadmin_choose_page_child", ...)` and the like still give Wagtail's paths, which these
answer. The views, in `brands/admin/scoped_views.py`, subclass Wagtail's and are decorated as Wagtail decorates
its admin views: admin access required, the admin's 404 page, no caching.
"""

from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.utils.urlpatterns import decorate_urlpatterns

from brands.admin import redirects, scoped_views, tag_autocomplete, workflow_reports


def explore_own_territory(view: Callable) -> Callable:
    """Wagtail's page explorer, sent to the user's own territory home for the root and others' pages."""

    @wraps(view)
    def explore(request: HttpRequest, **kwargs) -> HttpResponse:
        own = scoped_views.explorer_redirect(request.user, kwargs.get("parent_page_id"))
        return redirect("wagtailadmin_explore", own.pk) if own else view(request, **kwargs)

    return explore


urlpatterns = [
    # wagtailadmin_explore_root, wagtailadmin_explore and wagtailadmin_explore_results
    path("pages/", explore_own_territory(page_viewset_registry.as_view("index", is_base_page=True))),
    path(
        "pages/<int:parent_page_id>/",
        explore_own_territory(page_viewset_registry.as_view("index", parent_page_id_kwarg="parent_page_id")),
    ),
    path(
        "pages/<int:parent_page_id>/results/",
        explore_own_territory(page_viewset_registry.as_view("index_results", parent_page_id_kwarg="parent_page_id")),
    ),
    # wagtailadmin_tag_autocomplete
    path("tag-autocomplete/", tag_autocomplete.scoped_autocomplete),
    # wagtailadmin_choose_page and wagtailadmin_choose_page_child
    path("choose-page/", scoped_views.ScopedPageBrowseView.as_view()),
    path("choose-page/<int:parent_page_id>/", scoped_views.ScopedPageBrowseView.as_view()),
    # wagtailadmin_choose_page_chosen_multiple
    path("choose-page/chosen-multiple/", scoped_views.ScopedChosenMultipleView.as_view()),
    # wagtailadmin_choose_page_external_link
    path("choose-external-link/", scoped_views.ScopedExternalLinkView.as_view()),
    # wagtailredirects:* (registered by a Wagtail hook, answered here first): scoped to the user's sites
    path("redirects/", include(redirects.urlpatterns)),
    # wagtailadmin_reports:workflow(_results) and wagtailadmin_reports:workflow_tasks(_results)
    path("reports/workflow/", workflow_reports.ScopedWorkflowView.as_view()),
    path("reports/workflow/results/", workflow_reports.ScopedWorkflowView.as_view(results_only=True)),
    path("reports/workflow_tasks/", workflow_reports.ScopedWorkflowTasksView.as_view()),
    path("reports/workflow_tasks/results/", workflow_reports.ScopedWorkflowTasksView.as_view(results_only=True)),
    # wagtailadmin_reports:page_types_usage and wagtailadmin_reports:page_types_usage_results
    path("reports/page-types-usage/", scoped_views.NetworkPageTypesUsageReportView.as_view()),
    path(
        "reports/page-types-usage/results/",
        scoped_views.NetworkPageTypesUsageReportView.as_view(results_only=True),
    ),
]

for decorator in (require_admin_access, display_custom_404, never_cache):
    urlpatterns = decorate_urlpatterns(urlpatterns, decorator)
