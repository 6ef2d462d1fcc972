"""La Xaintrie: a shop on the quays of Argentat, shared offices, a village café to take over; settling in."""

from functools import partial

from newcomers.models import HubTopic
from opportunities.choices import OpportunityKind, PriceBasis

from .. import illustrations, landscapes
from ..schema import (
    Artwork,
    CallToAction,
    Faq,
    HubStep,
    Link,
    NewcomerHubContent,
    OfferContent,
    OpportunitiesContent,
    Question,
    Section,
    UsefulContactContent,
)
from ..territories.xaintrie import AMBASSADORS, HERO, PALETTE, SETTLE

FICTIONAL = "Les locaux, leurs loyers, les cédants et leurs chiffres sont fictifs, inventés pour la démonstration."
ARGENTAT = "Argentat-sur-Dordogne"

QUAYSIDE = Artwork(
    "Les quais d’Argentat au bord de la Dordogne (illustration)",
    partial(landscapes.river_valley, PALETTE, 81, size=(1200, 800)),
)
COWORKING = Artwork("Espace de travail partagé d’Argentat (illustration)", partial(illustrations.room, PALETTE, 82))
VILLAGE_SHOP = Artwork(
    "Étagères du café-épicerie d’un bourg du plateau (illustration)", partial(illustrations.produce, PALETTE, 83)
)

SHOP = OfferContent(
    title="Une boutique sur les quais d’Argentat",
    slug="boutique-sur-les-quais",
    summary=(
        "Sur les quais où accostaient les gabares, une boutique de 65 m² avec vitrine sur la Dordogne, pour un "
        "commerce, un atelier d’art ou une épicerie fine."
    ),
    kind=OpportunityKind.PREMISES,
    status_days_ago=25,
    surface=65,
    price_basis=PriceBasis.RENT_MONTH,
    price=520,
    price_note="hors charges ; bail commercial de neuf ans",
    zoning="UA, centre ancien",
    services=("fibre", "water", "power"),
    commune=ARGENTAT,
    address="Quai Lestourgie\n19400 Argentat-sur-Dordogne",
    latitude=45.0925,
    longitude=1.9381,
    hero=QUAYSIDE,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Le local",
            "<ul><li>une boutique de 45 m² avec une vitrine de cinq mètres face à la rivière ;</li>"
            "<li>une réserve de 20 m² et un accès de livraison par la ruelle ;</li>"
            "<li>des quais très fréquentés de mai à septembre, et un marché le samedi toute l’année.</li></ul>",
        ),
        Section(
            "Un commerce qui fait vivre les quais",
            "<p>La commune cherche une activité ouverte toute l’année, qui donne envie aux habitants comme aux "
            "visiteurs de s’arrêter : artisanat, produits du terroir, librairie, fleurs…</p>",
        ),
    ),
)

DESKS = OfferContent(
    title="Un bureau partagé à Argentat",
    slug="bureau-partage-a-argentat",
    summary=(
        "À deux pas du pont, un espace de travail partagé avec la fibre, une salle de réunion et une cuisine : un "
        "poste fixe au mois, ou à la journée pour qui passe."
    ),
    kind=OpportunityKind.DESK,
    status_days_ago=50,
    surface=10,
    price_basis=PriceBasis.RENT_MONTH,
    price=160,
    price_note="à la journée : 15 €",
    services=("fibre", "parking", "water", "power"),
    commune=ARGENTAT,
    address="Avenue Foch\n19400 Argentat-sur-Dordogne",
    latitude=45.0918,
    longitude=1.9369,
    hero=COWORKING,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Ce que comprend le poste",
            "<ul><li>un bureau et un caisson qui ferme à clé ;</li>"
            "<li>la fibre optique, une imprimante et des cabines pour téléphoner ;</li>"
            "<li>la salle de réunion, deux heures par mois ;</li>"
            "<li>la cuisine et la terrasse, avec vue sur les toits de lauze.</li></ul>",
        ),
        CallToAction(
            "Travailler à distance depuis la Xaintrie",
            "Logement, écoles, vie quotidienne : tout pour vous installer au bord de la Dordogne.",
            (Link(page=SETTLE),),
            "calm",
        ),
    ),
)

CAFE = OfferContent(
    title="Le café-épicerie de Saint-Privat",
    slug="cafe-epicerie-de-saint-privat",
    summary=(
        "Le dernier commerce du bourg, sur le plateau : café, épicerie, dépôt de pain et point relais, avec une "
        "terrasse sur la place. Les gérants partent à la retraite et cherchent qui le fera vivre."
    ),
    kind=OpportunityKind.BUSINESS,
    status_days_ago=75,
    surface=110,
    price_basis=PriceBasis.SALE,
    price=45000,
    price_note="fonds de commerce avec licence IV ; murs communaux loués 400 € par mois",
    services=("parking", "water", "power"),
    commune="Saint-Privat",
    address="Place de l’Église\n19220 Saint-Privat",
    latitude=45.1408,
    longitude=2.0992,
    hero=VILLAGE_SHOP,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Ce qui est à reprendre",
            "<ul><li>une salle de café de 50 m² et une épicerie de 40 m² ;</li>"
            "<li>une réserve, une cave et une terrasse de vingt places ;</li>"
            "<li>un logement de trois pièces à l’étage, loué par la commune.</li></ul>",
        ),
        Faq(
            "Vos questions",
            (
                Question(
                    "La commune aide-t-elle à la reprise ?",
                    "<p>Oui : les trois premiers mois de loyer sont offerts, et la Maison de la Xaintrie vous aide à "
                    "monter votre plan de financement.</p>",
                ),
            ),
        ),
    ),
)

OPPORTUNITIES = OpportunitiesContent(
    intro=(
        "Une boutique sur les quais, des bureaux partagés, un café-épicerie à reprendre : la Xaintrie fait de la "
        "place à celles et ceux qui veulent entreprendre au bord de la Dordogne. La Maison de la Xaintrie vous "
        "accompagne."
    ),
    search_description="Locaux, bureaux partagés et commerces à reprendre en Xaintrie, autour d’Argentat.",
    offers=(SHOP, DESKS, CAFE),
)

HOUSE = "Maison de la Xaintrie\n19400 Argentat-sur-Dordogne"

HUB = NewcomerHubContent(
    intro=(
        "Venir vivre entre Dordogne et plateaux : voici les étapes de votre installation en Xaintrie, du logement à "
        "la vie associative, et les personnes qui vous accompagnent à chacune."
    ),
    search_description="Logement, emploi, écoles, santé et vie locale : s’installer en Xaintrie.",
    hero=HERO,
    welcome_officer="Agnès Chassagne, chargée d’accueil à la Maison de la Xaintrie",
    welcome_text=(
        "Un premier échange, puis une journée en Xaintrie : visite des communes et des logements, rencontre avec "
        "des employeurs et avec un ambassadeur de la marque installé depuis peu."
    ),
    admin_note=(
        "Agnès Chassagne, les services, les adresses et les numéros de téléphone sont fictifs, inventés pour la "
        "démonstration."
    ),
    steps=(
        HubStep(
            HubTopic.HOUSING,
            "Maisons de bourg, fermes du plateau, logements neufs à Argentat-sur-Dordogne : la Maison de la Xaintrie "
            "vous met en relation avec les communes et les agences.",
            (
                Section(
                    "",
                    "<ul><li>des logements communaux à loyer modéré dans plusieurs bourgs ;</li>"
                    "<li>des maisons à rénover, avec des aides de l’État et du département ;</li>"
                    "<li>des terrains à bâtir avec vue sur la vallée.</li></ul>",
                ),
            ),
        ),
        HubStep(
            HubTopic.WORK,
            "Artisanat, agriculture, filière bois, tourisme, santé : les entreprises recrutent et cherchent des "
            "repreneurs ; les espaces partagés accueillent ceux qui travaillent à distance.",
            (
                CallToAction(
                    "Entreprendre en Xaintrie",
                    "Une boutique sur les quais, des bureaux partagés, un café-épicerie à reprendre.",
                    (Link(page=OPPORTUNITIES),),
                ),
            ),
            heading="Travailler ici ou à distance",
        ),
        HubStep(
            HubTopic.CHILDREN,
            "Des écoles à taille humaine dans les bourgs, un collège à Argentat-sur-Dordogne et des lycées à Tulle "
            "et à Brive.",
            (
                Faq(
                    "Vos questions",
                    (
                        Question(
                            "Les petites écoles ont-elles une cantine ?",
                            "<p>Oui, avec des produits des fermes voisines, et une garderie le matin et le soir.</p>",
                        ),
                        Question(
                            "Comment vont-ils au collège ?",
                            "<p>En car scolaire, gratuit, depuis chaque bourg de la Xaintrie.</p>",
                        ),
                    ),
                ),
            ),
        ),
        HubStep(
            HubTopic.HEALTH,
            "Des professionnels de santé regroupés à Argentat-sur-Dordogne, des infirmiers dans les bourgs et les "
            "hôpitaux de Tulle et de Brive à moins d’une heure.",
            (
                Section(
                    "",
                    "<p>La maison de santé d’Argentat accueille les nouveaux habitants : appelez-la avant votre "
                    "arrivée pour choisir votre médecin traitant.</p>",
                ),
            ),
        ),
        HubStep(
            HubTopic.MOBILITY,
            "La voiture reste utile, mais des cars relient Argentat à Tulle et à Brive, et un transport à la demande "
            "dessert le plateau.",
            (
                Section(
                    "",
                    "<ul><li>le transport à la demande, sur réservation la veille ;</li>"
                    "<li>le car pour Tulle et Brive, plusieurs fois par jour ;</li>"
                    "<li>la gare de Brive et l’aéroport de Brive-Vallée de la Dordogne à moins d’une heure.</li></ul>",
                ),
            ),
        ),
        HubStep(
            HubTopic.LOCAL_LIFE,
            "Sport, musique, patrimoine, rivière : les associations sont nombreuses, et le réseau des ambassadeurs "
            "de la marque accueille les nouveaux venus.",
            (
                CallToAction(
                    "Devenir ambassadeur de la Xaintrie",
                    "Rencontres, kit de la marque et premières nouvelles du territoire.",
                    (Link(page=AMBASSADORS),),
                    "calm",
                ),
            ),
        ),
    ),
    contacts=(
        UsefulContactContent(
            HubTopic.HOUSING,
            "Maison de la Xaintrie",
            role="Premier accueil, logements, mise en relation avec les communes",
            address=HOUSE,
            phone="05 36 49 61 03",
            email="bonjour@xaintrie.example.fr",
            hours="Du lundi au vendredi, 9 h – 12 h 30 et 14 h – 17 h 30",
        ),
        UsefulContactContent(
            HubTopic.WORK,
            "Maison France Services d’Argentat-sur-Dordogne",
            role="Emploi, allocations, impôts, retraite : de l’aide pour vos démarches",
            address="19400 Argentat-sur-Dordogne",
            phone="05 36 49 61 18",
            email="franceservices.argentat@example.org",
            hours="Du lundi au vendredi, 9 h – 12 h ; l’après-midi sur rendez-vous",
        ),
        UsefulContactContent(
            HubTopic.WORK,
            "Espace de travail partagé d’Argentat",
            role="Postes au mois ou à la journée, salle de réunion",
            address="Avenue Foch\n19400 Argentat-sur-Dordogne",
            email="coworking@xaintrie.example.fr",
            hours="Du lundi au vendredi, 8 h – 19 h",
        ),
        UsefulContactContent(
            HubTopic.CHILDREN,
            "Service enfance et écoles de la Xaintrie",
            role="Inscriptions scolaires, crèches, accueils de loisirs",
            phone="05 36 49 61 24",
            email="enfance@xaintrie.example.fr",
        ),
        UsefulContactContent(
            HubTopic.HEALTH,
            "Maison de santé d’Argentat",
            role="Médecins généralistes, infirmiers, kinésithérapeutes, orthophoniste",
            address="19400 Argentat-sur-Dordogne",
            phone="05 36 49 61 37",
            hours="Du lundi au samedi, 8 h – 19 h",
        ),
        UsefulContactContent(
            HubTopic.MOBILITY,
            "Transport à la demande de la Xaintrie",
            role="Trajets vers Argentat, le marché et les rendez-vous médicaux ; réservation la veille",
            phone="05 36 49 61 45",
            hours="Réservations du lundi au vendredi, 9 h – 17 h",
        ),
        UsefulContactContent(
            HubTopic.LOCAL_LIFE,
            "Réseau des ambassadeurs de la Xaintrie",
            role="Rencontres, accueil des nouveaux habitants, kit de la marque",
            email="ambassadeurs@xaintrie.example.fr",
        ),
        UsefulContactContent(
            HubTopic.LOCAL_LIFE,
            "Les Amis des gabares",
            role="Patrimoine de la rivière, sorties sur la Dordogne, fête des quais en été",
            email="amis.gabares@example.org",
        ),
    ),
)
