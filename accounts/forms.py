"""The 6-digit code form, checked against one device with django-otp's throttling.

After a wrong code the device refuses any code for 1, 2, 4, 8… seconds (ThrottlingMixin), so that the
million possible codes cannot be tried one after another.
"""

import math
import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp import verify_token
from django_otp.plugins.otp_totp.models import TOTPDevice

SIX_DIGITS = re.compile(r"\d{6}")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code à 6 chiffres"),
        help_text=_("Le code que votre application d’authentification affiche en ce moment."),
        max_length=20,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "pattern": r"[0-9 ]*", "autofocus": True}
        ),
    )

    def __init__(self, device: TOTPDevice, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self) -> str:
        code = re.sub(r"\s", "", self.cleaned_data["code"])
        if not SIX_DIGITS.fullmatch(code):
            raise forms.ValidationError(
                _("Saisissez les 6 chiffres affichés par votre application d’authentification.")
            )
        allowed, details = self.device.verify_is_allowed()
        if not allowed:
            seconds = max(1, math.ceil((details["locked_until"] - timezone.now()).total_seconds()))
            raise forms.ValidationError(
                ngettext(
                    "Trop de codes incorrects à la suite : attendez %(seconds)d seconde avant de réessayer.",
                    "Trop de codes incorrects à la suite : attendez %(seconds)d secondes avant de réessayer.",
                    seconds,
                )
                % {"seconds": seconds}
            )
        if verify_token(self.device.user, self.device.persistent_id, code) is None:
            raise forms.ValidationError(
                _("Ce code est incorrect ou a expiré. Saisissez le code que votre application affiche maintenant.")
            )
        self.device.refresh_from_db()
        return code
