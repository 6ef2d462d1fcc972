"""The facts a translated event shares with its French page.

An event's facts (category, status, dates, recurrence, place, coordinates, price, organiser's contacts) are
the French page's: a translation takes them from it when saved, and publishing the French page passes them
on to its translations (brands.core.shared_facts), whose occurrences are then rewritten too (EventPage.save).
"""

FACT_FIELDS = (
    "category",
    "status",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "recurrence",
    "recurrence_interval",
    "recurrence_weekdays",
    "recurrence_week_of_month",
    "recurrence_until",
    "recurrence_count",
    "exception_dates",
    "address",
    "commune",
    "latitude",
    "longitude",
    "is_free",
    "price_amount",
    "booking_url",
    "organiser_name",
    "organiser_url",
    "organiser_email",
    "organiser_phone",
)
