"""Wagtail's workflow task chooser, listing only the tasks of the user's own territory's workflows.

The chooser (opened from a workflow's form) checks no permission and lists, searches and returns by id every
active task of the network: « Validation par les modérateurs — <another territory> ». For territory staff it
offers the tasks of their territory's workflows, and another task chosen by id answers 404. Served by
brands/admin/urls.py under Wagtail's own paths; superusers keep every task.
"""

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from wagtail.admin.views.workflows import TaskChooserResultsView, TaskChooserView, get_task_chosen_response
from wagtail.models import Task

from brands.admin.workflow_reports import own_tasks


def choosable_tasks(request: HttpRequest) -> QuerySet:
    """Every task for a superuser (those of no workflow yet included); the own workflows' tasks for others."""
    return Task.objects.all() if request.user.is_superuser else own_tasks(request)


class OwnTasksMixin:
    """The chooser's listing (searched, paginated) of the tasks the user may choose."""

    def get_task_listing_context_data(self) -> dict:
        listing = super().get_task_listing_context_data()
        own = choosable_tasks(self.request).values("pk")
        # Wagtail's page of results, searched and ordered, narrowed before it is paginated again.
        found = listing["tasks"].paginator.object_list.filter(pk__in=own)
        paginator = Paginator(found, per_page=listing["tasks"].paginator.per_page)
        listing["tasks"] = paginator.get_page(self.request.GET.get("p"))
        listing["all_tasks"] = listing["all_tasks"].filter(pk__in=own)
        return listing


class ScopedTaskChooserView(OwnTasksMixin, TaskChooserView):
    pass


class ScopedTaskChooserResultsView(OwnTasksMixin, TaskChooserResultsView):
    pass


def task_chosen(request: HttpRequest, task_id: int) -> HttpResponse:
    return get_task_chosen_response(request, get_object_or_404(choosable_tasks(request), pk=task_id))
