"""What keeps robots out of the forms without bothering people: a honeypot and a minimum fill time.

The honeypot is a field people never see (hidden from sight and from screen readers) that robots fill in.
The fill time comes from a signed token written when the form is shown: a person takes more than a few
seconds to read and answer; a token older than a day belongs to a page left open, and is asked again.
"""

import time

from django.core import signing
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "site_internet"  # a name robots like to fill
TOKEN_FIELD = "jeton"
MIN_FILL_SECONDS = 3
MAX_FILL_SECONDS = 24 * 3600
SALT = "contact.fill-time"

TOO_FAST = _("Le formulaire a été envoyé trop vite. Vérifiez vos réponses, puis envoyez-le de nouveau.")
EXPIRED = _("Ce formulaire est resté ouvert trop longtemps. Vérifiez vos réponses, puis envoyez-le de nouveau.")
REFUSED = _("Votre message n’a pas pu être envoyé. Vérifiez vos réponses, puis envoyez-le de nouveau.")


def fill_token(page_pk: int) -> str:
    """A token saying which form was shown, and when."""
    return signing.dumps({"page": page_pk, "shown": time.time()}, salt=SALT)


def token_error(token: str, page_pk: int, now: float | None = None) -> str | None:
    """Why the token is refused (in French), or None when the form was filled by a person in time."""
    try:
        data = signing.loads(token or "", salt=SALT)
    except signing.BadSignature:
        return str(REFUSED)
    if not isinstance(data, dict) or data.get("page") != page_pk or not isinstance(data.get("shown"), (int, float)):
        return str(REFUSED)
    elapsed = (now or time.time()) - data["shown"]
    if elapsed < MIN_FILL_SECONDS:
        return str(TOO_FAST)
    if elapsed > MAX_FILL_SECONDS:
        return str(EXPIRED)
    return None
