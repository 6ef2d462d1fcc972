"""How a phone number or a website is checked and shown, for every domain that lists people to reach (the
newcomers' useful contacts, the directory's local actors)."""

import re
from urllib.parse import urlsplit

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _


def phone_validator(longest: int) -> RegexValidator:
    """Digits, spaces and the usual separators, 6 to `longest` characters, with a French example in its error."""
    return RegexValidator(
        rf"^\+?[0-9 .()-]{{6,{longest}}}$",
        _("Écrivez le numéro avec des chiffres et des espaces, par exemple 05 55 28 12 34 ou +590 590 12 34 56."),
    )


def phone_link(phone: str) -> str:
    """The number for a tel: link: digits and a leading +, nothing else."""
    return re.sub(r"[^0-9+]", "", phone)


def website_host(url: str) -> str:
    """The site's address as people say it: « atelier-martin.fr », not the whole URL."""
    return (urlsplit(url).hostname or url).removeprefix("www.")
