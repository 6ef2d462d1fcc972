"""The directory of local actors (« Annuaire »): businesses, craftspeople, producers, services, associations."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Annuaire")
    default_auto_field = "django.db.models.BigAutoField"
