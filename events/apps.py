"""Events (« Agenda »): what happens in the territory, one-off or recurring, with iCal feeds."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Agenda")
    default_auto_field = "django.db.models.BigAutoField"
