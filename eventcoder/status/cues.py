"""Status cue lists: loaded once from ``cues.yaml``, validated, and passed to ``decide_status``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Union

from ..datafiles import key_lines, read_yaml
from ..errors import DataFileError

CUES_PATH = Path(__file__).with_name("cues.yaml")

# Statuses decide_status can give from cue words; "asserted" is the default and "historical"
# comes from the news window (apply_news_window), so neither has cues.
CUED_STATUSES = ("negated", "hypothetical", "alleged", "planned", "future")
CUE_KINDS = ("modifiers", "clause_governors", "object_governors")


@dataclass(frozen=True)
class StatusCues:
    """Cue words per status, as read from a cues file.

    ``modifiers[status]`` are lower-case surface words; ``clause_governors[status]`` and
    ``object_governors[status]`` are lemmas, possibly with a particle ("call off").
    ``priority`` orders statuses when several cues govern a trigger at the same distance.
    ``support_verbs`` carry a noun trigger's event ("pay a visit"); other verbs end its scope.
    ``present_only`` are clause governors that count only when not in the past tense: "a law
    that allows police to seize assets" (hypothetical seizing) against "allowed him to leave".
    ``doubt_words`` on a noun above a reporting verb put the report in doubt: "little reason to
    think that they will meet" (hypothetical meeting). ``agreement_nouns`` make what they are
    about future: "a deal on handing over the islands". ``infinitive_only`` clause governors count
    only over an infinitive: "told the army to withdraw", not "told reporters that troops withdrew".
    ``ending_verbs`` end the scope over a gerund: "must stop detaining migrants" (ongoing detaining).
    ``past_hedges`` are hypothetical modifiers that make an act already done alleged: "had likely
    been killed". ``characterizing_verbs`` label an act by their predicate noun or "as" phrase
    (alleged): "what the party described as violating its rules", "called the raid a violation".
    ``law_nouns`` bar what they are "against": "a law against deporting people" (negated).
    ``attempt_verbs`` are clause governors only in their bare form: "tried to kill" reports an
    attempt (asserted killing), "to try to facilitate" looks ahead (future).
    ``affirming_verbs`` are verbs whose negation affirms their complement ("would not hesitate to
    fire"). ``denying_verbs`` make a deed told as a verb under them, in a story, the accusers' word
    (alleged): "Moscow denied killing civilians". ``stated_codes`` are CAMEO code prefixes of stated intents and threats, asserted under
    a future modal ("said it would welcome mediation"). ``performed_codes`` are CAMEO code prefixes
    of verbal acts done by the act their infinitive of purpose serves ("lobbied to support the bid");
    ``enabling_verbs`` are done so whatever their code ("opened the crossing to let trucks in"),
    unless the served verb is one of ``awaiting_verbs`` ("looking to Trump to veto").
    ``stating_words`` are the cue words that make a stated code a statement of its subject.
    ``subject_hedges`` on the active subject of a verb trigger make the act alleged: "Suspected US
    drones struck a compound" (who struck rests on suspicion); on its object they do not; only for a deed
    of ``force_codes`` (which a clause blaming them on someone makes alleged too) and not on one of ``victim_nouns``.
    ``coming_occasions`` are a word and its preposition ("ahead of", "eve of") over an event noun that is
    still to come when the act is done (planned): "deployed police ahead of Saturday's protest".
    """

    priority: tuple[str, ...]
    support_verbs: frozenset
    modifiers: Mapping[str, frozenset]
    clause_governors: Mapping[str, frozenset]
    object_governors: Mapping[str, frozenset]
    path: str = str(CUES_PATH)
    present_only: frozenset = frozenset()
    doubt_words: frozenset = frozenset()
    agreement_nouns: frozenset = frozenset()
    infinitive_only: frozenset = frozenset()
    ending_verbs: frozenset = frozenset()
    past_hedges: frozenset = frozenset()
    characterizing_verbs: frozenset = frozenset()
    law_nouns: frozenset = frozenset()
    attempt_verbs: frozenset = frozenset()
    affirming_verbs: frozenset = frozenset()
    denying_verbs: frozenset = frozenset()
    enabling_verbs: frozenset = frozenset()
    awaiting_verbs: frozenset = frozenset()
    subject_hedges: frozenset = frozenset()
    victim_nouns: frozenset = frozenset()
    force_codes: tuple[str, ...] = ()
    coming_occasions: frozenset = frozenset()
    stating_words: frozenset = frozenset()
    stated_codes: tuple[str, ...] = ()
    performed_codes: tuple[str, ...] = ()

    def __post_init__(self):
        # Word -> status lookups, the first status in priority order winning: decide_status
        # asks them for every word near every trigger.
        rank = {status: index for index, status in enumerate(self.priority)}
        object.__setattr__(self, "rank", rank)
        for name in ("modifiers", "clause_governors", "object_governors"):
            table = getattr(self, name)
            lookup: dict[str, str] = {}
            for status in reversed(self.priority):
                lookup.update(dict.fromkeys(table.get(status, ()), status))
            object.__setattr__(self, f"{name}_status", lookup)

    @classmethod
    def load(cls, path: Optional[Union[str, Path]] = None) -> "StatusCues":
        """Read and validate a cues YAML file; raise DataFileError naming the file and line."""
        path = Path(path) if path is not None else CUES_PATH
        data, node = read_yaml(path, "status cues file")
        if not isinstance(data, dict):
            raise DataFileError(path, 1, "expected a mapping with 'priority' and one section per status")
        lines = key_lines(node)

        priority = data.get("priority")
        if not isinstance(priority, list) or sorted(priority) != sorted(CUED_STATUSES):
            raise DataFileError(
                path, lines.get("priority", 1),
                f"'priority' must list each of {', '.join(CUED_STATUSES)} exactly once",
            )
        support = data.get("support_verbs")
        if not isinstance(support, list) or not all(isinstance(w, str) and w.strip() for w in support):
            raise DataFileError(path, lines.get("support_verbs", 1), "'support_verbs' must be a list of verb lemmas")
        present_only = data.get("present_only", [])
        if not isinstance(present_only, list) or not all(isinstance(w, str) and w.strip() for w in present_only):
            raise DataFileError(path, lines.get("present_only", 1), "'present_only' must be a list of verb lemmas")
        word_lists = {}
        for key in ("doubt_words", "agreement_nouns", "infinitive_only", "ending_verbs", "past_hedges",
                    "characterizing_verbs", "law_nouns", "attempt_verbs", "affirming_verbs",
                    "denying_verbs", "enabling_verbs", "awaiting_verbs", "stating_words", "subject_hedges",
                    "coming_occasions", "victim_nouns"):
            words = data.get(key, [])
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise DataFileError(path, lines.get(key, 1), f"'{key}' must be a list of words")
            word_lists[key] = frozenset(w.strip().lower() for w in words)
        code_lists = {}
        for key in ("stated_codes", "performed_codes", "force_codes"):
            codes = data.get(key, [])
            if not isinstance(codes, list) or not all(isinstance(c, str) and c.isdigit() for c in codes):
                raise DataFileError(path, lines.get(key, 1),
                                    f"'{key}' must be a list of CAMEO code prefixes written as quoted digits, e.g. \"03\"")
            code_lists[key] = tuple(codes)
        unknown = set(data) - set(CUED_STATUSES) - {"priority", "support_verbs", "present_only", *code_lists, *word_lists}
        if unknown:
            key = sorted(unknown)[0]
            raise DataFileError(
                path, lines.get(key), f"unknown section {key!r}: expected one of {', '.join(CUED_STATUSES)}"
            )
        tables: dict[str, dict[str, frozenset]] = {kind: {} for kind in CUE_KINDS}
        for status in CUED_STATUSES:
            section = data.get(status)
            if not isinstance(section, dict):
                raise DataFileError(path, lines.get(status, 1), f"missing or empty section {status!r}")
            for key in section:
                if key not in CUE_KINDS:
                    raise DataFileError(
                        path, lines.get(f"{status}.{key}", lines.get(status)),
                        f"unknown key {key!r} in {status!r}: expected {', '.join(CUE_KINDS)}",
                    )
            for kind in CUE_KINDS:
                words = section.get(kind, [])
                where = lines.get(f"{status}.{kind}", lines.get(status))
                if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                    raise DataFileError(path, where, f"{status}.{kind} must be a list of non-empty strings")
                tables[kind][status] = frozenset(w.strip().lower() for w in words)
        return cls(
            priority=tuple(priority),
            support_verbs=frozenset(w.strip().lower() for w in support),
            modifiers=tables["modifiers"],
            clause_governors=tables["clause_governors"],
            object_governors=tables["object_governors"],
            path=str(path),
            present_only=frozenset(w.strip().lower() for w in present_only),
            doubt_words=word_lists["doubt_words"],
            agreement_nouns=word_lists["agreement_nouns"],
            infinitive_only=word_lists["infinitive_only"],
            ending_verbs=word_lists["ending_verbs"],
            past_hedges=word_lists["past_hedges"],
            characterizing_verbs=word_lists["characterizing_verbs"],
            law_nouns=word_lists["law_nouns"],
            attempt_verbs=word_lists["attempt_verbs"],
            affirming_verbs=word_lists["affirming_verbs"],
            denying_verbs=word_lists["denying_verbs"],
            enabling_verbs=word_lists["enabling_verbs"],
            awaiting_verbs=word_lists["awaiting_verbs"],
            subject_hedges=word_lists["subject_hedges"],
            victim_nouns=word_lists["victim_nouns"],
            force_codes=code_lists["force_codes"],
            coming_occasions=word_lists["coming_occasions"],
            stating_words=word_lists["stating_words"],
            stated_codes=code_lists["stated_codes"],
            performed_codes=code_lists["performed_codes"],
        )


@functools.lru_cache(maxsize=1)
def default_cues() -> StatusCues:
    """The packaged cue lists, loaded once per process."""
    return StatusCues.load()
