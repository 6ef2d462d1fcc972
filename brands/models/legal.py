"""The pages French law asks of a public website: legal notice, privacy policy, accessibility statement.

Every territory (and the portal) gets all three when it is created, with text written from what the
platform knows (brands/core/legal_texts.py); BrandSettings points at them so that every page's footer links to
them, and the accessibility statement's compliance status shows in that footer, as the RGAA requires. The
statement's fields follow the RGAA model statement, so a territory fills in facts and the page writes the
mandatory structure (status, results, non-accessible content, contact, remedy).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site

from brands.admin.forms import TerritoryPageForm
from brands.blocks import SectionBlock
from brands.blocks.primitives import RICH_TEXT_FEATURES

from .settings import BrandSettings


class LegalKind(models.TextChoices):
    LEGAL_NOTICE = "legal_notice", _("Mentions légales")
    PRIVACY = "privacy", _("Politique de confidentialité")


class LegalPage(Page):
    """A legal text of the territory: its legal notice or its privacy policy."""

    kind = models.CharField(_("type de texte"), max_length=20, choices=LegalKind.choices)
    last_updated = models.DateField(
        _("mis à jour le"), help_text=_("La date de la dernière modification de fond de ce texte, affichée en haut.")
    )
    body = StreamField(
        [("section", SectionBlock())],
        verbose_name=_("contenu"),
        help_text=_("Une section par rubrique (éditeur, hébergement, données collectées, vos droits…)."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("last_updated")]),
        FieldPanel("body"),
    ]
    base_form_class = TerritoryPageForm
    parent_page_types = [settings.TERRITORY_HOME_PAGE_MODEL, settings.PORTAL_PAGE_MODEL]
    subpage_types: list[str] = []
    max_count_per_parent = len(LegalKind.choices)
    template = "brands/pages/legal_page.html"

    class Meta:
        verbose_name = _("texte légal")
        verbose_name_plural = _("textes légaux")


class ComplianceStatus(models.TextChoices):
    """The three statuses of the RGAA, from the share of criteria met by the last audit."""

    FULL = "full", _("totalement conforme")
    PARTIAL = "partial", _("partiellement conforme")
    NONE = "none", _("non conforme")


def expected_status(rate: int | None) -> str:
    """The status the RGAA gives a compliance rate: 100 % total, 50 % or more partial, otherwise none."""
    if rate is None:
        return ComplianceStatus.NONE
    if rate == 100:
        return ComplianceStatus.FULL
    return ComplianceStatus.PARTIAL if rate >= 50 else ComplianceStatus.NONE


CURRENT_RGAA_VERSION = "4.1.2"
RGAA_VERSIONS = [("4.1.2", "RGAA 4.1.2"), ("4.1", "RGAA 4.1")]


class AccessibilityStatementPage(Page):
    """The territory's accessibility statement (déclaration d'accessibilité), following the RGAA model."""

    compliance_status = models.CharField(
        _("état de conformité"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.NONE,
        help_text=_(
            "Sans audit, le site est « non conforme ». Après un audit : 100 % des critères respectés, « totalement "
            "conforme » ; 50 % ou plus, « partiellement conforme » ; moins, « non conforme »."
        ),
    )
    compliance_rate = models.PositiveSmallIntegerField(
        _("taux de conformité (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("Le pourcentage de critères RGAA respectés, donné par le dernier audit. Vide sans audit."),
    )
    audit_date = models.DateField(_("date de l'audit"), null=True, blank=True)
    auditor = models.CharField(
        _("audit réalisé par"), max_length=120, blank=True, help_text=_("Par exemple le nom du cabinet ou du service.")
    )
    # A choice, so that wagtail-localize synchronises it instead of asking translators for "4.1.2".
    rgaa_version = models.CharField(
        _("version du RGAA"), max_length=10, choices=RGAA_VERSIONS, default=CURRENT_RGAA_VERSION
    )
    established_on = models.DateField(
        _("déclaration établie le"), help_text=_("La date à laquelle cette déclaration a été rédigée ou mise à jour.")
    )
    non_compliant_content = RichTextField(
        _("contenus non accessibles"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Les défauts connus, un par ligne de liste, et ce qui est prévu pour les corriger."),
    )
    disproportionate_burden = RichTextField(
        _("dérogations pour charge disproportionnée"), features=RICH_TEXT_FEATURES, blank=True
    )
    exempt_content = RichTextField(
        _("contenus non soumis à l'obligation"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Par exemple des documents bureautiques publiés avant le 23 septembre 2018."),
    )
    contact_email = models.EmailField(
        _("adresse de contact"),
        blank=True,
        help_text=_(
            "Où signaler un défaut d'accessibilité et demander le contenu sous une autre forme. Laissez vide pour "
            "reprendre l'adresse e-mail de contact de l'identité de marque."
        ),
    )
    contact_address = models.TextField(
        _("adresse postale de contact"),
        max_length=300,
        blank=True,
        help_text=_("Laissez vide pour reprendre l'adresse postale de l'identité de marque."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("compliance_status"),
                FieldRowPanel([FieldPanel("compliance_rate"), FieldPanel("rgaa_version")]),
                FieldRowPanel([FieldPanel("audit_date"), FieldPanel("auditor")]),
                FieldPanel("established_on"),
            ],
            heading=_("État de conformité"),
        ),
        MultiFieldPanel(
            [FieldPanel("non_compliant_content"), FieldPanel("disproportionate_burden"), FieldPanel("exempt_content")],
            heading=_("Contenus non accessibles"),
        ),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_address")], heading=_("Contact")),
    ]
    base_form_class = TerritoryPageForm
    parent_page_types = [settings.TERRITORY_HOME_PAGE_MODEL, settings.PORTAL_PAGE_MODEL]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "brands/pages/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("déclaration d'accessibilité")
        verbose_name_plural = _("déclarations d'accessibilité")

    @property
    def is_audited(self) -> bool:
        return self.compliance_rate is not None and self.audit_date is not None

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        # Empty contact fields follow the brand's, so a new contact address reaches the statement too.
        brand = BrandSettings.for_request(request)
        context["contact_email"] = self.contact_email or brand.contact_email
        context["contact_address"] = self.contact_address or brand.postal_address
        site = Site.find_for_request(request)
        context["site_hostname"] = site.hostname if site else request.get_host()
        return context

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.compliance_status != ComplianceStatus.NONE and (self.compliance_rate is None or not self.audit_date):
            errors["compliance_rate"] = _(
                "Un site ne peut se déclarer conforme, même partiellement, qu'après un audit : indiquez son taux et sa date."
            )
        elif self.compliance_rate is not None and self.compliance_status != expected_status(self.compliance_rate):
            errors["compliance_status"] = _(
                "Avec %(rate)s %% des critères respectés, le RGAA impose l'état « %(status)s »."
            ) % {"rate": self.compliance_rate, "status": ComplianceStatus(expected_status(self.compliance_rate)).label}
        if errors:
            raise ValidationError(errors)
