"""A job offer's facts as a visitor reads them (contract, duration, start, salary, remote work) and as
schema.org describes them (a JobPosting).

Numbers and dates are written here, in the language being shown (« 1 900 à 2 200 € brut par mois »):
templates only lay them out.
"""

import datetime
from decimal import Decimal

from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from brands.core.stream_text import stored_blocks
from brands.core.time_zones import request_time_zone
from brands.public.dates import long_date
from brands.public.numbers import amount

from .choices import Contract, RemoteWork, SalaryPeriod, WorkingTime

SALARY_RANGE = {
    SalaryPeriod.HOUR: _("%(low)s à %(high)s € brut de l’heure"),
    SalaryPeriod.MONTH: _("%(low)s à %(high)s € brut par mois"),
    SalaryPeriod.YEAR: _("%(low)s à %(high)s € brut par an"),
}
SALARY_FIXED = {
    SalaryPeriod.HOUR: _("%(amount)s € brut de l’heure"),
    SalaryPeriod.MONTH: _("%(amount)s € brut par mois"),
    SalaryPeriod.YEAR: _("%(amount)s € brut par an"),
}
# schema.org (and Google's job search) read these values.
UNIT_TEXT = {SalaryPeriod.HOUR: "HOUR", SalaryPeriod.MONTH: "MONTH", SalaryPeriod.YEAR: "YEAR"}
EMPLOYMENT_TYPES = {
    Contract.FIXED_TERM: ["TEMPORARY"],
    Contract.SEASONAL: ["TEMPORARY"],
    Contract.APPRENTICESHIP: ["OTHER", "APPRENTICESHIP"],
    Contract.INTERNSHIP: ["INTERN"],
    Contract.FREELANCE: ["CONTRACTOR"],
}
# The overseas departments have ISO 3166 codes of their own, which job search engines expect; the brand
# settings name the territory's time zone, which tells them apart.
COUNTRY_BY_TIME_ZONE = {
    "America/Guadeloupe": "GP",
    "America/Martinique": "MQ",
    "America/Cayenne": "GF",
    "Indian/Reunion": "RE",
    "Indian/Mayotte": "YT",
    "America/St_Barthelemy": "BL",
    "America/Marigot": "MF",
    "America/Miquelon": "PM",
    "Pacific/Noumea": "NC",
    "Pacific/Tahiti": "PF",
    "Pacific/Wallis": "WF",
}
DEFAULT_COUNTRY = "FR"


class JobFacts:
    """What the card and the page show of an offer, written out."""

    def __init__(self, page) -> None:
        self.page = page

    @property
    def duration(self) -> str:
        """« 6 mois », or the editor's own words (« de juin à septembre »), or both."""
        page = self.page
        months = ""
        if page.duration_months:
            months = ngettext("%(count)d mois", "%(count)d mois", page.duration_months) % {
                "count": page.duration_months
            }
        text = page.duration_text.strip()
        return f"{months} ({text})" if months and text else str(months or text)

    @property
    def contract(self) -> str:
        """« CDD de 6 mois », « Saisonnier, de juin à septembre », « CDI »."""
        label = str(self.page.get_contract_display())
        if not (duration := self.duration):
            return label
        if self.page.duration_months:
            return str(_("%(contract)s de %(duration)s") % {"contract": label, "duration": duration})
        return f"{label}, {duration}"

    @property
    def start_date(self) -> datetime.date | None:
        """The start date, unless it is today or past: then the job starts as soon as possible."""
        start = self.page.start_date
        return start if start is not None and start > timezone.localdate() else None

    @property
    def start(self) -> str:
        if self.start_date is None:
            return str(_("Dès que possible"))
        return str(_("À partir du %(date)s") % {"date": long_date(self.start_date)})

    @property
    def salary(self) -> str:
        """« 1 900 à 2 200 € brut par mois », « 12 € brut de l’heure », or "" when not given."""
        page = self.page
        if page.salary_min is None:
            return ""
        if page.salary_max is None or page.salary_max == page.salary_min:
            return str(SALARY_FIXED[page.salary_period] % {"amount": amount(page.salary_min)})
        return str(SALARY_RANGE[page.salary_period] % {"low": amount(page.salary_min), "high": amount(page.salary_max)})

    @property
    def remote(self) -> str:
        return str(self.page.get_remote_display())

    @property
    def working_time(self) -> str:
        return str(self.page.get_working_time_display())

    @property
    def published(self) -> datetime.datetime | None:
        return self.page.first_published_at


def employment_type(page) -> list[str]:
    if page.contract == Contract.PERMANENT:
        return ["PART_TIME" if page.working_time == WorkingTime.PART_TIME else "FULL_TIME"]
    return EMPLOYMENT_TYPES[page.contract]


def country_code(time_zone_name: str) -> str:
    return COUNTRY_BY_TIME_ZONE.get(time_zone_name, DEFAULT_COUNTRY)


def plain_description(page) -> str:
    """The summary then the body's text, without markup: what a job search engine shows (no query)."""
    texts = [page.summary]
    for _block, raw in stored_blocks(page.body.stream_block, page.body.raw_data):
        if isinstance(raw, str) and raw.strip() and not raw.startswith(("http://", "https://")):
            texts.append(strip_tags(raw))
    return "\n\n".join(" ".join(text.split()) for text in texts if text.strip())


def job_location(page, country: str) -> dict:
    address = {"@type": "PostalAddress", "addressLocality": page.commune, "addressCountry": country}
    if page.address:
        address["streetAddress"] = " ".join(page.address.split())
    data = {"@type": "Place", "address": address}
    if page.latitude is not None and page.longitude is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": page.latitude, "longitude": page.longitude}
    return data


def base_salary(page) -> dict | None:
    if page.salary_min is None:
        return None
    value = {"@type": "QuantitativeValue", "unitText": UNIT_TEXT[page.salary_period]}
    if page.salary_max is None or page.salary_max == page.salary_min:
        value["value"] = float(Decimal(page.salary_min))
    else:
        value["minValue"] = float(Decimal(page.salary_min))
        value["maxValue"] = float(Decimal(page.salary_max))
    return {"@type": "MonetaryAmount", "currency": "EUR", "value": value}


def schema_org(page, request: HttpRequest) -> list[dict]:
    """The offer as a schema.org JobPosting, dated on the territory's clock."""
    zone = request_time_zone(request)
    published = page.first_published_at or timezone.now()
    organization = {"@type": "Organization", "name": page.employer_name}
    if page.employer_url:
        organization["sameAs"] = page.employer_url
        organization["url"] = page.employer_url
    data = {
        "@type": "JobPosting",
        "title": page.title,
        "description": plain_description(page),
        "datePosted": timezone.localtime(published, zone).date().isoformat(),
        "validThrough": timezone.localtime(page.expires_at - datetime.timedelta(seconds=1), zone).isoformat(),
        "employmentType": employment_type(page),
        "hiringOrganization": organization,
        "jobLocation": job_location(page, country_code(zone.key)),
        "directApply": page.application_form is not None,  # our own form, on the territory's site
        "url": page.get_full_url(request),
    }
    if page.remote == RemoteWork.FULL:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": country_code(zone.key)}
    if salary := base_salary(page):
        data["baseSalary"] = salary
    if page.start_date:
        data["jobStartDate"] = page.start_date.isoformat()
    return [data]
