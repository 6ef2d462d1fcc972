"""Strengths ("atouts"): what a territory puts forward, each with an optional sourced key figure.

A strength belongs to one site. Territory staff manage their own site's strengths only (per-site
permissions, see brands/admin/site_snippets.py); stories point at them through `StoryPage.related_strengths`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from brands.core.site_scope import foreign_references, foreign_references_message


class StrengthCategory(models.TextChoices):
    NATURE = "nature", _("Nature et paysages")
    ECONOMY = "economy", _("Économie et emploi")
    CRAFTS = "crafts", _("Savoir-faire et artisanat")
    HERITAGE = "heritage", _("Patrimoine et culture")
    QUALITY_OF_LIFE = "quality_of_life", _("Qualité de vie et services")
    MOBILITY = "mobility", _("Mobilité et connectivité")
    TOURISM = "tourism", _("Tourisme et loisirs")


class Strength(TranslatableMixin, index.Indexed, models.Model):
    """One strength of a territory, such as "La fibre partout" or "Trois vallées préservées"."""

    site = models.ForeignKey(
        Site,
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="strengths",
        help_text=_("Le site du territoire qui met cet atout en avant."),
    )
    title = models.CharField(
        _("titre"), max_length=80, help_text=_("Court et concret, par exemple « La fibre dans chaque village ».")
    )
    category = models.CharField(_("catégorie"), max_length=20, choices=StrengthCategory.choices)
    pitch = models.TextField(
        _("présentation"),
        max_length=300,
        help_text=_("Deux ou trois phrases qui expliquent pourquoi c'est un atout (300 caractères au plus)."),
    )
    figure_value = models.CharField(
        _("chiffre clé"), max_length=12, blank=True, help_text=_("Facultatif. Par exemple 1 000 ou 98.")
    )
    figure_unit = models.CharField(_("unité"), max_length=20, blank=True, help_text=_("Par exemple km, %, ha."))
    figure_label = models.CharField(
        _("ce que mesure le chiffre"),
        max_length=90,
        blank=True,
        help_text=_("Par exemple « des foyers raccordés à la fibre »."),
    )
    figure_source = models.CharField(
        _("source du chiffre"),
        max_length=120,
        blank=True,
        help_text=_("Obligatoire dès qu'un chiffre est donné : un chiffre sans source n'est pas crédible."),
    )
    figure_year = models.PositiveSmallIntegerField(_("année du chiffre"), null=True, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Facultative. Une photo qui illustre l'atout, choisie dans les médias de votre territoire."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("ordre d'affichage"),
        default=0,
        help_text=_("Les atouts d'une même catégorie s'affichent du plus petit numéro au plus grand."),
    )

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("pitch"),
        TranslatableField("figure_label"),
        TranslatableField("figure_unit"),  # a word as often as a symbol: "entreprises", "heures", "km"
        SynchronizedField("category"),
        SynchronizedField("figure_value"),
        SynchronizedField("figure_source"),
        SynchronizedField("figure_year"),
        SynchronizedField("image"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("pitch"),
        index.AutocompleteField("title"),
        index.FilterField("site"),
        index.FilterField("locale"),
        index.FilterField("category"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("atout")
        verbose_name_plural = _("atouts")
        ordering = ["sort_order", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def figure(self) -> str:
        """The key figure as one line, "98 % des foyers raccordés à la fibre", or an empty string."""
        if not self.figure_value:
            return ""
        value = f"{self.figure_value}\u00a0{self.figure_unit}" if self.figure_unit else self.figure_value
        return f"{value} {self.figure_label}".strip()

    def clean(self) -> None:
        super().clean()
        if self.figure_value and not self.figure_source.strip():
            raise ValidationError(
                {
                    "figure_source": _(
                        "Indiquez la source de ce chiffre (par exemple INSEE, recensement 2021) : "
                        "un chiffre sans source n'est pas publié."
                    )
                }
            )
        if self.site_id and (foreign := foreign_references(self, self.site)):
            raise ValidationError(foreign_references_message(foreign))
