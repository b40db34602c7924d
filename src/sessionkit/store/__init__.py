"""Storage: all SQL lives here, over sqlite-utils."""

from sessionkit.store.db import NewerSchemaError, StoreError  # noqa: F401
from sessionkit.store.rows import NotFound  # noqa: F401
from sessionkit.store.store import Store  # noqa: F401
