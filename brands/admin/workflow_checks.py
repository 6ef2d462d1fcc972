"""« Awaiting your review » in two queries, however many territories (and moderation tasks) there are.

Each territory has its own moderation task. To list what a moderator may review, Wagtail asks, task by task,
whether the user belongs to one of its groups: one query per territory of the installation, on every
dashboard. Here the answers for every active task are read at once into the per-user cache Wagtail's own
check consults (`AbstractGroupApprovalTask._user_in_groups`), before Wagtail goes on as usual.
"""

from wagtail.models import GroupApprovalTask
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
    if not user.is_superuser:
        fill_group_checks(user)
    return wagtail_reviewable_by(manager, user)


def apply() -> None:
    BaseTaskStateManager.reviewable_by = reviewable_by
