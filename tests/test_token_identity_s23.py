"""Session 23: sentence-root tests compare token indices, never identity.

spaCy 3 builds a new ``Token`` object on every ``doc[i]`` and ``token.head``, so ``root.head is root`` is False even
at the sentence root: a climb that stops "at the root" by identity never stops there. These tests build small parsed
documents by hand (no model) and check sites that behaved differently at the root, plus a source scan so the
pattern cannot come back.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from types import SimpleNamespace

from spacy.tokens import Doc
from spacy.vocab import Vocab

import eventcoder
from eventcoder.dates.resolve import _hanging_verb
from eventcoder.events.arguments import NO_ARGUMENT
from eventcoder.events.find import _SentenceMatcher


def _doc(words, heads, deps, pos):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_root_head_is_a_new_object_but_the_same_token():
    doc = _doc(["protests", "."], [0, 0], ["ROOT", "punct"], ["NOUN", "PUNCT"])
    root = doc[0]
    assert root.head is not root  # why identity tests fail
    assert root.head.i == root.i and root.head == root


def test_hanging_verb_stops_at_a_noun_root():
    # "Monday's protest.": a date on a verbless headline hangs on the root noun. The identity test never saw the
    # root, so the climb looped for ever.
    doc = _doc(["Monday", "'s", "protest", "."], [2, 0, 2, 2], ["poss", "case", "ROOT", "punct"],
               ["PROPN", "PART", "NOUN", "PUNCT"])
    found = []
    worker = threading.Thread(target=lambda: found.append(_hanging_verb(doc, (0, 1))), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert found, "_hanging_verb did not stop at the sentence root"
    assert found[0].i == 2


def test_obligation_of_a_complement_binds_only_its_subject():
    # "said that ... must ...": for a complement the demander is the clause's own head, so no "to" object of the
    # saying verb is taken as the one bound (the identity test always took it).
    doc = _doc(["He", "said", "to", "Iraq", "that", "must", "cooperate", "."], [1, 1, 1, 2, 6, 6, 1, 1],
               ["nsubj", "ROOT", "prep", "pobj", "mark", "aux", "ccomp", "punct"],
               ["PRON", "VERB", "ADP", "PROPN", "SCONJ", "AUX", "VERB", "PUNCT"])
    clause = doc[6]
    stub = SimpleNamespace(_first_prep_target=lambda *args: "to-object")
    assert _SentenceMatcher._obligated(stub, NO_ARGUMENT, clause, clause.head) is NO_ARGUMENT


def test_no_head_identity_test_in_the_package():
    pattern = re.compile(r"\.head is (not )?\w")
    package = Path(eventcoder.__file__).parent
    offenders = [f"{path.relative_to(package)}:{number}: {line.strip()}"
                 for path in sorted(package.rglob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line)]
    assert not offenders, "compare tokens by .i, not identity:\n" + "\n".join(offenders)
