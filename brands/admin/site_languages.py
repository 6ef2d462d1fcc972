"""The "Langues du site" admin screen: a territory's moderators choose the languages their site offers.

Ticking a language prepares its translated tree as drafts (brands/core/translation.py); unticking one
unpublishes that language's pages on this site only and keeps them, ready to come back. Superusers
reach every territory; a moderator only their own; editors choose nothing here.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from brands.core.errors import ProvisioningError
from brands.core.translation import LanguageChange, language_name, set_languages
from brands.models import Territory


def territories_for(user: AbstractBaseUser) -> QuerySet:
    """The territories whose languages the user may choose."""
    if user.is_superuser:
        return Territory.objects.all()
    return Territory.objects.filter(moderators_group__user=user)


class SiteLanguagesForm(forms.Form):
    languages = forms.MultipleChoiceField(
        label=gettext_lazy("Langues proposées en plus du français"),
        choices=[(code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=gettext_lazy(
            "Cocher une langue prépare toutes les pages du site en brouillon, à traduire puis publier une à une. "
            "Décocher une langue dépublie ses pages sans rien supprimer : la cocher à nouveau les remet en ligne."
        ),
    )


def change_message(change: LanguageChange) -> str:
    """What happened, in one sentence for the person who ticked or unticked the language."""
    name = language_name(change.language_code)
    if not change.added:
        count = len(change.unpublished)
        return ngettext(
            "%(name)s retiré : %(count)s page dépubliée et conservée.",
            "%(name)s retiré : %(count)s pages dépubliées et conservées.",
            count,
        ) % {"name": name, "count": count}
    created = ngettext(
        "%(count)s page préparée en brouillon à traduire",
        "%(count)s pages préparées en brouillon à traduire",
        len(change.created),
    ) % {"count": len(change.created)}
    republished = ngettext(
        "%(count)s page remise en ligne", "%(count)s pages remises en ligne", len(change.republished)
    ) % {"count": len(change.republished)}
    return _("%(name)s ajouté : %(created)s, %(republished)s.") % {
        "name": name,
        "created": created,
        "republished": republished,
    }


class SiteLanguagesView(WagtailAdminTemplateMixin, FormView):
    template_name = "brands/admin/site_languages.html"
    form_class = SiteLanguagesForm
    header_icon = "globe"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.territory = get_object_or_404(territories_for(request.user), slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self) -> str:
        return _("Langues du site")

    def get_page_subtitle(self) -> str:
        return self.territory.name

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*super().get_breadcrumbs_items(), {"url": "", "label": _("Langues du site")}]

    def get_initial(self) -> dict:
        return {"languages": [code for code in self.territory.languages if code != settings.LANGUAGE_CODE]}

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        root = self.territory.site.root_page
        counts = (
            Page.objects.filter(
                translation_key__in=Page.objects.descendant_of(root, inclusive=True).values("translation_key")
            )
            .values("locale__language_code")
            .annotate(total=Count("pk"), live=Count("pk", filter=Q(live=True)))
            .order_by()  # Page's default ordering by path would make one group per page
        )
        by_code = {row["locale__language_code"]: row for row in counts}
        context["languages"] = [
            {
                "code": code,
                "name": name,
                "offered": code in self.territory.languages,
                "total": by_code.get(code, {}).get("total", 0),
                "live": by_code.get(code, {}).get("live", 0),
            }
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        ]
        context["territory"] = self.territory
        context["other_territories"] = territories_for(self.request.user).exclude(pk=self.territory.pk)
        context["action_url"] = self.request.path
        context["submit_button_label"] = _("Enregistrer les langues")
        return context

    def form_valid(self, form: SiteLanguagesForm) -> HttpResponse:
        try:
            changes = set_languages(
                self.territory, [settings.LANGUAGE_CODE, *form.cleaned_data["languages"]], self.request.user
            )
        except ProvisioningError as error:
            form.add_error("languages", str(error))
            return self.form_invalid(form)
        for change in changes:
            messages.success(self.request, change_message(change))
        if not changes:
            messages.info(self.request, _("Aucun changement : le site propose déjà ces langues."))
        return redirect(self.request.path)


def site_languages_home(request: HttpRequest) -> HttpResponse:
    """The user's own territory, or for a superuser the first territory (the others are one click away)."""
    territory = territories_for(request.user).order_by("name").first()
    if territory is None:
        raise PermissionDenied
    return redirect("brands_site_languages", slug=territory.slug)


class SiteLanguagesMenuItem(MenuItem):
    """In the Settings menu, for those who may choose a territory's languages."""

    def is_shown(self, request: HttpRequest) -> bool:
        return territories_for(request.user).exists()


def menu_item() -> MenuItem:
    return SiteLanguagesMenuItem(
        gettext_lazy("Langues du site"), reverse("brands_site_languages_home"), icon_name="globe", order=300
    )


urlpatterns = [
    path("langues/", site_languages_home, name="brands_site_languages_home"),
    path("langues/<slug:slug>/", SiteLanguagesView.as_view(), name="brands_site_languages"),
]
