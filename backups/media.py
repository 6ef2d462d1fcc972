"""The media files (images, renditions, documents) as one tar archive, and their return under MEDIA_ROOT.

Only a local FileSystemStorage is archived: object storage (S3 and the like) keeps its files out of this
server's reach and has its own versioning, so a backup there is refused unless --no-media says so.
A restore extracts into a hidden folder inside MEDIA_ROOT first, then moves each file into place once the
database is restored: an archive that cannot be extracted changes nothing.
"""

import os
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.core.files.storage import FileSystemStorage, default_storage
from django.utils.translation import gettext as _

from .errors import BackupError

STAGING_PREFIX = ".restauration-"


def media_root() -> Path:
    """Where the default storage keeps its files, or a refusal if they are not on this server."""
    if not isinstance(default_storage, FileSystemStorage):
        raise BackupError(
            _(
                "Les médias ne sont pas des fichiers locaux (stockage %(storage)s) : cette commande ne sait pas "
                "les sauvegarder ni les restaurer. Un stockage objet se protège par son propre versionnage ; "
                "relancez avec --no-media pour ne traiter que la base de données."
            )
            % {"storage": default_storage.__class__.__name__}
        )
    return Path(default_storage.location)


def media_files(root: Path) -> Iterator[Path]:
    """Every regular file under root, sorted, without the staging folders of an interrupted restore."""
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith(STAGING_PREFIX))
        for name in sorted(files):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path


def archive(root: Path, target: Path) -> dict:
    """Write every media file into the tar archive `target`; returns what the manifest says of it."""
    count = size = 0
    with tarfile.open(target, "w") as tar:
        if root.is_dir():
            for path in media_files(root):
                try:
                    size += path.stat().st_size
                    tar.add(path, arcname=path.relative_to(root).as_posix(), recursive=False)
                except FileNotFoundError:
                    continue  # deleted since the walk found it (a rendition, say): nothing of it to keep
                count += 1
    return {"file": target.name, "files": count, "bytes": size}


def archived_files(archive_path: Path, root: Path) -> list[str]:
    """The files of the archive, each checked to land inside root (no absolute path, no `..`, no link out)."""
    names = []
    try:
        with tarfile.open(archive_path) as tar:
            for member in tar.getmembers():
                tarfile.data_filter(member, str(root))
                if member.isfile():
                    names.append(member.name)
    except (tarfile.TarError, OSError) as error:
        raise BackupError(_("L’archive des médias est invalide : %(error)s") % {"error": error}) from error
    return names


def existing_files(root: Path, names: list[str]) -> list[str]:
    """The files of the archive that are already under root, which a restore would overwrite."""
    return [name for name in names if (root / name).exists()]


@dataclass(frozen=True)
class StagedMedia:
    """Media files extracted beside their final place, waiting for the database restore to succeed."""

    root: Path
    staging: Path

    def install(self) -> int:
        """Move each file into place (a rename on the same disk); returns how many."""
        count = 0
        for path in media_files(self.staging):
            target = self.root / path.relative_to(self.staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
            count += 1
        return count


@contextmanager
def staged_media(root: Path, archive_path: Path) -> Iterator[StagedMedia]:
    """Extract the archive into a hidden folder of root; the folder is removed on the way out, installed or not."""
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        try:
            with tarfile.open(archive_path) as tar:
                tar.extractall(staging, filter="data")
        except (tarfile.TarError, OSError) as error:
            raise BackupError(
                _("Les médias n’ont pas pu être extraits, rien n’a été restauré : %(error)s") % {"error": error}
            ) from error
        yield StagedMedia(root=root, staging=staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
