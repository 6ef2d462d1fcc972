"""Scoped replacements for some of Wagtail's own admin URLs, served under admin/ before Wagtail's.

Wagtail resolves its core admin URLs before any `register_admin_urls` hook, so a hook cannot override
them: `settings/urls.py` includes these first, under the same paths. The patterns are unnamed, so
`reverse("wagtailadmin_choose_page_child", ...)` and the like still give Wagtail's paths, which these
answer. The views, in `brands/admin/scoped_views.py` and the modules imported below, subclass or guard Wagtail's
and are decorated as Wagtail decorates its admin views: admin access required, the admin's 404 page, no caching.
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

from brands.admin import (
    media_tags,
    redirects,
    scoped_views,
    site_history,
    tag_autocomplete,
    task_chooser,
    workflow_reports,
)
from brands.admin.page_guards import refuse_foreign_pages


def explore_own_territory(view: Callable) -> Callable:
    """Wagtail's page explorer, sent to the user's own territory home for the root and others' pages."""

    @wraps(view)
    def explore(request: HttpRequest, **kwargs) -> HttpResponse:
        own = scoped_views.explorer_redirect(request.user, kwargs.get("parent_page_id"))
        return redirect("wagtailadmin_explore", own.pk) if own else view(request, **kwargs)

    return explore


def own_page_view(view_name: str, *page_kwargs: str) -> Callable:
    """Wagtail's page view `view_name`, refused for another territory's page (brands/admin/page_guards.py)."""
    page_id_kwarg = page_kwargs[0]
    return refuse_foreign_pages(*page_kwargs)(page_viewset_registry.as_view(view_name, page_id_kwarg=page_id_kwarg))


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
    # wagtailadmin_reports:site_history and wagtailadmin_reports:site_history_results
    path("reports/site-history/", site_history.ScopedLogEntriesView.as_view()),
    path("reports/site-history/results/", site_history.ScopedLogEntriesView.as_view(results_only=True)),
    # wagtailimages:index(_results) and wagtaildocs:index(_results) (registered by Wagtail hooks, answered here first)
    path("images/", media_tags.ScopedImageIndexView.as_view()),
    path("images/results/", media_tags.ScopedImageIndexView.as_view(results_only=True)),
    path("documents/", media_tags.ScopedDocumentIndexView.as_view()),
    path("documents/results/", media_tags.ScopedDocumentIndexView.as_view(results_only=True)),
    # wagtailimages_chooser:choose (its popular tags)
    path("images/chooser/", media_tags.image_chooser.choose_view),
    # wagtailadmin_pages:move_confirm
    path(
        "pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/",
        own_page_view("move_confirm", "page_to_move_id", "destination_id"),
    ),
    # wagtailadmin_pages:workflow_action, collect_workflow_action_data, confirm_workflow_cancellation and
    # workflow_preview
    path(
        "pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        own_page_view("workflow_action", "page_id"),
    ),
    path(
        "pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        own_page_view("collect_workflow_action_data", "page_id"),
    ),
    path(
        "pages/workflow/confirm_cancellation/<int:page_id>/", own_page_view("confirm_workflow_cancellation", "page_id")
    ),
    path("pages/workflow/preview/<int:page_id>/<int:task_id>/", own_page_view("workflow_preview", "page_id")),
    # wagtailadmin_workflows:task_chooser, task_chooser_results and task_chosen
    path("workflows/task_chooser/", task_chooser.ScopedTaskChooserView.as_view()),
    path("workflows/task_chooser/results/", task_chooser.ScopedTaskChooserResultsView.as_view()),
    path("workflows/task_chooser/<int:task_id>/", task_chooser.task_chosen),
]

for decorator in (require_admin_access, display_custom_404, never_cache):
    urlpatterns = decorate_urlpatterns(urlpatterns, decorator)
