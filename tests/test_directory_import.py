"""Importing a territory's directory from a CSV file: reading the file, validating each row with the model's rules,
the plan (created, updated field by field, left alone), the command (a dry run unless --commit) and the admin's
upload → preview → confirm, sealed per territory."""

import re
from contextlib import redirect_stderr
from io import StringIO
from pathlib import Path
from tempfile import TemporaryDirectory
from unittest import mock

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import ManagementUtility, call_command
from django.core.management.base import CommandError
from django.db import connections
from django.db.models.signals import post_save
from django.test import SimpleTestCase, TestCase
from django.urls import reverse
from wagtail.models import Locale

from directory.admin_import import MAX_BYTES, SESSION_KEY
from directory.importing.planning import apply_plan, plan_import
from directory.importing.reading import ImportRefused, read_rows
from directory.importing.values import row_values
from directory.models import DirectoryEntry
from tests.factories import PASSWORD, DirectoryEntryFactory, SuperuserFactory, UserFactory, make_territory

HEADER = (
    "cle,nom,categorie,labels,description,commune,adresse,latitude,longitude,site_web,telephone,email,"
    "lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche,precision_horaires"
)
BAKERY = (
    'boulangerie-martin,Boulangerie Martin,commerce,fabrique-ici,"Pain au levain, cuit au feu de bois.",'
    'Faucogney-et-la-Mer,"2 rue de l’Église, 70310 Faucogney-et-la-Mer",47.8412,6.5640,https://boulangerie.example,'
    '03 84 00 00 01,contact@boulangerie.example,,7h-12h30,7h-12h30,7h-12h30,"7h-12h30, 15h-19h",7h-13h,7h-12h,'
    "Fermé en janvier"
)
CYCLES = (
    "velo-col,Vélo du Col,velo,accueil-velo|partenaire-marque,Réparation et location.,Saint-Michel-de-Maurienne,,,,"
    ",04 79 00 00 02,,9h-12h,9h-12h,9h-12h,9h-12h,9h-12h,,,"
)
POTTER = "atelier-terre,Atelier Terre,artisan,artisan-d-art,,Faucogney-et-la-Mer,,,,,,,,,,,,,,Sur rendez-vous"


def csv_file(*rows: str, header: str = HEADER, separator: str = ",", bom: bool = False) -> bytes:
    text = "\n".join([header, *rows]) + "\n"
    if separator != ",":
        text = text.replace(",", separator)
    return ("\ufeff" if bom else "").encode() + text.encode()


def problems_of(content: bytes) -> list[str]:
    try:
        rows = read_rows(content)[1]
    except ImportRefused as refusal:
        return [str(problem) for problem in refusal.problems]
    return [str(problem) for row in rows for problem in row_values(row)[1]]


class ReadingTests(SimpleTestCase):
    """The file as a whole, and each row's values, before the database is asked anything."""

    def test_a_file_is_read_with_its_line_numbers(self) -> None:
        multiline = POTTER.replace(
            "Atelier Terre,artisan,artisan-d-art,,", 'Atelier Terre,artisan,artisan-d-art,"Tour\net four",'
        )
        columns, rows = read_rows(csv_file(BAKERY, "", multiline, CYCLES))
        self.assertEqual(columns[:4], ["cle", "nom", "categorie", "labels"])
        self.assertEqual([row.line for row in rows], [2, 4, 6])  # a blank line skipped, a value over two lines
        self.assertEqual(rows[1].values["description"], "Tour\net four")

    def test_semicolons_and_a_byte_order_mark_are_accepted(self) -> None:
        rows = read_rows(csv_file(CYCLES, separator=";", bom=True))[1]
        self.assertEqual(rows[0].values["cle"], "velo-col")
        self.assertEqual(rows[0].values["labels"], "accueil-velo|partenaire-marque")

    def test_accents_and_case_in_the_header_are_forgiven(self) -> None:
        columns = read_rows(csv_file("a,A,commerce,Vesoul", header="Clé,Nom,Catégorie,Commune"))[0]
        self.assertEqual(columns, ["cle", "nom", "categorie", "commune"])

    def test_a_latin_1_file_is_refused(self) -> None:
        content = "\n".join([HEADER, BAKERY.replace("’", "'")]).encode("latin-1")
        self.assertEqual(
            problems_of(content),
            ["ligne 2 : le fichier n’est pas en UTF-8 : enregistrez-le en « CSV UTF-8 » (premier caractère illisible)"],
        )

    def test_an_empty_file_and_a_header_alone_are_refused(self) -> None:
        self.assertEqual(problems_of(b""), ["le fichier est vide"])
        self.assertEqual(problems_of(b"\xef\xbb\xbf \n"), ["le fichier est vide"])
        self.assertEqual(
            problems_of(csv_file(",,,", "")),
            ["le fichier ne contient que la ligne d’en-tête : aucune fiche à importer"],
        )

    def test_the_header_is_checked(self) -> None:
        self.assertEqual(
            problems_of(csv_file("a,b", header="cle,nom")),
            ["ligne 1 : colonne obligatoire absente : categorie, commune"],
        )
        problems = problems_of(csv_file("a,b,commerce,c,d,e", header="cle,nom,categorie,commune,telphone,nom"))
        self.assertIn("ligne 1 : colonne inconnue « telphone » ; les colonnes possibles sont cle, nom,", problems[0])
        self.assertEqual(problems[1], "ligne 1 : la colonne « nom » figure deux fois")
        problems = problems_of(csv_file("a,b,commerce,c,9h-12h", header="cle,nom,categorie,commune,lundi"))
        self.assertIn("ligne 1 : colonnes d’horaires incomplètes, il manque mardi, mercredi,", problems[0])

    def test_a_row_with_too_many_values_is_refused(self) -> None:
        self.assertEqual(
            problems_of(csv_file("a,b,commerce,c,oups", header="cle,nom,categorie,commune")),
            ["ligne 2 : 5 valeurs pour 4 colonnes nommées : un séparateur en trop ?"],
        )

    def test_values_are_read_as_spreadsheets_write_them(self) -> None:
        row = read_rows(
            csv_file(
                'a,A,Santé,Accueil Vélo | fabrique-ici,Ussel,"45,09", 1.93 ,www.exemple.fr',
                header="cle,nom,categorie,labels,commune,latitude,longitude,site_web",
            )
        )[1][0]
        values, problems = row_values(row)
        self.assertEqual(problems, [])
        self.assertEqual(values["category"], "sante")
        self.assertEqual(values["labels"], ["accueil-velo", "fabrique-ici"])
        self.assertEqual((values["latitude"], values["longitude"]), (45.09, 1.93))
        self.assertEqual(values["website"], "https://www.exemple.fr")
        self.assertNotIn("opening_hours", values)  # no day column: the hours are left alone

    def test_opening_hours_are_read_day_by_day(self) -> None:
        values = row_values(read_rows(csv_file(BAKERY))[1][0])[0]
        self.assertEqual(values["opening_hours"][:2], [[1, "07:00", "12:30"], [2, "07:00", "12:30"]])
        self.assertIn([4, "15:00", "19:00"], values["opening_hours"])

    def test_each_bad_value_is_named_with_its_line(self) -> None:
        header = (
            "cle,nom,categorie,labels,commune,latitude,longitude,lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche"
        )
        problems = problems_of(
            csv_file(
                "bonne-cle,Bon,commerce,,Ussel,45,2,9h-12h,,,,,,",
                "Mauvaise Clé,Nom,boulangerie,bio|accueil-velo,Ussel,nord,2,25h-26h,14h-12h,9h-12h / 11h-13h,,,,",
                ",,,,,,,,,,,,,",  # a blank line, skipped
                "c,,commerce,,,,,,,,,,,",
                header=header,
            )
        )
        self.assertEqual(
            problems,
            [
                "ligne 3 : cle — « Mauvaise Clé » n’est pas une clé valable : des lettres sans accent, des chiffres et "
                "des tirets, sans espace, par exemple « mauvaise-cle »",
                "ligne 3 : categorie — catégorie inconnue « boulangerie » : choisissez parmi commerce, artisan, producteur, "
                "velo, restauration, hebergement, sante, services, association, loisirs, entreprise",
                "ligne 3 : labels — label inconnu « bio » : choisissez parmi accueil-velo, partenaire-marque, "
                "producteur-fermier, bienvenue-a-la-ferme, artisan-d-art, qualite-tourisme, tourisme-handicap, "
                "fabrique-ici, séparés par |",
                "ligne 3 : latitude — « nord » n’est pas un nombre, écrivez par exemple 45.0932",
                "ligne 3 : lundi — 25h n’est pas une heure",
                "ligne 3 : mardi — la fin (12h) doit venir après le début (14h)",
                "ligne 3 : mercredi — les plages 9h-12h et 11h-13h se chevauchent",
                "ligne 5 : nom — valeur obligatoire manquante",
                "ligne 5 : commune — valeur obligatoire manquante",
            ],
        )


def run(*args: str) -> str:
    out = StringIO()
    call_command("import_directory", *args, stdout=out)
    return out.getvalue()


class ImportTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        cls.other = make_territory("beta", "Beta")
        cls.site = cls.territory.site
        cls.french = Locale.objects.get(language_code="fr")
        # Beta has an entry with Alpha's bakery's key: an import into Alpha never touches it.
        cls.beta_bakery = DirectoryEntry.objects.create(
            site=cls.other.site,
            locale=cls.french,
            slug="boulangerie-martin",
            name="Boulangerie de Beta",
            category="commerce",
            commune="Bétaville",
            phone="05 55 00 00 00",
        )

    def setUp(self) -> None:
        directory = TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.folder = Path(directory.name)

    def write(self, content: bytes, name: str = "annuaire.csv") -> str:
        path = self.folder / name
        path.write_bytes(content)
        return str(path)

    def state(self) -> list[tuple]:
        return list(DirectoryEntry.objects.order_by("pk").values_list())

    def refused(self, content: bytes) -> str:
        before = self.state()
        with self.assertRaises(CommandError) as caught:
            run("alpha", self.write(content), "--commit")
        self.assertEqual(self.state(), before, "nothing written")
        return str(caught.exception)


class CommandTests(ImportTestCase):
    def test_a_dry_run_prints_the_plan_and_writes_nothing(self) -> None:
        before = self.state()
        output = run("alpha", self.write(csv_file(BAKERY, CYCLES)))
        self.assertEqual(self.state(), before)
        self.assertIn("Annuaire du territoire Alpha, fichier annuaire.csv", output)
        self.assertIn("À créer (2) :", output)
        self.assertIn("+ boulangerie-martin — Boulangerie Martin (Commerces, Faucogney-et-la-Mer), ligne 2", output)
        self.assertRegex(
            output, "Simulation, rien n’a été écrit : 2 fiches à créer, 0 fiches? à modifier, 0 inchangées?."
        )
        self.assertIn("Relancez avec --commit pour appliquer.", output)

    def test_commit_creates_french_entries_of_the_territory(self) -> None:
        output = run("alpha", self.write(csv_file(BAKERY, CYCLES, POTTER)), "--commit")
        self.assertRegex(output, "Import appliqué : 3 fiches créées, 0 fiches? modifiées?, 0 inchangées?.")
        self.assertNotIn("--commit", output)
        bakery = DirectoryEntry.objects.get(site=self.site, slug="boulangerie-martin")
        self.assertEqual(bakery.locale, self.french)
        self.assertEqual(bakery.address, "2 rue de l’Église, 70310 Faucogney-et-la-Mer")
        self.assertEqual((bakery.latitude, bakery.longitude), (47.8412, 6.564))
        self.assertEqual(bakery.labels, ["fabrique-ici"])
        self.assertEqual(bakery.opening_hours[0], [1, "07:00", "12:30"])
        self.assertEqual(bakery.hours_note, "Fermé en janvier")
        self.assertEqual(DirectoryEntry.objects.get(slug="velo-col").labels, ["accueil-velo", "partenaire-marque"])
        self.beta_bakery.refresh_from_db()
        self.assertEqual(self.beta_bakery.name, "Boulangerie de Beta")

    def test_the_same_file_twice_changes_nothing(self) -> None:
        path = self.write(csv_file(BAKERY, CYCLES, POTTER, bom=True, separator=";"))
        run("alpha", path, "--commit")
        before = self.state()
        output = run("alpha", path, "--commit")
        self.assertEqual(self.state(), before)  # not even the update time
        self.assertRegex(output, "Import appliqué : 0 fiches? créées?, 0 fiches? modifiées?, 3 inchangées.")
        self.assertIn("Inchangées (3) :", output)

    def test_an_update_changes_only_the_changed_fields_and_says_which(self) -> None:
        run("alpha", self.write(csv_file(BAKERY, CYCLES)), "--commit")
        cycles = DirectoryEntry.objects.get(slug="velo-col")
        cycles.description = "Changée dans l’admin."  # a column the next file does not have: left alone
        cycles.save()
        bakery_before = DirectoryEntry.objects.get(site=self.site, slug="boulangerie-martin")
        changed = CYCLES.replace("04 79 00 00 02", "04 79 99 99 99").replace(
            "accueil-velo|partenaire-marque", "accueil-velo"
        )
        header = HEADER.replace("description,", "")
        rows = [
            row.replace(",Réparation et location.", "").replace(',"Pain au levain, cuit au feu de bois."', "")
            for row in (BAKERY, changed)
        ]
        output = run("alpha", self.write(csv_file(*rows, header=header)), "--commit")
        self.assertRegex(output, "Import appliqué : 0 fiches? créées?, 1 fiche modifiée, 1 inchangée.")
        self.assertIn("~ velo-col — Vélo du Col (Services vélo, Saint-Michel-de-Maurienne), ligne 3", output)
        self.assertIn("labels : Accueil Vélo, Partenaire de la marque → Accueil Vélo", output)
        self.assertIn("téléphone : 04 79 00 00 02 → 04 79 99 99 99", output)
        self.assertEqual(output.count(" → "), 2)
        cycles.refresh_from_db()
        self.assertEqual((cycles.phone, cycles.labels), ("04 79 99 99 99", ["accueil-velo"]))
        self.assertEqual(cycles.description, "Changée dans l’admin.")
        bakery = DirectoryEntry.objects.get(site=self.site, slug="boulangerie-martin")
        self.assertEqual(bakery.updated_at, bakery_before.updated_at)

    def test_entries_absent_from_the_file_are_left_alone(self) -> None:
        run("alpha", self.write(csv_file(BAKERY, CYCLES)), "--commit")
        output = run("alpha", self.write(csv_file(POTTER)), "--commit")
        self.assertIn("Absentes du fichier, laissées telles quelles (2) :", output)
        self.assertIn("· velo-col — Vélo du Col", output)
        self.assertEqual(DirectoryEntry.objects.filter(site=self.site).count(), 3)

    def test_writes_go_through_the_orm(self) -> None:
        saved = []

        def receiver(sender, instance, **kwargs) -> None:
            saved.append(instance.slug)

        post_save.connect(receiver, sender=DirectoryEntry)
        self.addCleanup(post_save.disconnect, receiver, sender=DirectoryEntry)
        run("alpha", self.write(csv_file(BAKERY, CYCLES)), "--commit")
        self.assertEqual(saved, ["boulangerie-martin", "velo-col"])

    def test_the_sample_file_of_the_documentation_imports(self) -> None:
        output = run("alpha", str(Path(settings.BASE_DIR) / "docs" / "annuaire-exemple.csv"), "--commit")
        self.assertRegex(output, "Import appliqué : 3 fiches créées")
        farm = DirectoryEntry.objects.get(site=self.site, slug="ferme-des-lacets")
        self.assertEqual(farm.labels, ["producteur-fermier", "bienvenue-a-la-ferme"])
        self.assertEqual(farm.opening_hours, [[2, "17:00", "19:00"], [4, "17:00", "19:00"], [5, "09:00", "12:00"]])

    def test_an_unknown_territory_is_refused(self) -> None:
        with self.assertRaises(CommandError) as caught:
            run("gamma", self.write(csv_file(BAKERY)))
        self.assertEqual(str(caught.exception), "territoire inconnu « gamma » ; les territoires sont alpha, beta")

    def test_a_refused_file_exits_with_an_error(self) -> None:
        path = self.write(csv_file(BAKERY.replace("commerce", "boulangerie")))
        stderr = StringIO()
        utility = ManagementUtility(["manage.py", "import_directory", "alpha", path, "--commit"])
        # run_from_argv closes every connection when it ends: the test's own too, on PostgreSQL.
        with (
            self.assertRaises(SystemExit) as caught,
            mock.patch.object(connections, "close_all"),
            redirect_stderr(stderr),
        ):
            utility.execute()
        self.assertEqual(caught.exception.code, 1)
        self.assertIn("ligne 2 : categorie — catégorie inconnue « boulangerie »", stderr.getvalue())
        self.assertFalse(DirectoryEntry.objects.filter(site=self.site).exists())


class RefusalTests(ImportTestCase):
    """Every invalid line is named, after good ones too, and nothing at all is written."""

    def test_every_invalid_line_is_listed_and_nothing_written(self) -> None:
        message = self.refused(
            csv_file(
                BAKERY,
                CYCLES.replace(",,,,,04 79", ",,45.2,,,04 79"),  # a latitude without its longitude
                POTTER.replace("Atelier Terre", "A" * 121),
                POTTER.replace("atelier-terre", "boulangerie-martin"),
                CYCLES.replace("velo-col", "velo-2").replace(",,,,,04 79", ",,91,200,,04 79"),
            )
        )
        self.assertEqual(
            message.splitlines(),
            [
                "Import refusé, rien n’a été écrit :",
                "ligne 3 : longitude — Indiquez la latitude et la longitude ensemble, ou aucune des deux.",
                "ligne 4 : nom — 121 caractères, 120 au plus : raccourcissez le texte",
                "ligne 5 : cle — la clé « boulangerie-martin » est déjà celle de la ligne 2",
                "ligne 6 : latitude — Assurez-vous que cette valeur est inférieure ou égale à 90.",
                "ligne 6 : longitude — Assurez-vous que cette valeur est inférieure ou égale à 180.",
            ],
        )

    def test_bad_contact_details_and_long_texts_are_refused(self) -> None:
        bad = (
            BAKERY.replace("https://boulangerie.example", "http://pas une adresse")
            .replace("03 84 00 00 01", "appelez-nous")
            .replace("contact@boulangerie.example", "contact@")
            .replace("Pain au levain, cuit au feu de bois.", "x" * 601)
            .replace("Fermé en janvier", "y" * 201)
        )
        problems = self.refused(csv_file(CYCLES, bad)).splitlines()[1:]
        self.assertEqual(
            [problem.split(" — ")[0] for problem in problems],
            [
                "ligne 3 : description",
                "ligne 3 : precision_horaires",
                "ligne 3 : site_web",
                "ligne 3 : telephone",
                "ligne 3 : email",
            ],
        )
        self.assertIn("601 caractères, 600 au plus", problems[0])
        self.assertIn("Écrivez le numéro avec des chiffres", problems[3])

    def test_file_level_problems_are_refused(self) -> None:
        self.assertIn("le fichier est vide", self.refused(b""))
        self.assertIn("ne contient que la ligne d’en-tête", self.refused(csv_file()))
        self.assertIn("n’est pas en UTF-8", self.refused(csv_file(BAKERY).decode().replace("’", "'").encode("latin-1")))
        self.assertIn(
            "ligne 1 : colonne obligatoire absente : commune",
            self.refused(csv_file("a,b,commerce", header="cle,nom,categorie")),
        )

    def test_a_bad_row_after_good_ones_writes_nothing(self) -> None:
        message = self.refused(csv_file(BAKERY, CYCLES, POTTER.replace("artisan-d-art", "bio")))
        self.assertIn("ligne 4 : labels — label inconnu « bio »", message)
        self.assertFalse(DirectoryEntry.objects.filter(site=self.site).exists())

    def test_a_failure_while_writing_rolls_everything_back(self) -> None:
        plan = plan_import(self.site, csv_file(BAKERY, CYCLES))
        plan.updated.append(plan.created.pop())  # an unsaved entry saved with update_fields: Django refuses
        plan.updated[0].changes = []
        with self.assertRaises(ValueError):
            apply_plan(plan)
        self.assertFalse(DirectoryEntry.objects.filter(site=self.site).exists())


class AdminImportTests(ImportTestCase):
    """« Importer un fichier » in the admin: upload → preview → confirm, for a territory's own staff only."""

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.editor = UserFactory.editor_of(cls.territory)
        cls.beta_editor = UserFactory.editor_of(cls.other)
        cls.both = UserFactory.editor_of(cls.territory)
        cls.both.groups.add(cls.other.editors_group)
        cls.superuser = SuperuserFactory()
        readers = Group.objects.create(name="Lecteurs de l’admin")
        readers.permissions.add(Permission.objects.get(codename="access_admin"))
        cls.reader = UserFactory()
        cls.reader.groups.add(readers)
        cls.upload_url = reverse("directory_import")
        cls.confirm_url = reverse("directory_import_confirm")
        cls.listing_url = reverse(DirectoryEntry.snippet_viewset.get_url_name("list"))

    def login(self, user) -> None:
        self.assertTrue(self.client.login(username=user.username, password=PASSWORD))

    def upload(self, content: bytes, site=None, name: str = "annuaire.csv"):
        data = {"file": SimpleUploadedFile(name, content, content_type="text/csv")}
        data["site"] = (site or self.site).pk
        return self.client.post(self.upload_url, data)

    def confirm(self, preview, site=None):
        token = re.search(r'name="token" value="([0-9a-f]+)"', preview.content.decode()).group(1)
        return self.client.post(self.confirm_url, {"token": token, "site": (site or self.site).pk})

    def test_an_editor_uploads_previews_and_confirms(self) -> None:
        self.login(self.editor)
        page = self.client.get(self.upload_url)
        self.assertContains(page, "Importer un fichier")
        self.assertContains(page, 'enctype="multipart/form-data"')
        self.assertContains(page, "L’import s’appliquera à l’annuaire du territoire Alpha.")
        self.assertContains(page, '<input type="hidden" name="site"')
        preview = self.upload(csv_file(BAKERY, CYCLES))
        self.assertEqual(preview.status_code, 200)
        self.assertContains(preview, "2 fiches à créer")
        self.assertContains(preview, '<th scope="row">Boulangerie Martin</th>', html=False)
        self.assertContains(preview, "Confirmer l’import")
        self.assertContains(preview, "Vérifier avant d’importer")
        self.assertFalse(DirectoryEntry.objects.filter(site=self.site).exists())
        response = self.confirm(preview)
        self.assertRedirects(response, self.listing_url, fetch_redirect_response=False)
        self.assertEqual(
            sorted(DirectoryEntry.objects.filter(site=self.site).values_list("slug", flat=True)),
            ["boulangerie-martin", "velo-col"],
        )
        listing = self.client.get(self.listing_url)
        self.assertContains(listing, "Import appliqué dans l’annuaire du territoire Alpha : 2 fiches créées")
        self.assertEqual(self.confirm(preview).status_code, 302, "a preview is confirmed once")
        self.assertEqual(DirectoryEntry.objects.filter(site=self.site).count(), 2)

    def test_the_preview_shows_each_change_field_by_field(self) -> None:
        DirectoryEntryFactory(
            site=self.site, slug="velo-col", name="Vélo du Col", category="velo", phone="04 79 00 00 01"
        )
        self.login(self.editor)
        preview = self.upload(csv_file(CYCLES.replace("accueil-velo|partenaire-marque", ""), header=HEADER))
        html = preview.content.decode()
        self.assertContains(preview, "1 fiche à modifier")
        self.assertIn("Vélo du Col (<code>velo-col</code>), ligne 2", html)
        self.assertInHTML('<tr><th scope="row">Téléphone</th><td>04 79 00 00 01</td><td>04 79 00 00 02</td></tr>', html)
        self.confirm(preview)
        entry = DirectoryEntry.objects.get(site=self.site, slug="velo-col")
        self.assertEqual(entry.phone, "04 79 00 00 02")

    def test_invalid_lines_are_listed_and_nothing_written(self) -> None:
        self.login(self.editor)
        response = self.upload(csv_file(BAKERY, POTTER.replace("artisan,", "potier,")))
        self.assertContains(response, "Le fichier « annuaire.csv » n’a pas été importé : rien n’a été écrit.")
        self.assertContains(response, "ligne 3 : categorie — catégorie inconnue « potier »")
        self.assertNotContains(response, "Confirmer l’import")
        self.assertNotIn(SESSION_KEY, self.client.session)
        self.assertFalse(DirectoryEntry.objects.filter(site=self.site).exists())

    def test_a_file_too_big_or_a_spreadsheet_is_refused(self) -> None:
        self.login(self.editor)
        big = csv_file(BAKERY) + b"\n" * (MAX_BYTES)
        self.assertContains(self.upload(big), "Ce fichier pèse 2,0 Mo, 2 Mo au plus : coupez-le en plusieurs fichiers.")
        self.assertContains(self.upload(b"PK", name="annuaire.xlsx"), "C’est un classeur et non un fichier CSV")
        self.assertContains(
            self.upload(csv_file(BAKERY).decode().replace("’", "'").encode("latin-1")), "n’est pas en UTF-8"
        )
        self.assertFalse(DirectoryEntry.objects.filter(site=self.site).exists())

    def test_an_editor_cannot_import_into_another_territory(self) -> None:
        self.login(self.editor)
        before = self.state()
        response = self.upload(csv_file(BAKERY), site=self.other.site)
        self.assertEqual(response.status_code, 403)
        self.assertContains(
            response, "Vous ne pouvez importer que dans l’annuaire de votre propre territoire.", status_code=403
        )
        preview = self.upload(csv_file(BAKERY.replace("Boulangerie Martin", "Boulangerie Piratée")))
        self.assertEqual(self.confirm(preview, site=self.other.site).status_code, 403)
        self.assertEqual(self.state(), before)
        self.beta_bakery.refresh_from_db()
        self.assertEqual(self.beta_bakery.name, "Boulangerie de Beta")

    def test_anonymous_users_and_users_without_the_permission_are_refused(self) -> None:
        before = self.state()
        for method, url in [("get", self.upload_url), ("post", self.upload_url), ("post", self.confirm_url)]:
            response = getattr(self.client, method)(url, {"site": self.site.pk})
            self.assertEqual(response.status_code, 302)
            self.assertIn(reverse("wagtailadmin_login"), response["Location"])
        self.login(self.reader)
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), self.upload_url)
        for method, url in [("get", self.upload_url), ("post", self.upload_url), ("post", self.confirm_url)]:
            response = getattr(self.client, method)(url, {"site": self.site.pk})
            self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertEqual(self.state(), before)
        self.login(self.editor)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), self.upload_url)

    def test_a_user_of_several_territories_picks_one_of_theirs(self) -> None:
        self.login(self.both)
        page = self.client.get(self.upload_url)
        self.assertInHTML(
            f'<select name="site" id="id_site"><option value="{self.site.pk}">Alpha</option>'
            f'<option value="{self.other.site.pk}">Beta</option></select>',
            page.content.decode(),
        )
        self.confirm(self.upload(csv_file(CYCLES), site=self.other.site), site=self.other.site)
        self.assertTrue(DirectoryEntry.objects.filter(site=self.other.site, slug="velo-col").exists())
        self.assertFalse(DirectoryEntry.objects.filter(site=self.site).exists())
        self.login(self.superuser)
        self.assertContains(self.client.get(self.upload_url), f'<option value="{self.other.site.pk}">Beta</option>')

    def test_a_change_since_the_preview_is_shown_before_anything_is_written(self) -> None:
        entry = DirectoryEntryFactory(site=self.site, slug="velo-col", name="Vélo du Col", category="velo")
        self.login(self.editor)
        preview = self.upload(csv_file(BAKERY, CYCLES))
        entry.phone = "04 79 11 11 11"  # edited in the admin meanwhile
        entry.save()
        response = self.confirm(preview)
        self.assertContains(response, "Des fiches ont changé depuis l’aperçu : rien n’a été importé.")
        self.assertContains(response, "04 79 11 11 11")
        self.assertFalse(DirectoryEntry.objects.filter(site=self.site, slug="boulangerie-martin").exists())
        self.assertRedirects(self.confirm(response), self.listing_url, fetch_redirect_response=False)
        self.assertTrue(DirectoryEntry.objects.filter(site=self.site, slug="boulangerie-martin").exists())

    def test_a_file_that_changes_nothing_has_nothing_to_confirm(self) -> None:
        run("alpha", self.write(csv_file(BAKERY)), "--commit")
        self.login(self.editor)
        preview = self.upload(csv_file(BAKERY))
        self.assertContains(preview, "Ce fichier ne change rien à l’annuaire : il n’y a rien à confirmer.")
        self.assertContains(preview, "1 fiche inchangée")
        self.assertNotContains(preview, "Confirmer l’import")

    def test_a_confirmation_without_its_preview_is_refused(self) -> None:
        self.login(self.editor)
        response = self.client.post(self.confirm_url, {"token": "0" * 32, "site": self.site.pk}, follow=True)
        self.assertContains(response, "Cet aperçu n’est plus disponible : déposez de nouveau le fichier.")
        self.assertFalse(DirectoryEntry.objects.filter(site=self.site).exists())
