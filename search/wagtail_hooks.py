"""Admin registration for the search: promoted results scoped to the user's territory."""

from django.urls import include, path
from wagtail import hooks

from search import promotion_admin


@hooks.register("register_admin_urls", order=-1)  # before wagtail.contrib.search_promotions' URLs, which these answer
def register_scoped_promotion_urls() -> list:
    return [path("searchpicks/", include(promotion_admin.urlpatterns))]
