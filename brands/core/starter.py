"""A new territory's starter site: what `create_territory` and the wizard leave, so that it never opens blank.

A composed home (a placeholder image in the platform's colours, a welcome text telling the staff what to
replace, ways in to « Nos atouts » and the stories), those two pages, and a menu leading to them. Everything
is ordinary content: the staff edit or delete it like any page.
"""

import json
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from brands.models import Navigation, StoryIndexPage, StrengthsPage

# The platform's own colours (brands/static/brands/img/metre-carre.svg): the staff will replace the image.
PLACEHOLDER_COLOURS = ((31, 95, 139), (45, 90, 61))
PLACEHOLDER_SIZE = (1600, 900)

WELCOME = (
    "<p>Ce site vient d'être créé avec Mètre Carré. Remplacez ce texte par ce qui fait envie de venir chez vous : "
    "vos paysages, vos savoir-faire, vos habitants.</p>"
    "<p>Pour commencer : changez l'image d'accueil et son accroche (en haut de cette page), ajoutez vos atouts "
    "(menu « Atouts » de l'administration), puis écrivez un premier récit dans « Histoires ». Le guide de "
    "l'éditeur, dans le menu Aide, montre chaque étape.</p>"
)


def placeholder_image(collection: Collection, name: str):
    """A plain gradient in the platform's colours, marked as a placeholder in its title."""
    canvas = PillowImage.new("RGB", PLACEHOLDER_SIZE)
    draw = ImageDraw.Draw(canvas)
    (r1, g1, b1), (r2, g2, b2) = PLACEHOLDER_COLOURS
    width, height = PLACEHOLDER_SIZE
    for y in range(height):
        mix = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=(round(r1 + (r2 - r1) * mix), round(g1 + (g2 - g1) * mix), round(b1 + (b2 - b1) * mix)),
        )
    buffer = BytesIO()
    canvas.save(buffer, format="JPEG", quality=85)
    image = get_image_model()(
        title=f"Image d'accueil provisoire — {name} (à remplacer)",
        collection=collection,
        file=ImageFile(buffer, name="accueil-provisoire.jpg"),
    )
    image.save()
    return image


def add_starter_pages(home: Page, collection: Collection, navigation: Navigation) -> None:
    """Publish « Nos atouts » and « Histoires », compose the home, and put both pages in the menu."""
    strengths = StrengthsPage(
        title="Nos atouts",
        slug="nos-atouts",
        intro="Les forces du territoire, avec leurs chiffres clés : ajoutez-les dans le menu « Atouts ».",
    )
    index = StoryIndexPage(
        title="Histoires",
        slug="histoires",
        intro="Portraits, témoignages et reportages : celles et ceux qui font vivre le territoire.",
    )
    for page in (strengths, index):
        home.add_child(instance=page)
        page.save_revision().publish()

    def door(title: str, text: str, page: Page) -> dict:
        return {"title": title, "text": text, "link": {"label": "", "page": page.pk, "url": ""}, "image": None}

    home.hero_image = placeholder_image(collection, home.title)
    home.intro = "Une phrase qui dit la promesse du territoire : remplacez-la dans l'administration."
    home.body = json.dumps(
        [
            {"type": "section", "value": {"heading": "Bienvenue", "text": WELCOME}},
            {
                "type": "audience_doors",
                "value": {
                    "heading": "",
                    "doors": [
                        door("Nos atouts", "Ce qui fait la force du territoire, en chiffres.", strengths),
                        door("Histoires", "Celles et ceux qui y vivent et y travaillent.", index),
                    ],
                },
            },
            {
                "type": "latest_stories",
                "value": {"heading": "Les derniers récits", "strength": None, "tag": "", "count": 3, "stories": []},
            },
        ]
    )
    home.save_revision().publish()
    navigation.menu_items = [("link", {"label": "", "page": page, "url": ""}) for page in (strengths, index)]
    navigation.save()
