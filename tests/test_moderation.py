"""Moderation per territory: editors submit, only their territory's moderators are told, see and decide."""

import importlib
from datetime import timedelta
from unittest import mock

from django.apps import apps as django_apps
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Task, TaskState, Workflow, WorkflowPage

from brands.admin.workflow_checks import wagtail_reviewable_by
from brands.core.moderation import ensure_territory_workflow
from brands.core.translation import add_language
from brands.models import Territory
from tests.factories import ContentPageFactory, SuperuserFactory, UserFactory, make_territory

migration = importlib.import_module("brands.migrations.0007_territory_workflows")


def territory_workflows(territory: Territory) -> list[Workflow]:
    return list(Workflow.objects.filter(workflow_tasks__task__groupapprovaltask__groups=territory.moderators_group))


def homes(territory: Territory) -> list[Page]:
    return list(Page.objects.filter(depth=2, translation_key=territory.site.root_page.translation_key))


def submit(page: Page, editor, **changes) -> TaskState:
    """What the editor's "Soumettre à validation" does: save a revision and start the page's workflow."""
    page = Page.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return TaskState.objects.get(workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS)


class ProvisioningTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("causses", "Les Causses", languages=("fr", "en"))
        cls.other = make_territory("margeride", "La Margeride")

    def test_each_territory_has_one_workflow_reviewed_by_its_moderators_only(self) -> None:
        for territory in (self.territory, self.other):
            [workflow] = territory_workflows(territory)
            self.assertEqual(workflow.name, f"Validation — {territory.name}")
            [task] = [task.specific for task in workflow.tasks.all()]
            self.assertIsInstance(task, GroupApprovalTask)
            self.assertEqual(task.name, f"Validation par les modérateurs — {territory.name}")
            self.assertEqual(list(task.groups.all()), [territory.moderators_group])

    def test_the_workflow_is_assigned_to_the_french_home_and_its_translations(self) -> None:
        [workflow] = territory_workflows(self.territory)
        self.assertEqual(len(homes(self.territory)), 2)
        for home in homes(self.territory):
            self.assertEqual(home.get_workflow(), workflow)
        page = ContentPageFactory(parent=self.territory.site.root_page)
        self.assertEqual(page.get_workflow(), workflow)

    def test_a_home_translated_later_gets_the_workflow(self) -> None:
        add_language(self.other, "it")
        [workflow] = territory_workflows(self.other)
        self.assertEqual({home.locale.language_code for home in homes(self.other)}, {"fr", "it"})
        for home in homes(self.other):
            self.assertEqual(home.get_workflow(), workflow)

    def test_ensuring_again_changes_nothing(self) -> None:
        before = (Workflow.objects.count(), GroupApprovalTask.objects.count(), WorkflowPage.objects.count())
        ensure_territory_workflow(self.territory)
        after = (Workflow.objects.count(), GroupApprovalTask.objects.count(), WorkflowPage.objects.count())
        self.assertEqual(before, after)

    def test_editors_may_not_publish_and_moderators_may(self) -> None:
        editor = UserFactory.editor_of(self.territory)
        moderator = UserFactory.moderator_of(self.territory)
        home = self.territory.site.root_page
        self.assertFalse(home.permissions_for_user(editor).can_publish())
        self.assertTrue(home.permissions_for_user(editor).can_edit())
        self.assertTrue(home.permissions_for_user(moderator).can_publish())

    def test_the_migration_adds_workflows_removes_editor_publishing_and_is_idempotent(self) -> None:
        # The state before the migration: editors publish, and no territory workflow.
        publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
        for home in homes(self.territory):
            GroupPagePermission.objects.create(group=self.territory.editors_group, page=home, permission=publish)
        Workflow.objects.filter(pk__in=[w.pk for w in territory_workflows(self.territory)]).delete()
        GroupApprovalTask.objects.filter(groups=self.territory.moderators_group).delete()

        # First with the migration's historical models, as `migrate` runs it, then again.
        historical = MigrationExecutor(connection).loader.project_state(("brands", "0007_territory_workflows")).apps
        migration.add_workflows(historical, None)
        counts = (Workflow.objects.count(), GroupApprovalTask.objects.count(), WorkflowPage.objects.count())
        migration.add_workflows(historical, None)
        migration.add_workflows(django_apps, None)

        self.assertEqual(
            counts, (Workflow.objects.count(), GroupApprovalTask.objects.count(), WorkflowPage.objects.count())
        )
        [workflow] = territory_workflows(self.territory)
        self.assertEqual({home.get_workflow() for home in homes(self.territory)}, {workflow})
        self.assertEqual(workflow.tasks.get().specific.name, "Validation par les modérateurs — Les Causses")
        self.assertEqual(len(territory_workflows(self.other)), 1)
        self.assertFalse(
            GroupPagePermission.objects.filter(group__in=[t.editors_group for t in (self.territory, self.other)])
            .filter(permission=publish)
            .exists()
        )


class ModerationTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.a = make_territory("aubrac", "L'Aubrac")
        cls.b = make_territory("livradois", "Le Livradois")
        cls.editor_a = UserFactory.editor_of(cls.a)
        cls.moderator_a = UserFactory.moderator_of(cls.a)
        cls.moderator_b = UserFactory.moderator_of(cls.b)
        cls.superuser = SuperuserFactory()
        cls.page = ContentPageFactory(parent=cls.a.site.root_page, title="Fête du buron", live=False)

    def act(self, user, action: str, task_state: TaskState, comment: str = ""):
        self.client.force_login(user)
        url = reverse("wagtailadmin_pages:workflow_action", args=[self.page.pk, action, task_state.pk])
        return self.client.post(url, {"comment": comment})

    def assertRefused(self, response) -> None:
        """Wagtail's admin answers a refused action by sending back to the dashboard with an error."""
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)

    def test_only_the_territory_moderators_are_emailed_on_submission(self) -> None:
        submit(self.page, self.editor_a)
        recipients = {address for message in mail.outbox for address in message.to}
        self.assertEqual(recipients, {self.moderator_a.email})

    def test_approval_by_the_territory_moderator_publishes(self) -> None:
        task_state = submit(self.page, self.editor_a, title="Fête du buron 2026")
        response = self.act(self.moderator_a, "approve", task_state)
        self.assertEqual(response.status_code, 302)
        page = Page.objects.get(pk=self.page.pk)
        self.assertTrue(page.live)
        self.assertEqual(page.title, "Fête du buron 2026")
        self.assertEqual(TaskState.objects.get(pk=task_state.pk).status, TaskState.STATUS_APPROVED)

    def test_rejection_keeps_the_draft_and_stores_the_comment(self) -> None:
        task_state = submit(self.page, self.editor_a)
        self.act(self.moderator_a, "reject", task_state, comment="Précisez l'horaire, s'il vous plaît.")
        task_state.refresh_from_db()
        self.assertEqual(task_state.status, TaskState.STATUS_REJECTED)
        self.assertEqual(task_state.comment, "Précisez l'horaire, s'il vous plaît.")
        self.assertFalse(Page.objects.get(pk=self.page.pk).live)
        self.assertIn(self.editor_a.email, {address for message in mail.outbox for address in message.to})

    def test_an_approved_scheduled_page_is_published_once_its_date_passes(self) -> None:
        go_live = (timezone.now() + timedelta(days=2)).replace(microsecond=0)
        task_state = submit(self.page, self.editor_a, go_live_at=go_live)
        self.act(self.moderator_a, "approve", task_state)
        page = Page.objects.get(pk=self.page.pk)
        self.assertFalse(page.live)
        revision = page.latest_revision
        self.assertEqual(revision.approved_go_live_at, go_live)

        call_command("publish_scheduled")
        self.assertFalse(Page.objects.get(pk=self.page.pk).live)
        with mock.patch("django.utils.timezone.now", return_value=go_live + timedelta(minutes=1)):
            call_command("publish_scheduled")
        self.assertTrue(Page.objects.get(pk=self.page.pk).live)

    def test_another_territory_moderator_cannot_approve_or_reject(self) -> None:
        task_state = submit(self.page, self.editor_a)
        for action in ("approve", "reject"):
            response = self.act(self.moderator_b, action, task_state, comment="Intrus")
            self.assertRefused(response)
        task_state.refresh_from_db()
        self.assertEqual(task_state.status, TaskState.STATUS_IN_PROGRESS)
        self.assertEqual(task_state.comment, "")
        self.assertFalse(Page.objects.get(pk=self.page.pk).live)

    def test_the_editor_cannot_approve_their_own_submission(self) -> None:
        task_state = submit(self.page, self.editor_a)
        self.assertRefused(self.act(self.editor_a, "approve", task_state))
        self.assertFalse(Page.objects.get(pk=self.page.pk).live)

    def test_the_dashboard_shows_a_submission_to_its_territory_only(self) -> None:
        submit(self.page, self.editor_a)
        for user, visible in ((self.moderator_a, True), (self.moderator_b, False)):
            self.client.force_login(user)
            response = self.client.get(reverse("wagtailadmin_home"))
            self.assertEqual(response.status_code, 200)
            self.assertEqual("Fête du buron" in response.content.decode(), visible, user)

    def test_what_awaits_review_is_what_wagtail_finds_over_every_task(self) -> None:
        """brands/admin/workflow_checks.py loads only the tasks a user may review: the same answer as Wagtail,
        which loads every territory's, including for a task of another kind (here, a plain Task that reviews
        nothing) and a group approval task shared with another group."""
        own = submit(self.page, self.editor_a)
        page_b = ContentPageFactory(parent=self.b.site.root_page, title="Fête de la myrtille", live=False)
        editor_b = UserFactory.editor_of(self.b)
        other = submit(page_b, editor_b)
        Task.objects.create(name="Une tâche d'un autre type")
        shared = GroupApprovalTask.objects.create(name="Tâche commune")
        shared.groups.add(self.a.moderators_group, self.b.moderators_group)
        for user, expected in (
            (self.moderator_a, {own}),
            (self.moderator_b, {other}),
            (self.editor_a, set()),
            (self.superuser, {own, other}),
        ):
            with self.subTest(user=user.username):
                fresh = type(user).objects.get(pk=user.pk)  # no per-user cache left by an earlier check
                self.assertEqual(set(TaskState.objects.reviewable_by(fresh)), expected)
                self.assertEqual(set(wagtail_reviewable_by(TaskState.objects, fresh)), expected)

    def test_the_moderator_can_act_from_the_dashboard_and_no_one_else(self) -> None:
        task_state = submit(self.page, self.editor_a)
        approve_url = reverse("wagtailadmin_pages:workflow_action", args=[self.page.pk, "approve", task_state.pk])
        for user, actionable in ((self.moderator_a, True), (self.moderator_b, False), (self.editor_a, False)):
            self.client.force_login(user)
            html = self.client.get(reverse("wagtailadmin_home")).content.decode()
            self.assertEqual("En attente de votre vérification" in html, actionable, user)
            self.assertEqual(f'data-workflow-action-url="{approve_url}"' in html, actionable, user)

    def test_workflow_reports_show_tasks_and_comments_of_the_territory_only(self) -> None:
        task_state = submit(self.page, self.editor_a)
        self.act(self.moderator_a, "reject", task_state, comment="Photo trop sombre")
        for name in ("wagtailadmin_reports:workflow", "wagtailadmin_reports:workflow_tasks"):
            for user, visible in ((self.moderator_a, True), (self.moderator_b, False)):
                self.client.force_login(user)
                response = self.client.get(reverse(name))
                self.assertEqual(response.status_code, 200)
                content = response.content.decode()
                self.assertEqual("Fête du buron" in content, visible, (name, user))
                if not visible:
                    self.assertNotIn("Photo trop sombre", content)
                    # Nor in the filters' choices: A's workflow, task and submitter are not named to B.
                    self.assertNotIn("Aubrac", content)
                    self.assertNotIn(f">{self.editor_a.username}<", content)

    def test_another_territory_moderator_cannot_read_the_workflow_history(self) -> None:
        task_state = submit(self.page, self.editor_a)
        self.act(self.moderator_a, "reject", task_state, comment="Photo trop sombre")
        url = reverse("wagtailadmin_pages:workflow_history", args=[self.page.pk])
        self.client.force_login(self.moderator_b)
        self.assertRefused(self.client.get(url))
        self.client.force_login(self.moderator_a)
        self.assertEqual(self.client.get(url).status_code, 200)
