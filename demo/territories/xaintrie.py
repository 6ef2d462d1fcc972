"""La Xaintrie (Corrèze): a new territorial brand, the Dordogne river, and Brive's pull to answer."""

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

PALETTE = Palette(primary="#1d5c7a", secondary="#3c5a3a", accent="#9fd3c7", text="#16232b", background="#ffffff")
CONTACT = Contact(
    email="bonjour@xaintrie.example.fr",
    phone="05 36 49 61 03",
    address="Maison de la Xaintrie\n19400 Argentat-sur-Dordogne",
    instagram_url="https://photos.example.fr/laxaintrie",
    mastodon_url="https://mastodon.example.fr/@laxaintrie",
)

HERO = Artwork(
    "La Dordogne entre les collines boisées de la Xaintrie (illustration)",
    partial(landscapes.river_valley, PALETTE, 41),
)
MEANDERS = Artwork("Méandres de la Dordogne vus du ciel (illustration)", partial(images.meanders, PALETTE, 42))
LOGO = Artwork("Logo La Xaintrie (démonstration)", partial(images.monogram, "X", PALETTE, 6))

SETTLE = PageContent(
    title="S’installer en Xaintrie",
    intro=(
        "Un emploi sur place ou à distance, une maison avec jardin, des écoles à taille humaine et la Dordogne au bout "
        "du chemin : la Xaintrie se choisit, et l’on vous aide à vous y installer."
    ),
    search_description="Travailler, se loger et vivre en Xaintrie, autour d’Argentat-sur-Dordogne.",
    admin_note="Sophie est une personne fictive, inventée pour la démonstration.",
    body=(
        Section(
            "Travailler ici ou à distance",
            "<p>Artisanat, agriculture, filière bois, tourisme, services à la personne : les entreprises de la "
            "Xaintrie recrutent et cherchent des repreneurs. Pour celles et ceux qui travaillent à distance, des "
            "espaces de travail partagé accueillent à la journée ou au mois.</p>",
        ),
        Section(
            "Se loger",
            "<p>Maisons de bourg, fermes du plateau, logements neufs à Argentat-sur-Dordogne : la Maison de la "
            "Xaintrie vous met en relation avec les communes et les agences, et vous informe sur les aides à la "
            "rénovation.</p>",
        ),
        Section(
            "Grandir et vieillir ici",
            "<ul><li>des écoles dans les bourgs, un collège à Argentat-sur-Dordogne ;</li>"
            "<li>des professionnels de santé regroupés pour mieux se relayer ;</li>"
            "<li>une vie associative riche : sport, musique, patrimoine, rivière.</li></ul>",
        ),
        Section(
            "Elle a choisi la Xaintrie",
            "<p>« Je travaille pour des clients à Lyon et à Bordeaux, depuis une maison qui regarde la vallée. Le "
            "marché du samedi, la baignade après le travail : je ne reviendrais pas en arrière. » "
            "<i>Sophie, graphiste, installée depuis deux ans.</i></p>",
        ),
        Faq(
            "Vos questions sur l’installation",
            (
                Question(
                    "Par où commencer ?",
                    "<p>Écrivez à la Maison de la Xaintrie : un premier échange, puis une visite des communes et des "
                    "logements qui correspondent à votre projet.</p>",
                ),
                Question("Y a-t-il des espaces de travail partagé ?", "<p>Oui, à la journée ou au mois.</p>"),
            ),
        ),
        Map("Argentat-sur-Dordogne", "19400 Argentat-sur-Dordogne", 45.0921, 1.9376, 14),
        LatestStories("Ils ont choisi la Xaintrie", tag="s’installer"),
    ),
    show_toc=True,
)

AMBASSADORS = PageContent(
    title="Devenir ambassadeur de la Xaintrie",
    intro=(
        "Habitants, entreprises, associations : la marque « La Xaintrie » vit grâce à celles et ceux qui la portent. "
        "Rejoignez le réseau des ambassadeurs."
    ),
    search_description="Le réseau des ambassadeurs et des partenaires de la marque La Xaintrie, et son plan d’action.",
    body=(
        Section(
            "Pourquoi des ambassadeurs ?",
            "<p>Personne ne parle mieux d’un territoire que ceux qui y vivent. Un commerçant qui conseille une balade, "
            "une cheffe d’entreprise qui recrute, un club qui accueille un tournoi : chacun peut faire connaître la "
            "Xaintrie et donner envie d’y revenir.</p>",
        ),
        Section(
            "Ce que nous vous proposons",
            "<ul><li>un kit de la marque : logo, photographies, textes prêts à l’emploi ;</li>"
            "<li>des rencontres entre ambassadeurs, deux fois par an ;</li>"
            "<li>une place sur ce site pour vos initiatives et vos offres d’emploi.</li></ul>",
        ),
        Section(
            "Le plan d’action de la marque",
            "<ol><li><b>Fédérer</b> : réunir partenaires et ambassadeurs autour d’une charte commune ;</li>"
            "<li><b>Raconter</b> : publier des portraits, des chiffres sourcés et un agenda partagé ;</li>"
            "<li><b>Accueillir</b> : accompagner chaque nouvel habitant, du premier contact à l’installation ;</li>"
            "<li><b>Mesurer</b> : suivre chaque année l’effet des actions et ajuster le plan.</li></ol>",
        ),
    ),
)

LEGAL = legal("la Maison de la Xaintrie", "Le président ou la présidente de la Maison de la Xaintrie.")

HOME = PageContent(
    title="La Xaintrie",
    intro=(
        "La Xaintrie, ce sont des plateaux de bois et de prairies au-dessus de la Dordogne, autour d’Argentat-sur-"
        "Dordogne. C’est aussi une marque, partagée par celles et ceux qui y vivent, y travaillent et la font connaître."
    ),
    search_description="La Xaintrie, entre Dordogne et plateaux : vivre, travailler et porter la marque du territoire.",
    admin_note="La durée de trajet depuis Brive est une estimation pour la démonstration.",
    body=(
        Section(
            "Une marque pour tout un territoire",
            "<p>« La Xaintrie » est désormais une marque. Elle rassemble habitants, entreprises, associations et élus "
            "autour d’une même envie : faire connaître un territoire qui a tout pour plaire, et donner envie d’y "
            "vivre plutôt que d’y passer.</p><p>Brive est à moins d’une heure de route : beaucoup y travaillent, y "
            "font leurs courses, y sortent le soir. Notre ambition : que la Xaintrie soit un choix, pas un détour.</p>",
        ),
        KeyFigures(
            "La Xaintrie en repères",
            (
                KeyFigure("2012", "", "le bassin de la Dordogne devient réserve de biosphère", "UNESCO", 2012),
                KeyFigure("483", "km", "de Dordogne, du massif du Sancy à l’estuaire de la Gironde", "Sandre"),
                KeyFigure(
                    "1",
                    "heure",
                    "de route environ jusqu’à Brive-la-Gaillarde",
                    "Communauté de communes (estimation)",
                    2025,
                ),
            ),
        ),
        Figure(
            MEANDERS,
            alt="Vue du ciel dessinée : une large rivière bleue qui serpente entre des bois et des prairies.",
            caption="La Dordogne, fil conducteur de la Xaintrie.",
        ),
        Section(
            "Vivre au bord de l’eau",
            "<p>Quais d’Argentat, où accostaient autrefois les gabares, baignades, canoë, pêche : la rivière rythme "
            "les saisons. Sur le plateau, les tours de Merle veillent sur les gorges de la Maronne, et les marchés de "
            "producteurs animent les places tout l’été.</p>",
        ),
    ),
)

XAINTRIE = TerritoryContent(
    slug="xaintrie",
    name="La Xaintrie",
    languages=("fr", "en"),
    brand_name="La Xaintrie",
    tagline="Entre Dordogne et plateaux, une vie à la bonne mesure.",
    palette=PALETTE,
    font_pairing="editorial",
    contact=CONTACT,
    logo=LOGO,
    hero=HERO,
    home=HOME,
    pages=(SETTLE, AMBASSADORS),
    legal=LEGAL,
    # « S’installer » and « Entreprendre » open the menu (content.py); this settling page stays in the footer.
    menu=(Link("Devenir ambassadeur", page=AMBASSADORS),),
    footer=(
        FooterColumn("La Xaintrie", (Link(page=SETTLE), Link("Devenir ambassadeur", page=AMBASSADORS))),
        FooterColumn(
            "Services utiles",
            (SERVICE_PUBLIC, FRANCE_TRAVAIL, Link("Préfecture de la Corrèze", url="https://www.correze.gouv.fr/")),
        ),
    ),
    partners=(
        fictional_partner("Réseau des ambassadeurs de la Xaintrie", PALETTE.primary, PALETTE.accent, 6),
        fictional_partner("Union des commerçants de la Xaintrie", PALETTE.secondary, PALETTE.accent, 0),
        fictional_partner(
            "Collectif des producteurs de la Xaintrie",
            "#6b4a1d",
            PALETTE.accent,
            4,
            "https://producteurs-xaintrie.example.fr/",
        ),
    ),
)
