"""Each territory's staff may change their own site's form settings (the retention period), no other's.

A site setting is permitted per site (GroupSitePermission): the model-wide permission would open every
site's settings. brands provisions territories without knowing this app, so the grant follows the
territories: when one is created, and after each migrate for those that existed before this app.
"""

from django.contrib.auth.models import Permission
from wagtail.models import GroupSitePermission

from brands.models import Territory

SETTINGS_PERMISSION = ("contact", "change_contactsettings")


def grant_settings_permission(territory: Territory) -> None:
    app_label, codename = SETTINGS_PERMISSION
    permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if permission is None:  # before the first migrate has created it: post_migrate comes back
        return
    for group in territory.groups:
        GroupSitePermission.objects.get_or_create(group=group, site=territory.site, permission=permission)


def on_territory_saved(sender, instance: Territory, created: bool, **kwargs) -> None:
    if created:
        grant_settings_permission(instance)


def on_migrated(sender, **kwargs) -> None:
    for territory in Territory.objects.select_related("site", "editors_group", "moderators_group"):
        grant_settings_permission(territory)
