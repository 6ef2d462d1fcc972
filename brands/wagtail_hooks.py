"""Admin registration for the territory brands (territory staff see only their own territory), and serving rules."""

from django.http import Http404, HttpRequest
from django.urls import include, path
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.query import PageQuerySet
from wagtail.snippets.models import register_snippet

from brands.admin import (
    component_catalogue,
    dashboard,
    editor_guide,
    redirects,
    rich_text,
    scoped_views,
    site_languages,
    territory_wizard,
    theme_preview,
    translation_review,
)
from brands.admin.viewsets import NavigationViewSet, StrengthViewSet
from brands.core.languages import is_served_language
from brands.core.time_zones import request_time_zone
from brands.models import Navigation, Strength
from brands.public import media

# Per-site permissions (GroupSitePermission), registered before anything asks for a fallback policy.
for model, viewset in [(Strength, StrengthViewSet), (Navigation, NavigationViewSet)]:
    register_permission_policy(model, SitePermissionPolicy(model))
    register_snippet(viewset)
redirects.register_policy()  # redirects per site; brands/admin/urls.py serves the scoped views


@hooks.register("construct_page_chooser_queryset")
def scope_page_chooser(pages: PageQuerySet, request: HttpRequest) -> PageQuerySet:
    # Wagtail's page chooser browses and searches the whole tree, other territories' drafts included.
    return scoped_views.scope_pages(pages, request.user)


# order=1: Wagtail keeps the last bulk action registered for a name, so these replace its own.
for action_class in scoped_views.SCOPED_BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=1)


@hooks.register("construct_admin_api", order=1)  # after Wagtail's registrations, which these replace
def scope_admin_api_media(router) -> None:
    router.register_endpoint("images", scoped_views.ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", scoped_views.ScopedDocumentsAdminAPIViewSet)


@hooks.register("register_admin_urls", order=-1)  # before wagtail-localize's URLs, so these views answer
def register_scoped_localize_urls() -> list:
    return [path("localize/", include(scoped_views.localize_urlpatterns))]


@hooks.register("register_admin_urls")
def register_site_languages_urls() -> list:
    return site_languages.urlpatterns


@hooks.register("register_settings_menu_item")
def register_site_languages_menu_item() -> MenuItem:
    return site_languages.menu_item()


@hooks.register("construct_reports_menu")
def hide_cross_site_reports(request: HttpRequest, menu_items: list[MenuItem]) -> None:
    scoped_views.hide_cross_site_reports(request.user, menu_items)


@hooks.register("before_serve_page")
def serve_only_offered_languages(page: Page, request: HttpRequest, args: list, kwargs: dict) -> None:
    # Without this, `/en/` on a French-only site serves the French page (Wagtail's `.localized` fallback).
    if not is_served_language(page, request):
        raise Http404


@hooks.register("before_serve_page")
def show_the_territory_s_clock(page: Page, request: HttpRequest, args: list, kwargs: dict) -> None:
    # Dates and times of the page read on the territory's clock; the middleware puts the default one back.
    timezone.activate(request_time_zone(request))


# A territory's documents exist on its own site only (and in the admin for its staff).
hooks.register("before_serve_document", media.document_on_own_host)


@hooks.register("register_admin_urls")
def register_territory_wizard_urls() -> list:
    return territory_wizard.urlpatterns


@hooks.register("register_settings_menu_item")
def register_territory_wizard_menu_item() -> MenuItem:
    return territory_wizard.menu_item()


@hooks.register("construct_homepage_panels")
def construct_dashboard_panels(request: HttpRequest, panels: list) -> None:
    dashboard.construct_panels(request, panels)


@hooks.register("construct_homepage_summary_items", order=1)  # after Wagtail adds its items
def construct_dashboard_summary_items(request: HttpRequest, items: list) -> None:
    dashboard.construct_summary_items(request, items)


@hooks.register("register_admin_urls")
def register_theme_preview_urls() -> list:
    return theme_preview.urlpatterns


@hooks.register("register_admin_urls")
def register_editor_guide_urls() -> list:
    return editor_guide.urlpatterns


@hooks.register("register_help_menu_item")
def register_editor_guide_menu_item() -> MenuItem:
    return editor_guide.menu_item()


@hooks.register("register_admin_urls")
def register_component_catalogue_urls() -> list:
    return component_catalogue.urlpatterns


@hooks.register("register_help_menu_item")
def register_component_catalogue_menu_item() -> MenuItem:
    return component_catalogue.menu_item()


@hooks.register("register_admin_urls")
def register_translation_review_urls() -> list:
    return translation_review.urlpatterns


@hooks.register("register_page_header_buttons")
def translation_review_header_buttons(page: Page, user, view_name: str, next_url: str | None = None) -> list:
    return translation_review.header_buttons(page, user, view_name, next_url)


@hooks.register("register_rich_text_features")
def register_passage_languages(features) -> None:
    rich_text.register_passage_languages(features)
