"""Admin registration of the staff accounts' protection, without logic."""

from django.http import HttpRequest
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import blocked_logins, two_factor


@hooks.register("register_admin_urls")
def register_two_factor_urls() -> list:
    return two_factor.urlpatterns


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request: HttpRequest) -> dict:
    return two_factor.account_menu_item(request)


@hooks.register("register_admin_urls")
def register_blocked_logins_urls() -> list:
    return blocked_logins.urlpatterns


@hooks.register("register_settings_menu_item")
def register_blocked_logins_menu_item() -> MenuItem:
    return blocked_logins.menu_item()
