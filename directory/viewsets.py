"""« Annuaire » in the admin menu: the entries of the user's own territory, sealed per site."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column

from brands.admin.site_snippets import SiteSnippetViewSet, objects_for_user

from . import hours
from .forms import DirectoryEntryForm, day_field
from .models import DirectoryEntry


class DirectoryEntryFilterSet(WagtailFilterSet):
    """Category, and the communes of the user's own entries."""

    commune = django_filters.ChoiceFilter(label=_("Commune"), choices=[])

    class Meta:
        model = DirectoryEntry
        fields = ["category", "commune"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.request is not None:
            communes = (
                objects_for_user(DirectoryEntry, self.request.user)
                .order_by("commune")
                .values_list("commune", flat=True)
                .distinct()
            )
            self.filters["commune"].extra["choices"] = [(name, name) for name in communes]


class DirectoryEntryViewSet(SiteSnippetViewSet):
    """ "Annuaire" in the admin menu: the local actors of the user's own territory."""

    model = DirectoryEntry
    icon = "group"
    menu_label = _("Annuaire")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["name", "category", "commune", Column("label_list", label=_("Labels"))]
    filterset_class = DirectoryEntryFilterSet
    list_per_page = 50
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
            FieldRowPanel([FieldPanel("category"), FieldPanel("commune")]),
            FieldPanel("labels"),
            FieldPanel("description"),
            FieldPanel("photo"),
            MultiFieldPanel(
                [
                    FieldPanel("address"),
                    FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                    FieldPanel("website"),
                ],
                heading=_("Adresse et contact"),
            ),
            MultiFieldPanel(
                [FieldPanel(day_field(day)) for day in hours.WEEKDAYS] + [FieldPanel("hours_note")],
                heading=_("Horaires d’ouverture"),
            ),
        ],
        base_form_class=DirectoryEntryForm,
    )
