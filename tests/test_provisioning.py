"""create_territory: what it creates, idempotence, and bad input that writes nothing."""

from io import StringIO

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase, override_settings
from django.utils import translation
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Revision,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from brands.core.provisioning import REDIRECT_PERMISSIONS, SEARCH_PROMOTION_PERMISSIONS
from brands.models import AccessibilityStatementPage, BrandSettings, LegalPage, Navigation, Territory
from home.models import HomePage
from tests.factories import make_territory

MODELS_WRITTEN = [
    Site,
    Page,
    Revision,
    LegalPage,
    AccessibilityStatementPage,
    Collection,
    Group,
    GroupPagePermission,
    GroupCollectionPermission,
    GroupSitePermission,
    BrandSettings,
    Navigation,
    Territory,
    Locale,
    Workflow,
    GroupApprovalTask,
    WorkflowTask,
    WorkflowPage,
]


def snapshot() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS_WRITTEN}


def run(*args: str) -> str:
    out = StringIO()
    call_command("create_territory", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


class CreateTerritoryTests(TestCase):
    @override_settings(SITE_PORT=443)
    def test_in_production_a_new_site_has_https_addresses(self):
        """settings.production's SITE_PORT: canonical links, sitemaps and hreflang say https://."""
        run("La Xaintrie", "--hostname", "xaintrie.example.fr", "--slug", "xaintrie")
        site = Territory.objects.get(slug="xaintrie").site
        self.assertEqual((site.port, site.root_url), (443, "https://xaintrie.example.fr"))
        self.assertEqual(site.root_page.full_url, "https://xaintrie.example.fr/")
        run("Le Ségala", "--hostname", "segala.example.fr", "--slug", "segala", "--port", "8443")
        self.assertEqual(Territory.objects.get(slug="segala").site.port, 8443)  # still a choice

    def test_creates_exactly_the_territory_objects(self):
        before = snapshot()
        output = run(
            "La Xaintrie",
            "--hostname",
            "xaintrie.example.fr",
            "--slug",
            "xaintrie",
            "--languages",
            "fr,en",
            "--contact-email",
            "bonjour@xaintrie.example.fr",
        )

        territory = Territory.objects.get(slug="xaintrie")
        self.assertIn("xaintrie.example.fr", output)
        self.assertEqual(territory.languages, ["fr", "en"])
        site = territory.site
        self.assertEqual((site.hostname, site.port, site.is_default_site), ("xaintrie.example.fr", 80, False))
        home = site.root_page.specific
        self.assertIsInstance(home, HomePage)
        self.assertEqual((home.title, home.slug, home.depth, home.live), ("La Xaintrie", "xaintrie", 2, True))
        brand = BrandSettings.objects.get(site=site)
        self.assertEqual((brand.brand_name, brand.contact_email), ("La Xaintrie", "bonjour@xaintrie.example.fr"))
        self.assertEqual(
            set(Navigation.objects.filter(site=site).values_list("locale__language_code", flat=True)), {"fr", "en"}
        )
        english_home = home.get_translation(Locale.objects.get(language_code="en"))
        self.assertFalse(english_home.live, "a new translation waits for its translator")
        self.assertEqual(territory.collection.get_parent(), Collection.get_first_root_node())
        self.assertEqual(territory.editors_group.name, "La Xaintrie — éditeurs")
        self.assertEqual(territory.moderators_group.name, "La Xaintrie — modérateurs")
        self.assertTrue(Locale.objects.filter(language_code="en").exists())

        after = snapshot()
        delta = {name: after[name] - before[name] for name in after}
        self.assertEqual(
            delta,
            {
                "Site": 1,
                # The French home, its three legal pages and the two starter pages (« Nos atouts », « Histoires »),
                # and an English draft of each
                "Page": (1 + 3 + 2) * 2,
                # Per page: its French publication (the home twice: created, then composed), and the two
                # wagtail-localize writes of its English draft
                "Revision": (1 + 3 + 2) + 1 + 2 * (1 + 3 + 2),
                "LegalPage": 2 * 2,
                "AccessibilityStatementPage": 1 * 2,
                "Collection": 1,
                "Group": 2,
                "GroupPagePermission": (4 + 6) * 2,  # on the French home and on its translation
                "GroupCollectionPermission": 6 + 8,
                # brand settings, strengths and menus, redirects, the forms' settings (contact/permissions.py) and
                # the directory's entries (directory/permissions.py)
                "GroupSitePermission": (5 + 3 + 1 + 3) * 2,
                "BrandSettings": 1,
                "Navigation": 2,
                "Territory": 1,
                "Locale": 1,
                # The territory's moderation (brands/core/moderation.py), assigned to both homes
                "Workflow": 1,
                "GroupApprovalTask": 1,
                "WorkflowTask": 1,
                "WorkflowPage": 2,
            },
        )

    def test_groups_are_scoped_to_the_home_page_collection_and_site_only(self):
        run("Maurienne", "--hostname", "maurienne.localhost")
        territory = Territory.objects.get(slug="maurienne")
        root_collection = Collection.get_first_root_node()
        for group in territory.groups:
            self.assertEqual(
                set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True)),
                {territory.site.root_page_id},
            )
            self.assertEqual(
                set(GroupCollectionPermission.objects.filter(group=group).values_list("collection_id", flat=True)),
                {territory.collection_id},
            )
            self.assertFalse(GroupCollectionPermission.objects.filter(group=group, collection=root_collection).exists())
            self.assertEqual(
                set(GroupSitePermission.objects.filter(group=group).values_list("site_id", flat=True)),
                {territory.site_id},
            )
            # Model-wide, only admin access, submitting translations and promoting search results (whose views
            # are all scoped): never the settings, snippet or redirect models globally.
            self.assertEqual(
                set(group.permissions.values_list("codename", flat=True)),
                {
                    "access_admin",
                    "submit_translation",
                    *(codename for _app, codename in SEARCH_PROMOTION_PERMISSIONS),
                },
            )
            self.assertEqual(
                set(
                    GroupSitePermission.objects.filter(
                        group=group, permission__content_type__app_label="wagtailredirects"
                    ).values_list("permission__codename", flat=True)
                ),
                {codename for _app, codename in REDIRECT_PERMISSIONS},
            )
        publish = Permission.objects.get(codename="publish_page")
        self.assertTrue(GroupPagePermission.objects.filter(group=territory.moderators_group, permission=publish))
        # Editors submit to the moderators instead (test_moderation).
        self.assertFalse(GroupPagePermission.objects.filter(group=territory.editors_group, permission=publish))

    def test_legal_pages_are_published_and_linked_from_the_brand(self):
        run("Maurienne", "--hostname", "maurienne.localhost", "--contact-email", "contact@maurienne.example.fr")
        territory = Territory.objects.get(slug="maurienne")
        brand = BrandSettings.for_site(territory.site)
        home = territory.site.root_page
        legal_notice, privacy = brand.legal_notice_page.specific, brand.privacy_page.specific
        statement = brand.accessibility_page.specific
        self.assertEqual((legal_notice.title, legal_notice.kind), ("Mentions légales", "legal_notice"))
        self.assertEqual((privacy.title, privacy.kind), ("Politique de confidentialité", "privacy"))
        self.assertIsInstance(statement, AccessibilityStatementPage)
        self.assertEqual(statement.compliance_status, "none")
        for page in (legal_notice, privacy, statement):
            with self.subTest(page.title):
                self.assertTrue(page.live)
                self.assertEqual(page.get_parent().pk, home.pk)
                self.assertEqual(page.locale_id, home.locale_id)
        notice = str(legal_notice.body)
        self.assertIn("le territoire « Maurienne »", notice)
        self.assertIn("contact@maurienne.example.fr", notice)
        self.assertIn(f'<a linktype="page" id="{privacy.pk}">', legal_notice.body.raw_data[-1]["value"]["text"])

    def test_second_run_for_same_slug_says_so_and_changes_nothing(self):
        run("Aveyron", "--hostname", "aveyron.localhost")
        before = snapshot()
        output = run("Aveyron", "--hostname", "autre.localhost", "--languages", "fr,de")
        self.assertIn("existe déjà", output)
        self.assertEqual(snapshot(), before)
        self.assertEqual(Territory.objects.get(slug="aveyron").site.hostname, "aveyron.localhost")

    def test_default_slug_comes_from_the_name(self):
        run("Nord Grande-Terre", "--hostname", "ngt.localhost")
        self.assertTrue(Territory.objects.filter(slug="nord-grande-terre").exists())


class StarterSiteTests(TestCase):
    """A new territory opens as a brand site, never a blank page: a composed home, its pages and a menu."""

    def test_the_new_home_is_composed_and_leads_somewhere(self):
        run("Vallée test", "--hostname", "vallee.localhost")
        territory = Territory.objects.get(slug="vallee-test")
        home = territory.site.root_page.specific
        self.assertTrue(home.hero_image.title.endswith("(à remplacer)"))
        self.assertEqual(home.hero_image.collection, territory.collection, "in the territory's own library")
        self.assertEqual([block.block_type for block in home.body], ["section", "audience_doors", "latest_stories"])
        self.assertEqual(
            [
                page.title
                for page in home.get_children()
                .live()
                .exclude(legalpage__isnull=False)
                .exclude(accessibilitystatementpage__isnull=False)
            ],
            ["Nos atouts", "Histoires"],
        )
        html = self.client.get("/", HTTP_HOST="vallee.localhost").content.decode()
        self.assertIn("<h2>Bienvenue</h2>", html)
        self.assertIn("Remplacez ce texte", html)
        self.assertIn('<a class="door__link" href="/nos-atouts/">Nos atouts</a>', html)
        self.assertIn('<a href="/histoires/">Histoires</a>', html, "in the menu")
        self.assertIn('class="hero__media"', html)
        for path in ("/nos-atouts/", "/histoires/"):
            self.assertEqual(self.client.get(path, HTTP_HOST="vallee.localhost").status_code, 200, path)


class NamesInThePlatformLanguageTests(TestCase):
    def test_groups_and_workflow_are_named_in_french_whatever_the_active_language(self):
        """Names are data, found again by name: an English admin session must not name them « Approval »."""
        with translation.override("en"):
            territory = make_territory("causses", "Les Causses")
        self.assertEqual(territory.editors_group.name, "Les Causses — éditeurs")
        self.assertEqual(territory.moderators_group.name, "Les Causses — modérateurs")
        self.assertTrue(Workflow.objects.filter(name="Validation — Les Causses").exists())
        self.assertTrue(Task.objects.filter(name="Validation par les modérateurs — Les Causses").exists())


class CreateTerritoryBadInputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        run("Faucogney-et-la-Mer", "--hostname", "faucogney.localhost", "--slug", "faucogney")

    def assert_refused(self, *args: str, message: str) -> None:
        before = snapshot()
        with self.assertRaises(CommandError) as refusal:
            run(*args)
        self.assertIn(message, str(refusal.exception))
        self.assertEqual(snapshot(), before)

    def test_duplicate_hostname(self):
        self.assert_refused("Autre", "--hostname", "faucogney.localhost", message="déjà utilisé")

    def test_duplicate_hostname_ignores_case(self):
        self.assert_refused("Autre", "--hostname", "FAUCOGNEY.localhost", message="déjà utilisé")

    def test_invalid_hostnames(self):
        for hostname in [
            "http://x.fr",
            "x.fr:8000",
            "x.fr/chemin",
            "-x.fr",
            "x_y.fr",
            "x..fr",
            "",
            " ",
            "a" * 64 + ".fr",
        ]:
            with self.subTest(hostname=hostname):
                self.assert_refused("Autre", f"--hostname={hostname}", message="invalide")

    def test_invalid_contact_email(self):
        self.assert_refused(
            "Autre", "--hostname", "autre.localhost", "--contact-email", "pas-une-adresse", message="e-mail"
        )

    def test_unknown_language(self):
        self.assert_refused("Autre", "--hostname", "autre.localhost", "--languages", "fr,klingon", message="klingon")

    def test_french_is_required(self):
        self.assert_refused("Autre", "--hostname", "autre.localhost", "--languages", "en", message="français")

    def test_empty_name(self):
        for name in ["", "   "]:
            with self.subTest(name=name):
                self.assert_refused(name, "--hostname", "autre.localhost", message="vide")

    def test_invalid_slug(self):
        self.assert_refused("Autre", "--hostname", "autre.localhost", "--slug", "Pas Bon!", message="Identifiant")

    def test_name_without_letters_gives_no_slug(self):
        self.assert_refused("!!!", "--hostname", "autre.localhost", message="Identifiant")

    def test_group_name_already_taken(self):
        Group.objects.create(name="Autre — éditeurs")
        self.assert_refused("Autre", "--hostname", "autre.localhost", message="existe déjà")

    def test_failure_midway_rolls_back_everything(self):
        """A crash after the first writes leaves no half-created territory."""
        from unittest import mock

        before = snapshot()
        failing_create = mock.patch(
            "brands.core.provisioning.Territory.objects.create", side_effect=RuntimeError("panne")
        )
        with failing_create, self.assertRaises(RuntimeError):
            run("Autre", "--hostname", "autre.localhost")
        self.assertEqual(snapshot(), before)


class GlobalDefaultsTests(TestCase):
    def test_wagtail_whole_tree_groups_and_root_workflow_are_gone(self):
        from wagtail.models import WorkflowPage

        self.assertFalse(Group.objects.filter(name__in=["Editors", "Moderators"]).exists())
        self.assertFalse(WorkflowPage.objects.filter(page__depth=1).exists())
        self.assertFalse(GroupPagePermission.objects.filter(page__depth=1).exists())
        self.assertFalse(GroupCollectionPermission.objects.filter(collection__depth=1).exists())
