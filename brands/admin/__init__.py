"""The back office: Wagtail's admin fitted to a network of territories.

Scoping of Wagtail's views to the user's territory, the dashboard, the creation wizard, the theme preview,
the site languages screen, moderation of translations, viewsets and the editor's guide.
`brands/wagtail_hooks.py` and `brands/admin/urls.py` plug these in.
"""
