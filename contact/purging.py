"""The purge behind `purge_submissions`: exactly the submissions older than their territory's period.

Safe to run twice and from cron: each site's deletion is one transaction, and a second run finds nothing.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import QuerySet
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page, Site

from brands.core.site_scope import in_trees

from .models import ContactSettings
from .retention import cutoff


def retention_months(site: Site) -> int:
    return ContactSettings.for_site(site).retention_months


def site_pages(site: Site) -> QuerySet:
    """The pages of the site in every language: each language's home is a root of its own."""
    root = site.root_page
    homes = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
    return Page.objects.filter(in_trees(homes.values_list("path", flat=True)))


def site_submissions(site: Site) -> QuerySet:
    """Every submission of the forms of the site, in every language."""
    return FormSubmission.objects.filter(page__in=site_pages(site).values("pk"))


@dataclass(frozen=True)
class PurgeResult:
    site: Site
    months: int
    count: int


def purge(now: datetime | None = None, dry_run: bool = False) -> list[PurgeResult]:
    """Delete, site by site, the submissions older than the site's period; each site in one transaction."""
    results = []
    for site in Site.objects.select_related("root_page").order_by("site_name", "hostname"):
        months = retention_months(site)
        expired = site_submissions(site).filter(submit_time__lt=cutoff(months, now))
        with transaction.atomic():
            count = expired.count() if dry_run else expired.delete()[0]
        results.append(PurgeResult(site, months, count))
    return results
