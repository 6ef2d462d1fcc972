"""Faucogney-et-la-Mer (Haute-Saône): craftspeople, industry and the plateau des Mille Étangs."""

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

PALETTE = Palette(primary="#1e5a4c", secondary="#234e70", accent="#e8b04a", text="#1b2421", background="#fbfaf6")
CONTACT = Contact(
    email="contact@faucogney.example.fr",
    phone="03 53 01 42 17",
    address="Maison du territoire\n1 place de la Halle\n70310 Faucogney-et-la-Mer",
    mastodon_url="https://mastodon.example.fr/@faucogney",
    youtube_url="https://video.example.fr/c/faucogney",
)

ESTIMATE = "Communauté de communes (estimation)"

HERO = Artwork(
    "Étang du plateau des Mille Étangs au crépuscule (illustration)",
    partial(landscapes.ponds_and_forest, PALETTE, 11),
)
PONDS_MAP = Artwork("Le plateau des Mille Étangs vu du ciel (illustration)", partial(images.ponds_map, PALETTE, 12))
LOGO = Artwork("Logo Faucogney-et-la-Mer (démonstration)", partial(images.monogram, "FM", PALETTE, 0))

SETTLE = PageContent(
    title="S’installer à Faucogney",
    intro=(
        "Travailler, se loger, scolariser ses enfants, reprendre un commerce : tout ce qu’il faut savoir pour poser "
        "ses valises au pied du plateau des Mille Étangs."
    ),
    search_description="Emploi, logement, commerces à reprendre et vie quotidienne à Faucogney-et-la-Mer.",
    admin_note="Claire et Julien sont des personnes fictives, inventées pour la démonstration.",
    body=(
        Section(
            "Travailler ici",
            "<p>L’industrie recrute des opérateurs, des techniciens et des régleurs ; les artisans cherchent des "
            "apprentis et, souvent, un successeur. Plusieurs commerces et ateliers du bourg sont à reprendre.</p>"
            "<p>La Maison du territoire accompagne chaque projet : premier rendez-vous, visite des locaux, mise en "
            "relation avec le cédant et avec les financeurs.</p>",
        ),
        Section(
            "Se loger",
            "<p>Maisons de bourg, fermes à rénover, terrains à bâtir : le logement reste abordable. Avant d’acheter, "
            "renseignez-vous sur les aides à la rénovation énergétique, qui peuvent alléger nettement la facture.</p>",
        ),
        Section(
            "Vivre au quotidien",
            "<ul><li>une école, des commerces de proximité et un marché dans le bourg ;</li>"
            "<li>des associations sportives et culturelles qui accueillent volontiers les nouveaux venus ;</li>"
            "<li>Lure et sa gare à une trentaine de minutes de route.</li></ul>",
        ),
        Section(
            "Ils ont choisi Faucogney",
            "<p>« Nous avons quitté Besançon pour reprendre la boulangerie du bourg. Les clients nous ont adoptés "
            "dès la première semaine, et nos enfants vont à l’école à pied. » <i>Claire et Julien, boulangers.</i></p>",
        ),
        Faq(
            "Vos questions avant de venir",
            (
                Question(
                    "Y a-t-il des logements à louer ?",
                    "<p>Oui, en nombre limité : la Maison du territoire tient la liste des logements communaux et des "
                    "annonces des particuliers.</p>",
                ),
                Question(
                    "Comment reprendre un commerce ?",
                    "<p>Prenez rendez-vous : nous organisons la visite, la rencontre avec le cédant et le lien avec "
                    "les financeurs.</p>",
                ),
            ),
        ),
        Map("La Maison du territoire", "1 place de la Halle\n70310 Faucogney-et-la-Mer", 47.8417, 6.5669, 15),
        LatestStories("Ils racontent leur installation", tag="s’installer"),
    ),
    show_toc=True,
)

CRAFTS = PageContent(
    title="Artisans et savoir-faire",
    intro="Une industrie de renom, des artisans et des commerçants soudés : le bourg vit de ce que ses habitants savent faire.",
    search_description="L’industrie, l’artisanat et les commerces de Faucogney-et-la-Mer, dans les Vosges saônoises.",
    body=(
        Section(
            "Une tradition industrielle",
            "<p>Le groupe SEB est le premier employeur du secteur. Autour de lui s’est construit un savoir-faire "
            "industriel précieux : fabrication, maintenance, qualité, logistique. Ces compétences sont une force pour "
            "accueillir de nouvelles entreprises et diversifier l’emploi local.</p>",
        ),
        Section(
            "Les artisans du bourg",
            "<p>Menuisiers, ébénistes, électriciens, maçons, garagistes : les artisans de Faucogney travaillent le "
            "bois des forêts voisines et entretiennent le bâti ancien. Les commerces du bourg, eux, font vivre la "
            "place toute l’année.</p>"
            "<p>Pour les faire connaître, le territoire publie un annuaire des artisans et organise chaque automne "
            "des portes ouvertes dans les ateliers.</p>",
        ),
        KeyFigures(
            "L’économie locale",
            (
                KeyFigure("1er", "", "employeur du secteur : le groupe SEB", ESTIMATE, 2025),
                KeyFigure("40", "", "artisans et commerçants dans le bourg et alentour", ESTIMATE, 2025),
            ),
        ),
    ),
)

LEGAL = legal(
    "la Maison du territoire de Faucogney-et-la-Mer", "Le président ou la présidente de la Maison du territoire."
)

HOME = PageContent(
    title="Faucogney-et-la-Mer",
    intro=(
        "Aux portes des Vosges saônoises, Faucogney-et-la-Mer veille sur le plateau des Mille Étangs. Des artisans et "
        "des commerçants, une industrie qui emploie, des forêts et des eaux à perte de vue : ici, on vient pour "
        "respirer et on reste pour construire."
    ),
    search_description="Faucogney-et-la-Mer et le plateau des Mille Étangs : s’installer, travailler, randonner.",
    admin_note="Les chiffres clés sont des estimations pour la démonstration.",
    body=(
        Section(
            "Un bourg qui sait faire",
            "<p>Faucogney vit au rythme de ses artisans, de ses commerces et de son industrie. Le groupe SEB, premier "
            "employeur du secteur, y entretient un savoir-faire reconnu, transmis de génération en génération.</p>"
            "<p>Autour de lui, menuisiers, boulangers, électriciens ou ébénistes forment un tissu serré, qui fait "
            "vivre le bourg toute l’année et accueille volontiers les nouveaux venus.</p>",
        ),
        KeyFigures(
            "Le territoire en chiffres",
            (
                KeyFigure(
                    "850", "étangs", "environ, sur le plateau des Mille Étangs", "Office de tourisme (estimation)"
                ),
                KeyFigure("40", "", "artisans et commerçants", ESTIMATE, 2025),
                KeyFigure("1er", "", "employeur du secteur : le groupe SEB", ESTIMATE, 2025),
            ),
        ),
        Figure(
            PONDS_MAP,
            alt="Vue du ciel dessinée : une forêt sombre parsemée de dizaines d’étangs bleus, reliés par un sentier jaune.",
            caption="Le plateau des Mille Étangs, une mosaïque d’eau et de forêt à parcourir à pied ou à vélo.",
        ),
        Section(
            "Le plateau des Mille Étangs",
            "<p>Façonné par les glaciers, le plateau aligne étangs, tourbières et forêts de sapins. Les sentiers "
            "balisés relient les hameaux et les points de vue ; en hiver, la raquette prend le relais de la "
            "randonnée.</p><p>Pêche, balades en famille, nuits en gîte : le plateau se vit au calme, loin de la "
            "foule, et attire chaque année de nouveaux visiteurs.</p>",
        ),
    ),
)

FAUCOGNEY = TerritoryContent(
    slug="faucogney",
    name="Faucogney-et-la-Mer",
    languages=("fr",),
    brand_name="Faucogney-et-la-Mer",
    tagline="Au cœur des Mille Étangs, des savoir-faire qui font vivre le pays.",
    palette=PALETTE,
    font_pairing="chaleureux",
    contact=CONTACT,
    logo=LOGO,
    hero=HERO,
    home=HOME,
    pages=(SETTLE, CRAFTS),
    legal=LEGAL,
    # « S’installer » and « Entreprendre » open the menu (content.py); this page stays in the footer.
    menu=(Link(page=CRAFTS),),
    footer=(
        FooterColumn("Vivre ici", (Link(page=SETTLE), Link(page=CRAFTS))),
        FooterColumn(
            "Services utiles",
            (
                SERVICE_PUBLIC,
                FRANCE_TRAVAIL,
                Link("Préfecture de la Haute-Saône", url="https://www.haute-saone.gouv.fr/"),
            ),
        ),
    ),
    partners=(
        fictional_partner(
            "Les Ateliers du Plateau", PALETTE.primary, PALETTE.accent, 0, "https://ateliers-plateau.example.fr/"
        ),
        fictional_partner("Club des entreprises des Mille Étangs", PALETTE.secondary, PALETTE.accent, 6),
        fictional_partner(
            "Les Amis des sentiers du plateau", "#5a4a1e", PALETTE.accent, 8, "https://sentiers-plateau.example.fr/"
        ),
    ),
)
