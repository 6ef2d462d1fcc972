"""Queries behind the job offers: the current ones, the filtered and paginated index, and what an offer's
page shows around it (how to apply, its list, its map).

Filters are sent by GET, so that they work without JavaScript and can be bookmarked; an unknown value is
ignored rather than failing the page. Each function runs a fixed number of queries however many offers
there are.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import quote

from django import forms
from django.apps import apps
from django.db.models import Count, F, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from brands.core.localizing import localized_link
from brands.core.view_restrictions import public
from brands.public.listing_filters import ListingFilterForm
from brands.public.maps import place_map
from brands.public.pagination import paginate

from .choices import Contract, RemoteWork

JOBS_PER_PAGE = 12
SUBJECT_PARAMETER = "sujet"  # contact/subject.py: the form names the page the message is about
# Not a page to index any more, but its links to the current offers are worth following.
GONE_ROBOTS = "noindex"


def job_pages() -> QuerySet:
    """Every live, public job offer of the network."""
    return public(apps.get_model("jobs", "JobPage").objects.live())


def gone(now: datetime.datetime) -> Q:
    """The offers that are no longer current at `now`: filled, or past the end of their expiry day."""
    return Q(filled=True) | Q(expires_at__lte=now)


def current_jobs(jobs: QuerySet | None = None, now: datetime.datetime | None = None) -> QuerySet:
    """The offers of `jobs` (every live public offer by default) still open at `now`: not filled, not expired."""
    jobs = job_pages() if jobs is None else jobs
    return jobs.filter(expires_at__isnull=False).exclude(gone(now or timezone.now()))


class JobFilterForm(ListingFilterForm):
    """The index's filters, each choice with the number of current offers it keeps."""

    contrat = forms.ChoiceField(label=_("Contrat"), required=False)
    commune = forms.ChoiceField(label=_("Commune"), required=False)
    teletravail = forms.ChoiceField(label=_("Télétravail"), required=False)

    def __init__(self, data, jobs: QuerySet) -> None:
        super().__init__(data)
        contracts = dict(jobs.order_by().values_list("contract").annotate(n=Count("pk")))
        communes = sorted(jobs.order_by().values_list("commune").annotate(n=Count("pk")))
        remote = dict(jobs.order_by().values_list("remote").annotate(n=Count("pk")))
        self.fields["contrat"].choices = [("", pgettext_lazy("filtre", "Tous"))] + [
            (key, f"{label} ({contracts.get(key, 0)})") for key, label in Contract.choices
        ]
        self.fields["commune"].choices = [("", pgettext_lazy("filtre", "Toutes"))] + [
            (name, f"{name} ({count})") for name, count in communes
        ]
        self.fields["teletravail"].choices = [("", pgettext_lazy("filtre", "Tous"))] + [
            (key, f"{label} ({remote.get(key, 0)})") for key, label in RemoteWork.choices
        ]


def apply_filters(jobs: QuerySet, filters: dict) -> QuerySet:
    if contract := filters.get("contrat"):
        jobs = jobs.filter(contract=contract)
    if commune := filters.get("commune"):
        jobs = jobs.filter(commune=commune)
    if remote := filters.get("teletravail"):
        jobs = jobs.filter(remote=remote)
    return jobs


def index_context(index, request: HttpRequest) -> dict:
    """The filter form, the current page of offers and the counts for a job index page."""
    jobs = current_jobs(job_pages().child_of(index))
    form = JobFilterForm(request.GET, jobs)
    filters = form.filters
    ordered = (
        apply_filters(jobs, filters)
        .select_related("locale")
        .order_by(F("first_published_at").desc(nulls_last=True), "-pk")
    )
    page, page_range = paginate(ordered, JOBS_PER_PAGE, request)
    return {
        "filter_form": form,
        "is_filtered": bool(filters),
        "jobs": page,
        "page_range": page_range,
    }


@dataclass(frozen=True)
class ApplyLink:
    """One way to apply: where it leads and what the button says."""

    url: str
    label: str
    is_external: bool = False


def apply_links(job, request: HttpRequest) -> list[ApplyLink]:
    """The ways to apply for a current offer, the form first: it names the offer (`?sujet=`), in the visitor's
    language; then the e-mail address, its subject filled in; then the employer's own page."""
    links = []
    form_url, form_title = localized_link(job.application_form, request)
    if form_url:
        links.append(ApplyLink(f"{form_url}?{SUBJECT_PARAMETER}={job.pk}", form_title))
    if job.apply_email:
        subject = quote(str(_("Candidature : %(title)s") % {"title": job.title}))
        links.append(
            ApplyLink(
                f"mailto:{job.apply_email}?subject={subject}",
                _("Écrire à %(email)s") % {"email": job.apply_email},
            )
        )
    if job.apply_url:
        links.append(ApplyLink(job.apply_url, _("Postuler sur le site de l’annonce"), is_external=True))
    return links


def page_context(job, request: HttpRequest) -> dict:
    """What an offer's page shows around its own content: its list, how to apply, its map, its robots rule."""
    index = job.list_page
    is_current = job.is_current()
    context = {
        "index_page": index,
        "index_url": index.get_url(request) if index else "",
        "is_current": is_current,
        "apply_links": apply_links(job, request) if is_current else [],
        "place_map": job_map(job),
    }
    if not is_current:
        context["robots"] = GONE_ROBOTS  # brands/templatetags/seo_tags.py reads the page's directive here
    return context


def job_map(job):
    """The workplace on a map that loads on click, or None without coordinates."""
    title = _("Lieu de travail de l’offre « %(title)s »") % {"title": job.title}
    return place_map(title, job.address or job.commune, job.latitude, job.longitude)
