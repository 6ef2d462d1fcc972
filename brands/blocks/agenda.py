"""The agenda in a page body: the next events of the territory, asked of the agenda app through
brands/public/upcoming.py (the block library never imports a visitor domain)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from brands.public.upcoming import event_categories, upcoming_events

from .primitives import heading_block


class UpcomingEventsBlock(blocks.StructBlock):
    """The next events of this site's agenda, in the page's language, with a link to the agenda."""

    heading = heading_block()
    count = blocks.IntegerBlock(
        label=_("Nombre d’évènements"), default=3, min_value=1, max_value=6, help_text=_("Entre 1 et 6.")
    )
    category = blocks.ChoiceBlock(
        label=_("Catégorie"),
        choices=event_categories,
        required=False,
        help_text=_("Facultatif : n’afficher que les évènements de cette catégorie, par exemple les marchés."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["upcoming"] = upcoming_events(
            context.get("request"), context.get("page"), value.get("count") or 3, value.get("category") or ""
        )
        context["is_block_preview"] = (parent_context or {}).get("block_def") is self
        return context

    class Meta:
        icon = "date"
        label = _("Prochains évènements")
        template = "brands/blocks/upcoming_events_block.html"
        group = _("Récit")
        description = _(
            "Les prochains évènements de l’agenda du territoire, en cartes, avec un lien vers l’agenda. "
            "Sans agenda publié, le bloc n’affiche rien."
        )
        preview_value = {"heading": "Bientôt près de chez vous", "count": 3, "category": ""}
