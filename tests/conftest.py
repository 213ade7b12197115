"""Shared pytest configuration: the --update-golden switch."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files under tests/golden/ from the current output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Return True when golden files should be rewritten."""
    return bool(request.config.getoption("--update-golden"))


# CI explores the same examples on every run (a red CI must be reproducible); local runs keep
# Hypothesis' random exploration, which is how new failures are found.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
