"""English for Maurienne's « Offres d’emploi » page and its cycle-business project officer's offer, in the shape of
`demo.translating.DemoTranslations`: the lead merges it into Maurienne's translations (demo/translations/)."""

JOB_PATH = "emploi/charge-ou-chargee-de-mission-filiere-velo/"

MAURIENNE_PAGES = {"en": ["emploi/", JOB_PATH]}

MAURIENNE_STRINGS = {
    "en": {
        # The list.
        "Offres d’emploi": "Jobs",
        "emploi": "jobs",
        "Mécaniciens, guides, chargés de mission\u00a0: la filière vélo de la Maurienne grandit et recrute, pour une "
        "saison ou pour longtemps.": "Mechanics, guides, project officers: the Maurienne’s cycling sector is growing "
        "and hiring, for a season or for good.",
        # The offer.
        "Chargé ou chargée de mission filière vélo": "Cycling sector project officer",
        "charge-ou-chargee-de-mission-filiere-velo": "cycling-sector-project-officer",
        "Accompagner les entreprises du cycle, de la location à la fabrication, et faire grandir le label vélo de la "
        "vallée.": "Support the valley’s cycle businesses, from rental to manufacturing, and grow its cycling label.",
        "Vos missions": "Your role",
        "Accompagner les porteurs de projet du cycle": "Support people starting cycle businesses",
        "Animer le club des entreprises de la filière": "Run the cycle businesses’ club",
        "Votre profil": "About you",
        "Un bac + 5 en développement économique ou en tourisme, et la passion du vélo.": "A master’s degree in "
        "economic development or tourism, and a passion for cycling.",
    }
}
