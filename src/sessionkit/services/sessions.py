"""Opening the store and seeding it with the bundled sessions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sessionkit import config
from sessionkit.store import Store


@dataclass
class SeedResult:
    loaded: list[str] = field(default_factory=list)  # session codes added now
    errors: list[str] = field(default_factory=list)  # one line per broken file


def seed_bundled_sessions(store: Store, folder: Path | None = None) -> SeedResult:
    """Load each bundled session file once, ever.

    A file already loaded is skipped, even if the user has since edited or
    deleted the session: a restart never duplicates or overwrites anything.
    A broken file is reported and skipped; the others still load.
    """
    folder = folder or (config.resources_dir() / "sessions")
    result = SeedResult()
    # The TOML loader (tomllib, zoneinfo: ~8 ms) is imported only when a file is still
    # to be loaded, not at every start (benchmarks/README.md).
    pending = [p for p in sorted(Path(folder).glob("*.toml"))  # = bundled_session_files
               if p.is_file() and not store.bundle_loaded(f"bundle:{p.stem}")]
    if not pending:
        return result
    from sessionkit.bundles import BundleError, load_session_file

    for path in pending:
        name = f"bundle:{path.stem}"
        try:
            # ids derived from the file: every laptop seeding it means the same session
            bundle = load_session_file(path, stable_ids=True)
        except BundleError as exc:
            result.errors.append(str(exc))
            continue
        bundle.session.source = name
        if store.sessions.presence(bundle.session.id) is not None:
            # already here, merged from another laptop's package before this file was
            # seeded: that is this file's session; never written over
            store.mark_bundle_loaded(name, bundle.session.id)
            continue
        with store.atomic():
            store.save_bundle(bundle)
            store.mark_bundle_loaded(name, bundle.session.id)
        result.loaded.append(bundle.session.code)
    return result


def open_store(data_dir: Path, seed: bool = True) -> tuple[Store, SeedResult]:
    store = Store.open(data_dir)
    result = seed_bundled_sessions(store) if seed else SeedResult()
    return store, result
