"""The admin menus for site-owned snippets: "Atouts" and "Menus et signature"."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column

from brands.admin.site_snippets import SiteOwnedForm, SiteSnippetViewSet
from brands.models import Navigation, Strength


class StrengthViewSet(SiteSnippetViewSet):
    """ "Atouts" in the admin menu: the strengths of the user's own territory."""

    model = Strength
    icon = "pick"
    menu_label = _("Atouts")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "category", Column("figure", label=_("Chiffre clé"))]
    list_filter = ["category"]
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldPanel("title"),
            FieldPanel("category"),
            FieldPanel("pitch"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("figure_value"), FieldPanel("figure_unit")]),
                    FieldPanel("figure_label"),
                    FieldRowPanel([FieldPanel("figure_source"), FieldPanel("figure_year")]),
                ],
                heading=_("Chiffre clé"),
            ),
            FieldPanel("image"),
            FieldPanel("sort_order"),
        ],
        base_form_class=SiteOwnedForm,
    )


class NavigationViewSet(SiteSnippetViewSet):
    """ "Menus et signature" in the admin menu: one per language, translated with wagtail-localize."""

    model = Navigation
    icon = "list-ul"
    menu_label = _("Menus et signature")
    menu_order = 260
    add_to_admin_menu = True
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldPanel("tagline"),
            FieldPanel("menu_items"),
            FieldPanel("footer_columns"),
        ],
        base_form_class=SiteOwnedForm,
    )
