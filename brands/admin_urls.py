"""Scoped replacements for some of Wagtail's own admin URLs, served under admin/ before Wagtail's.

Wagtail resolves its core admin URLs before any `register_admin_urls` hook, so a hook cannot override
them: `settings/urls.py` includes these first, under the same paths. The patterns are unnamed, so
`reverse("wagtailadmin_choose_page_child", ...)` and the like still give Wagtail's paths, which these
answer. The views, in `brands/admin_scope.py`, subclass Wagtail's and are decorated as Wagtail decorates
its admin views: admin access required, the admin's 404 page, no caching.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.utils.urlpatterns import decorate_urlpatterns

from brands import admin_scope, admin_tags

urlpatterns = [
    # wagtailadmin_tag_autocomplete
    path("tag-autocomplete/", admin_tags.scoped_autocomplete),
    # wagtailadmin_choose_page and wagtailadmin_choose_page_child
    path("choose-page/", admin_scope.ScopedPageBrowseView.as_view()),
    path("choose-page/<int:parent_page_id>/", admin_scope.ScopedPageBrowseView.as_view()),
    # wagtailadmin_choose_page_chosen_multiple
    path("choose-page/chosen-multiple/", admin_scope.ScopedChosenMultipleView.as_view()),
    # wagtailadmin_choose_page_external_link
    path("choose-external-link/", admin_scope.ScopedExternalLinkView.as_view()),
    # wagtailadmin_reports:page_types_usage and wagtailadmin_reports:page_types_usage_results
    path("reports/page-types-usage/", admin_scope.NetworkPageTypesUsageReportView.as_view()),
    path(
        "reports/page-types-usage/results/",
        admin_scope.NetworkPageTypesUsageReportView.as_view(results_only=True),
    ),
]

for decorator in (require_admin_access, display_custom_404, never_cache):
    urlpatterns = decorate_urlpatterns(urlpatterns, decorator)
