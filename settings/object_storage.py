"""Media on S3-compatible object storage (django-storages), so that any server can answer any request.

With `AWS_STORAGE_BUCKET_NAME` set, two prefixes of one bucket:

- `originaux/`, private: image originals and documents. Documents reach visitors only through Django
  (`WAGTAILDOCS_SERVE_METHOD = "serve_view"`, which checks private collections); originals never do.
- `rendus/`, public: image renditions, read by browsers straight from the bucket (or from
  `MEDIA_PUBLIC_DOMAIN`, a CDN or the bucket's public address), with a year of caching: a rendition's name
  changes when its image does. The bucket's policy must allow anonymous reads of this prefix only.

Credentials come from boto3's usual sources (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, an instance role);
`AWS_S3_ENDPOINT_URL` points at another S3 server (MinIO, Garage, Scaleway, OVH…). Without a bucket, media stay
on the local disk (`MEDIA_ROOT`).
"""

from collections.abc import Mapping

S3 = "storages.backends.s3.S3Storage"
FILE_SYSTEM = "django.core.files.storage.FileSystemStorage"
RENDITIONS = "renditions"
PRIVATE_PREFIX = "originaux"
PUBLIC_PREFIX = "rendus"


def media_storages(environ: Mapping[str, str]) -> dict[str, dict]:
    """The `default` storage (and `renditions`, on object storage) for STORAGES, from the environment."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return {"default": {"BACKEND": FILE_SYSTEM}}
    common = {
        "bucket_name": bucket,
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        "signature_version": "s3v4",  # what AWS and the others accept for signed addresses
        "file_overwrite": False,  # an upload never replaces another file of the same name
        "default_acl": None,  # the bucket's policy decides (many providers refuse per-object ACLs)
    }
    return {
        "default": {
            "BACKEND": S3,
            "OPTIONS": {**common, "location": PRIVATE_PREFIX, "querystring_auth": True, "querystring_expire": 600},
        },
        RENDITIONS: {
            "BACKEND": S3,
            "OPTIONS": {
                **common,
                "location": PUBLIC_PREFIX,
                "querystring_auth": False,
                "custom_domain": environ.get("MEDIA_PUBLIC_DOMAIN") or None,
                "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
            },
        },
    }


def rendition_storage(storages: Mapping[str, dict]) -> str | None:
    """The storage alias for WAGTAILIMAGES_RENDITION_STORAGE, or None for the default storage."""
    return RENDITIONS if RENDITIONS in storages else None
