"""The interface catalogs in locale/: complete in English, compiled, and falling back to the French msgids.

The msgids are French (the source language); there is no French catalog of our own, so French pages
show the msgids as they are. Every other language shows its translation, or the French msgid when an
entry is not translated.
"""

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation.template import templatize

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TEMPLATE_DIRS = [
    Path(settings.BASE_DIR) / app / "templates"
    for app in ("brands", "home", "search", "contact", "newcomers", "opportunities", "events", "jobs", "directory")
]
LANGUAGES = ["en", "it", "de", "es", "nl", "gcf"]  # every content language but French
STRING = r"u?(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"
# Passed to gettext through names, never as literals: makemessages would copy literals into the catalogs.
LEGAL_NOTICE, SKIP_LINK, PREVIOUS_PAGE, PARTNERS = (
    "Mentions légales",
    "Aller au contenu",
    "Page précédente",
    "Nos partenaires",
)
PAGE = ("pagination", "Page")
STORIES = ("%(counter)s récit", "%(counter)s récits")
UNKNOWN = "Une phrase qui n'est dans aucun catalogue."
JANUARY = "January"


def parse_po(path: Path) -> list[dict]:
    """The entries of a .po file (header included), each as msgctxt/msgid/msgid_plural/msgstr[n] plus its flags."""
    entries, entry, field = [], None, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = line.strip()
        if not line or (line.startswith("#") and not line.startswith("#,")):
            if entry and not line:
                entries.append(entry)
                entry = None
            continue
        entry = entry if entry is not None else {"flags": set()}
        if line.startswith("#,"):
            entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith('"'):
            entry[field] += ast.literal_eval(line)
        else:
            field, value = line.split(" ", 1)
            entry[field] = ast.literal_eval(value)
    return entries


def catalog(language: str) -> list[dict]:
    return parse_po(LOCALE_DIR / language / "LC_MESSAGES" / "django.po")


def msgstrs(entry: dict) -> list[str]:
    return [value for key, value in entry.items() if key.startswith("msgstr")]


def is_translated(entry: dict) -> bool:
    return all(msgstrs(entry))


def template_msgids() -> set[tuple]:
    """(context, msgid) of every {% translate %} and {% blocktranslate %} in the public templates, as makemessages sees them."""
    call = re.compile(rf"\b(n?p?gettext)\(((?:\s*{STRING}\s*,?)+)")
    found = set()
    for directory in TEMPLATE_DIRS:
        for path in directory.rglob("*.html"):
            if {"admin", "wagtailcore"} & set(path.relative_to(directory).parts):
                continue  # the admin is in French or English only: test_english_catalog_is_complete covers it
            for name, args in call.findall(templatize(path.read_text(encoding="utf-8"), origin=str(path))):
                strings = [ast.literal_eval(s.removeprefix("u")) for s in re.findall(STRING, args)]
                found.add((strings[0], strings[1]) if "p" in name else (None, strings[0]))
    return found


def test_template_strings_are_extracted():
    """The parser of template strings works, and finds the ones the pages are known to show."""
    msgids = template_msgids()
    assert (None, "Mentions légales") in msgids
    assert (None, "%(counter)s récit") in msgids
    assert ("pagination", "Page") in msgids
    assert len(msgids) > 40


# French typography: a typographic apostrophe, and a no-break space before : ; ? ! » and after «.
STRAIGHT_APOSTROPHE = re.compile(r"\w'\w")
BREAKING_SPACE = re.compile(r" [:;?!»]|« ")


def test_public_strings_follow_french_typography():
    """What visitors read is typeset as French is: « Source\u00a0: », « l’accueil », not « Source : », « l'accueil »."""
    msgids = [msgid for _, msgid in template_msgids()]
    assert [m for m in msgids if STRAIGHT_APOSTROPHE.search(m)] == []
    assert [m for m in msgids if BREAKING_SPACE.search(m)] == []
    assert "Source\u00a0: %(source)s" in msgids


def test_creole_follows_french_spacing():
    public = template_msgids()
    entries = [e for e in catalog("gcf")[1:] if (e.get("msgctxt"), e["msgid"]) in public]
    assert [msgstrs(e) for e in entries if any(BREAKING_SPACE.search(m) for m in msgstrs(e))] == []


def test_english_catalog_is_complete_and_not_fuzzy():
    entries = catalog("en")
    header, entries = entries[0], entries[1:]
    assert header["msgid"] == "" and "fuzzy" not in header["flags"]
    assert "Language: en" in header["msgstr"]
    assert len(entries) > 300
    assert [e["msgid"] for e in entries if "fuzzy" in e["flags"]] == []
    assert [e["msgid"] for e in entries if not is_translated(e)] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_header(language):
    header = catalog(language)[0]
    assert header["msgid"] == "" and "fuzzy" not in header["flags"]
    assert f"Language: {language}\n" in header["msgstr"]
    assert "Plural-Forms: nplurals=2;" in header["msgstr"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_template_strings_are_translated(language):
    """Every interface string of the public templates is in the catalog, translated and not fuzzy."""
    entries = {(e.get("msgctxt"), e["msgid"]): e for e in catalog(language)[1:]}
    missing = sorted(key[1] for key in template_msgids() if key not in entries)
    assert missing == [], f"run makemessages: {missing}"
    untranslated = sorted(key[1] for key in template_msgids() if not is_translated(entries[key]))
    assert untranslated == []
    assert [key[1] for key, e in entries.items() if "fuzzy" in e["flags"]] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_matches_po(language):
    """The .mo holds exactly the .po's translated entries: run compilemessages after editing a .po."""
    with open(LOCALE_DIR / language / "LC_MESSAGES" / "django.mo", "rb") as file:
        compiled = dict(gettext.GNUTranslations(file)._catalog)
    compiled.pop("", None)
    expected = {}
    for entry in catalog(language)[1:]:
        if not is_translated(entry) or "fuzzy" in entry["flags"]:
            continue
        msgid = entry["msgid"] if "msgctxt" not in entry else f"{entry['msgctxt']}\x04{entry['msgid']}"
        if "msgid_plural" in entry:
            expected |= {(msgid, n): entry[f"msgstr[{n}]"] for n in range(len(msgstrs(entry)))}
        else:
            expected[msgid] = entry["msgstr"]
    assert len(expected) > 50
    assert compiled == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Legal notice", "Skip to content", "Previous page", "Page", "3 stories", "1 story", "Our partners"]),
        (
            "it",
            [
                "Note legali",
                "Vai al contenuto",
                "Pagina precedente",
                "Pagina",
                "3 racconti",
                "1 racconto",
                "I nostri partner",
            ],
        ),
        ("gcf", ["Mansyon légal", "Alé o kontni", "Paj avan", "Paj", "3 istwa", "1 istwa", "Patnè an nou"]),
        (
            "fr",
            [
                "Mentions légales",
                "Aller au contenu",
                "Page précédente",
                "Page",
                "3 récits",
                "1 récit",
                "Nos partenaires",
            ],
        ),
    ],
)
def test_visitor_strings_come_out_translated(language, expected):
    with translation.override(language):
        assert [
            translation.gettext(LEGAL_NOTICE),
            translation.gettext(SKIP_LINK),
            translation.gettext(PREVIOUS_PAGE),
            translation.pgettext(*PAGE),
            translation.ngettext(*STORIES, 3) % {"counter": 3},
            translation.ngettext(*STORIES, 1) % {"counter": 1},
            translation.gettext(PARTNERS),
        ] == expected


@pytest.mark.parametrize(("count", "expected"), [(0, "0 récit"), (1, "1 récit"), (2, "2 récits")])
def test_french_plurals_follow_french_grammar(count, expected):
    """The French catalog holds only plural forms, so that zero takes the singular as in French."""
    with translation.override("fr"):
        assert translation.ngettext(*STORIES, count) % {"counter": count} == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_untranslated_strings_fall_back_to_the_french_msgid(language):
    with translation.override(language):
        assert translation.gettext(UNKNOWN) == "Une phrase qui n'est dans aucun catalogue."
        if language != "en":  # admin-only strings are translated in English only
            untranslated = next(e["msgid"] for e in catalog(language)[1:] if not is_translated(e))
            assert translation.gettext(untranslated) == untranslated


def test_creole_falls_back_to_french_not_english():
    """Django's own strings have no Creole catalog: gcf shows the French ones (month names in dates, say)."""
    with translation.override("gcf"):
        assert translation.gettext(JANUARY) == "janvier"


@pytest.mark.parametrize(
    ("language", "title", "notice"),
    [
        ("fr", "Nombre d’atouts par catégorie", "Ce contenu est hébergé par YouTube."),
        ("en", "Number of strengths by category", "This content is hosted by YouTube."),
        ("de", "Anzahl der Stärken nach Kategorie", "Dieser Inhalt wird von YouTube bereitgestellt."),
        ("gcf", "Kantité atou pa katégori", "Sé YouTube ki ka lojé kontni-lasa."),
    ],
)
def test_templates_render_in_the_active_language(language, title, notice):
    chart = {"width": 400, "height": 0, "bars": [], "description": ""}
    embed = {
        "provider": "youtube",
        "host_name": "YouTube",
        "title": "Un <film>",
        "action_label": "Lancer",
        "fallback_url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "fallback_label": "Voir",
        "params": {},
    }
    with translation.override(language):
        html = render_to_string("brands/components/strengths_chart.html", {"chart": chart, "groups": []})
        assert f"<caption>{title}</caption>" in html
        html = render_to_string("brands/blocks/parts/click_to_load.html", {"embed": embed})
        assert notice in html
        assert "Un &lt;film&gt;</span>" in html  # variables stay escaped inside {% blocktranslate %}
