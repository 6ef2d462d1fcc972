"""The vocabularies of a directory entry: its category and its labels (slugs used by CSV files and filters)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DirectoryCategory(models.TextChoices):
    COMMERCE = "commerce", _("Commerces")
    ARTISAN = "artisan", _("Artisans et savoir-faire")
    PRODUCER = "producteur", _("Producteurs")
    BIKE = "velo", _("Services vélo")
    FOOD = "restauration", _("Restaurants et cafés")
    LODGING = "hebergement", _("Hébergements")
    HEALTH = "sante", _("Santé")
    SERVICES = "services", _("Services aux habitants")
    ASSOCIATION = "association", _("Associations")
    LEISURE = "loisirs", _("Loisirs et visites")
    COMPANY = "entreprise", _("Entreprises et industrie")


class DirectoryLabel(models.TextChoices):
    BIKE_WELCOME = "accueil-velo", _("Accueil Vélo")
    BRAND_PARTNER = "partenaire-marque", _("Partenaire de la marque")
    FARM_PRODUCER = "producteur-fermier", _("Producteur fermier")
    FARM_WELCOME = "bienvenue-a-la-ferme", _("Bienvenue à la ferme")
    ART_CRAFT = "artisan-d-art", _("Artisan d’art")
    TOURISM_QUALITY = "qualite-tourisme", _("Qualité Tourisme")
    TOURISM_DISABILITY = "tourisme-handicap", _("Tourisme & Handicap")
    MADE_HERE = "fabrique-ici", _("Fabriqué ici")


# What each label means, for the visitor reading an entry's page.
LABEL_EXPLANATIONS = {
    DirectoryLabel.BIKE_WELCOME: _(
        "Marque nationale : accueil adapté aux cyclistes (abri pour les vélos, kit de réparation, conseils)."
    ),
    DirectoryLabel.BRAND_PARTNER: _("Acteur engagé aux côtés de la marque du territoire."),
    DirectoryLabel.FARM_PRODUCER: _("Produits cultivés ou élevés et transformés à la ferme."),
    DirectoryLabel.FARM_WELCOME: _("Réseau des Chambres d’agriculture : vente, visite ou séjour à la ferme."),
    DirectoryLabel.ART_CRAFT: _("Métier d’art reconnu : pièces façonnées à la main dans l’atelier."),
    DirectoryLabel.TOURISM_QUALITY: _("Marque de l’État pour la qualité de l’accueil et des services touristiques."),
    DirectoryLabel.TOURISM_DISABILITY: _("Marque de l’État : accueil adapté aux personnes en situation de handicap."),
    DirectoryLabel.MADE_HERE: _("Produits fabriqués sur le territoire."),
}
