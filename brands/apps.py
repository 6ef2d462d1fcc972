"""The territory brand: everything shared by every territory site."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrandsConfig(AppConfig):
    name = "brands"
    verbose_name = _("Identité des territoires")
    default_auto_field = "django.db.models.BigAutoField"
