"""URL configuration: admin, documents, sitemap and robots.txt, then search, feeds and Wagtail's page serving.

`brands.admin.urls` comes before Wagtail's admin: it answers some of Wagtail's own admin paths with views
scoped to the user's territory (see its docstring).
Pages are served under a language prefix (`/en/`, `/it/` …) except French, the default; which prefixes a
site really offers is enforced by a `before_serve_page` hook (brands/wagtail_hooks.py).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from brands.admin import urls as scoped_admin_urls
from brands.public import media
from brands.public.feeds import StoriesAtomFeed, StoriesRssFeed
from brands.public.robots import robots_txt
from brands.public.sitemaps import sitemap
from search.views import search

urlpatterns = [
    path("admin/", include(scoped_admin_urls)),  # first: these replace some of Wagtail's admin views
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.SERVE_MEDIA:
    # Image renditions only: never the originals or the document files (brands/public/media.py).
    urlpatterns += [path("media/images/<path:path>", media.serve_rendition, name="media_rendition")]

# Per language, like pages: each view answers 404 in a language its site does not offer.
urlpatterns += i18n_patterns(
    path("recherche/", search, name="search"),
    path("flux.xml", StoriesRssFeed(), name="stories_rss"),
    path("flux.atom", StoriesAtomFeed(), name="stories_atom"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler500 = "brands.public.error_pages.server_error"
