"""The admin forms of the job pages: their panels, grouped as an editor fills an offer in, and the form class
that tells a new offer's checks where it will sit."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page

from brands.admin.forms import TerritoryPageForm

INDEX_PANELS = [*Page.content_panels, FieldPanel("intro"), FieldPanel("contact_form")]
JOB_PANELS = [
    *Page.content_panels,
    FieldRowPanel([FieldPanel("employer_name"), FieldPanel("employer_url")]),
    FieldPanel("summary"),
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("contract"), FieldPanel("working_time"), FieldPanel("remote")]),
            FieldRowPanel([FieldPanel("duration_months"), FieldPanel("duration_text")]),
            FieldPanel("start_date"),
        ],
        heading=_("Contrat"),
    ),
    MultiFieldPanel(
        [FieldRowPanel([FieldPanel("salary_min"), FieldPanel("salary_max"), FieldPanel("salary_period")])],
        heading=_("Salaire"),
    ),
    MultiFieldPanel(
        [
            FieldPanel("commune"),
            FieldPanel("address"),
            FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        ],
        heading=_("Lieu de travail"),
    ),
    FieldPanel("body"),
    MultiFieldPanel(
        [FieldPanel("apply_url"), FieldPanel("apply_email"), FieldPanel("contact_form")],
        heading=_("Pour postuler (au moins un moyen)"),
    ),
    MultiFieldPanel([FieldPanel("expiry_date"), FieldPanel("filled")], heading=_("Durée de l’offre")),
]


class JobPageForm(TerritoryPageForm):
    """Tells a new offer where it will sit, so that its checks know its territory and its list's form."""

    def _post_clean(self) -> None:
        self.instance.parent_for_checks = self.parent_page
        super()._post_clean()
