"""Nord Grande-Terre (Guadeloupe): agriculture, agri-food processing, a tiers-lieu, coastline and new tourism."""

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

PALETTE = Palette(primary="#00627a", secondary="#2e6b30", accent="#ffb347", text="#1c1c1c", background="#fffdf8")
CONTACT = Contact(
    email="contact@nord-grande-terre.example.fr",
    phone="06 39 98 27 45",
    address="Maison du Nord Grande-Terre\n97117 Port-Louis",
    facebook_url="https://communaute.example.fr/nordgrandeterre",
    mastodon_url="https://mastodon.example.fr/@nordgrandeterre",
)

HERO = Artwork(
    "Champ de canne et falaises au bord de l’Atlantique (illustration)",
    partial(landscapes.sea_and_cane, PALETTE, 51),
)
MADRAS = Artwork("Motif madras aux couleurs du Nord Grande-Terre (illustration)", partial(images.madras, PALETTE, 52))
LOGO = Artwork("Logo Nord Grande-Terre (démonstration)", partial(images.monogram, "NGT", PALETTE, 8))

PRODUCE = PageContent(
    title="Produire et transformer",
    intro=(
        "Canne, maraîchage, fruits, élevage : le Nord Grande-Terre produit beaucoup. Transformer sur place, c’est "
        "garder la valeur et les emplois sur le territoire."
    ),
    search_description="Agriculture et transformation agroalimentaire dans le Nord Grande-Terre : accompagnement et projets.",
    admin_note="Maryse est une personne fictive ; l’atelier de transformation partagé est un projet de démonstration.",
    body=(
        Section(
            "Du champ à l’atelier",
            "<p>Confitures, jus, sirops, épices, farines, rhum agricole : les idées ne manquent pas pour valoriser "
            "les récoltes. Ce qui manque souvent, c’est un équipement aux normes et du temps pour vendre.</p>"
            "<p>Le territoire prépare un atelier de transformation partagé, où producteurs et jeunes entreprises "
            "pourront fabriquer, conditionner et tester leurs produits.</p>",
        ),
        Section(
            "Ce que nous proposons",
            "<ul><li>un accompagnement pour passer de la production à la transformation ;</li>"
            "<li>des formations : hygiène, étiquetage, vente en ligne ;</li>"
            "<li>des débouchés : marchés, restauration collective, boutiques de producteurs, hôtels.</li></ul>",
        ),
        Section(
            "Elle s’est lancée",
            "<p>« Je cultivais des goyaves et des fruits de la passion ; aujourd’hui, je les transforme en sirops et en "
            "confitures, et je les vends jusqu’à Pointe-à-Pitre. » <i>Maryse, productrice à Petit-Canal.</i></p>",
        ),
        Faq(
            "Questions des producteurs",
            (
                Question(
                    "Quand l’atelier partagé ouvrira-t-il ?",
                    "<p>Le projet est en cours de préparation : inscrivez-vous pour être informé des premiers "
                    "créneaux.</p>",
                ),
                Question(
                    "Faut-il être agriculteur ?",
                    "<p>Non : transformateurs et jeunes entreprises sont les bienvenus.</p>",
                ),
            ),
        ),
        Map("Port-Louis", "Maison du Nord Grande-Terre\n97117 Port-Louis", 16.4181, -61.5317, 14),
        LatestStories("Ils produisent et transforment", tag="agriculture"),
    ),
    show_toc=True,
)

THIRD_PLACE = PageContent(
    title="Le tiers-lieu",
    intro="Un lieu ouvert à tous pour travailler, apprendre, créer une activité et se rencontrer, au cœur du territoire.",
    search_description="Le tiers-lieu du Nord Grande-Terre : travail partagé, cuisine d’essai, formations et accompagnement.",
    admin_note="Le tiers-lieu décrit ici est un projet de démonstration.",
    body=(
        Section(
            "Un lieu pour travailler, apprendre et créer",
            "<ul><li>des postes de travail partagé et une connexion rapide ;</li>"
            "<li>une cuisine d’essai pour mettre au point de nouveaux produits ;</li>"
            "<li>des formations au numérique et à la création d’entreprise ;</li>"
            "<li>des permanences des partenaires de l’emploi et de l’entrepreneuriat.</li></ul>",
        ),
        Section(
            "Construit avec les habitants",
            "<p>Agriculteurs, artisans, associations, jeunes en recherche d’emploi : le programme du tiers-lieu se "
            "décide avec celles et ceux qui le font vivre. Chacun peut y proposer un atelier, en français ou en "
            "créole.</p>",
        ),
    ),
)

LEGAL = legal("la Maison du Nord Grande-Terre", "Le président ou la présidente de la Maison du Nord Grande-Terre.")

HOME = PageContent(
    title="Nord Grande-Terre",
    intro=(
        "Anse-Bertrand, Petit-Canal, Port-Louis, Morne-à-l’Eau et Le Moule : au nord de la Grande-Terre, cinq "
        "communes cultivent la canne, transforment leurs récoltes et ouvrent leurs côtes à un tourisme plus attentif."
    ),
    search_description="Le Nord Grande-Terre, en Guadeloupe : agriculture, transformation, tiers-lieu et nouveau tourisme.",
    body=(
        Section(
            "Une terre qui produit",
            "<p>Canne à sucre, cultures maraîchères, élevage, fruits : l’agriculture reste le cœur de l’économie du "
            "Nord Grande-Terre. De plus en plus de producteurs transforment eux-mêmes leurs récoltes, et le "
            "territoire veut faire de cette chaîne, du champ à l’assiette, une source d’emplois et de fierté.</p>",
        ),
        KeyFigures(
            "Le Nord Grande-Terre en repères",
            (
                KeyFigure(
                    "5",
                    "communes",
                    "Anse-Bertrand, Petit-Canal, Port-Louis, Morne-à-l’Eau et Le Moule",
                    "Communauté d’agglomération du Nord Grande-Terre",
                ),
                KeyFigure(
                    "1",
                    "tiers-lieu",
                    "pour travailler, se former et créer ensemble",
                    "Communauté d’agglomération (projet)",
                    2025,
                ),
            ),
        ),
        Figure(
            MADRAS,
            alt="Motif à carreaux de madras : bandes jaunes, orange, vertes, bleu canard et rouges entrecroisées.",
            caption="Le madras, tissu emblématique de la Guadeloupe, aux couleurs du territoire.",
        ),
        Section(
            "Un nouveau tourisme, au rythme du territoire",
            "<p>De la pointe de la Grande Vigie à la Porte d’Enfer, des plages de Port-Louis aux mangroves du Grand "
            "Cul-de-Sac marin, le nord de la Grande-Terre se découvre à pied, à vélo ou en kayak. Chambres chez "
            "l’habitant, tables paysannes, visites d’exploitations : ici, le visiteur rencontre celles et ceux qui "
            "font vivre le territoire.</p>",
        ),
    ),
)

NORD_GRANDE_TERRE = TerritoryContent(
    slug="nord-grande-terre",
    name="Nord Grande-Terre",
    languages=("fr", "gcf", "en"),
    brand_name="Nord Grande-Terre",
    tagline="Terre de canne, de mer et d’initiatives.",
    palette=PALETTE,
    font_pairing="chaleureux",
    time_zone="America/Guadeloupe",
    contact=CONTACT,
    logo=LOGO,
    hero=HERO,
    home=HOME,
    pages=(PRODUCE, THIRD_PLACE),
    legal=LEGAL,
    menu=(Link(page=PRODUCE),),  # the tiers-lieu is in the footer: the network's doors fill the menu (content.py)
    footer=(
        FooterColumn("Entreprendre", (Link(page=PRODUCE), Link(page=THIRD_PLACE))),
        FooterColumn(
            "Services utiles",
            (
                SERVICE_PUBLIC,
                FRANCE_TRAVAIL,
                Link("Préfecture de la Guadeloupe", url="https://www.guadeloupe.gouv.fr/"),
            ),
        ),
    ),
    partners=(
        fictional_partner("Coopérative des producteurs du Nord", PALETTE.primary, PALETTE.accent, 6),
        fictional_partner(
            "Réseau des tables paysannes", PALETTE.secondary, PALETTE.accent, 0, "https://tables-paysannes.example.fr/"
        ),
        fictional_partner("Association du tiers-lieu du Nord", "#7a2e4d", PALETTE.accent, 4),
    ),
)
