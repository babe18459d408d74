"""Hypothesis profiles: ``dev`` (default, ~100 examples), ``ci`` (500, chosen when CI is set), ``fuzz``.

Pick one with ``pytest --hypothesis-profile=NAME``.
"""

import os

from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": (HealthCheck.too_slow, HealthCheck.data_too_large)}
settings.register_profile("dev", max_examples=100, **_COMMON)
settings.register_profile("ci", max_examples=500, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("fuzz", max_examples=200_000, **_COMMON)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
