"""Moderation for existing territories: each gets its workflow (brands/core/moderation.py), and editors stop publishing.

Editors now submit to the territory's moderators; their publish_page rows on the territory's homes go. On a
new database there is no territory yet, and nothing to do.
"""

from django.db import migrations

from brands.core.moderation import ensure_territory_workflow


def add_workflows(apps, schema_editor):
    Territory = apps.get_model("brands", "Territory")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for territory in Territory.objects.select_related("site"):
        ensure_territory_workflow(territory, apps)
        GroupPagePermission.objects.filter(
            group_id=territory.editors_group_id, permission__codename="publish_page"
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("brands", "0006_territory_redirect_and_promotion_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(add_workflows, migrations.RunPython.noop)]
