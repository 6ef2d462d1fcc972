"""The second factor in the admin: set it up, turn it off, and give the code after logging in.

Setup and turning off are admin pages reached from the account (« Plus d'actions » › « Double
authentification »); the code is asked on a page in the login's look, since until then the person is
not fully signed in (accounts/middleware.py sends them there).
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from django_otp import login as otp_login
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from accounts.devices import confirm, confirmed_device, pending_device, qr_code_svg, remove_devices, secret_for_typing
from accounts.forms import CodeForm

TITLE = gettext_lazy("Double authentification")
# Named on the setup page: any app that follows RFC 6238 (TOTP) works; these are common and free.
AUTHENTICATOR_APPS = ["FreeOTP", "Aegis (Android)", "Google Authenticator", "Microsoft Authenticator", "2FAS"]


def next_url(request: HttpRequest) -> str:
    """Where to go once the code is given: the page first asked for, if it is on this site."""
    target = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


class TwoFactorPageMixin(WagtailAdminTemplateMixin):
    form_class = CodeForm
    header_icon = "key"
    page_title = TITLE

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailadmin_account"), "label": _("Compte")},
            {"url": "", "label": TITLE},
        ]

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "device": self.device}


class TwoFactorView(TwoFactorPageMixin, FormView):
    """Shows the second factor's state; without one, sets it up: QR code, secret, and a code to confirm."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.device = confirmed_device(request.user)
        if self.device is not None and request.method == "POST":
            return redirect("accounts_two_factor")  # already on: nothing to confirm
        self.device = self.device or pending_device(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_template_names(self) -> list[str]:
        if self.device.confirmed:
            return ["accounts/two_factor_enabled.html"]
        return ["accounts/two_factor_setup.html"]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        if self.device.confirmed:
            context.update(
                action_url=reverse("accounts_two_factor_disable"),
                submit_button_label=_("Désactiver la double authentification"),
            )
        else:
            context.update(
                action_url=self.request.get_full_path(),
                submit_button_label=_("Activer la double authentification"),
                qr_code=qr_code_svg(self.device),
                secret=secret_for_typing(self.device),
                apps=AUTHENTICATOR_APPS,
                next=self.request.GET.get("next", ""),
            )
        context["device"] = self.device
        return context

    def form_valid(self, form: CodeForm) -> HttpResponse:
        confirm(self.device)
        otp_login(self.request, self.device)  # this session has just given a right code
        messages.success(
            self.request,
            _(
                "La double authentification est activée : à chaque connexion, le code de votre application sera demandé."
            ),
        )
        return redirect(next_url(self.request) if self.request.POST.get("next") else "accounts_two_factor")


class DisableTwoFactorView(TwoFactorPageMixin, FormView):
    """Turns the second factor off, on a current code: a forgotten session cannot do it."""

    template_name = "accounts/two_factor_enabled.html"
    http_method_names = ["post"]

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.device = confirmed_device(request.user)
        if self.device is None:
            return redirect("accounts_two_factor")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(
            device=self.device,
            action_url=self.request.path,
            submit_button_label=_("Désactiver la double authentification"),
        )
        return context

    def form_valid(self, form: CodeForm) -> HttpResponse:
        remove_devices(self.request.user)
        messages.success(
            self.request,
            _("La double authentification est désactivée : votre mot de passe suffit pour vous connecter."),
        )
        return redirect("accounts_two_factor")


class VerifyView(FormView):
    """« Code de vérification »: asked after the password from whoever has a confirmed device."""

    template_name = "accounts/verify.html"
    form_class = CodeForm

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.device = confirmed_device(request.user)
        if self.device is None or request.user.is_verified():
            return redirect(next_url(request))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "device": self.device}

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(
            title=_("Code de vérification"), next=self.request.GET.get("next", ""), **kwargs
        )

    def form_valid(self, form: CodeForm) -> HttpResponse:
        otp_login(self.request, self.device)
        return redirect(next_url(self.request))


def account_menu_item(request: HttpRequest) -> dict:
    """In the account's « Plus d'actions » tab, for every staff member."""
    return {
        "url": reverse("accounts_two_factor"),
        "label": TITLE,
        "help_text": _("Un code de votre téléphone en plus du mot de passe, à chaque connexion."),
    }


urlpatterns = [
    path("double-authentification/", TwoFactorView.as_view(), name="accounts_two_factor"),
    path("double-authentification/desactiver/", DisableTwoFactorView.as_view(), name="accounts_two_factor_disable"),
    path("double-authentification/code/", VerifyView.as_view(), name="accounts_two_factor_verify"),
]
