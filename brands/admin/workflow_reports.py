"""Wagtail's workflow reports, with filters that name only the user's territory's workflows and people.

The reports' rows are already limited to pages the user may edit, but their filter drop-downs list every
workflow ("Validation — <another territory>"), every task and everyone who ever submitted a page. Those
choices are narrowed to the workflows of the user's own homes. Served by brands/admin/urls.py under
Wagtail's own paths; superusers keep every choice.
"""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import FilteredModelChoiceFilter
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowTasksReportFilterSet,
    WorkflowTasksView,
    WorkflowView,
)
from wagtail.models import Page, Task, Workflow, WorkflowState

from brands.core.user_scope import scope_pages


def own_workflows(request: HttpRequest) -> QuerySet:
    """The workflows assigned to the user's homes (all of them for a superuser)."""
    if request.user.is_superuser:
        return Workflow.objects.all()
    homes = scope_pages(Page.objects.filter(depth=2), request.user)
    return Workflow.objects.filter(workflow_pages__page__in=homes).distinct()


def own_tasks(request: HttpRequest) -> QuerySet:
    return Task.objects.filter(workflow_tasks__workflow__in=own_workflows(request)).distinct()


def own_requesters(request: HttpRequest) -> QuerySet:
    User = get_user_model()
    states = WorkflowState.objects.filter(workflow__in=own_workflows(request))
    return User.objects.filter(pk__in=states.values("requested_by")).order_by(User.USERNAME_FIELD)


class ScopedWorkflowReportFilterSet(WorkflowReportFilterSet):
    workflow = django_filters.ModelChoiceFilter(field_name="workflow", queryset=own_workflows, label=_("Workflow"))
    requested_by = django_filters.ModelChoiceFilter(field_name="requested_by", queryset=own_requesters)


class ScopedWorkflowTasksReportFilterSet(WorkflowTasksReportFilterSet):
    workflow = django_filters.ModelChoiceFilter(
        field_name="workflow_state__workflow", queryset=own_workflows, label=_("Workflow")
    )
    task = FilteredModelChoiceFilter(queryset=own_tasks, filter_field="id_workflow", filter_accessor="workflows")


class ScopedWorkflowView(WorkflowView):
    filterset_class = ScopedWorkflowReportFilterSet


class ScopedWorkflowTasksView(WorkflowTasksView):
    filterset_class = ScopedWorkflowTasksReportFilterSet
