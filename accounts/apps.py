"""Staff accounts' protection: the admin login is throttled and may ask for a second factor."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Comptes du personnel")
    default_auto_field = "django.db.models.BigAutoField"
