"""Promoted results in the admin, each territory's staff seeing and changing only their own.

Wagtail's views (wagtail.contrib.search_promotions) check a model-wide permission, then list every search
term of the network, open any term by id with all its promotions, and delete them all. A term (`Query`)
is shared by every site; a promotion belongs to the site of the page it promotes. Here, for territory
staff: the listing and the term chooser show only terms with a promotion of theirs, and only their
promotions; a term with none of theirs answers 404 by id; the form lists, saves, moves and deletes their
promotions only, and refuses a page of another territory. Superusers keep Wagtail's behaviour. These URLs
answer before Wagtail's (search/wagtail_hooks.py), which keep their names.
"""

from django.core.paginator import InvalidPage, Paginator
from django.db import transaction
from django.db.models import Prefetch, QuerySet, Sum, functions
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.functional import cached_property
from wagtail.admin.forms.search import SearchForm
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.contrib.search_promotions import views
from wagtail.contrib.search_promotions.models import Query
from wagtail.log_actions import log
from wagtail.search.utils import normalise_query_string

from search.forms import TerritoryPromotionsFormSet, own_promotions


def own_queries(request: HttpRequest) -> QuerySet:
    """The search terms with at least one promotion the user may manage."""
    return Query.objects.filter(pk__in=own_promotions(request.user).values("query_id"))


class ScopedFormsetMixin:
    """The promotions form holds the user's promotions of the term only, and accepts only their pages."""

    @cached_property
    def searchpicks_formset(self) -> TerritoryPromotionsFormSet:
        kwargs = {
            "instance": self.object,
            "queryset": own_promotions(self.request.user),
            "form_kwargs": {"for_user": self.request.user},
        }
        if self.request.method == "POST":
            return TerritoryPromotionsFormSet(self.request.POST, **kwargs)
        return TerritoryPromotionsFormSet(**kwargs)


class IndexView(views.IndexView):
    def get_base_queryset(self) -> QuerySet:
        promotions = own_promotions(self.request.user).select_related("page")
        return (
            own_queries(self.request)
            .annotate(views=functions.Coalesce(Sum("daily_hits__hits"), 0))
            .prefetch_related(Prefetch("editors_picks", queryset=promotions))
        )


class CreateView(ScopedFormsetMixin, views.CreateView):
    pass


class EditView(ScopedFormsetMixin, views.EditView):
    def get_queryset(self) -> QuerySet:
        return own_queries(self.request)


class DeleteView(views.DeleteView):
    def get_queryset(self) -> QuerySet:
        return own_queries(self.request)

    def delete_action(self) -> None:
        # Wagtail's deletes every promotion of the term, other territories' included.
        editors_picks = own_promotions(self.request.user).filter(query=self.object)
        with transaction.atomic():
            for search_pick in editors_picks:
                log(search_pick, "wagtail.delete")
            editors_picks.delete()


def chooser(request: HttpRequest, get_results: bool = False) -> HttpResponse:
    """Wagtail's term chooser, listing the user's own promoted terms rather than the network's popular ones."""
    queries = Query.get_most_popular() if request.user.is_superuser else own_queries(request).order_by("query_string")
    searchform = SearchForm(request.GET) if "q" in request.GET else SearchForm()
    if searchform.is_valid():
        queries = queries.filter(query_string__icontains=normalise_query_string(searchform.cleaned_data["q"]))
    try:
        queries = Paginator(queries, per_page=10).page(request.GET.get("p", 1))
    except InvalidPage as error:
        raise Http404 from error
    if get_results:
        return TemplateResponse(request, "wagtailsearchpromotions/queries/chooser/results.html", {"queries": queries})
    return render_modal_workflow(
        request,
        "wagtailsearchpromotions/queries/chooser/chooser.html",
        None,
        {"queries": queries, "searchform": searchform},
        json_data={"step": "chooser"},
    )


def chooser_results(request: HttpRequest) -> HttpResponse:
    return chooser(request, get_results=True)


# Same paths as Wagtail's (under admin/searchpicks/), unnamed: reverse() keeps giving Wagtail's names.
urlpatterns = [
    path("", IndexView.as_view()),
    path("results/", IndexView.as_view(results_only=True)),
    path("add/", CreateView.as_view()),
    path("<int:query_id>/", EditView.as_view()),
    path("<int:query_id>/delete/", DeleteView.as_view()),
    path("queries/chooser/", chooser),
    path("queries/chooser/results/", chooser_results),
]
