"""Whether tasks run in a worker, apart from the request that enqueues them.

Tasks go through django-tasks, as Wagtail's own do (its reference index, its file deletions). Production runs
them in `manage.py db_worker` (django-tasks-db, settings.production); development, the demo and the tests run
them in the request (django-tasks' ImmediateBackend), with no worker to deploy.
"""

from django_tasks import task_backends
from django_tasks.backends.immediate import ImmediateBackend


def has_worker(backend: str = "default") -> bool:
    """True when a worker runs the tasks: only then is work done ahead worth enqueueing, since in the request
    it would only make an editor wait for what the first visitor's request does anyway."""
    return not isinstance(task_backends[backend], ImmediateBackend)
