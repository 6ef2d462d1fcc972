"""Vallon d'Aveyron: a village (fictional Saint-Aurèle) with a one-hectare site and a tiers-lieu to fill."""

from functools import partial

from .. import images, landscapes
from ..schema import (
    Artwork,
    Contact,
    Faq,
    Figure,
    FooterColumn,
    KeyFigure,
    KeyFigures,
    LatestStories,
    Link,
    Map,
    PageContent,
    Palette,
    Question,
    Section,
    TerritoryContent,
)
from .common import FRANCE_TRAVAIL, SERVICE_PUBLIC, fictional_partner, legal

PALETTE = Palette(primary="#8a3b1f", secondary="#4a5a2a", accent="#e9c46a", text="#2a1f1a", background="#fdf8f1")
CONTACT = Contact(
    email="bonjour@vallon-aveyron.example.fr",
    phone="05 36 49 18 52",
    address="Mairie de Saint-Aurèle\n3 place de la Fontaine\n12340 Saint-Aurèle",
    mastodon_url="https://mastodon.example.fr/@vallonaveyron",
    linkedin_url="https://reseau.example.fr/vallon-aveyron",
)
FICTIONAL_VILLAGE = (
    "Saint-Aurèle est un village fictif ; les surfaces et les dates sont des estimations de démonstration."
)

HERO = Artwork(
    "Le village de Saint-Aurèle et ses champs (illustration, village fictif)",
    partial(landscapes.fields_and_hills, PALETTE, 31),
)
SITE_PLAN = Artwork("Plan du site d’un hectare à reconvertir (illustration)", partial(images.site_plan, PALETTE, 32))
TOWN_HALL = Artwork(
    "L’ancienne mairie de Saint-Aurèle, futur tiers-lieu (illustration, village fictif)",
    partial(images.town_hall, PALETTE, "Tiers-lieu"),
)
LOGO = Artwork("Logo Vallon d’Aveyron (démonstration)", partial(images.monogram, "VA", PALETTE, 4))

INVEST = PageContent(
    title="Investir en Aveyron",
    intro=(
        "Un hectare d’un seul tenant, des bâtiments solides, une route départementale à la porte : le site libéré à "
        "Saint-Aurèle attend des projets d’activité. La commune vous accompagne de la première visite à l’installation."
    ),
    search_description="Le site d’un hectare à reconvertir à Saint-Aurèle, en Aveyron : surfaces, réseaux, accompagnement.",
    admin_note=f"{FICTIONAL_VILLAGE} Léa et Karim sont des personnes fictives.",
    body=(
        Figure(
            SITE_PLAN,
            alt=(
                "Plan dessiné : un carré de cent mètres de côté bordé par une route, avec deux halles, un parking "
                "et des arbres autour."
            ),
            caption="Le site d’un hectare : deux halles, un parking et un accès direct à la route départementale.",
        ),
        Section(
            "Un hectare d’un seul tenant",
            "<ul><li>10 000 m² de terrain, dont environ 2 400 m² de halles réutilisables ;</li>"
            "<li>eau, électricité en puissance industrielle, raccordement à la fibre optique prévu ;</li>"
            "<li>accès poids lourds par la route départementale, parking sur place ;</li>"
            "<li>possibilité de diviser le site entre plusieurs entreprises.</li></ul>",
        ),
        Section(
            "Comment nous accompagnons votre projet",
            "<ol><li>une visite du site avec les élus et l’ancien responsable technique ;</li>"
            "<li>une étude des besoins : surfaces, travaux, calendrier ;</li>"
            "<li>la mise en relation avec les financeurs publics et les banques ;</li>"
            "<li>un accueil personnalisé de vos salariés et de leurs familles.</li></ol>",
        ),
        Section(
            "Ils sont venus",
            "<p>« Nous cherchions un atelier assez grand pour la menuiserie et un village où nos enfants grandiraient "
            "au calme. À Saint-Aurèle, nous avons trouvé les deux, et des voisins qui nous ont aidés à démarrer. » "
            "<i>Léa et Karim, menuisiers-agenceurs.</i></p>",
        ),
        Faq(
            "Questions des entreprises",
            (
                Question(
                    "Le site peut-il être divisé ?", "<p>Oui, en deux ou trois lots desservis par la même entrée.</p>"
                ),
                Question(
                    "Quels délais pour s’installer ?",
                    "<p>Quelques mois pour une halle existante ; davantage si des travaux lourds sont nécessaires.</p>",
                ),
            ),
        ),
        Map("L’aéroport de Rodez-Aveyron", "Aéroport de Rodez-Aveyron\n12330 Salles-la-Source", 44.4089, 2.4828, 12),
        LatestStories("Le projet, au fil des mois", tag="entreprendre"),
    ),
    show_toc=True,
)

THIRD_PLACE = PageContent(
    title="Le tiers-lieu de l’ancienne mairie",
    intro=(
        "La mairie a déménagé ; son bâtiment devient un lieu partagé pour travailler, fabriquer, se former et se "
        "retrouver."
    ),
    search_description="Coworking, atelier de fabrication numérique et café associatif dans l’ancienne mairie.",
    admin_note=FICTIONAL_VILLAGE,
    body=(
        Figure(
            TOWN_HALL,
            alt="Dessin de la façade de l’ancienne mairie : deux étages, une horloge, et une enseigne « Tiers-lieu ».",
            caption="La façade de l’ancienne mairie, sur la place du village.",
        ),
        Section(
            "Ce que vous y trouverez",
            "<ul><li>des postes de travail partagé, avec une connexion rapide ;</li>"
            "<li>un atelier de fabrication numérique : imprimantes 3D, découpe laser, outillage ;</li>"
            "<li>une salle de réunion à réserver ;</li>"
            "<li>un café associatif, ouvert aux habitants comme aux visiteurs.</li></ul>",
        ),
        KeyFigures(
            "Le projet",
            (
                KeyFigure("320", "m²", "pour le tiers-lieu, sur deux niveaux", "Commune (projet)", 2025),
                KeyFigure("12", "postes", "de travail partagé", "Commune (projet)", 2025),
                KeyFigure(
                    "3", "jours", "d’ouverture par semaine au lancement", "Association du tiers-lieu (projet)", 2025
                ),
            ),
        ),
        Section(
            "Un lieu géré avec les habitants",
            "<p>Une association réunit la commune, des entrepreneurs et des habitants pour faire vivre le lieu. "
            "Chacun peut y proposer un atelier, une permanence ou une soirée.</p>",
        ),
    ),
)

LEGAL = legal("la commune de Saint-Aurèle", "Le maire ou la maire de Saint-Aurèle.")

HOME = PageContent(
    title="Vallon d’Aveyron",
    intro=(
        "À Saint-Aurèle, au cœur de l’Aveyron, le départ d’une grande entreprise libère un site d’un hectare. Le "
        "village en fait une chance : accueillir de nouvelles activités et ouvrir un tiers-lieu dans son ancienne mairie."
    ),
    search_description="Saint-Aurèle, village d’Aveyron : un hectare pour entreprendre et un tiers-lieu dans l’ancienne mairie.",
    admin_note=FICTIONAL_VILLAGE,
    body=(
        Section(
            "Une page se tourne, une autre s’écrit",
            "<p>Pendant des décennies, une grande entreprise a fait vivre le village. Son départ laisse un site d’un "
            "hectare, des bâtiments solides et, chez les habitants, des compétences précieuses.</p>"
            "<p>Plutôt que de subir, la commune a choisi d’agir : elle propose ce foncier à des entreprises et "
            "transforme l’ancienne mairie en tiers-lieu, pour que chacun trouve ici où travailler, se former et se "
            "rencontrer.</p>",
        ),
        KeyFigures(
            "Le site en bref",
            (
                KeyFigure("1", "ha", "de foncier à reconvertir, d’un seul tenant", "Commune (cadastre)", 2025),
                KeyFigure("2 400", "m²", "de halles existantes, réutilisables", "Commune (estimation)", 2025),
                KeyFigure("320", "m²", "pour le tiers-lieu de l’ancienne mairie", "Commune (projet)", 2025),
            ),
        ),
        Figure(
            TOWN_HALL,
            alt="Dessin de la façade de l’ancienne mairie : deux étages, une horloge, et une enseigne « Tiers-lieu ».",
            caption="L’ancienne mairie, bientôt ouverte à tous ceux qui veulent travailler et créer au village.",
        ),
        Section(
            "Vivre au village",
            "<p>École, boulangerie, médecin à dix minutes, associations actives : Saint-Aurèle a gardé ce qui fait "
            "une vie de village. Les prix de l’immobilier restent accessibles, et les chemins de randonnée partent "
            "de la place.</p>",
        ),
    ),
)

AVEYRON = TerritoryContent(
    slug="aveyron",
    name="Vallon d’Aveyron",
    languages=("fr",),
    brand_name="Vallon d’Aveyron",
    tagline="Un hectare, une ancienne mairie et tout un village prêt à vous accueillir.",
    palette=PALETTE,
    font_pairing="classique",
    contact=CONTACT,
    logo=LOGO,
    hero=HERO,
    home=HOME,
    pages=(INVEST, THIRD_PLACE),
    legal=LEGAL,
    # « S’installer » and « Entreprendre » open the menu (content.py); the investors' page stays in the footer.
    menu=(Link("Le tiers-lieu", page=THIRD_PLACE),),
    footer=(
        FooterColumn("Entreprendre", (Link(page=INVEST), Link("Le tiers-lieu", page=THIRD_PLACE))),
        FooterColumn(
            "Services utiles",
            (SERVICE_PUBLIC, FRANCE_TRAVAIL, Link("Préfecture de l’Aveyron", url="https://www.aveyron.gouv.fr/")),
        ),
    ),
    partners=(
        fictional_partner("Association du tiers-lieu de Saint-Aurèle", PALETTE.primary, PALETTE.accent, 4),
        fictional_partner("Club des entrepreneurs du Vallon", PALETTE.secondary, PALETTE.accent, 0),
        fictional_partner(
            "Coopérative des artisans du Vallon", "#5b3a6b", PALETTE.accent, 6, "https://artisans-vallon.example.fr/"
        ),
    ),
)
