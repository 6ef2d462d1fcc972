"""robots.txt, one per site: it points crawlers at that host's own sitemap, or turns them all away on staging."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Answered without the database: the sitemap is the one of the host that was asked.

    With SEO_NOINDEX (staging) everything is disallowed and no sitemap is offered.
    """
    if settings.SEO_NOINDEX:
        lines = ["User-agent: *", "Disallow: /"]
    else:
        sitemap = request.build_absolute_uri(reverse("sitemap"))
        lines = ["User-agent: *", "Disallow: /admin/", "Allow: /", "", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join([*lines, ""]), content_type="text/plain; charset=utf-8")
