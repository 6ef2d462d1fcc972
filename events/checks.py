"""What an editor's event must respect before it is saved (`EventPage.clean`), each mistake said in French on
the field to correct: a schedule that holds together (its own checks, in recurrence.py), no price for a free
event, and both coordinates or neither.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def check_event(event) -> None:
    """Refuse the event with every mistake at once."""
    errors = {}
    if event.start_date:
        errors.update(event.schedule.errors(timezone.localdate()))
    if event.is_free and event.price_amount:
        errors["price_amount"] = _("Un évènement gratuit n’a pas de prix : videz ce champ ou décochez « gratuit ».")
    if (event.latitude is None) != (event.longitude is None):
        errors["longitude" if event.longitude is None else "latitude"] = _(
            "Indiquez la latitude et la longitude, ou aucune des deux."
        )
    if errors:
        raise ValidationError(errors)
