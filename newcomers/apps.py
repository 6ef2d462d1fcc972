"""« S'installer »: the newcomer's journey, from housing to local life, and who to ask at each step."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewcomersConfig(AppConfig):
    name = "newcomers"
    verbose_name = _("S’installer")
    default_auto_field = "django.db.models.BigAutoField"
