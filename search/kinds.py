"""What the site search finds, by kind: the filters a visitor picks from, and which models fill each one.

A new kind of result is one more `ResultKind` in `KINDS` (then `manage.py rebuild_search_documents`). Models
are named "app_label.ModelName": `search` imports from `brands`, never from `home`.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Model
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ResultKind:
    """One filter of the results page ("Récits") and the models whose documents it holds."""

    key: str  # the `type` GET parameter
    label: Promise  # the filter's name, plural
    singular: Promise  # shown on each result
    models: tuple[str, ...]

    def model_classes(self) -> list[type[Model]]:
        return [apps.get_model(name) for name in self.models]


KINDS: tuple[ResultKind, ...] = (
    ResultKind("recits", _("Récits"), _("Récit"), ("brands.StoryPage",)),
    ResultKind("offres", _("Offres pour entreprendre"), _("Offre"), ("opportunities.OpportunityPage",)),
    ResultKind("agenda", _("Agenda"), _("Évènement"), ("events.EventPage",)),
    ResultKind("emplois", _("Offres d’emploi"), _("Offre d’emploi"), ("jobs.JobPage",)),
    ResultKind(
        "pages",
        _("Pages"),
        _("Page"),
        (
            "home.HomePage",
            "brands.ContentPage",
            "brands.StrengthsPage",
            "brands.StoryIndexPage",
            "brands.LegalPage",
            "brands.AccessibilityStatementPage",
            "newcomers.NewcomerHubPage",
            "opportunities.OpportunityIndexPage",
            "directory.DirectoryPage",
            "events.EventIndexPage",
            "jobs.JobIndexPage",
        ),
    ),
    ResultKind("formulaires", _("Formulaires"), _("Formulaire"), ("contact.ContactFormPage",)),
    ResultKind("atouts", _("Atouts"), _("Atout"), ("brands.Strength",)),
    ResultKind("annuaire", _("Annuaire"), _("Acteur du territoire"), ("directory.DirectoryEntry",)),
)
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}


def kind_for_model(model: type[Model]) -> ResultKind | None:
    """The kind a model's documents belong to (a subclass's, its parent's), or None when the search leaves
    that model out."""
    labels = [klass._meta.label for klass in model.__mro__ if hasattr(klass, "_meta") and not klass._meta.abstract]
    return next((kind for label in labels for kind in KINDS if label in kind.models), None)
