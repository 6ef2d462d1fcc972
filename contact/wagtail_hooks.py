"""The forms' part of the privacy policy: what is kept, for how long, and who reads it."""

from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks

from brands.public.privacy_notices import HOOK, PrivacyNotice

from .purging import retention_months
from .retention import retention_label


@hooks.register(HOOK)
def forms_privacy_notice(site, request) -> PrivacyNotice:
    period = retention_label(retention_months(site))
    return PrivacyNotice(
        title=_("Les messages envoyés par les formulaires"),
        html=format_html(
            "<p>{}</p>",
            _(
                "Quand vous écrivez au territoire par un formulaire de ce site, votre message et vos coordonnées "
                "servent uniquement à vous répondre et à vous accompagner. Seule l’équipe du territoire les lit. "
                "Ils sont conservés %(period)s au plus, puis effacés automatiquement."
            )
            % {"period": period},
        ),
    )
