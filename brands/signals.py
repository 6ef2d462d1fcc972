"""Signal receivers that keep territory permissions in step with the page tree."""

from django.db.models import Model
from wagtail.models import GroupPagePermission, Page

from brands.models import Territory


def grant_permissions_on_translated_root(sender: type, source_obj: Model, target_obj: Model, **kwargs) -> None:
    """Give a territory's groups, on a new translation of its home, the rights they hold on the French home.

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
