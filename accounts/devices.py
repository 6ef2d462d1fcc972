"""A staff member's authenticator (django-otp's TOTPDevice): the pending one being set up, the confirmed
one asked for at login, its QR code and its secret as a person types it.

A person has at most one confirmed device. The pending one keeps its secret until it is confirmed, so
that reloading the setup page does not invalidate a QR code already scanned.
"""

from base64 import b32encode

import segno
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice


def confirmed_device(user: AbstractBaseUser) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_device(user: AbstractBaseUser) -> TOTPDevice:
    """The device being set up, created on first visit."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=_("Application d’authentification"), confirmed=False)


@transaction.atomic
def confirm(device: TOTPDevice) -> None:
    """The device gave a right code: it becomes the person's only one."""
    TOTPDevice.objects.filter(user_id=device.user_id).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])


def remove_devices(user: AbstractBaseUser) -> int:
    """Turn the second factor off (the person asked, or a superuser for a lost phone)."""
    count, _by_model = TOTPDevice.objects.filter(user=user).delete()
    return count


def secret_for_typing(device: TOTPDevice) -> str:
    """The secret in base 32, in groups of four, as authenticator apps ask for it when it is typed."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device: TOTPDevice) -> str:
    """The otpauth:// link as an inline SVG QR code, drawn here: the secret is never sent to another host."""
    return segno.make(device.config_url, error="m").svg_inline(
        scale=5,
        light="#fff",  # a white background: in the admin's dark theme, black on dark would not scan
        title=_("Code QR à scanner avec votre application d’authentification"),
        svgclass="two-factor-qr",
    )
