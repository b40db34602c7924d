"""Storage: all SQL lives here, over sqlite-utils."""

from sessionkit.store.db import NewerSchemaError, StoreError  # noqa: F401
from sessionkit.store.repos import NotFound, Store  # noqa: F401
