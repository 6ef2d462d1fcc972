"""Signal receivers: territory permissions in step with the page tree, and territory staff in French."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Model, Q
from wagtail.models import GroupPagePermission, Page
from wagtail.users.models import UserProfile

from brands.core.moderation import ensure_territory_workflow
from brands.models import Territory


def grant_permissions_on_translated_root(sender: type, source_obj: Model, target_obj: Model, **kwargs) -> None:
    """Give a territory's groups, on a new translation of its home, the rights and the workflow of the French home.

    A translated root is a sibling of the French root under Root, so permissions on the French root do not
    cover it. Both Wagtail's copy for translation and wagtail-localize's translations send this signal.
    """
    if not isinstance(target_obj, Page) or target_obj.depth != 2:
        return
    territory = (
        Territory.objects.filter(site__root_page__translation_key=target_obj.translation_key)
        .select_related("site")
        .first()
    )
    if territory is None:
        return
    rows = GroupPagePermission.objects.filter(page_id=territory.site.root_page_id, group__in=territory.groups)
    for row in rows:
        GroupPagePermission.objects.get_or_create(
            group_id=row.group_id, page=target_obj, permission_id=row.permission_id
        )
    # Without it, the translated home would have no workflow, and its editors no way to submit.
    ensure_territory_workflow(territory)


def territory_staff_default_to_french(
    sender: type, instance: Model, action: str, reverse: bool, pk_set: set | None, **kwargs
) -> None:
    """Territory staff work in French: joining a territory group sets a French admin unless they chose.

    Without a chosen language, Wagtail's admin follows the browser (an English browser, an English admin).
    They can still pick English in their account settings, which this never overrides. `reverse`: the
    users were added from the group's side (`group.user_set.add(...)`).
    """
    if action != "post_add" or not pk_set:
        return
    group_ids, user_ids = ({instance.pk}, pk_set) if reverse else (pk_set, {instance.pk})
    if not Territory.objects.filter(Q(editors_group__in=group_ids) | Q(moderators_group__in=group_ids)).exists():
        return
    for user in get_user_model().objects.filter(pk__in=user_ids):
        profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:
            profile.preferred_language = settings.LANGUAGE_CODE
            profile.save(update_fields=["preferred_language"])
