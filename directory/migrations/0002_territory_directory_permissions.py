"""Give existing territory groups what provisioning now grants new ones: their own site's directory entries.

Per site (GroupSitePermission on the territory's site), as directory/permissions.py lists them; copied here:
a migration must not change when the code does. On a new database there is no territory yet, and nothing to do.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_directoryentry", "change_directoryentry", "delete_directoryentry"]


def grant(apps, schema_editor):
    Territory = apps.get_model("brands", "Territory")
    if not Territory.objects.exists():
        return
    # Django creates permissions after the last migration: make sure these exist before granting them.
    app_config = apps.get_app_config("directory")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Permission = apps.get_model("auth", "Permission")
    GroupSitePermission = apps.get_model("wagtailcore", "GroupSitePermission")
    permissions = list(Permission.objects.filter(content_type__app_label="directory", codename__in=CODENAMES))
    for territory in Territory.objects.select_related("editors_group", "moderators_group"):
        for group in (territory.editors_group, territory.moderators_group):
            for permission in permissions:
                GroupSitePermission.objects.get_or_create(group=group, site_id=territory.site_id, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
        ("brands", "0010_brand_time_zone"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
