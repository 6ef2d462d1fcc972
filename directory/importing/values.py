"""Turning one row of an import file into a directory entry's values, in the model's terms (`IMPORT_FIELDS`).

Pure Python: what a spreadsheet makes of a value (« 45,09 » for a decimal, « Santé » for the category
`sante`, « www.… » for a web address) is read here; whether the values make a valid entry is the model's
own `full_clean()`, run by `planning`.
"""

import math
import re

from django.core.validators import slug_re
from django.utils.text import slugify
from django.utils.translation import gettext as _

from directory import hours
from directory.choices import DirectoryCategory, DirectoryLabel

from .reading import Problem, Row

# Column of the file → the model field it sets; the seven day columns together set `opening_hours`.
FIELDS = {
    "cle": "slug",
    "nom": "name",
    "categorie": "category",
    "labels": "labels",
    "description": "description",
    "commune": "commune",
    "adresse": "address",
    "latitude": "latitude",
    "longitude": "longitude",
    "site_web": "website",
    "telephone": "phone",
    "email": "email",
    "precision_horaires": "hours_note",
}
HOURS_FIELD = "opening_hours"
HOURS_COLUMN = "horaires"  # how a problem with the hours as a whole is placed
REQUIRED = ("cle", "nom", "categorie", "commune")
LABEL_SEPARATOR = "|"


def column_of(field: str) -> str:
    """The column an error on a model field is reported under (a field no column sets: its own name)."""
    if field == HOURS_FIELD:
        return HOURS_COLUMN
    return next((column for column, name in FIELDS.items() if name == field), field)


def choice(text: str, choices: type) -> str | None:
    """A category or label from its value (« sante ») or its French name (« Santé »), any case or accent."""
    wanted = slugify(text)
    for value, label in choices.choices:
        if wanted in (value, slugify(str(label))):
            return value
    return None


def category(text: str) -> str:
    value = choice(text, DirectoryCategory)
    if value is None:
        raise ValueError(
            _("catégorie inconnue « %(text)s » : choisissez parmi %(values)s")
            % {"text": text, "values": ", ".join(DirectoryCategory.values)}
        )
    return value


def labels(text: str) -> list[str]:
    """The labels separated by |, in the order the admin's checkboxes give them."""
    found, unknown = set(), []
    for part in filter(None, (part.strip() for part in text.split(LABEL_SEPARATOR))):
        value = choice(part, DirectoryLabel)
        if value is None:
            unknown.append(part)
        else:
            found.add(value)
    if unknown:
        raise ValueError(
            _("label inconnu %(texts)s : choisissez parmi %(values)s, séparés par |")
            % {"texts": ", ".join(f"« {text} »" for text in unknown), "values": ", ".join(DirectoryLabel.values)}
        )
    return [value for value in DirectoryLabel.values if value in found]


def coordinate(text: str) -> float | None:
    """« 45,0932 » or « 45.0932 »; empty for none."""
    if not text:
        return None
    try:
        value = float(re.sub(r"\s", "", text).replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise ValueError(_("« %(text)s » n’est pas un nombre, écrivez par exemple 45.0932") % {"text": text})
    return value


def slug(text: str) -> str:
    if not slug_re.match(text):
        raise ValueError(
            _(
                "« %(text)s » n’est pas une clé valable : des lettres sans accent, des chiffres et des tirets, "
                "sans espace, par exemple « %(example)s »"
            )
            % {"text": text, "example": slugify(text) or "boulangerie-martin"}
        )
    return text


def website(text: str) -> str:
    """An address without its scheme, as people write it (« www.exemple.fr »), gets https://."""
    if text and "://" not in text:
        return f"https://{text}"
    return text


CONVERTERS = {
    "cle": slug,
    "categorie": category,
    "labels": labels,
    "latitude": coordinate,
    "longitude": coordinate,
    "site_web": website,
}


def row_values(row: Row) -> tuple[dict, list[Problem]]:
    """The row's values by model field, for the columns the file has, and what could not be read."""
    values: dict = {}
    problems: list[Problem] = []
    for column, field in FIELDS.items():
        if column not in row.values:
            continue  # an optional column the file does not have: the import leaves that field alone
        text = row.values[column]
        if column in REQUIRED and not text:
            problems.append(Problem(row.line, _("valeur obligatoire manquante"), column))
            continue
        try:
            values[field] = CONVERTERS.get(column, str)(text)
        except ValueError as error:
            problems.append(Problem(row.line, str(error), column))
    if hours.COLUMNS[0] in row.values:
        days = {}
        for day in hours.WEEKDAYS:
            try:
                days[day.number] = hours.parse_day(row.values[day.column])
            except ValueError as error:
                problems.append(Problem(row.line, str(error), day.column))
        if len(days) == len(hours.WEEKDAYS):
            values[HOURS_FIELD] = hours.to_stored(days)
    return values, problems
