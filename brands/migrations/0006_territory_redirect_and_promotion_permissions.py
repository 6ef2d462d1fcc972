"""Give existing territory groups what provisioning now grants new ones: redirects and promoted results.

Redirects are per site (GroupSitePermission on the territory's site, as brands/core/provisioning.py's
REDIRECT_PERMISSIONS); promoted search results are model-wide, their views being scoped by the search
app (brands/core/provisioning.py's SEARCH_PROMOTION_PERMISSIONS). Both lists are copied here: a migration must not
change when the code does. On a new database there is no territory yet, and nothing to do.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REDIRECT_PERMISSIONS = ["add_redirect", "change_redirect", "delete_redirect"]
PROMOTION_PERMISSIONS = ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"]


def grant(apps, schema_editor):
    Territory = apps.get_model("brands", "Territory")
    if not Territory.objects.exists():
        return
    # Django creates permissions after the last migration: make sure these exist before granting them.
    for label in ("wagtailredirects", "wagtailsearchpromotions"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
    Permission = apps.get_model("auth", "Permission")
    GroupSitePermission = apps.get_model("wagtailcore", "GroupSitePermission")
    redirects = Permission.objects.filter(content_type__app_label="wagtailredirects", codename__in=REDIRECT_PERMISSIONS)
    promotions = Permission.objects.filter(
        content_type__app_label="wagtailsearchpromotions", codename__in=PROMOTION_PERMISSIONS
    )
    for territory in Territory.objects.select_related("editors_group", "moderators_group"):
        for group in (territory.editors_group, territory.moderators_group):
            group.permissions.add(*promotions)
            for permission in redirects:
                GroupSitePermission.objects.get_or_create(group=group, site_id=territory.site_id, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("brands", "0005_legal_pages"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
