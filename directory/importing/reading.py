"""Reading an import file: its encoding, its separator, its header and its rows, with the file's line numbers.

Nothing here knows the database. A problem with the file itself (not UTF-8, empty, only a header, a column
unknown, doubled or missing) stops the import before any row is looked at.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext as _

from directory.hours import COLUMNS as DAY_COLUMNS

COLUMNS = (
    "cle",
    "nom",
    "categorie",
    "labels",
    "description",
    "commune",
    "adresse",
    "latitude",
    "longitude",
    "site_web",
    "telephone",
    "email",
    *DAY_COLUMNS,
    "precision_horaires",
)
REQUIRED_COLUMNS = ("cle", "nom", "categorie", "commune")
# What spreadsheets and people write instead of the column's name, once accents and case are set aside.
ALIASES = {"e_mail": "email", "courriel": "email"}
SEPARATORS = (";", ",")


@dataclass(frozen=True)
class Problem:
    """Why the file, or one of its lines, cannot be imported."""

    line: int | None
    message: str
    column: str = ""

    def __str__(self) -> str:
        reason = f"{self.column} — {self.message}" if self.column else self.message
        if self.line is None:
            return reason
        return _("ligne %(line)s : %(reason)s") % {"line": self.line, "reason": reason}


class ImportRefused(Exception):
    """The file cannot be imported; nothing was written. Carries every problem found, in the file's order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda problem: problem.line or 0)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class Row:
    """One record of the file: the number of the line it starts on (the header is line 1) and its values."""

    line: int
    values: dict[str, str]


def decode(content: bytes) -> str:
    """The file's text, without the byte order mark Excel's « CSV UTF-8 » writes."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        message = _("le fichier n’est pas en UTF-8 : enregistrez-le en « CSV UTF-8 » (premier caractère illisible)")
        raise ImportRefused([Problem(line, message)]) from error


def separator(text: str) -> str:
    """The header's separator: no column name holds a comma or a semicolon, so the more frequent one wins."""
    header = text.split("\n", 1)[0]
    return max(SEPARATORS, key=header.count) if any(sep in header for sep in SEPARATORS) else ","


def column_name(text: str) -> str:
    """« Catégorie », « site web » or « E-mail » as the column names read: cle, site_web, email."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    name = "_".join(plain.replace("-", " ").split())
    return ALIASES.get(name, name)


def header_problems(columns: list[str]) -> list[Problem]:
    problems = []
    known = set(COLUMNS)
    for name in dict.fromkeys(name for name in columns if name and name not in known):
        message = _("colonne inconnue « %(name)s » ; les colonnes possibles sont %(columns)s") % {
            "name": name,
            "columns": ", ".join(COLUMNS),
        }
        problems.append(Problem(1, message))
    for name in dict.fromkeys(name for name in columns if name and columns.count(name) > 1):
        problems.append(Problem(1, _("la colonne « %(name)s » figure deux fois") % {"name": name}))
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        message = _("colonne obligatoire absente : %(names)s") % {"names": ", ".join(missing)}
        problems.append(Problem(1, message))
    days = [name for name in DAY_COLUMNS if name in columns]
    if days and len(days) < len(DAY_COLUMNS):
        message = _(
            "colonnes d’horaires incomplètes, il manque %(names)s : mettez les sept jours, "
            "une case vide pour un jour de fermeture"
        ) % {"names": ", ".join(name for name in DAY_COLUMNS if name not in days)}
        problems.append(Problem(1, message))
    return problems


def read_rows(content: bytes) -> tuple[list[str], list[Row]]:
    """The file's column names and its non-empty rows; `ImportRefused` when the file cannot be read as a whole."""
    text = decode(content)
    if not text.strip():
        raise ImportRefused([Problem(None, _("le fichier est vide"))])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(text))
    columns = [column_name(cell) for cell in next(reader)]
    problems = header_problems(columns)
    if problems:
        raise ImportRefused(problems)
    rows = []
    previous = reader.line_num
    try:
        for cells in reader:
            line, previous = previous + 1, reader.line_num  # a quoted value may span several lines
            cells = [cell.strip() for cell in cells]
            if not any(cells):
                continue  # a blank line, or one of separators only, as spreadsheets leave at the end
            if any(cells[len(columns) :]) or any(cell for name, cell in zip(columns, cells, strict=False) if not name):
                message = _("%(found)s valeurs pour %(expected)s colonnes nommées : un séparateur en trop ?") % {
                    "found": len(cells),
                    "expected": len([name for name in columns if name]),
                }
                problems.append(Problem(line, message))
                continue
            cells += [""] * (len(columns) - len(cells))
            rows.append(Row(line, {name: cell for name, cell in zip(columns, cells, strict=True) if name}))
    except csv.Error as error:
        problems.append(Problem(reader.line_num, _("ligne illisible (%(error)s)") % {"error": error}))
    if problems:
        raise ImportRefused(problems)
    if not rows:
        raise ImportRefused(
            [Problem(None, _("le fichier ne contient que la ligne d’en-tête : aucune fiche à importer"))]
        )
    return [name for name in columns if name], rows
