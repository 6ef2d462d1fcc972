"""Rich-text features of the editor: marking the language of a passage (« EN », « GCF »… in the toolbar).

Each content language is an inline style of Draftail, stored as <span lang="en">: the rich text keeps it,
and the page renders it as is. See `brands/core/passage_languages.py` for why.
"""

from django.conf import settings
from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.rich_text.editors.draftail import features as draftail_features
from wagtail.rich_text import FeatureRegistry

from brands.core.passage_languages import passage_feature


def describe_passage(name: str) -> str:
    return gettext("Passage en %(language)s") % {"language": name}


# The toolbar is registered once, at start-up: its tooltip is translated when drawn, in the editor's language.
passage_description = lazy(describe_passage, str)


def register_passage_languages(features: FeatureRegistry) -> None:
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        feature, style = passage_feature(code), f"LANG_{code.upper()}"
        name = translation.get_language_info(code)["name_local"]
        control = {
            "type": style,
            "label": code.upper(),
            "description": passage_description(name),
        }
        features.register_editor_plugin("draftail", feature, draftail_features.InlineStyleFeature(control))
        features.register_converter_rule(
            "contentstate",
            feature,
            {
                "from_database_format": {f'span[lang="{code}"]': InlineStyleElementHandler(style)},
                "to_database_format": {"style_map": {style: {"element": "span", "props": {"lang": code}}}},
            },
        )
