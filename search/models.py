"""The search index: one document per live, public page, strength or other searchable object of a site, in its
language."""

import datetime

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """What the site search reads of one page, strength or other object: its words, its site and its language.

    Written by `search.indexing` from the published state (never a draft), so a query touches this table
    only. `search_vector` is filled on PostgreSQL only; SQLite searches the folded columns instead. Objects
    other than pages and strengths (a directory entry) are named by content type and id: `search` cannot hold
    a foreign key to each domain app, and their deletion removes the document through a signal instead.
    """

    page = models.OneToOneField("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    strength = models.OneToOneField(
        "brands.Strength", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    item_type = models.ForeignKey(
        "contenttypes.ContentType", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    item_id = models.PositiveBigIntegerField(null=True, blank=True)
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("langue"), max_length=10)
    kind = models.CharField(_("type"), max_length=20)
    title = models.CharField(_("titre"), max_length=255)
    text = models.TextField(_("texte"), blank=True)
    # Lower case without accents, character for character (see search.text.fold).
    title_folded = models.CharField(max_length=255)
    text_folded = models.TextField(blank=True)
    # PostgreSQL's text search configuration for `language` ("french", "simple"…).
    config = models.CharField(max_length=20)
    search_vector = SearchVectorField(null=True, editable=False)
    # After this instant the search stops showing the document (an expired job offer); None: always shown.
    visible_until = models.DateTimeField(_("visible jusqu’au"), null=True, blank=True)

    class Meta:
        verbose_name = _("document de recherche")
        verbose_name_plural = _("documents de recherche")
        indexes = [
            models.Index(fields=["site", "language", "kind"], name="search_doc_site_language_kind"),
            models.Index(fields=["visible_until"], name="search_doc_visible_until"),
            GinIndex(fields=["search_vector"], name="search_doc_vector"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(page__isnull=False, strength__isnull=True, item_type__isnull=True)
                | Q(page__isnull=True, strength__isnull=False, item_type__isnull=True)
                | Q(page__isnull=True, strength__isnull=True, item_type__isnull=False, item_id__isnull=False),
                name="search_doc_one_owner",
            ),
            models.UniqueConstraint(fields=["item_type", "item_id"], name="search_doc_unique_item"),
        ]

    def __str__(self) -> str:
        return self.title

    @classmethod
    def visible(cls, now: datetime.datetime | None = None) -> Q:
        """The documents still shown at `now` (the current time by default)."""
        return Q(visible_until__isnull=True) | Q(visible_until__gt=now or timezone.now())
