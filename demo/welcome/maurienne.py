"""Maurienne: premises for cycle businesses at the foot of the passes, a call for projects; settling in the valley."""

from functools import partial

from newcomers.models import HubTopic
from opportunities.choices import OpportunityKind, OpportunityStatus, PriceBasis

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
from ..territories.maurienne import BUSINESS, COLS_PAGE, HERO, PALETTE

FICTIONAL = "Les locaux, leurs loyers et leurs preneurs sont fictifs, inventés pour la démonstration."

SHOPFRONT = Artwork(
    "Vélo de route devant un local au pied du col de la Madeleine (illustration)",
    partial(illustrations.bicycle, PALETTE, 61),
)
REPAIR_SHOP = Artwork(
    "Atelier de réparation et de location de vélos (illustration)", partial(illustrations.workshop, PALETTE, 62)
)
FACTORY = Artwork(
    "Atelier de fabrication de composants de vélo (illustration)", partial(illustrations.workshop, PALETTE, 63)
)
WINTER_PASS = Artwork(
    "Route de col entre les sommets de Maurienne (illustration)",
    partial(landscapes.mountains, PALETTE, 64, size=(1200, 800)),
)

# The offer the English site shows too (demo/translations/maurienne.py).
MADELEINE = OfferContent(
    title="Local vélo au pied de la Madeleine",
    slug="local-velo-au-pied-de-la-madeleine",
    summary=(
        "À La Chambre, au départ du col de la Madeleine et à deux pas de la gare, un local de 120 m² en "
        "rez-de-chaussée, avec vitrine, pour un atelier de réparation, de location ou de vente de vélos."
    ),
    kind=OpportunityKind.PREMISES,
    status_days_ago=20,
    surface=120,
    price_basis=PriceBasis.RENT_MONTH,
    price=950,
    price_note="hors charges ; trois mois offerts la première année",
    zoning="UA, centre-bourg",
    services=("fibre", "parking", "water", "power"),
    commune="La Chambre",
    address="Rue de la Gare\n73130 La Chambre",
    latitude=45.3597,
    longitude=6.2990,
    hero=SHOPFRONT,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Un emplacement au départ du col",
            "<ul><li>un rez-de-chaussée de 120 m² avec une vitrine de six mètres sur la rue ;</li>"
            "<li>un atelier de 50 m² à l’arrière, avec un point d’eau et une porte de livraison ;</li>"
            "<li>la fibre optique, un parking devant le local et une station de lavage pour les vélos ;</li>"
            "<li>la gare à 300 mètres et la route de la Madeleine à la sortie du village.</li></ul>",
        ),
        Section(
            "Pour quel projet ?",
            "<p>Réparation, location de vélos à assistance électrique, vente ou services aux cyclistes : la commune "
            "cherche une activité ouverte au moins d’avril à octobre, et si possible toute l’année.</p>",
        ),
    ),
)

GALIBIER = OfferContent(
    title="Atelier-boutique au pied du Galibier",
    slug="atelier-boutique-au-pied-du-galibier",
    summary=(
        "Au cœur de Valloire, entre le Télégraphe et le Galibier, un atelier-boutique de 85 m² pour la location "
        "et la réparation de vélos, avec une réserve et un accès direct à la route des cols."
    ),
    kind=OpportunityKind.PREMISES,
    status=OpportunityStatus.ATTRIBUTED,
    status_days_ago=6,
    surface=85,
    price_basis=PriceBasis.RENT_MONTH,
    price=1100,
    price_note="charges comprises",
    services=("fibre", "water", "power"),
    commune="Valloire",
    address="Rue des Grandes Alpes\n73450 Valloire",
    latitude=45.1653,
    longitude=6.4297,
    hero=REPAIR_SHOP,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Un local très demandé",
            "<p>Douze porteurs de projet ont visité ce local. Il a été attribué à deux mécaniciens de la vallée, qui "
            "y ouvriront un atelier de réparation et de location au printemps.</p>"
            "<p>D’autres locaux se libèrent chaque saison au pied des cols : parlez-nous de votre projet.</p>",
        ),
        CallToAction(
            "Rouler ici",
            "Le Télégraphe, le Galibier et les autres cols de la vallée.",
            (Link(page=COLS_PAGE),),
            "calm",
        ),
    ),
)

FACTORY_HALL = OfferContent(
    title="Atelier de fabrication à Saint-Jean-de-Maurienne",
    slug="atelier-de-fabrication-a-saint-jean-de-maurienne",
    summary=(
        "Un bâtiment de 450 m² avec bureaux, atelier et quai de chargement, pour fabriquer des cadres, des roues, "
        "des composants ou du textile technique, à cinq minutes de l’autoroute et de la gare."
    ),
    kind=OpportunityKind.BUILDING,
    status=OpportunityStatus.OPTIONED,
    status_days_ago=15,
    surface=450,
    price_basis=PriceBasis.RENT_YEAR,
    price=27000,
    price_note="hors charges ; bail de neuf ans",
    zoning="UX, zone d’activités",
    services=("fibre", "road_access", "parking", "water", "power"),
    commune="Saint-Jean-de-Maurienne",
    address="Zone d’activités de l’Arc\n73300 Saint-Jean-de-Maurienne",
    latitude=45.2850,
    longitude=6.3560,
    hero=FACTORY,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Le bâtiment",
            "<ul><li>350 m² d’atelier, 6 mètres sous plafond, avec un pont roulant ;</li>"
            "<li>100 m² de bureaux et de vestiaires à l’étage ;</li>"
            "<li>un quai de chargement, un parking et la fibre optique.</li></ul>",
        ),
        CallToAction(
            "Fabriquer en Maurienne",
            "La vallée forme les techniciens dont les fabricants ont besoin : le territoire vous accompagne.",
            (Link(page=BUSINESS),),
        ),
    ),
)

CALL = OfferContent(
    title="Appel à projets « Vélo toute l’année »",
    slug="appel-a-projets-velo-toute-l-annee",
    summary=(
        "Une idée pour faire vivre le vélo en hiver comme en été : location en station, préparation des vélos des "
        "clubs, séjours, fabrication ? Les projets retenus reçoivent un an d’accompagnement et une aide au "
        "démarrage."
    ),
    kind=OpportunityKind.CALL,
    status_days_ago=40,
    price_basis=PriceBasis.FREE,
    price_note="accompagnement gratuit et aide jusqu’à 15 000 €",
    commune="Saint-Jean-de-Maurienne",
    address="Maison de la Maurienne\n12 avenue de la Gare\n73300 Saint-Jean-de-Maurienne",
    hero=WINTER_PASS,
    admin_note="L’appel à projets, son jury et son montant sont fictifs, inventés pour la démonstration.",
    body=(
        Section(
            "Qui peut répondre ?",
            "<ul><li>les entreprises du vélo installées dans la vallée ou qui s’y installent ;</li>"
            "<li>les associations et les stations qui veulent proposer un service nouveau ;</li>"
            "<li>les porteurs de projet, même sans entreprise encore créée.</li></ul>",
        ),
        Section(
            "Comment se passe la sélection ?",
            "<p>Un dossier de quatre pages, un échange avec la Maison de la Maurienne, puis un jury chaque trimestre "
            "avec le club des entreprises du cycle. Les dossiers se déposent toute l’année.</p>",
        ),
    ),
)

OPPORTUNITIES = OpportunitiesContent(
    intro=(
        "Locaux au pied des cols, ateliers de fabrication, appel à projets : la vallée ouvre ses portes aux "
        "entreprises du vélo. La Maison de la Maurienne et le club des entreprises du cycle vous accompagnent, de "
        "l’idée à l’ouverture."
    ),
    search_description="Locaux, ateliers et appel à projets pour les entreprises du vélo en Maurienne.",
    offers=(MADELEINE, GALIBIER, FACTORY_HALL, CALL),
)

HOUSE = "12 avenue de la Gare\n73300 Saint-Jean-de-Maurienne"

HUB = NewcomerHubContent(
    intro=(
        "Vivre à l’année au pied des cols : voici les étapes de votre installation en Maurienne, du logement à la "
        "vie associative, avec les personnes qui vous aident à chacune."
    ),
    search_description="Logement, emploi, écoles, santé et transports : s’installer à l’année en Maurienne.",
    hero=HERO,
    welcome_officer="Mathieu Dupraz, chargé d’accueil des nouveaux arrivants à la Maison de la Maurienne",
    welcome_text=(
        "Un premier échange par téléphone, puis un rendez-vous à Saint-Jean-de-Maurienne : logements à l’année, "
        "écoles, employeurs et club des entreprises du cycle."
    ),
    admin_note=(
        "Mathieu Dupraz, les services, les adresses et les numéros de téléphone sont fictifs, inventés pour la "
        "démonstration."
    ),
    steps=(
        HubStep(
            HubTopic.HOUSING,
            "Dans une vallée de stations, trouver un logement à l’année demande un peu d’avance : communes et "
            "bailleurs réservent des logements aux salariés et aux familles qui s’installent.",
            (
                Section(
                    "",
                    "<ul><li>des logements communaux et sociaux dans les bourgs de la vallée ;</li>"
                    "<li>des logements pour les saisonniers et les apprentis, l’été comme l’hiver ;</li>"
                    "<li>des aides à la rénovation des maisons de village.</li></ul>",
                ),
            ),
            heading="Se loger à l’année",
        ),
        HubStep(
            HubTopic.WORK,
            "Industrie, commerce, santé, tourisme et vélo : la vallée recrute toute l’année, et ses entreprises du "
            "cycle cherchent mécaniciens, guides et vendeurs.",
            (
                CallToAction(
                    "Créer son entreprise du vélo",
                    "Locaux au pied des cols, ateliers et appel à projets : voyez les offres du territoire.",
                    (Link(page=OPPORTUNITIES), Link(page=BUSINESS)),
                ),
            ),
        ),
        HubStep(
            HubTopic.CHILDREN,
            "Des écoles dans les bourgs, des collèges et des lycées à Saint-Jean-de-Maurienne et à Modane, des "
            "crèches dans les principales communes.",
            (
                Faq(
                    "Vos questions",
                    (
                        Question(
                            "Mon enfant peut-il faire du ski ou du vélo avec l’école ?",
                            "<p>Plusieurs collèges de la vallée proposent des sections sportives : renseignez-vous "
                            "auprès de l’établissement avant l’inscription.</p>",
                        ),
                        Question(
                            "Y a-t-il des crèches ?",
                            "<p>Oui, à Saint-Jean-de-Maurienne, à Saint-Michel-de-Maurienne et à Modane, et des "
                            "assistantes maternelles dans les villages.</p>",
                        ),
                    ),
                ),
            ),
        ),
        HubStep(
            HubTopic.HEALTH,
            "L’hôpital de Saint-Jean-de-Maurienne, des maisons de santé dans la vallée et des médecins dans les "
            "stations l’hiver.",
            (
                Section(
                    "",
                    "<p>Déclarez un médecin traitant dès votre arrivée : les maisons de santé de la vallée "
                    "accueillent les nouveaux habitants, en priorité les familles et les personnes âgées.</p>",
                ),
            ),
        ),
        HubStep(
            HubTopic.MOBILITY,
            "Le TGV s’arrête à Saint-Jean-de-Maurienne et à Modane ; des cars relient les villages et les stations, "
            "et le vélo à assistance électrique gagne la vallée.",
            (
                Section(
                    "",
                    "<ul><li>Paris à quatre heures environ en TGV, Lyon à deux heures en TER ;</li>"
                    "<li>des navettes vers les stations l’hiver et au départ des cols l’été ;</li>"
                    "<li>la location longue durée de vélos à assistance électrique pour les habitants.</li></ul>",
                ),
            ),
        ),
        HubStep(
            HubTopic.LOCAL_LIFE,
            "Clubs cyclistes, ski-clubs, fêtes de village et bénévoles des cyclosportives : la vie associative "
            "accueille les nouveaux venus.",
            (
                Section(
                    "",
                    "<p>Chaque été, les cyclosportives de la vallée cherchent des bénévoles : la meilleure façon de "
                    "rencontrer vos voisins et de découvrir les cols autrement.</p>",
                ),
            ),
            heading="Vivre la vallée",
        ),
    ),
    contacts=(
        UsefulContactContent(
            HubTopic.HOUSING,
            "Point info logement de la Maison de la Maurienne",
            role="Logements à l’année, logements saisonniers, aides à la rénovation",
            address=HOUSE,
            phone="04 65 71 30 41",
            email="logement@maurienne.example.fr",
            hours="Du lundi au vendredi, 9 h – 12 h 30",
        ),
        UsefulContactContent(
            HubTopic.WORK,
            "Maison France Services de la vallée",
            role="Emploi, allocations, impôts, retraite : de l’aide pour vos démarches en ligne",
            address="Place de la Mairie\n73140 Saint-Michel-de-Maurienne",
            phone="04 65 71 30 52",
            email="franceservices.vallee@example.org",
            hours="Du lundi au vendredi, 8 h 30 – 12 h ; le jeudi après-midi sur rendez-vous",
        ),
        UsefulContactContent(
            HubTopic.WORK,
            "Club des entreprises du cycle de Maurienne",
            role="Emplois, locaux et clients partagés entre les entreprises du vélo",
            email="club.cycle@maurienne.example.fr",
        ),
        UsefulContactContent(
            HubTopic.CHILDREN,
            "Service enfance de la Maison de la Maurienne",
            role="Crèches, centres de loisirs et inscriptions scolaires",
            address=HOUSE,
            phone="04 65 71 30 63",
            email="enfance@maurienne.example.fr",
        ),
        UsefulContactContent(
            HubTopic.HEALTH,
            "Maison de santé du Télégraphe",
            role="Médecins généralistes, infirmiers, kinésithérapeutes",
            address="73140 Saint-Michel-de-Maurienne",
            phone="04 65 71 30 74",
            hours="Du lundi au samedi, 8 h – 19 h",
        ),
        UsefulContactContent(
            HubTopic.MOBILITY,
            "Transport à la demande de la vallée",
            role="Trajets vers la gare, le marché et les médecins ; réservation la veille",
            phone="04 65 71 30 85",
            hours="Réservations du lundi au vendredi, 9 h – 17 h",
        ),
        UsefulContactContent(
            HubTopic.LOCAL_LIFE,
            "Cyclo-club du Télégraphe",
            role="Sorties chaque semaine, école de vélo, bénévoles des cyclosportives",
            email="cyclo.telegraphe@example.org",
        ),
        UsefulContactContent(
            HubTopic.LOCAL_LIFE,
            "Ski-club de la vallée",
            role="Ski alpin et ski de fond pour les enfants et les adultes, de décembre à mars",
            email="skiclub.vallee@example.org",
        ),
    ),
)
