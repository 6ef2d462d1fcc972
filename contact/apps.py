"""Forms that let visitors reach their territory: built by each territory's staff, sealed per territory."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "contact"
    verbose_name = _("Formulaires")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from brands.models import Territory

        from .permissions import on_migrated, on_territory_saved

        post_save.connect(on_territory_saved, sender=Territory, dispatch_uid="contact-territory-permissions")
        post_migrate.connect(on_migrated, sender=self, dispatch_uid="contact-existing-territories")
