"""Pages compressed on their way out: gzip for the text the application writes, never for images or documents.

Django's GZipMiddleware compresses whatever it is given, image renditions and PDFs included, which gzip cannot
shrink and which cost CPU for nothing; this one compresses text only (HTML, JSON-LD feeds, XML, iCal, CSS,
JavaScript). Static files do not come through here compressed: WhiteNoise serves the brotli and gzip files
collectstatic wrote beside each one. Django's gzip adds random padding to every response, its answer to BREACH
for pages that carry a CSRF token.

It also drops the `Content-Encoding: None` that Wagtail 8's document view sends with every file whose name
implies no encoding (wagtail.utils.sendfile writes the `None` it guessed): a coding no browser knows.
"""

from django.http import HttpRequest, HttpResponse
from django.middleware.gzip import GZipMiddleware

TEXT_TYPES = {
    "application/atom+xml",
    "application/javascript",
    "application/json",
    "application/ld+json",
    "application/rss+xml",
    "application/xml",
    "image/svg+xml",
}


def is_text(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type.startswith("text/") or media_type in TEXT_TYPES


class TextGZipMiddleware(GZipMiddleware):
    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if response.get("Content-Encoding") == "None":
            del response["Content-Encoding"]
        if not is_text(response.get("Content-Type", "")):
            return response
        return super().process_response(request, response)
