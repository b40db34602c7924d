"""SessionKit's own human-editable session files."""

from sessionkit.bundles.loader import (  # noqa: F401
    BundleError,
    bundled_session_files,
    load_session_file,
)
