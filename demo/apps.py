"""The demo: the network portal and the five pilot territories, loaded by `manage.py load_demo`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = _("Démonstration")
