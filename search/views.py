"""The site search page: /recherche/ (French) and /<language>/recherche/, on every territory site."""

from django.http import Http404, HttpRequest
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.models import Site

from brands.core.languages import offered_languages
from brands.public.site_context import renders_site_page
from search.results import search_context
from search.text import MAX_QUERY_LENGTH, clean_query


@renders_site_page
def search(request: HttpRequest) -> TemplateResponse:
    """Results from the current site in the current language only; 404 in a language the site does not offer.

    Whatever `q` holds (nothing, one letter, 10,000 characters, SQL, HTML, a NUL byte), the page answers 200:
    the query is cut to 200 printable characters and only its words reach the database.
    """
    site = Site.find_for_request(request)
    language = translation.get_language()
    if site is None or language not in offered_languages(request):
        raise Http404
    query = clean_query(request.GET.get("q", ""))
    # Result pages are not worth indexing: endless combinations of words, thin content.
    context = {"query": query, "max_query_length": MAX_QUERY_LENGTH, "robots": "noindex"}
    if query:
        context.update(search_context(request, site, language, query))
    return TemplateResponse(request, "search/search.html", context)
