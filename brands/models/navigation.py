"""A site's navigation: its tagline, main menu and footer columns, one translatable snippet per language.

Site settings are per site but not per language, so translator-facing text cannot live there. Each site
owns one `Navigation` per language: the French one is created with the territory, the others by
wagtail-localize when the territory is translated. Pages find theirs by site and active language, falling
back to French (`navigation_for`), so there is no pointer to keep in step.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Site, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from brands.blocks import FooterColumnBlock, LinkBlock
from brands.core.site_scope import foreign_references, foreign_references_message


class Navigation(TranslatableMixin, models.Model):
    """The words around every page of a site: tagline, menu and footer, in one language."""

    site = models.ForeignKey(
        Site,
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="navigations",
        help_text=_("Le site du territoire qui affiche ce menu."),
    )
    tagline = models.CharField(
        _("signature"),
        max_length=160,
        blank=True,
        help_text=_("Une phrase courte qui résume la promesse du territoire (160 caractères au plus)."),
    )
    menu_items = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("menu principal"),
        blank=True,
        max_num=7,
        help_text=_("Sept liens au plus, pour rester lisible sur téléphone."),
    )
    footer_columns = StreamField(
        [("column", FooterColumnBlock())],
        verbose_name=_("colonnes du pied de page"),
        blank=True,
        max_num=4,
    )

    translatable_fields = [
        TranslatableField("tagline"),
        TranslatableField("menu_items"),
        TranslatableField("footer_columns"),
        SynchronizedField("site", overridable=False),  # never another site: not offered to translators
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu et signature")
        verbose_name_plural = _("menus et signatures")
        constraints = [
            models.UniqueConstraint(fields=["site", "locale"], name="one_navigation_per_site_and_language"),
        ]

    def __str__(self) -> str:
        return _("Menu et signature de %(site)s") % {"site": self.site.site_name or self.site.hostname}

    @property
    def linked_pages(self) -> list:
        """The pages the menu and the footer link to."""
        links = [item.value for item in self.menu_items]
        links += [link for column in self.footer_columns for link in column.value["links"]]
        return [link["page"] for link in links if link.get("page")]

    def clean(self) -> None:
        super().clean()
        if self.site_id and (foreign := foreign_references(self, self.site)):
            raise ValidationError(foreign_references_message(foreign))


def navigation_for(site: Site | None, language_code: str | None = None) -> Navigation | None:
    """The site's navigation in the language (the active one by default), else its French one."""
    if site is None:
        return None
    language_code = language_code or translation.get_language()
    candidates = Navigation.objects.filter(
        site=site, locale__language_code__in={language_code, settings.LANGUAGE_CODE}
    ).select_related("locale", "site")
    by_language = {navigation.locale.language_code: navigation for navigation in candidates}
    return by_language.get(language_code) or next(iter(by_language.values()), None)
