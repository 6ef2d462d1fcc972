"""The admin dashboard ("Tableau de bord"): panels scoped to the territory of the person signed in.

Wagtail's default panels are per user, not per site; territory staff get instead what their own site
needs (pages awaiting moderation, their recent edits, stale drafts, scheduled publications, pages
failing a content check, quick links), computed from their territory's page trees only: the French
home and its translations. Moderators also get Wagtail's review panel, to approve from here. Superusers
keep Wagtail's panels plus the list of the network's territories. Our panels run a fixed number of
queries whatever the number of pages (at most one per page type for the content checks).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import islice
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import CharField, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Cast
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page, PageLogEntry, Revision, WorkflowState, get_default_page_content_type

from brands.admin import content_checks
from brands.admin.site_languages import territories_for
from brands.core.site_scope import in_trees
from brands.models import StoryIndexPage, Territory

PANEL_SIZE = 10
STALE_DRAFT_AGE = timedelta(days=30)


@dataclass
class TerritoryScope:
    """The territories a staff member works for, and the page trees (French home and translations) they hold."""

    territories: list[Territory]
    homes: list[Page]
    moderated_slugs: set[str]

    def pages_q(self, prefix: str = "") -> Q:
        """A filter on pages (or on a relation to pages, through `prefix`) within these trees."""
        return in_trees([home.path for home in self.homes], prefix)

    def pages(self) -> QuerySet:
        return Page.objects.filter(self.pages_q()).select_related("locale")


def territory_scope(user: AbstractBaseUser) -> TerritoryScope:
    """The user's territories, through their editors or moderators groups (three queries)."""
    territories = list(
        Territory.objects.filter(Q(editors_group__user=user) | Q(moderators_group__user=user))
        .select_related("site__root_page")
        .distinct()
    )
    keys = [territory.site.root_page.translation_key for territory in territories]
    homes = list(Page.objects.filter(depth=2, translation_key__in=keys).order_by("path"))
    # The territories whose « Langues du site » screen lets this user in: the same gate as the screen.
    moderated = set(territories_for(user).values_list("slug", flat=True))
    return TerritoryScope(territories=territories, homes=homes, moderated_slugs=moderated)


def request_scope(request: HttpRequest) -> TerritoryScope:
    """The user's territory scope, looked up once per request (the panels and the summary both ask)."""
    if not hasattr(request, "_territory_scope"):
        request._territory_scope = territory_scope(request.user)
    return request._territory_scope


def page_item(page: Page, detail: Any = "") -> dict:
    """One row of a page list: the page (linked to its edit view), its language and a short detail."""
    if isinstance(detail, datetime):
        detail = f"{timezone.localtime(detail):%d/%m/%Y %H:%M}"
    return {
        "title": page.get_admin_display_title(),
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "language": page.locale.language_code,
        "detail": detail,
    }


class DashboardPanel(Component):
    """A dashboard panel listing pages of the user's territory: a title, a caption and an empty state."""

    template_name = "brands/admin/dashboard/page_list.html"
    title = ""
    caption = ""
    detail_heading = ""
    empty = ""

    def __init__(self, scope: TerritoryScope) -> None:
        self.scope = scope

    def get_items(self, request: HttpRequest) -> list[dict]:
        raise NotImplementedError

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict:
        return {
            "panel": self,
            "items": self.get_items(parent_context["request"]),
        }


class AwaitingModerationPanel(DashboardPanel):
    """Pages of the territory submitted to a workflow that is still in progress."""

    name = "territory_awaiting_moderation"
    order = 100
    title = _("Pages en attente de modération")
    caption = _("Pages soumises à validation, les plus récentes d'abord")
    detail_heading = _("Soumise le")
    empty = _("Aucune page de votre site n'attend de validation.")

    def get_items(self, request: HttpRequest) -> list[dict]:
        in_progress = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type_id=get_default_page_content_type().pk,
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
        pages = (
            self.scope.pages()
            .filter(Exists(in_progress))
            .annotate(submitted_at=Subquery(in_progress.order_by("-created_at").values("created_at")[:1]))
            .order_by("-submitted_at")[:PANEL_SIZE]
        )
        return [page_item(page, page.submitted_at) for page in pages]


class OwnRecentEditsPanel(DashboardPanel):
    """What the user did last on their territory's pages, from the audit log."""

    name = "territory_recent_edits"
    order = 200
    title = _("Vos dernières modifications")
    caption = _("Vos dix dernières actions sur les pages de votre site")
    detail_heading = _("Votre action")
    empty = _("Vous n'avez encore modifié aucune page de votre site.")

    def get_items(self, request: HttpRequest) -> list[dict]:
        entries = (
            PageLogEntry.objects.filter(self.scope.pages_q("page__"), user=request.user)
            .select_related("page__locale")
            .order_by("-timestamp", "-pk")[:PANEL_SIZE]
        )
        return [page_item(entry.page, entry.message) for entry in entries]


class StaleDraftsPanel(DashboardPanel):
    """Pages whose unpublished changes have waited for more than 30 days."""

    name = "territory_stale_drafts"
    order = 300
    title = _("Brouillons de plus de 30 jours")
    caption = _("Pages aux modifications non publiées depuis plus de 30 jours, les plus anciennes d'abord")
    detail_heading = _("Dernière modification")
    empty = _("Aucun brouillon ne dort depuis plus de 30 jours.")

    def get_items(self, request: HttpRequest) -> list[dict]:
        pages = (
            self.scope.pages()
            .filter(has_unpublished_changes=True, latest_revision_created_at__lt=timezone.now() - STALE_DRAFT_AGE)
            .order_by("latest_revision_created_at")[:PANEL_SIZE]
        )
        return [page_item(page, page.latest_revision_created_at) for page in pages]


class ScheduledPublicationsPanel(DashboardPanel):
    """Approved revisions waiting for their publication date."""

    name = "territory_scheduled"
    order = 400
    title = _("Publications programmées")
    caption = _("Pages dont une version validée sera publiée plus tard, les plus proches d'abord")
    detail_heading = _("Publication prévue le")
    empty = _("Aucune publication n'est programmée.")

    def get_items(self, request: HttpRequest) -> list[dict]:
        scheduled = Revision.page_revisions.filter(
            approved_go_live_at__gt=timezone.now(), object_id=Cast(OuterRef("pk"), output_field=CharField())
        )
        pages = (
            self.scope.pages()
            .annotate(
                scheduled_at=Subquery(scheduled.order_by("approved_go_live_at").values("approved_go_live_at")[:1])
            )
            .filter(scheduled_at__isnull=False)
            .order_by("scheduled_at")[:PANEL_SIZE]
        )
        return [page_item(page, page.scheduled_at) for page in pages]


class PagesToCompletePanel(DashboardPanel):
    """Live pages failing a content check (brands/admin/content_checks.py): search description, image alt text."""

    name = "territory_pages_to_complete"
    order = 500
    title = _("Pages à compléter")
    caption = _(
        "Pages en ligne à compléter : description pour les moteurs de recherche (onglet « Promotion ») "
        "et texte alternatif des images"
    )
    detail_heading = _("Problème")
    empty = _(
        "Toutes les pages en ligne ont une description pour les moteurs de recherche et un texte "
        "alternatif pour chaque image."
    )

    def get_items(self, request: HttpRequest) -> list[dict]:
        # One query per page type: the checks read the pages' stored content, in tree order.
        pages = (
            self.scope.pages()
            .filter(live=True)
            .order_by("path")
            .specific()
            .select_related("locale", for_specific_subqueries=True)
        )
        return [
            page_item(page, " ; ".join(found))
            for page, found in islice(content_checks.pages_to_complete(pages), PANEL_SIZE)
        ]


class QuickLinksPanel(Component):
    """Shortcuts to what territory staff do most: write a story, edit the brand, choose the languages."""

    name = "territory_quick_links"
    order = 50
    template_name = "brands/admin/dashboard/quick_links.html"

    def __init__(self, scope: TerritoryScope) -> None:
        self.scope = scope

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict:
        story_indexes = self.story_indexes()
        links = []
        for territory in self.scope.territories:
            index = story_indexes.get(territory.site.root_page_id)
            territory_links = []
            if index is not None:
                territory_links.append(
                    (_("Écrire un récit"), reverse("wagtailadmin_pages:add", args=["brands", "storypage", index.pk]))
                )
            territory_links.append(
                (
                    _("Modifier l'identité de la marque"),
                    reverse("wagtailsettings:edit", args=["brands", "brandsettings", territory.site_id]),
                )
            )
            if territory.slug in self.scope.moderated_slugs:
                territory_links.append((_("Langues du site"), reverse("brands_site_languages", args=[territory.slug])))
            links.append({"territory": territory, "links": territory_links})
        return {"territories": links, "several": len(links) > 1}

    def story_indexes(self) -> dict[int, Page]:
        """Each French home's first story index, by home id (one query)."""
        homes = {territory.site.root_page.path: territory.site.root_page_id for territory in self.scope.territories}
        found: dict[int, Page] = {}
        for index in StoryIndexPage.objects.filter(in_trees(homes)).order_by("path"):
            found.setdefault(homes[index.path[: 2 * Page.steplen]], index)  # homes sit at depth 2
        return found


class NetworkTerritoriesPanel(Component):
    """For superusers: every territory of the network, with its public site and its languages screen."""

    name = "network_territories"
    order = 50
    template_name = "brands/admin/dashboard/network.html"

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict:
        territories = Territory.objects.select_related("site").order_by("name")
        return {
            "territories": [
                {
                    "name": territory.name,
                    "site_url": territory.site.root_url,
                    "languages": territory.languages,
                    "languages_url": reverse("brands_site_languages", args=[territory.slug]),
                }
                for territory in territories
            ]
        }


class ReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "awaiting your review" panel, right under the shortcuts: a moderator's first task."""

    order = 75


def construct_panels(request: HttpRequest, panels: list) -> None:
    """Territory staff: their territory's panels instead of Wagtail's. Superusers: Wagtail's, plus the network."""
    user = request.user
    if user.is_superuser:
        panels.append(NetworkTerritoriesPanel())
        return
    scope = request_scope(request)
    if not scope.territories:
        return  # not territory staff: Wagtail's panels are about the user's own work only
    panels[:] = [
        QuickLinksPanel(scope),
        # Approve or request changes from the dashboard, translations included (their edit view is
        # wagtail-localize's editor, which has no workflow actions). Scoped by the task's group.
        ReviewPanel(),
        AwaitingModerationPanel(scope),
        OwnRecentEditsPanel(scope),
        StaleDraftsPanel(scope),
        ScheduledPublicationsPanel(scope),
        PagesToCompletePanel(scope),
    ]


class TerritoryPagesSummaryItem(PagesSummaryItem):
    """Wagtail's page count, for the territory's trees only.

    Wagtail counts from the user's explorable root, which becomes the tree's root once a territory also
    holds translated homes: the count would then include every site's pages.
    """

    def __init__(self, request: HttpRequest, scope: TerritoryScope) -> None:
        super().__init__(request)
        self.scope = scope

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict:
        territory = self.scope.territories[0]
        return {
            "root_page": territory.site.root_page,
            "total_pages": self.scope.pages().count(),
            "site_name": territory.site.site_name or territory.name,
        }


def construct_summary_items(request: HttpRequest, items: list) -> None:
    """Territory staff: the page count of their own territory in the dashboard's summary."""
    if request.user.is_superuser:
        return
    scope = request_scope(request)
    if scope.territories:
        items[:] = [
            TerritoryPagesSummaryItem(request, scope) if isinstance(item, PagesSummaryItem) else item for item in items
        ]
