"""The « S'installer » hub: one page per territory that walks a newcomer through settling in.

Its sections (housing, work, children, health, getting around, local life) are built from the block
library; its useful contacts are structured (who, for what, how to reach them) so that each shows under
its section with a phone number one tap away; its form reaches the territory's welcome officer.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from brands.admin.forms import TerritoryPageForm
from brands.blocks import BODY_BLOCK_COUNTS, BODY_BLOCKS
from brands.core.contact_details import phone_link, phone_validator, website_host
from brands.core.localizing import localized_link

MAX_SECTIONS = 10
MAX_CONTACTS = 40
PHONE = phone_validator(25)


class HubTopic(models.TextChoices):
    """The steps of settling in; each section and each contact belongs to one."""

    HOUSING = "housing", _("Se loger")
    WORK = "work", _("Travailler")
    CHILDREN = "children", _("Faire garder et scolariser ses enfants")
    HEALTH = "health", _("Se soigner")
    MOBILITY = "mobility", _("Se déplacer")
    LOCAL_LIFE = "local_life", _("S’engager dans la vie locale")


ANCHORS = {
    HubTopic.HOUSING: "se-loger",
    HubTopic.WORK: "travailler",
    HubTopic.CHILDREN: "enfants",
    HubTopic.HEALTH: "se-soigner",
    HubTopic.MOBILITY: "se-deplacer",
    HubTopic.LOCAL_LIFE: "vie-locale",
}


class NewcomerHubPageForm(TerritoryPageForm):
    """One section per step: two sections on housing would leave the reader wondering which one to read."""

    def clean(self) -> dict:
        cleaned = super().clean()
        sections = self.formsets.get("sections")
        if sections is not None:
            topics = [
                form.cleaned_data.get("topic")
                for form in sections.forms
                if form.is_valid() and not form.cleaned_data.get("DELETE")
            ]
            repeated = {topic for topic in topics if topics.count(topic) > 1}
            if repeated:
                labels = ", ".join(f"« {HubTopic(topic).label} »" for topic in repeated)
                self.add_error(
                    None, _("Une seule section par étape : %(topics)s revient plusieurs fois.") % {"topics": labels}
                )
        return cleaned


class NewcomerHubPage(Page):
    """« S'installer »: the steps of settling in the territory, with useful contacts and a welcome form."""

    intro = models.TextField(
        _("chapeau"),
        max_length=500,
        help_text=_("Deux ou trois phrases d’accueil : à qui s’adresse la page et ce que le territoire propose."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image d’en-tête"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Une image qui donne envie de vivre ici. Elle est décorative."),
    )
    welcome_form = models.ForeignKey(
        "contact.ContactFormPage",
        verbose_name=_("formulaire d’accompagnement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Le formulaire « Être accompagné dans mon projet d’installation », qui arrive à votre chargé·e "
            "d’accueil. Créez-le d’abord comme page « Formulaire » sous l’accueil."
        ),
    )
    welcome_officer = models.CharField(
        _("chargé·e d’accueil"),
        max_length=120,
        blank=True,
        help_text=_("Son prénom, son nom et sa fonction, par exemple « Claire Martin, chargée d’accueil »."),
    )
    welcome_text = models.TextField(
        _("texte d’accompagnement"),
        max_length=500,
        blank=True,
        help_text=_("Ce que la personne obtient en écrivant : un rendez-vous, une visite, des contacts…"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        InlinePanel("sections", label=_("Étapes de l’installation"), max_num=MAX_SECTIONS, min_num=1),
        InlinePanel("contacts", label=_("Contacts utiles"), max_num=MAX_CONTACTS),
        MultiFieldPanel(
            [FieldPanel("welcome_officer"), FieldPanel("welcome_text"), FieldPanel("welcome_form")],
            heading=_("Être accompagné"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    base_form_class = NewcomerHubPageForm
    parent_page_types = [settings.TERRITORY_HOME_PAGE_MODEL]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page « S’installer »")
        verbose_name_plural = _("pages « S’installer »")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        sections = list(self.sections.all())
        contacts = list(self.contacts.all())
        covered = {section.topic for section in sections}
        for section in sections:
            section.useful_contacts = [contact for contact in contacts if contact.topic == section.topic]
        welcome_form_url, welcome_form_title = localized_link(self.welcome_form, request)
        context.update(
            sections=sections,
            other_contacts=[contact for contact in contacts if contact.topic not in covered],
            welcome_form_url=welcome_form_url,
            welcome_form_title=welcome_form_title,
        )
        return context

    def search_children(self) -> list[models.Model]:
        """The steps and contacts whose words the site search reads (search/extraction.py)."""
        return [*self.sections.all(), *self.contacts.all()]

    def schema_org(self, request: HttpRequest) -> list[dict]:
        """Each useful contact as a schema.org Organization (brands/public/seo.py asks every page for this)."""
        return [contact.schema_org() for contact in self.contacts.all()]


class HubSection(TranslatableMixin, Orderable):
    """One step of settling in: a heading, a few sentences and blocks from the library."""

    page = ParentalKey(NewcomerHubPage, on_delete=models.CASCADE, related_name="sections")
    topic = models.CharField(_("étape"), max_length=20, choices=HubTopic.choices)
    heading = models.CharField(
        _("titre"),
        max_length=80,
        blank=True,
        help_text=_("Vide : le nom de l’étape, par exemple « Se loger »."),
    )
    summary = models.TextField(
        _("en bref"),
        max_length=400,
        help_text=_("L’essentiel en deux phrases, pour qui lit vite."),
    )
    body = StreamField(BODY_BLOCKS, block_counts=BODY_BLOCK_COUNTS, verbose_name=_("contenu"), blank=True)

    panels = [FieldRowPanel([FieldPanel("topic"), FieldPanel("heading")]), FieldPanel("summary"), FieldPanel("body")]
    search_fields = [index.SearchField("heading"), index.SearchField("summary"), index.SearchField("body")]
    translatable_fields = [
        SynchronizedField("topic"),
        TranslatableField("heading"),
        TranslatableField("summary"),
        TranslatableField("body"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("étape")
        verbose_name_plural = _("étapes")

    @property
    def title(self) -> str:
        return self.heading or str(self.get_topic_display())

    @property
    def anchor(self) -> str:
        """The section's id in the page, for the links of the steps list (French, as the site's addresses)."""
        return ANCHORS.get(self.topic, self.topic)


class UsefulContact(TranslatableMixin, Orderable):
    """Who helps at one step: a town hall, a France Services house, a doctors' practice, a school…"""

    page = ParentalKey(NewcomerHubPage, on_delete=models.CASCADE, related_name="contacts")
    topic = models.CharField(
        _("étape"),
        max_length=20,
        choices=HubTopic.choices,
        help_text=_("Le contact s’affiche dans la section de cette étape."),
    )
    name = models.CharField(_("nom"), max_length=120, help_text=_("Par exemple « Maison France Services d’Argentat »."))
    role = models.CharField(
        _("pour quoi s’adresser à lui"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple « Aides au logement, démarches administratives »."),
    )
    address = models.TextField(_("adresse"), max_length=300, blank=True)
    phone = models.CharField(_("téléphone"), max_length=25, blank=True, validators=[PHONE])
    email = models.EmailField(_("courriel"), blank=True)
    website = models.URLField(_("site internet"), blank=True, max_length=300)
    hours = models.CharField(
        _("horaires"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple « Du lundi au vendredi, 9 h – 12 h »."),
    )

    panels = [
        FieldRowPanel([FieldPanel("topic"), FieldPanel("name")]),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("website"),
        FieldPanel("address"),
        FieldPanel("hours"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("role")]
    translatable_fields = [
        SynchronizedField("topic"),
        SynchronizedField("name"),
        TranslatableField("role"),
        SynchronizedField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        TranslatableField("hours"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("contact utile")
        verbose_name_plural = _("contacts utiles")

    def clean(self) -> None:
        super().clean()
        if not (self.phone or self.email or self.website or self.address):
            raise ValidationError(
                _("Indiquez au moins un moyen de joindre ce contact : téléphone, courriel, site ou adresse.")
            )

    @property
    def website_host(self) -> str:
        """The site's address as people say it: « amis-des-sentiers.fr », not the whole URL."""
        return website_host(self.website)

    @property
    def phone_link(self) -> str:
        """The number for a tel: link: digits and a leading +, nothing else."""
        return phone_link(self.phone)

    def schema_org(self) -> dict:
        data = {"@type": "Organization", "name": self.name}
        if self.role:
            data["description"] = self.role
        if self.phone:
            data["telephone"] = self.phone
        if self.email:
            data["email"] = self.email
        if self.website:
            data["url"] = self.website
        if self.address:
            data["address"] = " ".join(self.address.split())
        return data
