"""The promoted results form, limited to the pages of the user's territory."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.forms.models import inlineformset_factory
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.forms import SearchPromotionForm, SearchPromotionsFormSet
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from brands.core.user_scope import scope_pages

FOREIGN_PAGE_MESSAGE = _(
    "Cette page appartient à un autre territoire : ne mettez en avant que des pages de votre site."
)
EXTERNAL_LINK_FIELDS = ("external_link_url", "external_link_text")


def own_promotions(user: AbstractBaseUser | AnonymousUser):
    """The promotions the user may manage: those of pages of their territory (every one for a superuser)."""
    promotions = SearchPromotion.objects.all()
    if user.is_superuser:
        return promotions
    return promotions.filter(page__in=scope_pages(Page.objects.all(), user))


class TerritoryPromotionForm(SearchPromotionForm):
    """A promoted page of the user's territory; no external link (it belongs to no site, so it never shows)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in EXTERNAL_LINK_FIELDS:
            del self.fields[name]
        page = self.fields["page"]
        page.required = True
        page.queryset = scope_pages(Page.objects.all(), self.for_user)
        page.error_messages["invalid_choice"] = FOREIGN_PAGE_MESSAGE
        page.error_messages["required"] = _("Choisissez la page à mettre en avant.")

    def clean(self) -> dict:
        # SearchPromotionForm.clean() reads the external link fields removed above: skip it, not its parents'.
        return super(SearchPromotionForm, self).clean()


class OwnPromotionsFormSet(SearchPromotionsFormSet):
    """Edits only the promotions it was given (the user's): another id posted by hand is an invalid choice."""

    def add_fields(self, form, index) -> None:
        super().add_fields(form, index)
        # Django offers every promotion of the database here; an unknown one would be silently skipped.
        form.fields["id"].queryset = self.get_queryset()


TerritoryPromotionsFormSet = inlineformset_factory(
    Query,
    SearchPromotion,
    form=TerritoryPromotionForm,
    formset=OwnPromotionsFormSet,
    can_order=True,
    can_delete=True,
    extra=0,
)
