"""The e-mail that tells the territory a visitor wrote: plain text only.

Never HTML: what a visitor typed is shown as typed, and a mail client cannot be made to load or run
anything from it. The mail says which site and which form the message came from, and links to the
submissions in the admin.

The mail is written in the visitor's request and sent by the task worker (`send_notification`): an SMTP server
that is slow or down never holds the visitor's page, and the message is already saved when the mail leaves.
"""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.admin.mail import send_mail

from .forms import CONSENT_FIELD
from .subject import SUBJECT_FIELD, SUBJECT_LABEL


def as_line(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, datetime.datetime):
        return date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, bool):
        return _("oui") if value else _("non")
    return str(value)


def notification_text(page, form, submission) -> str:
    """The body of the notification: where it comes from, then each answer on its own lines."""
    site = page.get_site()
    lines = [
        _("Nouveau message envoyé depuis « %(form)s » (%(site)s), le %(date)s.")
        % {
            "form": page.title,
            "site": site.hostname if site else "",
            "date": date_format(timezone.localtime(submission.submit_time), "DATETIME_FORMAT"),
        },
        "",
    ]
    if form.subject:
        lines += [f"{SUBJECT_LABEL}\u00a0:", form.subject.as_text(), ""]
    answers = form.submitted_data()
    for field in form:
        if field.name not in answers or field.name in (CONSENT_FIELD, SUBJECT_FIELD):
            continue
        lines.append(f"{field.label}\u00a0:")
        lines.append(as_line(answers[field.name]) or "—")
        lines.append("")
    lines.append(_("La personne a accepté que ses informations servent à lui répondre."))
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    lines.append(
        _("Tous les messages de ce formulaire : %(url)s")
        % {"url": base + reverse("wagtailforms:list_submissions", args=[page.pk])}
    )
    return "\n".join(lines)


@task()
def send_notification(subject: str, text: str, addresses: list[str]) -> int:
    """Sends the notification written in the visitor's request: how many messages left (0 or 1)."""
    return send_mail(subject, text, addresses)
