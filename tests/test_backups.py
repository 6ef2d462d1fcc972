"""Backups and their restore drill: a territory's site backed up, its database and media wiped, restored, then
served byte for byte as before; and every refusal, which leaves the database and the media as they were.

TransactionTestCase: pg_dump reads what is committed, and a restore replaces whole tables. Each test restores
the migrated state afterwards, as tests/browser.py does, for the test cases that follow on the same worker.
"""

import io
import json
import os
import re
import shutil
import stat
import tempfile
import uuid
from contextlib import nullcontext
from pathlib import Path
from types import SimpleNamespace
from unittest import mock, skipUnless

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection, connections
from django.test import SimpleTestCase, TransactionTestCase, override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from backups import postgresql
from backups.errors import BackupError
from backups.manifest import MANIFEST, sha256
from backups.restoring import forget_cached_state
from backups.tables import drop_tables, existing_tables
from brands.models import ContentPage, StoryPage
from tests.factories import DocumentFactory, ImageFactory, every_block_body, make_territory
from tests.faults import service_answers

Image = get_image_model()
Document = get_document_model()
OTHER_VENDOR = {"sqlite": "postgresql", "postgresql": "sqlite"}
# What differs from one response to the next by design: the CSRF token and the Content-Security-Policy nonce.
PER_RESPONSE = re.compile(rb'(name="csrfmiddlewaretoken" value=|nonce=)"[^"]*"')
PDF = b"%PDF-1.4\n% Guide de l'installation\n" + bytes(range(256)) * 8


def media_state(root: Path) -> dict[str, str]:
    """Every file under MEDIA_ROOT and its SHA-256."""
    return {path.relative_to(root).as_posix(): sha256(path) for path in sorted(root.rglob("*")) if path.is_file()}


def database_state() -> dict:
    """The tables, and the pages, images and documents with what identifies their files."""
    tables = existing_tables(connection)
    if not tables:
        return {"tables": tables}
    return {
        "tables": tables,
        "pages": list(Page.objects.order_by("path").values_list("pk", "title", "live", "url_path")),
        "images": list(Image.objects.order_by("pk").values_list("pk", "title", "file", "file_hash")),
        "documents": list(Document.objects.order_by("pk").values_list("pk", "title", "file", "file_hash")),
    }


def fake_pg_connection(major: int) -> SimpleNamespace:
    """What backups.postgresql asks of a PostgreSQL connection, so that its tools' failures show on any database."""
    settings_dict = {"NAME": "metrecarre", "USER": "postgres", "PASSWORD": "secret", "HOST": "127.0.0.1", "PORT": 5432}
    return SimpleNamespace(
        pg_version=major * 10000 + 1, settings_dict={**settings_dict, "OPTIONS": {}}, ensure_connection=lambda: None
    )


class BackupTestCase(TransactionTestCase):
    """A MEDIA_ROOT and a backup folder of the test's own; the database back to its migrated state afterwards."""

    serialized_rollback = True

    def setUp(self) -> None:
        self.media = Path(tempfile.mkdtemp(prefix="metrecarre-backups-media-"))
        self.addCleanup(shutil.rmtree, self.media, ignore_errors=True)
        self.enterContext(override_settings(MEDIA_ROOT=str(self.media)))
        self.backups = Path(tempfile.mkdtemp(prefix="metrecarre-backups-"))
        self.addCleanup(shutil.rmtree, self.backups, ignore_errors=True)
        cache.clear()  # site root paths and brand snapshots of other tests' sites

    def _fixture_teardown(self) -> None:
        if not existing_tables(connection):  # a test that failed between wiping the database and restoring it
            call_command("migrate", verbosity=0)
        # Wagtail's Task.__init__ asks for its content type while the migrated state is loaded back: from the cache,
        # which the wipe emptied, or it would create a second row for the type.
        ContentType.objects.get_for_models(*apps.get_models())
        super()._fixture_teardown()  # the flush
        for alias in self._databases_names(include_mirrors=False):
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            if contents is not None:
                connections[alias].creation.deserialize_db_from_string(contents)

    def back_up(self, *options: str) -> Path:
        call_command("backup", str(self.backups), *options, verbosity=0)
        [folder] = self.backups.iterdir()
        return folder

    def wipe_database(self) -> None:
        """The restore's target: a database without a single table, as a new one is."""
        drop_tables(connection, existing_tables(connection))
        ContentType.objects.clear_cache()
        Site.clear_site_root_paths_cache()
        cache.clear()
        self.assertEqual(existing_tables(connection), [])

    def wipe_media(self) -> None:
        shutil.rmtree(self.media)
        self.media.mkdir()


class RestoreDrillTests(BackupTestCase):
    """What the production guide asks to rehearse: back up, lose everything, restore, check the site."""

    def build_site(self) -> list[str]:
        """A territory whose home holds every block (images, documents, a story, a page); the paths to check."""
        territory = make_territory("sauvegarde", "Vallée Sauvegardée")
        home = territory.site.root_page.specific
        home.body = json.dumps(every_block_body(territory))
        home.save_revision().publish()
        self.guide = DocumentFactory.in_territory(territory, title="Guide", file=ContentFile(PDF, name="guide.pdf"))
        story = StoryPage.objects.descendant_of(home).live().get()
        page = ContentPage.objects.child_of(home).live().first()
        self.home = home
        return ["/", story.relative_url(territory.site), page.relative_url(territory.site), self.guide.url]

    def fetch(self, paths: list[str]) -> dict[str, bytes]:
        pages = {}
        for path in paths:
            response = self.client.get(path, HTTP_HOST="sauvegarde.localhost")
            self.assertEqual(response.status_code, 200, path)
            content = b"".join(response.streaming_content) if response.streaming else response.content
            pages[path] = PER_RESPONSE.sub(rb'\1""', content)
        return pages

    def test_a_wiped_site_comes_back_identical(self) -> None:
        paths = self.build_site()
        pages = self.fetch(paths)  # renders the images' renditions too, which the backup then holds
        self.assertIn("Vallée Sauvegardée".encode(), pages["/"])
        self.assertIn(b'class="block image-block"', pages["/"])
        self.assertEqual(pages[self.guide.url], PDF)
        media, database = media_state(self.media), database_state()
        self.assertTrue(any(name.startswith("images/") for name in media), "renditions were written")

        folder = self.back_up()
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        self.assertRegex(folder.name, r"^\d{8}T\d{6}Z$")
        self.assertEqual(stat.S_IMODE(folder.stat().st_mode), 0o700)
        self.assertEqual(manifest["database"]["vendor"], connection.vendor)
        self.assertIn("0001_initial", manifest["migrations"]["wagtailcore"])
        self.assertEqual(manifest["media"]["files"], len(media))
        for entry in manifest["files"]:
            self.assertEqual(entry["sha256"], sha256(folder / entry["name"]))

        self.wipe_database()
        self.wipe_media()
        call_command("restore", str(folder), verbosity=0)

        self.assertEqual(database_state(), database)
        self.assertEqual(media_state(self.media), media)
        self.assertEqual(self.fetch(paths), pages)

        # Restoring over a live database takes --force, which brings back the backup's state exactly: a page
        # renamed since, a media file changed since and a table the backup does not have (left by newer code,
        # with a foreign key into the backup's tables) are all replaced or gone.
        Page.objects.filter(pk=self.home.pk).update(title="Renommée depuis")
        Path(Image.objects.first().file.path).write_bytes("remplacée depuis".encode())
        with connection.cursor() as cursor:
            cursor.execute("CREATE TABLE later_page (page_ptr_id integer PRIMARY KEY REFERENCES wagtailcore_page (id))")
            cursor.execute("INSERT INTO later_page SELECT id FROM wagtailcore_page WHERE depth = 2")
        with self.assertRaisesMessage(CommandError, "La base de données n’est pas vide"):
            call_command("restore", str(folder), verbosity=0)

        call_command("restore", str(folder), "--force", verbosity=0)
        cache.clear()  # as the restore asks: the running site's cache holds the state from before
        self.assertEqual(database_state(), database)
        self.assertNotIn("later_page", existing_tables(connection))
        self.assertEqual(media_state(self.media), media)
        self.assertEqual(self.fetch(paths), pages)


class RestoreRefusalTests(BackupTestCase):
    """A restore that would lose data or restore a damaged backup stops before its first change, and says why."""

    def setUp(self) -> None:
        super().setUp()
        self.image = ImageFactory(title="Lavoir de Faucogney")
        self.document = DocumentFactory(title="Guide", file=ContentFile(PDF, name="guide.pdf"))
        self.backup = self.back_up()

    def assertRefused(self, folder: Path, message: str, *options: str) -> None:
        """The restore stops with `message`, the database and the media as they were."""
        database, media = database_state(), media_state(self.media)
        with self.assertRaisesMessage(CommandError, message):
            call_command("restore", str(folder), *options, verbosity=0)
        self.assertEqual(database_state(), database)
        self.assertEqual(media_state(self.media), media)

    def damaged_copy(self, damage) -> Path:
        """A copy of the backup, damaged by `damage(folder)`."""
        folder = Path(tempfile.mkdtemp(prefix="metrecarre-damaged-")) / self.backup.name
        self.addCleanup(shutil.rmtree, folder.parent)
        shutil.copytree(self.backup, folder)
        damage(folder)
        return folder

    def test_a_database_with_tables_needs_force(self) -> None:
        self.assertRefused(self.backup, "La base de données n’est pas vide")
        self.assertRefused(self.backup, "relancez avec --force pour remplacer ses tables")

    def test_existing_media_files_need_force_even_in_an_empty_database(self) -> None:
        self.wipe_database()
        self.assertRefused(self.backup, "2 fichiers de la sauvegarde existent déjà")
        self.assertEqual(existing_tables(connection), [])
        Path(self.document.file.path).write_bytes(b"autre version")
        call_command("restore", str(self.backup), "--force", verbosity=0)
        self.assertEqual(Path(self.document.file.path).read_bytes(), PDF)
        self.assertEqual(Document.objects.get().title, "Guide")

    def test_a_damaged_backup_is_refused_even_with_force(self) -> None:
        database_file = json.loads((self.backup / MANIFEST).read_text(encoding="utf-8"))["database"]["file"]
        source, target = ("SQLite", "PostgreSQL") if connection.vendor == "postgresql" else ("PostgreSQL", "SQLite")

        def flip_a_byte(name: str):
            def damage(folder: Path) -> None:
                data = bytearray((folder / name).read_bytes())
                data[len(data) // 2] ^= 0xFF  # same size, one byte changed
                (folder / name).write_bytes(bytes(data))

            return damage

        def edit_manifest(change):
            def damage(folder: Path) -> None:
                manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
                change(manifest)
                (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")

            return damage

        cases = {
            "manifeste illisible": (
                lambda folder: (folder / MANIFEST).write_text('{"format": 1, "files": [', encoding="utf-8"),
                "manifest.json est illisible, la sauvegarde est abîmée",
            ),
            "manifeste incomplet": (
                edit_manifest(lambda manifest: manifest["files"].clear()),
                "manifest.json est incomplet ou d’un format inconnu",
            ),
            "manifeste absent (sauvegarde interrompue)": (
                lambda folder: (folder / MANIFEST).unlink(),
                "n’est pas une sauvegarde complète : manifest.json est absent",
            ),
            "base modifiée": (flip_a_byte(database_file), f"{database_file} ne correspond pas à sa somme de contrôle"),
            "médias modifiés": (flip_a_byte("media.tar"), "media.tar ne correspond pas à sa somme de contrôle SHA-256"),
            "base tronquée": (
                lambda folder: (folder / database_file).write_bytes((folder / database_file).read_bytes()[:-10]),
                f"{database_file} n’a pas la taille notée dans le manifeste",
            ),
            "fichier manquant": (
                lambda folder: (folder / "media.tar").unlink(),
                "Fichier manquant dans la sauvegarde : media.tar",
            ),
            "autre moteur de base": (
                edit_manifest(lambda manifest: manifest["database"].update(vendor=OTHER_VENDOR[connection.vendor])),
                f"Cette sauvegarde vient d’une base {source} et la base à restaurer est {target}",
            ),
        }
        for case, (damage, message) in cases.items():
            with self.subTest(case):
                self.assertRefused(self.damaged_copy(damage), message, "--force")


class BackupTests(BackupTestCase):
    """What the command says, and what it refuses: then no folder is left that could pass for a backup."""

    def test_the_command_says_where_the_backup_is(self) -> None:
        out = io.StringIO()
        call_command("backup", str(self.backups), stdout=out)
        [folder] = self.backups.iterdir()
        self.assertEqual(out.getvalue(), f"Sauvegarde terminée : {folder}\n")
        out = io.StringIO()
        call_command("backup", str(self.backups), stdout=out, verbosity=0)
        self.assertEqual(out.getvalue(), "")
        self.assertEqual(len(list(self.backups.iterdir())), 2)

    def test_refused_or_interrupted_backups_leave_nothing(self) -> None:
        ImageFactory()
        object_storage = {
            "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        cases = {
            "dossier absent": (
                {"directory": self.backups / "absent"},
                f"Le dossier « {self.backups / 'absent'} » n’existe pas : créez-le",
            ),
            "disque plein": (
                {"patch": mock.patch("backups.dumping.archive", side_effect=OSError(28, "No space left on device"))},
                "La sauvegarde a échoué et son dossier incomplet est supprimé : [Errno 28] No space left on device",
            ),
            "stockage objet": (
                {"patch": override_settings(STORAGES=object_storage)},
                "Les médias ne sont pas des fichiers locaux (stockage InMemoryStorage) : cette commande ne sait pas "
                "les sauvegarder ni les restaurer. Un stockage objet se protège par son propre versionnage ; "
                "relancez avec --no-media",
            ),
        }
        for case, (arguments, message) in cases.items():
            with (
                self.subTest(case),
                arguments.get("patch", nullcontext()),
                self.assertRaisesMessage(CommandError, message),
            ):
                call_command("backup", str(arguments.get("directory", self.backups)), verbosity=0)
            self.assertEqual(list(self.backups.iterdir()), [])

    def test_without_media(self) -> None:
        ImageFactory()
        object_storage = {
            "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        with override_settings(STORAGES=object_storage):
            folder = self.back_up("--no-media")
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        self.assertIsNone(manifest["media"])
        self.assertEqual([entry["name"] for entry in manifest["files"]], [manifest["database"]["file"]])
        self.assertEqual(
            sorted(path.name for path in folder.iterdir()), sorted([MANIFEST, manifest["database"]["file"]])
        )


class PostgresqlToolTests(SimpleTestCase):
    """pg_dump missing or older than the server: what to install, never a traceback. The tools run for a stand-in
    connection, so that these checks run on any test database."""

    def setUp(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="metrecarre-path-"))
        self.addCleanup(shutil.rmtree, self.folder)

    def dump_with(self, scripts: dict[str, str]) -> None:
        """postgresql.dump with a PATH that holds only these shell scripts."""
        for name, script in scripts.items():
            (self.folder / name).write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
            (self.folder / name).chmod(0o755)
        with mock.patch.dict(os.environ, {"PATH": str(self.folder)}):
            postgresql.dump(fake_pg_connection(17), self.folder / "database.pgdump")

    def test_missing_pg_dump(self) -> None:
        with self.assertRaisesMessage(
            BackupError,
            "pg_dump est introuvable : installez le client PostgreSQL de la version du serveur (17), par exemple "
            "« apt-get install postgresql-client-17 »",
        ):
            self.dump_with({})

    def test_pg_dump_older_than_the_server(self) -> None:
        mismatch = (
            "echo 'pg_dump: error: aborting because of server version mismatch' >&2; "
            "echo 'pg_dump: detail: server version: 17.2; pg_dump version: 15.20' >&2; exit 1"
        )
        with self.assertRaisesMessage(
            BackupError,
            "pg_dump (version 15) est plus ancien que le serveur PostgreSQL (version 17) et refuse de le "
            "sauvegarder : installez le client de la version du serveur (« apt-get install postgresql-client-17 »)",
        ):
            self.dump_with({"pg_dump": mismatch})

    def test_the_password_is_in_the_environment_only(self) -> None:
        record = (
            'echo "$@" >> "${0%/*}/arguments"; export -p >> "${0%/*}/environment"; '
            'case "$3" in --file=*) : > "${3#--file=}";; esac'
        )
        self.dump_with({"pg_dump": record})
        self.assertIn("--format=custom", (self.folder / "arguments").read_text())
        self.assertNotIn("secret", (self.folder / "arguments").read_text())
        self.assertIn("PGPASSWORD='secret'\n", (self.folder / "environment").read_text())
        self.assertIn("PGHOST='127.0.0.1'\n", (self.folder / "environment").read_text())


@skipUnless(connection.vendor == "postgresql", "pg_dump et pg_restore servent une base PostgreSQL")
class PostgresqlCommandTests(BackupTestCase):
    def test_missing_tools_stop_the_commands_before_any_change(self) -> None:
        folder = self.back_up()
        # The dump's tables, which --force keeps for pg_restore --clean (it drops the others first).
        tables = postgresql.dumped_tables(
            shutil.which("pg_restore"), folder / "database.pgdump", connection.settings_dict, dump_tool=""
        )
        self.assertLessEqual({"wagtailcore_page", "brands_territory", "django_migrations"}, tables)
        with mock.patch("backups.postgresql.shutil.which", return_value=None):
            with self.assertRaisesMessage(CommandError, "pg_dump est introuvable"):
                call_command("backup", str(self.backups), verbosity=0)
            self.assertEqual(list(self.backups.iterdir()), [folder])
            self.wipe_database()
            with self.assertRaisesMessage(CommandError, "pg_restore est introuvable"):
                call_command("restore", str(folder), verbosity=0)
            self.assertEqual(existing_tables(connection), [])
        call_command("restore", str(folder), verbosity=0)


class CachedStateTests(SimpleTestCase):
    """After a restore, a shared Redis cache would serve the state before it: the installation's keys go."""

    def test_the_installation_s_redis_keys_are_purged(self):
        if not service_answers("127.0.0.1", 6379):
            self.skipTest("Redis ne répond pas sur 127.0.0.1:6379")
        prefix = f"metrecarre-restauration-{uuid.uuid4().hex[:8]}"
        caches = {
            "default": {
                "BACKEND": "brands.core.resilient_cache.ResilientRedisCache",
                "LOCATION": "redis://127.0.0.1:6379/0",
                "KEY_PREFIX": prefix,
            }
        }
        with override_settings(CACHES=caches):
            cache.set("racines-des-sites", "avant la restauration")
            self.assertEqual(
                forget_cached_state(), "1 clé du cache Redis de l’installation supprimée ; redémarrez l’application."
            )
            self.assertIsNone(cache.get("racines-des-sites"))

    def test_a_cache_in_memory_goes_with_a_restart(self):
        self.assertIn("Redémarrez l’application", forget_cached_state())
