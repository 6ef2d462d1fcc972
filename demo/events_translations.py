"""English for one event of each pilot that offers English (Maurienne, the Xaintrie, Nord Grande-Terre), with their
« Agenda » pages, in the shape of `demo.translating.DemoTranslations`, merged by demo/translations/.

Keys are the French segments exactly as demo/events.py writes them (no-break spaces included); the facts
(dates, recurrence, place, price, organiser) are not segments: a translation takes them from the French page.
"""

INDEX_PATH = "agenda/"
MAURIENNE_EVENT_PATH = "agenda/col-du-glandon-reserve-aux-cyclistes/"
XAINTRIE_EVENT_PATH = "agenda/descente-en-gabarre/"

MAURIENNE_PAGES = {"en": [INDEX_PATH, MAURIENNE_EVENT_PATH]}
XAINTRIE_PAGES = {"en": [INDEX_PATH, XAINTRIE_EVENT_PATH]}

AGENDA = {"Agenda": "What’s on", "agenda": "whats-on"}

MAURIENNE_STRINGS = {
    "en": {
        **AGENDA,
        "Cols fermés aux voitures, cyclosportives et rencontres de la filière vélo\u00a0: la saison de la Maurienne, "
        "du printemps à l’automne.": "Passes closed to cars, sportives and cycle-business meetings: the Maurienne’s "
        "season, from spring to autumn.",
        "Col du Glandon réservé aux cyclistes": "Col du Glandon closed to cars",
        "col-du-glandon-reserve-aux-cyclistes": "col-du-glandon-closed-to-cars",
        "Chaque dimanche matin de l’été, la route du col du Glandon est fermée aux voitures\u00a0: montez à votre "
        "rythme, sans moteur.": "Every Sunday morning in summer, the road to the Col du Glandon is closed to cars: "
        "climb at your own pace, engine-free.",
        "Route du col du Glandon": "Col du Glandon road",
        "Montée de 20\u00a0km à 7\u00a0% de moyenne. Voiture-balai et point d’eau au sommet.": "A 20\u00a0km climb "
        "averaging 7\u00a0%. Broom wagon and water point at the top.",
        "Fermeture de 8\u00a0h à 12\u00a0h entre Saint-Étienne-de-Cuines et le sommet (1\u00a0924\u00a0m). Pas de "
        "fermeture le jour du passage de la course régionale.": "Closed from 8 a.m. to noon between "
        "Saint-Étienne-de-Cuines and the summit (1,924\u00a0m). No closure on the day the regional race goes by.",
    }
}

XAINTRIE_STRINGS = {
    "en": {
        **AGENDA,
        "L’été au bord de la Dordogne, les marchés et les fêtes de la Xaintrie\u00a0: tout l’agenda du "
        "territoire.": "Summer by the Dordogne, the Xaintrie’s markets and festivals: everything that is on.",
        "Descente en gabarre": "A trip on a gabarre",
        "descente-en-gabarre": "gabarre-trip",
        "Une heure sur la Dordogne à bord d’une gabarre, le bateau des anciens marins de la rivière.": "An hour on "
        "the Dordogne aboard a gabarre, the boat of the river’s old sailors.",
        "Quai Lestourgie": "Quai Lestourgie",
        "7\u00a0€ de 4 à 12\u00a0ans": "€7 for children aged 4 to 12",
        "Embarquement par une passerelle\u00a0; prévenez-nous pour un fauteuil.": "Boarding over a gangway; let us "
        "know if you use a wheelchair.",
        "Départ du quai Lestourgie\u00a0; le batelier raconte le commerce du merrain et la vie des gabariers.": "Leaves "
        "from the Quai Lestourgie; the boatman tells of the stave-wood trade and the life of the gabarre crews.",
    }
}

NORD_GRANDE_TERRE_EVENT_PATH = "agenda/foire-agricole-du-nord-grande-terre/"
NORD_GRANDE_TERRE_PAGES = {"en": [INDEX_PATH, NORD_GRANDE_TERRE_EVENT_PATH]}
NORD_GRANDE_TERRE_STRINGS = {
    "en": {
        **AGENDA,
        "Foire agricole, ateliers du tiers-lieu et marchés de producteurs dans le Nord Grande-Terre.": (
            "An agricultural fair, workshops at the tiers-lieu and farmers’ markets in Nord Grande-Terre."
        ),
        "Foire agricole du Nord Grande-Terre": "Nord Grande-Terre agricultural fair",
        "foire-agricole-du-nord-grande-terre": "nord-grande-terre-agricultural-fair",
        "Éleveurs, maraîchers et transformateurs présentent leurs produits\u00a0: concours de bœufs tirants, "
        "dégustations et démonstrations.": (
            "Livestock farmers, market gardeners and food processors show their produce: ox-pulling contests, "
            "tastings and demonstrations."
        ),
        "Terrain de la foire": "Fairground",
        "gratuit pour les moins de 12\u00a0ans": "free for under-12s",
        "Allées en herbe\u00a0; navette adaptée depuis le bourg sur demande.": (
            "Grass paths; an accessible shuttle from the village on request."
        ),
        "Trois jours à Port-Louis. Restauration créole sur place.": "Three days in Port-Louis. Creole food on site.",
    }
}
