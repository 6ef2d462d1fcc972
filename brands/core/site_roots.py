"""The page types at the root of the network's sites, named by settings rather than imported.

A territory's home and the network portal are defined by `home/`, which builds on `brands/`: provisioning
creates them, and the page models allow children under them, through `TERRITORY_HOME_PAGE_MODEL` and
`PORTAL_PAGE_MODEL` (as Django names the user model by `AUTH_USER_MODEL`). `check_site_root_settings`
refuses to start with a setting that names no installed page type.
"""

from django.apps import apps
from django.conf import settings
from django.core import checks
from wagtail.models import Page

SITE_ROOT_SETTINGS = ["TERRITORY_HOME_PAGE_MODEL", "PORTAL_PAGE_MODEL"]


def home_page_model() -> type[Page]:
    """The page type of a territory's home."""
    return apps.get_model(settings.TERRITORY_HOME_PAGE_MODEL)


def portal_page_model() -> type[Page]:
    """The page type of the network portal."""
    return apps.get_model(settings.PORTAL_PAGE_MODEL)


def check_site_root_settings(**kwargs) -> list[checks.Error]:
    """Each setting names an installed page type, as "app_label.ModelName"."""
    errors = []
    for name in SITE_ROOT_SETTINGS:
        value = getattr(settings, name, None)
        try:
            model = apps.get_model(value) if isinstance(value, str) else None
        except (LookupError, ValueError):  # no such app or model; not "app_label.ModelName"
            model = None
        if model is None or not issubclass(model, Page):
            errors.append(
                checks.Error(
                    f"Le réglage {name} = {value!r} ne désigne aucun type de page installé.",
                    hint="Indiquez « application.Modèle », par exemple « home.HomePage ».",
                    id="brands.E001",
                )
            )
    return errors
