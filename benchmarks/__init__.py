"""SessionKit's performance measurements; run them with ``python -m benchmarks``."""
