"""English for the « Offres d’emploi » page and one offer of each pilot that offers English (Maurienne, the Xaintrie,
Nord Grande-Terre), in the shape of `demo.translating.DemoTranslations`, merged by demo/translations/."""

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

JOBS = {"Offres d’emploi": "Jobs", "emploi": "jobs"}

XAINTRIE_JOB_PATH = "emploi/charge-ou-chargee-de-marketing-territorial/"
XAINTRIE_PAGES = {"en": ["emploi/", XAINTRIE_JOB_PATH]}
XAINTRIE_STRINGS = {
    "en": {
        **JOBS,
        "Faire vivre la marque «\u00a0la Xaintrie\u00a0», accueillir au bord de la Dordogne\u00a0: les postes ouverts "
        "près d’Argentat.": (
            "Bringing the “la Xaintrie” brand to life, welcoming visitors along the Dordogne: the positions open "
            "near Argentat."
        ),
        "Chargé ou chargée de marketing territorial": "Place marketing officer",
        "charge-ou-chargee-de-marketing-territorial": "place-marketing-officer",
        "Faire vivre la marque «\u00a0la Xaintrie\u00a0»\u00a0: son plan marketing, ses partenaires et ses "
        "ambassadeurs.": "Bring the “la Xaintrie” brand to life: its marketing plan, its partners and its ambassadors.",
        "Vos missions": "Your role",
        "Mettre en œuvre le plan marketing de la marque": "Carry out the brand’s marketing plan",
        "Animer le réseau des ambassadeurs et des partenaires": "Lead the network of ambassadors and partners",
        "Votre profil": "About you",
        "Un bac + 3 à bac + 5 en marketing ou en communication, et l’envie de vivre au bord de la Dordogne.": (
            "A bachelor’s or master’s degree in marketing or communication, and the wish to live by the Dordogne."
        ),
    }
}

NORD_GRANDE_TERRE_JOB_PATH = "emploi/technicien-ou-technicienne-de-transformation-agroalimentaire/"
NORD_GRANDE_TERRE_PAGES = {"en": ["emploi/", NORD_GRANDE_TERRE_JOB_PATH]}
NORD_GRANDE_TERRE_STRINGS = {
    "en": {
        **JOBS,
        "Agriculture, transformation agroalimentaire, nouveau tourisme\u00a0: les employeurs du Nord Grande-Terre "
        "recrutent et forment.": (
            "Farming, food processing, new tourism: Nord Grande-Terre’s employers are hiring and training."
        ),
        "Technicien ou technicienne de transformation agroalimentaire": "Food processing technician",
        "technicien-ou-technicienne-de-transformation-agroalimentaire": "food-processing-technician",
        "Transformer fruits et légumes des producteurs du Nord Grande-Terre en confitures, jus et épices, dans un "
        "atelier neuf.": (
            "Turn the fruit and vegetables of Nord Grande-Terre’s growers into jams, juices and spices, in a new "
            "workshop."
        ),
        "Vos missions": "Your role",
        "Conduire les lignes de transformation et de conditionnement": "Run the processing and packing lines",
        "Appliquer les règles d’hygiène et de traçabilité": "Apply hygiene and traceability rules",
        "Votre profil": "About you",
        "Un BTS en agroalimentaire, ou une expérience équivalente en atelier.": (
            "A two-year food technology diploma (BTS), or equivalent experience in a workshop."
        ),
    }
}
