"""SessionKit's performance measurements (issue 8); run them with ``python -m benchmarks``."""
