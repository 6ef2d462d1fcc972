"""Business opportunities ("Entreprendre"): land, premises, buildings, desks, shops to take over, calls."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "opportunities"
    verbose_name = _("Entreprendre")
    default_auto_field = "django.db.models.BigAutoField"
