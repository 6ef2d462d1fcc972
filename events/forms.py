"""The admin forms of the agenda and its events: their panels, grouped as an editor fills an event in."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page

INDEX_PANELS = [*Page.content_panels, FieldPanel("intro")]
EVENT_PANELS = [
    *Page.content_panels,
    FieldRowPanel([FieldPanel("category"), FieldPanel("status")]),
    FieldPanel("summary"),
    FieldPanel("hero_image"),
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        ],
        heading=_("Quand"),
    ),
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("recurrence"), FieldPanel("recurrence_interval")]),
            FieldPanel("recurrence_weekdays"),
            FieldPanel("recurrence_week_of_month"),
            FieldRowPanel([FieldPanel("recurrence_until"), FieldPanel("recurrence_count")]),
            FieldPanel("exception_dates"),
        ],
        heading=_("Répétition"),
    ),
    MultiFieldPanel(
        [
            FieldPanel("place_name"),
            FieldPanel("address"),
            FieldPanel("commune"),
            FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        ],
        heading=_("Lieu"),
    ),
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("is_free"), FieldPanel("price_amount")]),
            FieldPanel("price_note"),
            FieldPanel("booking_url"),
        ],
        heading=_("Prix et réservation"),
    ),
    FieldPanel("accessibility"),
    MultiFieldPanel(
        [
            FieldPanel("organiser_name"),
            FieldPanel("organiser_url"),
            FieldRowPanel([FieldPanel("organiser_email"), FieldPanel("organiser_phone")]),
        ],
        heading=_("Organisateur"),
    ),
    FieldPanel("body"),
]
