"""The tables of the database: whether it is empty, and dropping some, on SQLite as on PostgreSQL."""

from django.db import transaction
from django.db.backends.base.base import BaseDatabaseWrapper


def existing_tables(connection: BaseDatabaseWrapper) -> list[str]:
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def drop_tables(connection: BaseDatabaseWrapper, names: list[str]) -> None:
    """Drop the tables in one transaction, whatever foreign keys point at them."""
    quote = connection.ops.quote_name
    cascade = " CASCADE" if connection.vendor == "postgresql" else ""
    # SQLite: a dropped table's rows are deleted first, and checked against the foreign keys unless disabled.
    disabled = connection.disable_constraint_checking()
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            for name in names:
                cursor.execute(f"DROP TABLE IF EXISTS {quote(name)}{cascade}")
    finally:
        if disabled:
            connection.enable_constraint_checking()
