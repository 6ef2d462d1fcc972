"""Form pages built by a territory's staff, their fields, and the territory's retention period.

A form page belongs to its territory's tree like any page: Wagtail lists, exports and deletes its
submissions only for those who may edit it, so each territory's staff see their own and nothing else.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from brands.admin.forms import TerritoryPageForm
from brands.core.localizing import localized_page
from brands.models import BrandSettings

from . import rate_limit
from .forms import ContactFormBuilder, consent_label
from .notification import notification_text, send_notification
from .retention import (
    DEFAULT_RETENTION_MONTHS,
    MAX_RETENTION_MONTHS,
    MIN_RETENTION_MONTHS,
    retention_label,
)
from .subject import SUBJECT_FIELD, SUBJECT_LABEL

MAX_FORM_FIELDS = 30
GUARD_FIELDS = 5  # the CSRF token, the consent, the honeypot, the fill-time token, and a margin
UNEXPECTED_DATA = (
    _("Envoi refusé"),
    _("Ce formulaire a reçu des données qu’il ne demande pas. Revenez au formulaire et envoyez-le de nouveau."),
)


class ContactFormPageForm(TerritoryPageForm, WagtailAdminFormPageForm):
    """Both checks: no content of another territory, and no two fields with the same name."""


class ContactFormField(TranslatableMixin, AbstractFormField):
    """A field of a form. Translators translate what visitors read; the name its answers are stored under
    (`clean_name`), its type and whether it is required stay those of the French form."""

    page = ParentalKey("ContactFormPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]


@register_setting(icon="form")
class ContactSettings(BaseSiteSetting):
    """What the territory's forms need to know: how long their messages are kept."""

    retention_months = models.PositiveSmallIntegerField(
        _("durée de conservation des messages (en mois)"),
        default=DEFAULT_RETENTION_MONTHS,
        validators=[MinValueValidator(MIN_RETENTION_MONTHS), MaxValueValidator(MAX_RETENTION_MONTHS)],
        help_text=_(
            "Les messages reçus par les formulaires sont effacés automatiquement après cette durée, de 1 à 36 mois "
            "(trois ans au plus sans nouvelles de la personne, selon la CNIL). La politique de confidentialité "
            "l’indique d’elle-même."
        ),
    )

    panels = [FieldPanel("retention_months")]

    class Meta:
        verbose_name = _("formulaires")


class ContactFormPage(AbstractEmailForm):
    """A form of the territory: contact, "être accompagné dans mon projet", "visiter ce local"…"""

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("Ce que le formulaire permet et qui répond, en deux ou trois phrases."),
    )
    thank_you_text = models.TextField(
        _("message de confirmation"),
        max_length=600,
        blank=True,
        help_text=_(
            "Affiché après l’envoi. Par exemple : « Merci ! Notre chargée d’accueil vous répond sous deux jours. »"
        ),
    )

    base_form_class = ContactFormPageForm
    form_builder = ContactFormBuilder
    parent_page_types = [settings.TERRITORY_HOME_PAGE_MODEL]
    subpage_types: list[str] = []
    template = "contact/contact_form_page.html"
    landing_page_template = "contact/contact_form_page_landing.html"

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Champs du formulaire"), max_num=MAX_FORM_FIELDS),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel(
                    "to_address",
                    help_text=_(
                        "Qui reçoit chaque message, par exemple accueil@xaintrie.fr (plusieurs adresses séparées par "
                        "des virgules). Vide : l’adresse de contact de l’identité de marque."
                    ),
                ),
                FieldRowPanel([FieldPanel("subject")]),
            ],
            _("Courriel de notification"),
        ),
    ]

    # What the site search never shows: who receives the messages, and how the notification reads.
    search_private_fields = ("to_address", "from_address", "subject")
    # The addresses that receive the messages are the territory's, in every language.
    override_translatable_fields = [SynchronizedField("to_address"), SynchronizedField("from_address")]

    class Meta:
        verbose_name = _("formulaire")
        verbose_name_plural = _("formulaires")

    def get_submissions_list_view_class(self):
        from .exports import SafeSubmissionsListView  # an admin view: it cannot load with the models

        return SafeSubmissionsListView

    # What the visitor sees.

    def get_form_parameters(self) -> dict:
        request = getattr(self, "_current_request", None)
        subject = request.GET.get(SUBJECT_FIELD, "") if request is not None else ""
        return {"consent_label": self.consent_label(), "subject": subject}

    def get_data_fields(self) -> list[tuple[str, str]]:
        """Wagtail's columns, and the page each message is about (an offer, a local…)."""
        return [*super().get_data_fields(), (SUBJECT_FIELD, SUBJECT_LABEL)]

    def consent_label(self) -> str:
        request = getattr(self, "_current_request", None)
        # Served, the site and its brand are known to the request (no query); elsewhere, looked up.
        site = Site.find_for_request(request) if request is not None else self.get_site()
        brand = BrandSettings.for_request(request) if request is not None else BrandSettings.for_site(site)
        privacy = localized_page(brand.privacy_page, request) if brand.privacy_page_id else None
        period = retention_label(ContactSettings.for_site(site).retention_months)
        return consent_label(
            brand.brand_name or site.site_name, period, privacy.url if privacy and privacy.live else None
        )

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self._current_request = request
        if request.method == "POST":
            if rate_limit.over_limit(request, f"site-{self.get_site().pk}"):
                return self.refusal(request, 429, *rate_limit.refusal_text())
            if len(request.POST) + len(request.FILES) > MAX_FORM_FIELDS + GUARD_FIELDS:
                return self.refusal(request, 400, *UNEXPECTED_DATA)
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", {}).get("form")
        if form is not None and form.is_bound and form.is_spam:
            response.status_code = 400  # a robot: nothing saved, nothing to correct
        return response

    def refusal(self, request: HttpRequest, status: int, heading: str, explanation: str) -> HttpResponse:
        context = {**self.get_context(request), "heading": heading, "explanation": explanation}
        response = TemplateResponse(request, "contact/refused.html", context, status=status)
        if status == 429:
            response["Retry-After"] = str(rate_limit.current_limit().window_seconds)
        return response

    # What the territory receives.

    def process_form_submission(self, form):
        submission = self.get_submission_class().objects.create(form_data=form.submitted_data(), page=self)
        addresses = self.notification_addresses()
        if addresses:
            text = notification_text(self, form, submission)
            send_notification.enqueue(str(self.notification_subject()), text, addresses)
        return submission

    def notification_addresses(self) -> list[str]:
        if self.to_address:
            return [address.strip() for address in self.to_address.split(",") if address.strip()]
        email = BrandSettings.for_site(self.get_site()).contact_email
        return [email] if email else []

    def notification_subject(self) -> str:
        return self.subject or _("Nouveau message : %(title)s") % {"title": self.title}
