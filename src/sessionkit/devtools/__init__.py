"""Tools for developers (benchmarks, tests, demos); never used by the app on user data."""
