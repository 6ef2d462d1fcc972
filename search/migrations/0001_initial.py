import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class AddIndexOnPostgreSQL(migrations.AddIndex):
    """A GIN index exists on PostgreSQL only; on SQLite the migration state still records it, so that
    `makemigrations --check` stays quiet on both."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("brands", "0003_storytelling"),
        ("wagtailcore", "0094_alter_page_locale"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=10, verbose_name="langue")),
                ("kind", models.CharField(max_length=20, verbose_name="type")),
                ("title", models.CharField(max_length=255, verbose_name="titre")),
                ("text", models.TextField(blank=True, verbose_name="texte")),
                ("title_folded", models.CharField(max_length=255)),
                ("text_folded", models.TextField(blank=True)),
                ("config", models.CharField(max_length=20)),
                ("search_vector", django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
                (
                    "page",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "site",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.site"
                    ),
                ),
                (
                    "strength",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="brands.strength",
                    ),
                ),
            ],
            options={
                "verbose_name": "document de recherche",
                "verbose_name_plural": "documents de recherche",
                "indexes": [models.Index(fields=["site", "language", "kind"], name="search_doc_site_language_kind")],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("page__isnull", False), ("strength__isnull", True)),
                            models.Q(("page__isnull", True), ("strength__isnull", False)),
                            _connector="OR",
                        ),
                        name="search_doc_page_or_strength",
                    )
                ],
            },
        ),
        AddIndexOnPostgreSQL(
            model_name="searchdocument",
            index=django.contrib.postgres.indexes.GinIndex(fields=["search_vector"], name="search_doc_vector"),
        ),
    ]
