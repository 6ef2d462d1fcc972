"""What an editor's job offer must respect before it is saved (`JobPage.clean`), each mistake said in French on
the field to correct: a salary range the right way round, a duration only for a contract that has one, both
coordinates or neither, an expiry within six months, and at least one way to apply, on this territory.

A translation is not checked here: its facts are the French page's, checked there.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from brands.core.site_scope import page_belongs_to_site
from brands.core.time_zones import site_time_zone

from . import expiry
from .choices import DURATION_REFUSED, DURATION_REQUIRED


def check_offer(job, parent: Page | None) -> None:
    """Refuse the offer with every mistake at once; `parent` is the list it sits (or will sit) in."""
    site = parent.get_site() if parent is not None else None
    errors = {
        **salary_errors(job),
        **duration_errors(job),
        **place_errors(job),
        **expiry_errors(job, site),
        **application_errors(job, parent, site),
    }
    if errors:
        raise ValidationError(errors)


def salary_errors(job) -> dict:
    errors = {}
    for name in ("salary_min", "salary_max"):
        if (value := getattr(job, name)) is not None and value < 0:
            errors[name] = _("Un salaire ne peut pas être négatif.")
    if not errors and job.salary_max is not None:
        if job.salary_min is None:
            errors["salary_min"] = _("Indiquez aussi le minimum : pour un salaire fixe, remplissez le minimum seul.")
        elif job.salary_max < job.salary_min:
            errors["salary_max"] = _("Le maximum est inférieur au minimum : inversez-les ou corrigez l’un des deux.")
    return errors


def duration_errors(job) -> dict:
    has_duration = job.duration_months is not None or bool(job.duration_text.strip())
    if job.contract in DURATION_REFUSED and has_duration:
        field = "duration_months" if job.duration_months is not None else "duration_text"
        return {field: _("Un CDI n’a pas de durée : videz ce champ, ou choisissez un autre contrat.")}
    if job.contract in DURATION_REQUIRED and not has_duration:
        return {
            "duration_months": _(
                "Indiquez la durée du contrat : en mois, ou en toutes lettres (par exemple « de juin à septembre »)."
            )
        }
    return {}


def place_errors(job) -> dict:
    if (job.latitude is None) != (job.longitude is None):
        field = "longitude" if job.longitude is None else "latitude"
        return {field: _("Indiquez la latitude et la longitude, ou aucune des deux.")}
    return {}


def expiry_errors(job, site: Site | None) -> dict:
    if job.expiry_date is None:
        return {}
    zone = site_time_zone(site)
    today = expiry.today_in(zone)
    published = timezone.localtime(job.first_published_at, zone).date() if job.first_published_at else today
    if job.first_published_at is None and job.expiry_date < today:
        return {"expiry_date": _("Cette date est passée : choisissez aujourd’hui ou un jour à venir.")}
    latest = expiry.latest_expiry_date(published)
    if job.expiry_date > latest:
        return {
            "expiry_date": _("Une offre reste en ligne six mois au plus : choisissez une date jusqu’au %(date)s.")
            % {"date": date_format(latest, "DATE_FORMAT")}
        }
    return {}


def application_errors(job, parent: Page | None, site: Site | None) -> dict:
    if job.contact_form_id and site is not None and not page_belongs_to_site(job.contact_form, site):
        return {"contact_form": _("Ce formulaire appartient à un autre territoire : choisissez-en un de ce site.")}
    default_form = getattr(parent, "contact_form_id", None)
    if not (job.apply_url or job.apply_email or job.contact_form_id or default_form):
        return {
            "apply_url": _(
                "Indiquez comment postuler : un lien, une adresse e-mail ou un formulaire "
                "(la liste des offres n’a pas de formulaire par défaut)."
            )
        }
    return {}
