"""The territory core: what a territory is and holds, whoever looks at it.

Provisioning, languages and translation, workflows, scoping of what a user may see, legal texts, colours,
fonts and the walk over stored StreamField text. Nothing here knows about views or templates.
"""
