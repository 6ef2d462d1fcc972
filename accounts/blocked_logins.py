"""« Connexions bloquées » (Paramètres, superusers only): the lockouts in force, each with « Débloquer »,
and the staff members who have a second factor, each with « Réinitialiser » for a lost phone.

The command line does the same: `manage.py axes_reset_username <nom>`, `manage.py axes_reset_ip <adresse>`.
"""

import ipaddress

from django import forms
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin import messages
from wagtail.admin.menu import AdminOnlyMenuItem, MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from accounts.devices import remove_devices
from accounts.lockouts import current_lockouts, lift
from brands.admin.superusers import SuperuserOnlyMixin

TITLE = gettext_lazy("Connexions bloquées")


class UnlockForm(forms.Form):
    """What a lockout is keyed on, as the page's « Débloquer » button posts it."""

    username = forms.CharField(max_length=255, required=False)
    ip_address = forms.CharField(max_length=45, required=False)

    def clean_ip_address(self) -> str:
        value = self.cleaned_data["ip_address"].strip()
        if value:
            try:
                return str(ipaddress.ip_address(value))
            except ValueError:
                raise forms.ValidationError(_("Adresse IP invalide.")) from None
        return value

    def clean(self) -> dict:
        cleaned = super().clean()
        if not (cleaned.get("username") or cleaned.get("ip_address")):
            raise forms.ValidationError(_("Indiquez le compte ou l’adresse à débloquer."))
        return cleaned


class BlockedLoginsView(SuperuserOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "accounts/blocked_logins.html"
    header_icon = "lock"
    page_title = TITLE

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*super().get_breadcrumbs_items(), {"url": "", "label": TITLE}]

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(
            lockouts=[(lockout, capfirst(describe(lockout.criteria))) for lockout in current_lockouts()],
            two_factor_users=get_user_model()
            .objects.filter(pk__in=TOTPDevice.objects.filter(confirmed=True).values("user_id"))
            .order_by("username"),
            **kwargs,
        )


class UnlockView(SuperuserOnlyMixin, View):
    """« Débloquer »: forgets the failures behind a lockout, so that the next try counts from zero."""

    def post(self, request: HttpRequest) -> HttpResponse:
        form = UnlockForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return redirect("accounts_blocked_logins")
        criteria = {field: value for field, value in form.cleaned_data.items() if value}
        if lift(criteria):
            messages.success(
                request, _("Blocage levé : %(who)s peut se connecter à nouveau.") % {"who": describe(criteria)}
            )
        else:
            messages.warning(
                request,
                _("Aucun blocage en cours pour %(who)s : il a peut-être déjà expiré.") % {"who": describe(criteria)},
            )
        return redirect("accounts_blocked_logins")


def describe(criteria: dict[str, str]) -> str:
    """« le compte « x » », « l’adresse 1.2.3.4 », or both, for the messages."""
    parts = []
    if "username" in criteria:
        parts.append(_("le compte « %(username)s »") % criteria)
    if "ip_address" in criteria:
        parts.append(_("l’adresse %(ip_address)s") % criteria)
    return _(" depuis ").join(parts)


class ResetTwoFactorView(SuperuserOnlyMixin, View):
    """« Réinitialiser »: a staff member lost their phone; they log in with their password alone and set up
    a new device (a superuser is sent to the setup at once when the second factor is required)."""

    def post(self, request: HttpRequest, user_id: int) -> HttpResponse:
        user = get_object_or_404(get_user_model(), pk=user_id)
        remove_devices(user)
        messages.success(
            request,
            _(
                "Double authentification de « %(username)s » réinitialisée : à la prochaine connexion, le mot de "
                "passe suffira, puis elle pourra être configurée sur un nouveau téléphone."
            )
            % {"username": user.get_username()},
        )
        return redirect("accounts_blocked_logins")


def menu_item() -> MenuItem:
    return AdminOnlyMenuItem(TITLE, reverse("accounts_blocked_logins"), icon_name="lock", order=320)


urlpatterns = [
    path("connexions-bloquees/", BlockedLoginsView.as_view(), name="accounts_blocked_logins"),
    path("connexions-bloquees/debloquer/", UnlockView.as_view(), name="accounts_unlock"),
    path(
        "connexions-bloquees/double-authentification/<int:user_id>/",
        ResetTwoFactorView.as_view(),
        name="accounts_reset_two_factor",
    ),
]
