"""Job offers (« Emploi »): who hires in the territory, until the offer expires."""

from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = _("Emploi")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from brands.models import BrandSettings

        from .signals import refresh_expiry_instants

        post_save.connect(refresh_expiry_instants, sender=BrandSettings, dispatch_uid="jobs-expiry-instants")
