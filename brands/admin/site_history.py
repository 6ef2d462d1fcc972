"""Wagtail's site history report, whose user filter names only the people of the user's own territory.

The report's rows are the log entries the user may see, but in Wagtail 8 its "User" filter lists everyone who
ever changed any page, in every territory: the filter set asks its unscoped page log for its users, and the
report's own helper (`get_users_for_filter`, one query per log model, each scoped by `viewable_by_user`) is
never called. Served by brands/admin/urls.py under Wagtail's own paths.
"""

from django.db.models import QuerySet
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet, get_users_for_filter


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    """The report's filters, whose users are the authors of the log entries the user may see."""

    def get_users_queryset(self) -> QuerySet:
        return get_users_for_filter(self.request.user)


class ScopedLogEntriesView(LogEntriesView):
    filterset_class = ScopedSiteHistoryFilterSet
