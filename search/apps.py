"""Site- and language-scoped search: its index, its results page and its promoted results."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Recherche")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save, pre_save
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from brands.models import Strength
        from search import audit_scope, indexing, signals

        audit_scope.apply()
        page_published.connect(signals.page_published, dispatch_uid="search-page-published")
        page_unpublished.connect(signals.page_unpublished, dispatch_uid="search-page-unpublished")
        post_save.connect(signals.page_created, dispatch_uid="search-page-created")
        post_page_move.connect(signals.page_moved, dispatch_uid="search-page-moved")
        post_save.connect(signals.privacy_changed, sender=PageViewRestriction, dispatch_uid="search-privacy-saved")
        post_delete.connect(signals.privacy_changed, sender=PageViewRestriction, dispatch_uid="search-privacy-deleted")
        pre_save.connect(signals.remember_site_root, sender=Site, dispatch_uid="search-site-root")
        post_save.connect(signals.site_saved, sender=Site, dispatch_uid="search-site-saved")
        post_save.connect(signals.strength_saved, sender=Strength, dispatch_uid="search-strength-saved")
        for model in indexing.item_models():
            uid = f"search-{model._meta.label_lower}"
            post_save.connect(signals.item_saved, sender=model, dispatch_uid=f"{uid}-saved")
            post_delete.connect(signals.item_deleted, sender=model, dispatch_uid=f"{uid}-deleted")
