"""Shared inputs for the Python tests."""

from __future__ import annotations

import pytest

# A document whose outline is unambiguous: a title, two levels, a third under （一）.
PLAN = "某县教育局工作要点\n一、加强党的建设\n（一）全面加强党的领导\n1.强化政治建设。全年开展培训不少于2次。\n二、提升教育质量\n新建幼儿园8所。\n"


@pytest.fixture
def plan() -> str:
    return PLAN
