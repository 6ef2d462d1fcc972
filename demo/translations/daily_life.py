"""The blocks every pilot's home closes on (demo/content.py: its next events and the doors to its daily life), in
each language a pilot publishes its home in."""

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "Au quotidien": "Everyday life",
        "Prochainement": "Coming up",
        "Le territoire au quotidien": "Everyday life here",
        "Agenda": "What’s on",
        "Marchés, fêtes, courses et ateliers\u00a0: ce qui se passe près de chez vous.": (
            "Markets, festivals, races and workshops: what’s happening near you."
        ),
        "Offres d’emploi": "Jobs",
        "Les postes ouverts par les employeurs du territoire.": "Positions open with local employers.",
        "Annuaire": "Directory",
        "Commerces, artisans, producteurs et services\u00a0: qui fait quoi, et où.": (
            "Shops, craftspeople, producers and services: who does what, and where."
        ),
    },
    "it": {
        "Au quotidien": "Ogni giorno",
        "Prochainement": "Prossimamente",
        "Le territoire au quotidien": "La vita di tutti i giorni",
        "Agenda": "Eventi",
        "Marchés, fêtes, courses et ateliers\u00a0: ce qui se passe près de chez vous.": (
            "Mercati, feste, gare e laboratori: cosa succede vicino a te."
        ),
        "Offres d’emploi": "Offerte di lavoro",
        "Les postes ouverts par les employeurs du territoire.": "I posti aperti dai datori di lavoro della valle.",
        "Annuaire": "Elenco delle attività",
        "Commerces, artisans, producteurs et services\u00a0: qui fait quoi, et où.": (
            "Negozi, artigiani, produttori e servizi: chi fa cosa, e dove."
        ),
    },
    "de": {
        "Au quotidien": "Im Alltag",
        "Prochainement": "Demnächst",
        "Le territoire au quotidien": "Alltag im Tal",
        "Agenda": "Veranstaltungen",
        "Marchés, fêtes, courses et ateliers\u00a0: ce qui se passe près de chez vous.": (
            "Märkte, Feste, Rennen und Workshops: was in Ihrer Nähe los ist."
        ),
        "Offres d’emploi": "Stellenangebote",
        "Les postes ouverts par les employeurs du territoire.": "Offene Stellen bei Arbeitgebern der Region.",
        "Annuaire": "Verzeichnis",
        "Commerces, artisans, producteurs et services\u00a0: qui fait quoi, et où.": (
            "Geschäfte, Handwerk, Erzeuger und Dienstleistungen: wer was wo anbietet."
        ),
    },
    "nl": {
        "Au quotidien": "Dagelijks leven",
        "Prochainement": "Binnenkort",
        "Le territoire au quotidien": "Het dagelijks leven hier",
        "Agenda": "Agenda",
        "Marchés, fêtes, courses et ateliers\u00a0: ce qui se passe près de chez vous.": (
            "Markten, feesten, wedstrijden en workshops: wat er bij jou in de buurt gebeurt."
        ),
        "Offres d’emploi": "Vacatures",
        "Les postes ouverts par les employeurs du territoire.": "Openstaande functies bij werkgevers in de regio.",
        "Annuaire": "Adressengids",
        "Commerces, artisans, producteurs et services\u00a0: qui fait quoi, et où.": (
            "Winkels, ambachtslieden, producenten en diensten: wie doet wat, en waar."
        ),
    },
    "gcf": {
        "Au quotidien": "Chak jou",
        "Prochainement": "Talè",
        "Le territoire au quotidien": "Lavi a chak jou",
        "Agenda": "Ajanda",
        "Marchés, fêtes, courses et ateliers\u00a0: ce qui se passe près de chez vous.": (
            "Maché, fèt, kous é atelyé\u00a0: sa ki ka pasé toupré-w."
        ),
        "Offres d’emploi": "Ofè travay",
        "Les postes ouverts par les employeurs du territoire.": "Pòs ki ouvè kay patwon a téritwa-la.",
        "Annuaire": "Anyè",
        "Commerces, artisans, producteurs et services\u00a0: qui fait quoi, et où.": (
            "Boutik, atizan, pwodiktè é sèvis\u00a0: kilès ka fè kisa, é koté."
        ),
    },
}


def for_languages(*codes: str) -> dict[str, dict[str, str]]:
    return {code: STRINGS[code] for code in codes}
