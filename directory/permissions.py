"""What each territory group may do with its own site's directory entries (granted per site)."""

SITE_PERMISSIONS = [
    ("directory", "add_directoryentry"),
    ("directory", "change_directoryentry"),
    ("directory", "delete_directoryentry"),
]
