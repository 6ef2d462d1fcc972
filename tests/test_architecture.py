"""The architecture guard: no import circle, and dependencies that point one way (README, « Architecture »).

`brands` is the territory core every site shares; `home`, `search` and each visitor domain build on it,
the demo builds on all of them, and `settings` wires them together. Inside `brands`, the core knows
neither the public site nor the admin, the public site does not know the admin, and the block library
sits under the page models.
"""

import tempfile
import textwrap
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.test import SimpleTestCase, override_settings

from brands.core.site_roots import check_site_root_settings, home_page_model, portal_page_model
from home.models import HomePage, PortalPage
from tests.import_graph import ImportGraph

# What the page models may take from the admin: what Wagtail asks a model for to edit it.
MODEL_ADMIN_IMPORTS = {"brands.admin.forms", "brands.admin.theme_panel"}


def first_party_apps() -> list[str]:
    """The installed apps whose code is in this repository (top-level folders, not the venv's packages)."""
    return sorted(config.name for config in apps.get_app_configs() if Path(config.path).parent == settings.BASE_DIR)


def read_project() -> ImportGraph:
    return ImportGraph.read(settings.BASE_DIR, [*first_party_apps(), "settings"])


def describe(pairs: list[tuple[str, str]]) -> str:
    return "\n".join(f"  {importer} importe {target}" for importer, target in pairs)


class ProjectArchitectureTests(SimpleTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        cls.graph = read_project()

    def test_the_apps_are_read(self) -> None:
        self.assertEqual(
            first_party_apps(),
            [
                "accounts",
                "backups",
                "brands",
                "contact",
                "demo",
                "directory",
                "events",
                "home",
                "jobs",
                "newcomers",
                "opportunities",
                "search",
            ],
        )
        self.assertIn("brands.core.provisioning", self.graph.edges["brands.admin.territory_wizard"])

    def test_no_import_circle(self) -> None:
        circles = self.graph.circles()
        self.assertEqual(circles, [], "Cercles d'imports :\n" + "\n".join(" ↔ ".join(c) for c in circles))

    def test_brands_imports_no_other_app(self) -> None:
        for app in [*first_party_apps(), "settings"]:
            if app != "brands":
                with self.subTest(app=app):
                    self.assertEqual(self.graph.imports_between("brands", app), [])

    def test_apps_depend_on_each_other_one_way(self) -> None:
        """The graph of apps, not only of modules, has no circle: a domain never reaches back through another."""
        app_graph = ImportGraph(
            {
                app: {other for other in first_party_apps() if other != app and self.graph.imports_between(app, other)}
                for app in first_party_apps()
            }
        )
        self.assertEqual(app_graph.circles(), [])

    def test_nothing_imports_the_demo_or_the_settings(self) -> None:
        for app in first_party_apps():
            for top in ("demo", "settings"):
                if app != top:
                    with self.subTest(app=app, imported=top):
                        self.assertEqual(self.graph.imports_between(app, top), [])

    def test_roles_inside_brands_point_one_way(self) -> None:
        forbidden = [
            ("brands.core", "brands.public"),
            ("brands.core", "brands.admin"),
            ("brands.core", "brands.blocks"),
            ("brands.public", "brands.admin"),
            ("brands.blocks", "brands.admin"),
            ("brands.blocks", "brands.models"),
        ]
        for importers, targets in forbidden:
            with self.subTest(importers=importers, targets=targets):
                pairs = self.graph.imports_between(importers, targets)
                self.assertEqual(pairs, [], "\n" + describe(pairs))

    def test_page_models_take_only_their_editing_interface_from_the_admin(self) -> None:
        taken = {target for _importer, target in self.graph.imports_between("brands.models", "brands.admin")}
        self.assertLessEqual(taken - {"brands.admin"}, MODEL_ADMIN_IMPORTS)


class SiteRootSettingsTests(SimpleTestCase):
    """brands/ creates homes and the portal through settings, without importing home/."""

    def test_the_settings_name_home_page_types(self) -> None:
        self.assertIs(home_page_model(), HomePage)
        self.assertIs(portal_page_model(), PortalPage)
        self.assertEqual(check_site_root_settings(), [])

    def test_a_setting_that_names_no_page_type_stops_the_start(self) -> None:
        for value in ["home.Nowhere", "nowhere", "auth.User", None]:
            with self.subTest(value=value), override_settings(TERRITORY_HOME_PAGE_MODEL=value):
                errors = check_site_root_settings()
                self.assertEqual([error.id for error in errors], ["brands.E001"])
                self.assertIn("TERRITORY_HOME_PAGE_MODEL", errors[0].msg)
                self.assertIn("ne désigne aucun type de page installé", errors[0].msg)


class ImportGraphTests(SimpleTestCase):
    """The guard finds what it must: a guard that cannot fail would prove nothing."""

    def write(self, root: Path, files: dict[str, str]) -> None:
        for name, source in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(source), encoding="utf-8")

    def graph(self, files: dict[str, str]) -> ImportGraph:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            self.write(root, files)
            return ImportGraph.read(root, ["app"])

    def test_a_function_level_import_closes_a_circle(self) -> None:
        graph = self.graph(
            {
                "app/__init__.py": "",
                "app/a.py": "from app.b import thing\n",
                "app/b.py": "def thing():\n    from app.a import other\n",
            }
        )
        self.assertEqual(graph.circles(), [["app.a", "app.b"]])

    def test_importing_a_submodule_runs_its_package(self) -> None:
        """The circle brands had: the models package imports the blocks, which import one model module."""
        graph = self.graph(
            {
                "app/__init__.py": "",
                "app/models/__init__.py": "from .pages import Page\nfrom .strengths import Strength\n",
                "app/models/pages.py": "from app.blocks import Block\n",
                "app/models/strengths.py": "",
                "app/blocks.py": "from app.models.strengths import Strength\n",
            }
        )
        self.assertEqual(graph.circles(), [["app.blocks", "app.models", "app.models.pages"]])

    def test_a_package_importing_its_own_modules_is_no_circle(self) -> None:
        graph = self.graph(
            {
                "app/__init__.py": "",
                "app/models/__init__.py": "from .pages import Page\n",
                "app/models/pages.py": "from .strengths import Strength\nfrom app.models.strengths import Other\n",
                "app/models/strengths.py": "",
            }
        )
        self.assertEqual(graph.circles(), [])
        self.assertEqual(graph.edges["app.models.pages"], {"app.models.strengths"})

    def test_relative_and_named_imports_resolve_to_modules(self) -> None:
        graph = self.graph(
            {
                "app/__init__.py": "",
                "app/core/__init__.py": "",
                "app/core/colors.py": "",
                "app/site/__init__.py": "",
                "app/site/seo.py": "from ..core import colors\nfrom . import missing\nimport app.core.colors as c\n",
            }
        )
        self.assertEqual(graph.edges["app.site.seo"], {"app.core", "app.core.colors", "app.site"})
        self.assertEqual(
            graph.imports_between("app.site", "app.core"),
            [("app.site.seo", "app.core"), ("app.site.seo", "app.core.colors")],
        )
