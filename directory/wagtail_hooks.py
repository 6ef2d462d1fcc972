"""Admin registration of the directory: « Annuaire » in the menu, per-site permissions, territory groups' rights."""

from wagtail import hooks
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import DirectoryEntry
from .permissions import SITE_PERMISSIONS
from .viewsets import DirectoryEntryViewSet

# Per-site permissions (GroupSitePermission), registered before anything asks for a fallback policy.
register_permission_policy(DirectoryEntry, SitePermissionPolicy(DirectoryEntry))
register_snippet(DirectoryEntryViewSet)


@hooks.register("register_territory_site_permissions")  # read by brands/core/provisioning.py
def territory_directory_permissions() -> list[tuple[str, str]]:
    return SITE_PERMISSIONS
