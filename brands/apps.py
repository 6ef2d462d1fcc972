"""The territory brand: everything shared by every territory site."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrandsConfig(AppConfig):
    name = "brands"
    verbose_name = _("Identité des territoires")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.signals import copy_for_translation_done

        from brands.signals import grant_permissions_on_translated_root

        copy_for_translation_done.connect(grant_permissions_on_translated_root, dispatch_uid="brands-translated-root")
