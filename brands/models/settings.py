"""Per-site brand identity: name, logo, palette, fonts, social links, contact details and partners.

Nothing here is translated: the tagline, menu and footer text live in `Navigation`, one per language.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.forms import TextInput
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from brands.admin.theme_panel import ThemePreviewPanel
from brands.blocks import PartnerBlock
from brands.core.colors import HEX_COLOR, contrast_problems
from brands.core.fonts import DEFAULT_FONT_PAIRING, FONT_PAIRING_CHOICES, FONT_PAIRINGS, FontPairing
from brands.core.site_scope import foreign_references, foreign_references_message

hex_color_validator = RegexValidator(HEX_COLOR, _("Indiquez une couleur au format #rrvvbb, par exemple #1f5f8b."))

PALETTE_FIELDS = ["primary_color", "secondary_color", "accent_color", "text_color", "background_color"]
DEFAULT_PALETTE = {
    "primary_color": "#1f5f8b",
    "secondary_color": "#2d5a3d",
    "accent_color": "#f2c14e",
    "text_color": "#1d1d1b",
    "background_color": "#ffffff",
}
SOCIAL_NETWORKS = [
    ("facebook_url", "Facebook"),
    ("instagram_url", "Instagram"),
    ("linkedin_url", "LinkedIn"),
    ("youtube_url", "YouTube"),
    ("mastodon_url", "Mastodon"),
]


def color_field(label: str, default: str, help_text: str) -> models.CharField:
    return models.CharField(label, max_length=7, default=default, validators=[hex_color_validator], help_text=help_text)


# Where a French territory may be: mainland France and Corsica, then the overseas departments and collectivities.
DEFAULT_TIME_ZONE = "Europe/Paris"
TIME_ZONE_CHOICES = [
    (DEFAULT_TIME_ZONE, _("France métropolitaine et Corse (Europe/Paris)")),
    ("America/Guadeloupe", _("Guadeloupe (America/Guadeloupe)")),
    ("America/Martinique", _("Martinique (America/Martinique)")),
    ("America/Cayenne", _("Guyane (America/Cayenne)")),
    ("Indian/Reunion", _("La Réunion (Indian/Reunion)")),
    ("Indian/Mayotte", _("Mayotte (Indian/Mayotte)")),
    ("America/St_Barthelemy", _("Saint-Barthélemy (America/St_Barthelemy)")),
    ("America/Marigot", _("Saint-Martin (America/Marigot)")),
    ("America/Miquelon", _("Saint-Pierre-et-Miquelon (America/Miquelon)")),
    ("Pacific/Noumea", _("Nouvelle-Calédonie (Pacific/Noumea)")),
    ("Pacific/Tahiti", _("Polynésie française (Pacific/Tahiti)")),
    ("Pacific/Wallis", _("Wallis-et-Futuna (Pacific/Wallis)")),
]


class ColorInput(TextInput):
    """The browser's native, keyboard-usable colour picker."""

    input_type = "color"


@register_setting(icon="palette")
class BrandSettings(BaseSiteSetting):
    """How a territory presents itself: its name, logo, colours and contacts."""

    brand_name = models.CharField(
        _("nom de la marque"),
        max_length=80,
        help_text=_("Le nom affiché en haut de chaque page, par exemple « La Xaintrie »."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De préférence un fichier SVG ou PNG sur fond transparent."),
    )
    favicon = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("icône du site (favicon)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Une image carrée d'au moins 180 × 180 pixels, affichée dans l'onglet du navigateur."),
    )
    primary_color = color_field(
        _("couleur principale"),
        DEFAULT_PALETTE["primary_color"],
        _("En-tête, boutons et liens. Le texte blanc posé dessus doit rester lisible."),
    )
    secondary_color = color_field(
        _("couleur secondaire"),
        DEFAULT_PALETTE["secondary_color"],
        _("Pied de page et bandeaux. Le texte blanc posé dessus doit rester lisible."),
    )
    accent_color = color_field(
        _("couleur d'accent"),
        DEFAULT_PALETTE["accent_color"],
        _("Mises en valeur (chiffres clés, encadrés). Le texte courant posé dessus doit rester lisible."),
    )
    text_color = color_field(_("couleur du texte"), DEFAULT_PALETTE["text_color"], _("Le texte courant."))
    background_color = color_field(_("couleur du fond"), DEFAULT_PALETTE["background_color"], _("Le fond des pages."))
    font_pairing = models.CharField(
        _("polices"),
        max_length=20,
        choices=FONT_PAIRING_CHOICES,
        default=DEFAULT_FONT_PAIRING,
        help_text=_("Un duo de polices hébergées sur la plateforme : titres et texte courant."),
    )
    facebook_url = models.URLField("Facebook", blank=True)
    instagram_url = models.URLField("Instagram", blank=True)
    linkedin_url = models.URLField("LinkedIn", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)
    mastodon_url = models.URLField("Mastodon", blank=True)
    contact_email = models.EmailField(_("adresse e-mail de contact"), blank=True)
    contact_phone = models.CharField(
        _("téléphone"), max_length=20, blank=True, help_text=_("Par exemple 05 55 28 00 00.")
    )
    postal_address = models.TextField(_("adresse postale"), max_length=300, blank=True)
    time_zone = models.CharField(
        _("fuseau horaire"),
        max_length=40,
        choices=TIME_ZONE_CHOICES,
        default=DEFAULT_TIME_ZONE,
        help_text=_(
            "L’heure du territoire : celle des dates et horaires affichés sur le site et dans les agendas "
            "exportés (iCal). Par exemple Guadeloupe pour un territoire antillais."
        ),
    )
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page des mentions légales"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Une page de votre site, liée depuis le pied de chaque page."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page de la politique de confidentialité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Une page de votre site, liée depuis le pied de chaque page."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page de la déclaration d'accessibilité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("La déclaration d'accessibilité de votre site : son état de conformité s'affiche en pied de page."),
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image de partage par défaut"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Montrée quand une page de votre site est partagée sur un réseau social et n'a pas d'image à elle. "
            "Au moins 1200 × 630 pixels."
        ),
    )

    partners = StreamField(
        [("partner", PartnerBlock())],
        verbose_name=_("partenaires"),
        blank=True,
        max_num=12,
        help_text=_("Les logos des partenaires du territoire, affichés en bas de chaque page."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("brand_name"), FieldPanel("logo"), FieldPanel("favicon"), FieldPanel("share_image")],
            heading=_("Identité"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel(name, widget=ColorInput)
                        for name in ["primary_color", "secondary_color", "accent_color"]
                    ]
                ),
                FieldRowPanel([FieldPanel(name, widget=ColorInput) for name in ["text_color", "background_color"]]),
                FieldPanel("font_pairing"),
            ],
            heading=_("Couleurs et polices"),
            help_text=_("Chaque couleur est vérifiée : le texte doit contraster d'au moins 4,5:1 avec son fond."),
        ),
        ThemePreviewPanel(heading=_("Aperçu du thème")),
        MultiFieldPanel([FieldPanel(name) for name, _label in SOCIAL_NETWORKS], heading=_("Réseaux sociaux")),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("postal_address"),
                FieldPanel("time_zone"),
                FieldPanel("legal_notice_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
            ],
            heading=_("Contact et informations légales"),
        ),
        FieldPanel("partners"),
    ]

    class Meta:
        verbose_name = _("identité de marque")
        verbose_name_plural = _("identités de marque")

    def __str__(self) -> str:
        return self.brand_name or str(self.site)

    @property
    def palette(self) -> dict[str, str]:
        return {name: getattr(self, name).lower() for name in PALETTE_FIELDS}

    @cached_property
    def fonts(self) -> FontPairing:
        return FONT_PAIRINGS.get(self.font_pairing, FONT_PAIRINGS[DEFAULT_FONT_PAIRING])

    @property
    def social_links(self) -> list[tuple[str, str]]:
        return [(label, getattr(self, name)) for name, label in SOCIAL_NETWORKS if getattr(self, name)]

    def clean(self) -> None:
        super().clean()
        if all(HEX_COLOR.match(getattr(self, name) or "") for name in PALETTE_FIELDS):
            problems = contrast_problems(self.palette)
            if problems:
                raise ValidationError(problems)
        if self.site_id and (foreign := foreign_references(self, self.site)):
            raise ValidationError(foreign_references_message(foreign))
