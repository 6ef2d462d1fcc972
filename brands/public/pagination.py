"""One page of a listing, as every listing shows it (components/pagination.html)."""

from django.core.paginator import Page, Paginator
from django.http import HttpRequest


def paginate(items, per_page: int, request: HttpRequest) -> tuple[Page, list]:
    """The requested page of `items` (?page=: not a number gives the first, too far the last), and the
    elided range of page numbers the pagination links show."""
    paginator = Paginator(items, per_page)
    page = paginator.get_page(request.GET.get("page"))
    return page, list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
