"""Storytelling blocks: the hero, key figures, the territory's strengths, portraits and the latest stories.

Blocks here speak about the territory itself (its people, numbers and strengths); anything that points at
strengths or stories refers to their models by name, because brands.models imports this package.
"""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from brands.public.story_listing import featured_stories, latest_stories
from brands.public.untranslated import mark_untranslated

from .primitives import LinkBlock, button_links, heading_block, image_block, passage_language_block


class HeroBlock(blocks.StructBlock):
    """A large opening banner: image, title, subtitle and up to two buttons."""

    image = image_block(required=False, label=_("Image"))
    title = blocks.CharBlock(label=_("Titre"), max_length=90, help_text=_("Une promesse courte, en une ligne."))
    subtitle = blocks.TextBlock(
        label=_("Sous-titre"), required=False, max_length=240, help_text=_("Une ou deux phrases. Facultatif.")
    )
    links = button_links()

    class Meta:
        icon = "image"
        label = _("Bandeau d'accroche")
        template = "brands/blocks/hero_block.html"
        group = _("Récit")
        description = _("Une grande image avec un titre, un sous-titre et jusqu'à deux boutons.")
        preview_value = {
            "title": "Vivre et travailler en Xaintrie",
            "subtitle": "Des villages vivants, la fibre partout et des gorges sauvages à dix minutes.",
            "links": [
                {"label": "Découvrir nos atouts", "url": "https://example.org/atouts"},
                {"label": "Nous contacter", "url": "https://example.org/contact"},
            ],
        }


class AudienceDoorBlock(blocks.StructBlock):
    """One way in, for one audience: « Vivre ici », « Entreprendre », « Découvrir »."""

    title = blocks.CharBlock(
        label=_("Titre"), max_length=40, help_text=_("Par exemple « Vivre ici » : court, il tient sur un téléphone.")
    )
    text = blocks.TextBlock(
        label=_("Texte"),
        required=False,
        max_length=160,
        help_text=_("Une phrase : ce que cette personne trouvera en suivant le lien."),
    )
    link = LinkBlock(label=_("Lien"))
    image = image_block(required=False, label=_("Image"))

    class Meta:
        icon = "arrow-right"
        label = _("Porte d'entrée")


class AudienceDoorsBlock(blocks.StructBlock):
    """Two or three ways in, one per audience, right under the home's promise."""

    heading = heading_block(help_text=_("Facultatif, par exemple « Vous êtes… »."))
    doors = blocks.ListBlock(AudienceDoorBlock(), label=_("Portes d'entrée"), min_num=2, max_num=3)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = context.get("request")
        context["doors"] = [(door, door["link"].href(request)) for door in value["doors"]]
        return context

    class Meta:
        icon = "arrow-right"
        label = _("Portes d'entrée")
        template = "brands/blocks/audience_doors_block.html"
        group = _("Récit")
        description = _("Deux ou trois entrées, une par public (habiter, entreprendre, visiter), chacune vers sa page.")
        preview_value = {
            "heading": "",
            "doors": [
                {
                    "title": "Vivre ici",
                    "text": "Logement, écoles, santé, fibre : tout pour s’installer en famille.",
                    "link": {"label": "Vivre ici", "url": "https://example.org/vivre-ici"},
                },
                {
                    "title": "Entreprendre",
                    "text": "Locaux, aides et réseau : on vous accompagne dans votre projet.",
                    "link": {"label": "Entreprendre", "url": "https://example.org/entreprendre"},
                },
                {
                    "title": "Découvrir",
                    "text": "Rivières, villages et tables paysannes, au rythme du territoire.",
                    "link": {"label": "Découvrir", "url": "https://example.org/decouvrir"},
                },
            ],
        }


class KeyFigureBlock(blocks.StructBlock):
    """One key figure with its source: a number without a source is not credible."""

    value = blocks.CharBlock(label=_("Valeur"), max_length=12, help_text=_("Par exemple 1 000 ou 2 642."))
    unit = blocks.CharBlock(label=_("Unité"), required=False, max_length=20, help_text=_("Par exemple m, km, %."))
    label = blocks.CharBlock(label=_("Ce que mesure le chiffre"), max_length=90)
    source = blocks.CharBlock(label=_("Source"), max_length=120, help_text=_("Par exemple INSEE, recensement."))
    year = blocks.IntegerBlock(label=_("Année"), required=False, min_value=1900, max_value=2100)

    class Meta:
        icon = "order"
        label = _("Chiffre")


class KeyFiguresBlock(blocks.StructBlock):
    """A row of sourced key figures ("chiffres clés")."""

    heading = heading_block()
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Chiffres"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        label = _("Chiffres clés")
        template = "brands/blocks/key_figures_block.html"
        group = _("Récit")
        description = _("Jusqu'à six chiffres marquants, chacun avec sa source et son année.")
        preview_value = {
            "heading": "Le territoire en chiffres",
            "figures": [
                {"value": "2 642", "unit": "m", "label": "altitude du col du Galibier", "source": "IGN", "year": 2024},
                {"value": "1", "unit": "ha", "label": "de foncier à reconvertir", "source": "Commune", "year": 2025},
            ],
        }


class StrengthsGridBlock(blocks.StructBlock):
    """A grid of strengths chosen among this territory's strengths."""

    heading = heading_block()
    strengths = blocks.ListBlock(
        SnippetChooserBlock("brands.Strength", label=_("Atout")),
        label=_("Atouts"),
        min_num=1,
        max_num=12,
        help_text=_("Choisissez jusqu'à douze atouts de votre territoire, dans l'ordre où ils doivent s'afficher."),
    )

    def bulk_to_python(self, values):
        grids = super().bulk_to_python(values)
        # Each card shows its strength's image: joined when the body was read (core/stream_prefetch.py), else
        # one query for every grid of the page, not one per card.
        strengths = [strength for grid in grids for strength in grid["strengths"] if strength]
        prefetch_related_objects(strengths, "image")
        mark_untranslated(strengths)
        return grids

    def get_preview_value(self):
        # Unsaved examples: the preview must not depend on (or reveal) any territory's data.
        strength = self.child_blocks["strengths"].child_block.target_model
        examples = [
            strength(
                title="La fibre dans chaque village",
                category="mobility",
                pitch="Télétravailler depuis une ferme rénovée, c’est possible : tout le territoire est raccordé.",
                figure_value="98",
                figure_unit="%",
                figure_label="des foyers raccordables à la fibre",
                figure_source="Arcep",
                figure_year=2024,
            ),
            strength(
                title="Trois vallées préservées",
                category="nature",
                pitch="Des rivières où l’on se baigne, des forêts et des sentiers au départ de chaque bourg.",
            ),
        ]
        return self.normalize({"heading": "Pourquoi s’installer ici", "strengths": examples})

    class Meta:
        icon = "pick"
        label = _("Grille d'atouts")
        template = "brands/blocks/strengths_grid_block.html"
        group = _("Récit")
        description = _("Les atouts de votre territoire que vous choisissez, en cartes avec leur chiffre clé.")


class PortraitBlock(blocks.StructBlock):
    """A testimonial: a photo, a name, a role and a quote, with a link to the full story."""

    photo = image_block(label=_("Photo"))
    name = blocks.CharBlock(label=_("Nom"), max_length=80, help_text=_("Prénom et nom, ou prénom seul."))
    role = blocks.CharBlock(
        label=_("Rôle"),
        required=False,
        max_length=120,
        help_text=_("Par exemple « installée à Argentat depuis 2021, menuisière »."),
    )
    quote = blocks.TextBlock(label=_("Témoignage"), max_length=600, help_text=_("Sans guillemets : ils sont ajoutés."))
    language = passage_language_block()
    story = blocks.PageChooserBlock(
        label=_("Récit complet"),
        page_type="brands.StoryPage",
        required=False,
        help_text=_("Facultatif : le récit de cette personne, s'il est publié sur le site."),
    )

    class Meta:
        icon = "user"
        label = _("Portrait")
        template = "brands/blocks/portrait_block.html"
        group = _("Récit")
        description = _("Le témoignage d'un habitant : photo, nom, rôle et citation, avec un lien vers son récit.")
        preview_value = {
            "name": "Léa Bouscarat",
            "role": "installée à Argentat depuis 2021, menuisière",
            "quote": "J’ai trouvé un atelier, des clients et des voisins qui passent dire bonjour.",
        }


class LatestStoriesBlock(blocks.StructBlock):
    """The latest stories of this site, filtered by strength or by tag if chosen."""

    heading = heading_block()
    strength = SnippetChooserBlock(
        "brands.Strength",
        label=_("Atout"),
        required=False,
        help_text=_("Facultatif : n'afficher que les récits liés à cet atout."),
    )
    tag = blocks.CharBlock(
        label=_("Thème"),
        required=False,
        max_length=50,
        help_text=_("Facultatif : n'afficher que les récits qui portent ce thème, par exemple « artisanat »."),
    )
    count = blocks.IntegerBlock(
        label=_("Nombre de récits"), default=3, min_value=3, max_value=12, help_text=_("Entre 3 et 12.")
    )
    stories = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="brands.StoryPage", label=_("Récit")),
        label=_("Récits à la une"),
        min_num=0,
        max_num=6,
        help_text=_(
            "Facultatif : les récits à mettre en avant, dans cet ordre (l'atout, le thème et le nombre ne "
            "comptent plus). Sans choix, les plus récents."
        ),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = [story for story in value.get("stories") or [] if story]  # a deleted story leaves None
        if chosen:
            context["stories"] = featured_stories(context.get("request"), chosen, context.get("page"))
            return context
        context["stories"] = latest_stories(
            context.get("request"),
            value.get("strength"),
            value.get("tag") or "",
            value.get("count") or 3,
            current_page=context.get("page"),
        )
        return context

    class Meta:
        icon = "list-ul"
        label = _("Derniers récits")
        template = "brands/blocks/latest_stories_block.html"
        group = _("Récit")
        description = _("Les récits que vous mettez à la une, ou les plus récents du site, en cartes.")
        preview_value = {"heading": "Ils et elles racontent", "count": 3}
