"""Admin registration of the directory: « Annuaire » in the menu, per-site permissions, territory groups' rights."""

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from . import admin_import
from .models import DirectoryEntry
from .permissions import SITE_PERMISSIONS
from .viewsets import DirectoryEntryViewSet

# Per-site permissions (GroupSitePermission), registered before anything asks for a fallback policy.
register_permission_policy(DirectoryEntry, SitePermissionPolicy(DirectoryEntry))
register_snippet(DirectoryEntryViewSet)


@hooks.register("register_territory_site_permissions")  # read by brands/core/provisioning.py
def territory_directory_permissions() -> list[tuple[str, str]]:
    return SITE_PERMISSIONS


# « Importer l’annuaire »: a CSV file into the user's own territory (directory/admin_import.py).
@hooks.register("register_admin_urls")
def register_directory_import_urls() -> list:
    return admin_import.urlpatterns


@hooks.register("register_admin_menu_item")
def register_directory_import_menu_item() -> MenuItem:
    return admin_import.menu_item()
