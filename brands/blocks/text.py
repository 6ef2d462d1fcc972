"""Text blocks for page bodies: sections of running text, quotes, questions and answers, timelines."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from .primitives import RICH_TEXT_FEATURES, heading_block, json_ld, passage_language_block


class SectionBlock(blocks.StructBlock):
    """A titled section of running text."""

    heading = heading_block()
    text = blocks.RichTextBlock(
        label=_("Texte"),
        features=RICH_TEXT_FEATURES,
        max_length=6000,
        help_text=_("Des paragraphes courts se lisent mieux sur téléphone."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Section de texte")
        template = "brands/blocks/section_block.html"
        group = _("Texte")
        description = _("Un intertitre facultatif suivi de paragraphes, listes et liens.")
        preview_value = {
            "heading": "Un territoire qui se choisit",
            "text": "<p>Ici, on vient pour la nature et on reste pour les gens.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    """A quotation with its author and where it comes from."""

    text = blocks.TextBlock(label=_("Citation"), max_length=500, help_text=_("Sans guillemets : ils sont ajoutés."))
    author = blocks.CharBlock(label=_("Auteur ou autrice"), required=False, max_length=80)
    source = blocks.CharBlock(
        label=_("Fonction ou source"),
        required=False,
        max_length=120,
        help_text=_("Par exemple « maire de Saint-Privat » ou « Le Monde, 2024 »."),
    )
    language = passage_language_block()

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "brands/blocks/quote_block.html"
        group = _("Texte")
        description = _("Une phrase marquante, avec le nom de la personne qui l'a dite et sa fonction.")
        preview_value = {
            "text": "On est venus pour six mois, ça fait douze ans qu’on est là.",
            "author": "Claire Vialle",
            "source": "boulangère à Saint-Privat",
        }


def faq_page(questions: list[dict]) -> dict:
    """A schema.org FAQPage made of Question objects (see FaqBlock.questions)."""
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}


class FaqItemBlock(blocks.StructBlock):
    """One question and its answer."""

    question = blocks.CharBlock(label=_("Question"), max_length=200, help_text=_("Posée comme le ferait un visiteur."))
    answer = blocks.RichTextBlock(label=_("Réponse"), features=RICH_TEXT_FEATURES, max_length=2000)

    class Meta:
        icon = "help"
        label = _("Question")


class FaqBlock(blocks.StructBlock):
    """Frequently asked questions, unfolded one at a time, also described for search engines."""

    heading = heading_block()
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"), min_num=1, max_num=20)

    def questions(self, value) -> list[dict]:
        """The block's questions as schema.org Question objects."""
        return [
            {
                "@type": "Question",
                "name": item["question"],
                "acceptedAnswer": {"@type": "Answer", "text": expand_db_html(item["answer"].source)},
            }
            for item in value["items"]
        ]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Search engines expect one FAQPage per page: on a page, brands/public/seo.py gathers the questions of
        # all its FAQ blocks in the head. A block rendered on its own (admin preview) describes itself.
        if not isinstance((parent_context or {}).get("page"), Page):
            context["json_ld"] = json_ld(faq_page(self.questions(value)))
        return context

    class Meta:
        icon = "help"
        label = _("Questions fréquentes")
        template = "brands/blocks/faq_block.html"
        group = _("Texte")
        description = _("Jusqu'à vingt questions et leurs réponses, dépliables une à une.")
        preview_value = {
            "heading": "Vos questions sur l’installation",
            "items": [
                {
                    "question": "Y a-t-il une école près des villages ?",
                    "answer": "<p>Oui, chaque commune a une école à moins de 15 minutes en voiture.</p>",
                },
                {
                    "question": "Le télétravail est-il possible ?",
                    "answer": "<p>La fibre couvre 95 % des foyers et trois tiers-lieux accueillent les télétravailleurs.</p>",
                },
            ],
        }


class MilestoneBlock(blocks.StructBlock):
    """A dated step of a timeline."""

    year = blocks.IntegerBlock(label=_("Année"), min_value=1000, max_value=2100)
    date = blocks.DateBlock(
        label=_("Date précise"),
        required=False,
        help_text=_("Facultatif : le jour exact, s'il compte. Il doit tomber dans l'année indiquée."),
    )
    title = blocks.CharBlock(label=_("Titre"), max_length=90)
    text = blocks.TextBlock(label=_("Texte"), required=False, max_length=400)

    def clean(self, value):
        value = super().clean(value)
        if value.get("date") and value["date"].year != value["year"]:
            message = _("La date précise doit tomber dans l'année indiquée.")
            raise StructBlockValidationError(block_errors={"date": ValidationError(message)})
        return value

    class Meta:
        icon = "date"
        label = _("Étape")


def later_than(earlier, later) -> bool:
    """True when a milestone listed first happens after the next one."""
    if earlier["year"] != later["year"]:
        return earlier["year"] > later["year"]
    return bool(earlier.get("date") and later.get("date") and earlier["date"] > later["date"])


class TimelineBlock(blocks.StructBlock):
    """Dated milestones, from the oldest to the most recent."""

    heading = heading_block()
    milestones = blocks.ListBlock(MilestoneBlock(), label=_("Étapes"), min_num=1, max_num=20)

    def clean(self, value):
        value = super().clean(value)
        steps = list(value["milestones"])
        if any(later_than(earlier, later) for earlier, later in zip(steps, steps[1:], strict=False)):
            message = _("Classez les étapes de la plus ancienne à la plus récente.")
            raise StructBlockValidationError(
                block_errors={"milestones": ListBlockValidationError(non_block_errors=[ValidationError(message)])}
            )
        return value

    class Meta:
        icon = "history"
        label = _("Frise chronologique")
        template = "brands/blocks/timeline_block.html"
        group = _("Texte")
        description = _("Jusqu'à vingt étapes datées, de la plus ancienne à la plus récente.")
        preview_value = {
            "heading": "L'histoire du tiers-lieu",
            "milestones": [
                {
                    "year": 2019,
                    "title": "Une idée au café",
                    "text": "Quatre habitants veulent un lieu pour travailler.",
                },
                {"year": 2021, "title": "La mairie prête l’ancienne école", "text": ""},
                {"year": 2024, "title": "Trente membres", "text": "Le lieu ouvre six jours sur sept."},
            ],
        }
