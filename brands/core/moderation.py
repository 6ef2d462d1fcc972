"""Moderation per territory: one Wagtail workflow whose only reviewers are the territory's moderators.

Editors submit their pages; the territory's moderators approve (which publishes, or schedules when the
page has a go-live date) or request changes with a comment. Wagtail's default workflow on Root, with its
global "Moderators" group, was removed (migration 0002), so the workflow is assigned to every home of the
territory: the French one and its translations, siblings under Root that inherit nothing from each other.

Used by provisioning, by the translated-root signal receiver and by the data migration: the `apps`
argument lets the migration pass its historical models.
"""

from django.apps import apps as django_apps
from django.apps.registry import Apps
from django.conf import settings
from django.db.models import Model
from django.utils import translation
from django.utils.translation import gettext as _


# Names are data, found again by name: always in the platform's language, whatever the active one (an English
# admin session, or a request to an English page just before, would otherwise name them « Approval — … »).
def workflow_name(territory_name: str) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return _("Validation — %(name)s") % {"name": territory_name}


def task_name(territory_name: str) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return _("Validation par les modérateurs — %(name)s") % {"name": territory_name}


def ensure_territory_workflow(territory: Model, apps: Apps = django_apps) -> Model:
    """Create the territory's workflow if it has none, and assign it to each of its homes (idempotent)."""
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    # Found by its reviewers rather than by its name: an administrator may rename it, or the territory.
    workflow = (
        Workflow.objects.filter(workflow_tasks__task__groupapprovaltask__groups=territory.moderators_group_id)
        .order_by("pk")
        .first()
    )
    if workflow is None:
        workflow = Workflow.objects.create(name=workflow_name(territory.name), active=True)
        add_moderators_task(workflow, territory, apps)
    french_home = Page.objects.get(pk=territory.site.root_page_id)
    homes = Page.objects.filter(depth=2, translation_key=french_home.translation_key)
    for home in homes:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow


def add_moderators_task(workflow: Model, territory: Model, apps: Apps) -> None:
    """The workflow's single step: approval by the territory's moderators group, and no other group."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    # Set explicitly: historical models (in migrations) do not run Task's own __init__, which sets it.
    content_type = ContentType.objects.get_for_model(GroupApprovalTask)
    task = GroupApprovalTask.objects.create(name=task_name(territory.name), active=True, content_type=content_type)
    task.groups.set([territory.moderators_group_id])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
