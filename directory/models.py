"""The directory of local actors: its entries (a per-site, translatable snippet) and the page that lists them.

An entry belongs to one site, like a strength: territory staff manage their own site's entries only
(per-site permissions, see brands/admin/site_snippets.py). Its facts are the French entry's; a translation
carries its own description and note on the hours. The CSV import (directory/importing.py) writes French
entries through `IMPORT_FIELDS`.
"""

import copy
import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, Site, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from brands.admin.forms import TerritoryPageForm
from brands.core import contact_details
from brands.core.site_scope import foreign_references, foreign_references_message

from . import facts, hours, listing
from .choices import DirectoryCategory, DirectoryLabel

PHONE = contact_details.phone_validator(20)
# What an import may set, in the model's terms; `import_values()` gives an entry's current values of them.
IMPORT_FIELDS = (
    "slug",
    "name",
    "category",
    "labels",
    "description",
    "commune",
    "address",
    "latitude",
    "longitude",
    "website",
    "phone",
    "email",
    "opening_hours",
    "hours_note",
)


def sort_key(name: str) -> str:
    """« Œuvre d’Élise » → « oeuvre d’elise »: what entries are sorted by."""
    decomposed = unicodedata.normalize("NFKD", name.replace("œ", "oe").replace("Œ", "Oe"))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()[:120]


class DirectoryEntry(TranslatableMixin, index.Indexed, models.Model):
    """One local actor: a shop, a craftsperson, a producer, a bike repairer, an association…"""

    site = models.ForeignKey(
        Site,
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="directory_entries",
        help_text=_("Le site du territoire dont l’annuaire présente cet acteur."),
    )
    slug = models.SlugField(
        _("identifiant"),
        max_length=80,
        help_text=_(
            "Sert dans l’adresse de sa page et relie ce contact à la colonne « cle » des fichiers importés : "
            "des lettres sans accent, des chiffres et des tirets, par exemple « boulangerie-martin ». "
            "Ne le changez plus une fois la fiche publiée."
        ),
    )
    name = models.CharField(_("nom"), max_length=120, help_text=_("Le nom sous lequel on le connaît."))
    category = models.CharField(
        _("catégorie"),
        max_length=20,
        choices=DirectoryCategory.choices,
        help_text=_("La rubrique de l’annuaire où les visiteurs le trouvent."),
    )
    labels = models.JSONField(
        _("labels"),
        default=list,
        blank=True,
        help_text=_("Cochez les labels et marques qu’il détient réellement."),
    )
    description = models.TextField(
        _("présentation"),
        max_length=600,
        blank=True,
        help_text=_("Deux ou trois phrases : ce qu’il fait, ce qu’on y trouve (600 caractères au plus)."),
    )
    commune = models.CharField(
        _("commune"), max_length=80, help_text=_("La commune où il se trouve, par exemple « Argentat-sur-Dordogne ».")
    )
    address = models.TextField(
        _("adresse"),
        max_length=300,
        blank=True,
        help_text=_("Rue et code postal, comme sur une enveloppe. Facultative."),
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_(
            "Facultative, pour la carte : un nombre comme 45.0932 (clic droit sur le lieu dans une carte en "
            "ligne pour le copier). À remplir avec la longitude."
        ),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Facultative : un nombre comme 1.9395. À remplir avec la latitude."),
    )
    website = models.URLField(
        _("site internet"), blank=True, max_length=300, help_text=_("L’adresse complète, commençant par https://.")
    )
    phone = models.CharField(_("téléphone"), max_length=20, blank=True, validators=[PHONE])
    email = models.EmailField(_("courriel"), blank=True)
    opening_hours = models.JSONField(_("horaires d’ouverture"), default=list, blank=True)
    hours_note = models.CharField(
        _("précision sur les horaires"),
        max_length=200,
        blank=True,
        help_text=_("Facultative, par exemple « Fermé en janvier » ou « Sur rendez-vous »."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Facultative. Une photo du lieu ou de son activité, choisie dans les médias de votre territoire."),
    )
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True)
    # The name as it sorts, accents and case aside (« Épicerie » before « Gîte »), whatever the database's collation.
    sort_name = models.CharField(max_length=120, editable=False, default="", db_index=True)

    translatable_fields = [
        TranslatableField("description"),
        TranslatableField("hours_note"),
        SynchronizedField("site"),
        SynchronizedField("slug"),
        SynchronizedField("name"),
        SynchronizedField("category"),
        SynchronizedField("labels"),
        SynchronizedField("commune"),
        SynchronizedField("address"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("website"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("opening_hours"),
        SynchronizedField("photo"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("description"),
        index.SearchField("commune"),
        index.AutocompleteField("name"),
        index.FilterField("site"),
        index.FilterField("locale"),
        index.FilterField("category"),
        index.FilterField("commune"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("acteur de l’annuaire")
        verbose_name_plural = _("annuaire")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["site", "locale", "slug"], name="directory_entry_unique_slug_per_site")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.sort_name = sort_key(self.name)
        if (fields := kwargs.get("update_fields")) is not None and "name" in fields:
            kwargs["update_fields"] = {*fields, "sort_name"}
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            errors[missing] = _("Indiquez la latitude et la longitude ensemble, ou aucune des deux.")
        labels = self.labels if isinstance(self.labels, list) else [self.labels]
        unknown = [str(label) for label in labels if label not in DirectoryLabel.values]
        if unknown:
            errors["labels"] = _("Label inconnu : %(labels)s.") % {"labels": ", ".join(unknown)}
        elif len(set(labels)) != len(labels):
            errors["labels"] = _("Chaque label ne peut être donné qu’une fois.")
        try:
            hours.check(self.opening_hours)
        except ValueError as error:
            errors["opening_hours"] = _("Horaires invalides : %(error)s.") % {"error": error}
        if self.site_id and self.slug and self.locale_id:
            taken = DirectoryEntry.objects.filter(site_id=self.site_id, locale_id=self.locale_id, slug=self.slug)
            if taken.exclude(pk=self.pk).exists():
                errors["slug"] = _(
                    "Cet identifiant est déjà celui d’un autre acteur de votre annuaire : choisissez-en un autre."
                )
        if self.site_id and (foreign := foreign_references(self, self.site)):
            errors["photo"] = foreign_references_message(foreign)
        if errors:
            raise ValidationError(errors)

    def import_values(self) -> dict:
        """Its current values of `IMPORT_FIELDS`, as an import would set them, so that it can tell what changes."""
        return {name: getattr(self, name) for name in IMPORT_FIELDS}

    @classmethod
    def urls_for(cls, entries, request: HttpRequest) -> dict[int, str]:
        """Each entry's public URL in its own language, by id, in a fixed number of queries (for the search)."""
        return listing.urls_for(entries, request)

    @property
    def label_list(self) -> str:
        """Its labels' names, for the admin listing."""
        return ", ".join(listing.label_names(self.labels))

    @property
    def website_host(self) -> str:
        return contact_details.website_host(self.website)

    @property
    def phone_link(self) -> str:
        return contact_details.phone_link(self.phone)


class DirectoryPage(RoutablePageMixin, Page):
    """« Annuaire »: the territory's local actors, filtered by category, commune and label; each has its own page."""

    intro = models.TextField(
        _("chapeau"),
        max_length=500,
        blank=True,
        help_text=_("Deux ou trois phrases : qui trouve-t-on dans cet annuaire, et comment y figurer."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    base_form_class = TerritoryPageForm
    parent_page_types = [settings.TERRITORY_HOME_PAGE_MODEL]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("annuaire des acteurs du territoire")
        verbose_name_plural = _("annuaires des acteurs du territoire")

    # The routed entry this instance presents (set on a copy in `entry_view`), so that the head's title,
    # description, canonical URL and schema.org describe the entry and not the list.
    presented_entry = None

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        if self.presented_entry is None:
            context.update(listing.directory_context(self, request))
        return context

    @path("")
    def index_view(self, request: HttpRequest) -> HttpResponse:
        return self.render(request)

    @path("<slug:slug>/")
    def entry_view(self, request: HttpRequest, slug: str) -> HttpResponse:
        entry = listing.find_entry(self, slug, request)
        if entry is None:
            raise Http404
        presented = copy.copy(self)
        presented.presented_entry = entry
        presented.routed_from, presented.routed_path = self, f"{entry.slug}/"  # breadcrumbs and languages
        presented.title = entry.name
        presented.seo_title = ""
        presented.search_description = Truncator(" ".join(entry.description.split())).chars(160)
        return presented.render(
            request,
            template="directory/directory_entry.html",
            context_overrides=listing.entry_context(self, entry, request),
        )

    def get_url_parts(self, request: HttpRequest | None = None):
        parts = super().get_url_parts(request)
        if self.presented_entry is None or not parts or parts[2] is None:
            return parts
        site_id, root_url, page_path = parts
        return site_id, root_url, f"{page_path}{self.presented_entry.slug}/"

    def schema_org(self, request: HttpRequest) -> list[dict]:
        """The presented entry as a LocalBusiness; the list itself says nothing more than its breadcrumbs."""
        if self.presented_entry is None:
            return []
        return [facts.schema_org(self.presented_entry, self.get_full_url(request), request)]

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        """Its own URL, then each entry written in its language (French text under another language is left out)."""
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        base = urls[0]["location"]
        entries = DirectoryEntry.objects.filter(site_id=listing.page_site_id(self, request), locale_id=self.locale_id)
        return urls + [
            {"location": f"{base}{slug}/", "lastmod": updated_at}
            for slug, updated_at in entries.order_by("slug").values_list("slug", "updated_at")
        ]
