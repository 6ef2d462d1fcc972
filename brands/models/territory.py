"""The registry of provisioned territories: which site, collection and groups belong together."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, Site


class Territory(models.Model):
    """A territory of the network, created by provisioning (never by hand)."""

    name = models.CharField(_("nom"), max_length=80)
    slug = models.SlugField(_("identifiant"), max_length=60, unique=True)
    site = models.OneToOneField(Site, verbose_name=_("site"), on_delete=models.PROTECT, related_name="territory")
    collection = models.OneToOneField(
        Collection, verbose_name=_("collection de médias"), on_delete=models.PROTECT, related_name="territory"
    )
    editors_group = models.OneToOneField(
        Group, verbose_name=_("groupe des éditeurs"), on_delete=models.PROTECT, related_name="+"
    )
    moderators_group = models.OneToOneField(
        Group, verbose_name=_("groupe des modérateurs"), on_delete=models.PROTECT, related_name="+"
    )
    languages = models.JSONField(
        _("langues proposées"), default=list, help_text=_("Codes des langues que le site propose, le français d'abord.")
    )
    withdrawn_pages = models.JSONField(
        _("pages retirées"),
        default=dict,
        blank=True,
        help_text=_("Par langue retirée, les pages qui étaient en ligne : elles reviennent si la langue revient."),
    )
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("territoire")
        verbose_name_plural = _("territoires")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def groups(self) -> list[Group]:
        return [self.editors_group, self.moderators_group]
