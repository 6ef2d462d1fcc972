"""Staff accounts' protection: throttled admin logins (django-axes) and a second factor (TOTP, django-otp)."""
