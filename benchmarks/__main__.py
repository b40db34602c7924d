"""``python -m benchmarks`` from the repository root: every figure, one table."""

from benchmarks.run import main

raise SystemExit(main())
