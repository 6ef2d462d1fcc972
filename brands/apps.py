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
        from django.db.models.signals import m2m_changed
        from wagtail.signals import copy_for_translation_done

        from brands.admin import localize_patches
        from brands.core.signals import grant_permissions_on_translated_root, territory_staff_default_to_french
        from brands.core.site_roots import check_site_root_settings

        localize_patches.apply()
        checks.register(check_site_root_settings)
        copy_for_translation_done.connect(grant_permissions_on_translated_root, dispatch_uid="brands-translated-root")
        m2m_changed.connect(
            territory_staff_default_to_french,
            sender=get_user_model().groups.through,
            dispatch_uid="brands-staff-in-french",
        )
