"""The territory brand: everything shared by every territory site."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrandsConfig(AppConfig):
    name = "brands"
    verbose_name = _("Identité des territoires")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.core import checks
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.images import get_image_model
        from wagtail.signals import copy_for_translation_done, page_published, page_unpublished, post_page_move

        from brands.admin import explorer_filters, localize_patches, workflow_checks
        from brands.core import rendition_cache, root_paths, stream_prefetch, tree_ranges, view_restrictions
        from brands.core.signals import grant_permissions_on_translated_root, territory_staff_default_to_french
        from brands.core.site_roots import check_site_root_settings
        from brands.core.version_signals import content_changed, page_changed, page_deleted, page_moved
        from brands.public import ahead

        localize_patches.apply()
        explorer_filters.apply()  # the explorer's Site, Owner and Edited by filters: the user's territory only
        workflow_checks.apply()  # « awaiting your review » without one query per territory's task
        view_restrictions.apply()  # Wagtail's restriction check, without its two queries per page served
        root_paths.apply()  # Wagtail's site root paths in two queries, not one per site
        tree_ranges.apply()  # a page's descendants and children from the path index, on SQLite too
        rendition_cache.apply()  # renditions read from the cache are not written back on every render
        stream_prefetch.apply()  # a body's chosen images, pages, documents: one query per model, not per block
        checks.register(check_site_root_settings)
        copy_for_translation_done.connect(grant_permissions_on_translated_root, dispatch_uid="brands-translated-root")
        m2m_changed.connect(
            territory_staff_default_to_french,
            sender=get_user_model().groups.through,
            dispatch_uid="brands-staff-in-french",
        )
        # A new version for the site a change reaches: its cached pages and chrome are rendered afresh.
        for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
            signal.connect(page_changed, dispatch_uid=f"brands-version-page-{name}")
        post_page_move.connect(page_moved, dispatch_uid="brands-version-page-moved")
        post_delete.connect(page_deleted, dispatch_uid="brands-version-page-deleted")
        post_save.connect(content_changed, dispatch_uid="brands-version-saved")
        post_delete.connect(content_changed, dispatch_uid="brands-version-deleted")
        # Work done ahead of visitors by the task worker (after the versions above: the page renders afresh).
        post_save.connect(ahead.image_saved, sender=get_image_model(), dispatch_uid="brands-ahead-image")
        page_published.connect(ahead.page_published, dispatch_uid="brands-ahead-page")
