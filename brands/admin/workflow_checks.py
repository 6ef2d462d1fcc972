"""« Awaiting your review » in two queries, however many territories (and moderation tasks) there are.

Each territory has its own moderation task. To list what a moderator may review, Wagtail asks, task by task,
whether the user belongs to one of its groups: one query per territory of the installation, on every
dashboard. Here the answers for every active task are read at once into the per-user cache Wagtail's own
check consults (`AbstractGroupApprovalTask._user_in_groups`). Then Wagtail loads every active task and joins
one (empty) query per task the user cannot review: a third more time on the dashboard with 500 territories.
Only the tasks the user may review are loaded: the group approval tasks of their groups, and any other kind
of task, which answers for itself as in Wagtail.
"""

from django.db.models import Q
from wagtail.models import GroupApprovalTask, Task, TaskState
from wagtail.models.workflows import BaseTaskStateManager

CHECKS_ATTRIBUTE = "_group_approval_task_checks"  # Wagtail's name for its per-user cache

wagtail_reviewable_by = BaseTaskStateManager.reviewable_by


def fill_group_checks(user) -> None:
    """Whether the user is in the groups of each active group approval task, in Wagtail's per-user cache."""
    checks = getattr(user, CHECKS_ATTRIBUTE, None) or {}
    mine = set(
        GroupApprovalTask.groups.through.objects.filter(group__in=user.groups.all()).values_list(
            "groupapprovaltask_id", flat=True
        )
    )
    for task_id in GroupApprovalTask.objects.filter(active=True).values_list("pk", flat=True):
        checks.setdefault(task_id, task_id in mine)
    setattr(user, CHECKS_ATTRIBUTE, checks)


def reviewable_by(manager: BaseTaskStateManager, user):
    """Wagtail's `TaskState.objects.reviewable_by`, over the tasks the user may review."""
    if user.is_superuser:
        return wagtail_reviewable_by(manager, user)
    fill_group_checks(user)
    theirs = GroupApprovalTask.objects.filter(groups__in=user.groups.all()).values("pk")
    other_kinds = ~Q(pk__in=GroupApprovalTask.objects.values("pk"))
    states = TaskState.objects.none()
    for task in Task.objects.filter(Q(pk__in=theirs) | other_kinds, active=True).specific():
        states = states | task.get_task_states_user_can_moderate(user=user)
    return states


def apply() -> None:
    BaseTaskStateManager.reviewable_by = reviewable_by
