"""`Mention`, a slotted class for speed, behaves as the frozen dataclass it replaced: equality and
hash by fields (so candidates compare as before), keyword defaults, a readable repr."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.mentions import Mention
from kg.model import Field


@dataclass(frozen=True, slots=True)
class _Reference:
    field: Field
    start: int
    end: int
    name: str
    rule: str
    kb_id: str | None = None
    type: str | None = None
    conf: float = 0.5


_ARGS = st.tuples(st.sampled_from(list(Field)), st.integers(0, 3), st.integers(0, 3), st.sampled_from(["GPT-4", "MMLU"]),
                  st.sampled_from(["kb", "shape"]), st.sampled_from([None, "m1"]), st.sampled_from([None, "model"]),
                  st.sampled_from([0.4, 0.9]))


@given(_ARGS, _ARGS)
def test_equality_and_hash_as_the_frozen_dataclass(a, b):
    ma, mb, ra, rb = Mention(*a), Mention(*b), _Reference(*a), _Reference(*b)
    assert (ma == mb) == (ra == rb)
    assert hash(ma) == hash(ra)
    assert ma.__eq__(ra) is NotImplemented


def test_defaults_and_repr():
    m = Mention(Field.ABSTRACT, 3, 8, "GPT-4", "shape", conf=0.4)
    assert (m.kb_id, m.type, m.conf) == (None, None, 0.4)
    assert repr(m) == repr(_Reference(Field.ABSTRACT, 3, 8, "GPT-4", "shape", conf=0.4)).replace("_Reference", "Mention")


def test_pickles_and_copies_as_a_value():
    import copy
    import pickle

    m = Mention(Field.TITLE, 0, 7, "DeMamba", "kb", "demamba", "method", 0.9)
    assert pickle.loads(pickle.dumps(m)) == m
    assert copy.deepcopy(m) == m and copy.copy(m) == m
