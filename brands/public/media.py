"""Media in production without a web server configured by hand: image renditions, and documents per host.

- Renditions (`/media/images/…`, what every `{% image %}` tag links to) are served by `serve_rendition`, from
  the local media folder, with a year of browser and proxy caching: a rendition's file name carries its
  filter and focal point, and Wagtail writes a new one under a new name when the image changes. Only
  renditions: the originals (`original_images/`, full size, with their EXIF data, GPS position included) and
  the document files (`documents/`, which must go through Wagtail's serve view and its privacy checks) are
  never served from /media/. A web server in front may serve MEDIA_ROOT/images/ itself (SERVE_MEDIA=0).
- Documents go through Wagtail's serve view (`/documents/<id>/<name>`), which checks collection privacy,
  answers inline or as an attachment by type, with `nosniff` and `default-src 'none'`; `document_on_own_host`
  (a `before_serve_document` hook) adds that a territory's documents are served on its own site only.
"""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.models import Site
from wagtail.permissions import policy_registry

from brands.models import Territory

RENDITIONS_FOLDER = "images"
RENDITION_TYPES = {"image/avif", "image/gif", "image/jpeg", "image/png", "image/webp"}
CACHE_CONTROL = "public, max-age=31536000, immutable"


@require_safe
def serve_rendition(request: HttpRequest, path: str) -> HttpResponse:
    """One rendition file, with long-lived caching and conditional GET; 404 for anything else."""
    try:  # inside the renditions folder, never a step out of it
        full_path = Path(safe_join(Path(settings.MEDIA_ROOT) / RENDITIONS_FOLDER, path))
    except SuspiciousFileOperation as error:
        raise Http404 from error
    content_type, encoding = mimetypes.guess_type(full_path.name)
    if content_type not in RENDITION_TYPES or encoding or not full_path.is_file():
        raise Http404
    stat = full_path.stat()
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), stat.st_mtime):
        response = HttpResponseNotModified()
    else:
        response = FileResponse(full_path.open("rb"), content_type=content_type)
        response["Content-Length"] = stat.st_size
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Cache-Control"] = CACHE_CONTROL
    return response


def document_on_own_host(document: AbstractDocument, request: HttpRequest) -> HttpResponse | None:
    """A territory's document is served on that territory's site only; elsewhere it does not exist.

    Documents outside every territory's collection (the network's own) are served on every site. The territory's
    staff, and superusers, may open it from the admin on any host.
    """
    site = Site.find_for_request(request)
    owner = (
        Territory.objects.filter(collection__path__in=ancestor_paths(document.collection.path))
        .values_list("site_id", flat=True)
        .first()
    )
    if owner is None or (site is not None and site.pk == owner) or may_manage(request, document):
        return None
    raise Http404


def ancestor_paths(path: str) -> list[str]:
    """A treebeard path and its ancestors' (each level is 4 characters)."""
    return [path[:end] for end in range(4, len(path) + 1, 4)]


def may_manage(request: HttpRequest, document: AbstractDocument) -> bool:
    user = getattr(request, "user", None)
    if not (user and user.is_authenticated):
        return False
    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission_for_instance(user, ["change", "choose"], document)
