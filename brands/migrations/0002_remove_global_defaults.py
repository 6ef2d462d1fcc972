"""Remove Wagtail's whole-tree defaults that would cut across territories.

Wagtail creates "Editors" and "Moderators" groups with rights on the Root page and Root collection,
and a "Moderators approval" workflow on the Root page. On a multi-territory instance, adding a
territory's staff to those groups would open every territory to them, and the root workflow would
send every territory's submissions to one global group. Territory groups and workflows are created
per territory by provisioning instead.
"""

from django.db import migrations

WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]


def remove_global_defaults(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowPage.objects.filter(page__depth=1).delete()
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("brands", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(remove_global_defaults, migrations.RunPython.noop)]
