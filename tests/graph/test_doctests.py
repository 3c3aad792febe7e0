"""The examples in the API's docstrings run, on the tiny graph of conftest.py."""

from __future__ import annotations

import doctest

import pytest

import kg.graph.api
import kg.resolve.forms


@pytest.mark.parametrize("module", [kg.graph.api, kg.resolve.forms], ids=lambda m: m.__name__)
def test_docstring_examples_run(module, tiny_kg):
    result = doctest.testmod(module, extraglobs={"g": tiny_kg}, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
