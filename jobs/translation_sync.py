"""The facts a translated job offer shares with its French page.

An offer's facts (contract, dates, salary, place, remote work, how to apply, expiry, filled) are the French
page's: a translation takes them from it when saved, and publishing the French page passes them on to its
translations (brands.core.shared_facts), so that an offer filled in French is filled in every language the same day.
"""

FACT_FIELDS = (
    "contract",
    "duration_months",
    "working_time",
    "remote",
    "start_date",
    "salary_min",
    "salary_max",
    "salary_period",
    "commune",
    "latitude",
    "longitude",
    "employer_url",
    "apply_url",
    "apply_email",
    "expiry_date",
    "expires_at",
    "filled",
)
