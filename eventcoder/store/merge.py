"""Deciding when two reports describe the same real-world event.

A new event mention joins an existing canonical event when all of these hold (``compare``):

* **type**: the same PLOVER type, or the same CAMEO root;
* **status**: the same status group (reported / planned / hypothetical / negated): a planned visit
  and the visit itself are different events;
* **actors**: every side known in both is compatible (they share a country, or an international
  actor code, and their sectors are not state vs non-state) and at least one side is known in both,
  so two actorless "protests" never merge on type and date alone. For symmetric event types
  (consult, cooperate, fight, ...) the dyad may be swapped; for the others an actor code that is
  the source of one report and the target of the other (``_crossed``) forbids the merge;
* **dates**: day/week dates within ``day_window`` days of each other, unless ``consensus_reports``
  or more reports agree on an exact day from their text and none disagrees, and this report's text
  gives another exact day (a march on Wednesday and another on Friday); a coarser date (month,
  year, unknown) must contain the other and its report must be published within
  ``coarse_window_days`` of the canonical event's reports;
* **places**: two point/city places within ``place_km``; otherwise known countries must agree;
* **dates that pin nothing**: unless both reports name the day or week in their text (``_pinned``),
  a month, a period, no date or the publication day, without a precise shared place, needs the
  reports to be worded alike (``sentence_similarity``);
* **general events** (statements, appeals, consultations, demands, accusations, rejections,
  threats: ``general_roots``): a shared dyad and week say little, since a government comments on
  another one almost daily. Such reports also need similar sentences (word Jaccard of at least
  ``sentence_similarity``) or, when both sides of the dyad are known, a precise shared place, the
  same exact day or the same specific trigger word (``accused`` = ``accuses``; not ``said``).

``compare`` returns the reasons (short tags stored with the mention) or None. All thresholds and word
lists sit in ``MergeRules``, loaded from ``merge_rules.yaml`` (see ``merge_rules.py``), so they are
configured, not edited.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Mapping, Optional

from ..dates.calendar_rules import period_bounds
from ..geo import km_between
from .merge_rules import MergeRules

__all__ = [
    "PRECISION_ORDER", "MergeRules", "DateRange", "date_range", "trigger_lemma", "content_words", "word_similarity",
    "compare", "compatible_copy", "pairwise_scores",
]

PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}

@dataclass(frozen=True)
class DateRange:
    """An event date as an interval: a partial date covers every day it could mean."""

    event_date: Optional[dt.date]  # the date used for time series: the first day of the interval
    lo: Optional[dt.date]
    hi: Optional[dt.date]
    precision: str


def date_range(date: Optional[str], precision: Optional[str], published: Optional[dt.date]) -> DateRange:
    """Turn an Event's (partial) ISO date into an interval.

    ``"2017-03-27"`` -> that day; ``"2017-W13"`` -> Monday..Sunday; ``"2017-03"`` -> the month;
    ``"2017"`` -> the year. Without a usable date the publication date stands in, with precision
    ``unknown`` and an interval of the week before publication (events are reported after they happen).
    """
    parsed = _parse_partial(date) if date else None
    if parsed is not None:
        lo, hi, found_precision = parsed
        return DateRange(lo, lo, hi, found_precision)
    if published is not None:
        return DateRange(published, published - dt.timedelta(days=7), published, "unknown")
    return DateRange(None, None, None, "unknown")


def _parse_partial(value: str) -> Optional[tuple[dt.date, dt.date, str]]:
    """First day, last day and precision of an ISO day, week (``2017-W13``), month or year; None if not one."""
    value = value.strip()
    if "-W" in value:
        precision = "week"
    else:
        precision = {10: "day", 7: "month", 4: "year"}.get(len(value))
    bounds = period_bounds(value, precision) if precision else None
    return (bounds[0], bounds[1], precision) if bounds else None


def trigger_lemma(text: Optional[str], rules: MergeRules) -> Optional[str]:
    """A crude lemma of a trigger phrase's main word: ``accused``/``accuses``/``accusing`` -> ``accus``.

    The store keeps no parse, so this strips common English endings (irregular forms come from
    ``rules.irregular_lemmas``); two forms of one verb then compare equal, which is all merging needs.
    """
    if not text:
        return None
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in ("to", "not", "will", "would", "has", "have", "had")]
    if not words:
        return None
    word = words[0]
    if word in rules.irregular_lemmas:
        return rules.irregular_lemmas[word]
    for ending in ("ing", "ied", "ies", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word


def content_words(sentence: Optional[str], rules: MergeRules) -> frozenset:
    """Lower-cased topic words of a sentence (``rules.filler_words`` and short words dropped)."""
    if not sentence:
        return frozenset()
    words = re.findall(r"[a-z][a-z'-]+", sentence.lower())
    return frozenset(w[:6] for w in words if len(w) > 2 and w not in rules.filler_words)


def word_similarity(first: frozenset, second: frozenset) -> float:
    """Jaccard similarity of two word sets (0 when either is empty)."""
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def _similarity(canonical: Mapping[str, Any], mention: Mapping[str, Any], rules: MergeRules) -> float:
    # Computed only when needed: most candidates fail on type, actors or dates first.
    return word_similarity(content_words(canonical.get("sentence"), rules), content_words(mention.get("sentence"), rules))


def _general_evidence(
    canonical: Mapping[str, Any], mention: Mapping[str, Any], place: str, both_sides: bool, rules: MergeRules
) -> Optional[str]:
    """What, beyond dyad and date, ties two reports of a general event; None when nothing does.

    With only one side of the dyad known, only similar wording counts: on real news "threats"
    discussed in Washington and Trump's tariff "threats" at the White House share trigger and city.
    """
    if _similarity(canonical, mention, rules) >= rules.sentence_similarity:
        return "similar sentences"
    if not both_sides:
        return None
    if place == "same place":
        return "same place"
    if (
        canonical["date_precision"] == "day"
        and mention["date_precision"] == "day"
        and canonical["date_lo"] == mention["date_lo"]
        and _dated_by_text(canonical, is_canonical=True)
        and _dated_by_text(mention, is_canonical=False)
    ):
        return "same day"
    first, second = trigger_lemma(canonical.get("trigger_text"), rules), trigger_lemma(mention.get("trigger_text"), rules)
    if first and first == second and first not in rules.generic_triggers:
        return "same trigger"
    return None


def _dated_by_text(view: Mapping[str, Any], is_canonical: bool) -> bool:
    """Whether the date came from the report's words, not from its publication date.

    A canonical event counts when a report gave its day in the text, or its date is a week, month
    or year (only text gives those); a report counts when its own date source is the text.
    """
    precision = view.get("date_precision")
    if precision in ("week", "month", "year"):
        return True
    if precision != "day":
        return False
    if is_canonical:
        return (view.get("n_day_agree") or 0) > 0
    return view.get("date_source") == "text"


def _group(sector: Optional[str], rules: MergeRules) -> Optional[str]:
    # A bare country code ("UKR") gets no group: it stands for the state in one report ("Russia shelled
    # Ukraine") and for its people in another; direction is kept by ``_crossed`` instead.
    return rules.sector_group(sector)


def _pinned(view: Mapping[str, Any], is_canonical: bool) -> bool:
    """Whether the report's text names the event's day or week (not a month, a period or the publication)."""
    return view.get("date_precision") in ("day", "week") and _dated_by_text(view, is_canonical)


def _side(first: list[str], second: list[str], first_group, second_group) -> Optional[bool]:
    """None: incompatible; True: compatible and informative; False: compatible, nothing to compare."""
    if not first or not second:
        return False
    if not set(first) & set(second):
        return None
    if first_group and second_group and first_group != second_group:
        return None
    return True


def _crossed(canonical: Mapping[str, Any], mention: Mapping[str, Any]) -> bool:
    """Whether an actor code plays one role in one report and the other role in the other.

    Asymmetric events (an attack, a demand) keep their direction: a report whose source is the other's
    target is a different event, or the same one coded backwards; merging it would flip the summary.
    """
    c_source, c_target = set(canonical.get("source_codes") or ()), set(canonical.get("target_codes") or ())
    m_source, m_target = set(mention.get("source_codes") or ()), set(mention.get("target_codes") or ())
    return bool((m_source & (c_target - c_source)) or (m_target & (c_source - c_target)))


def _compare_actors(
    canonical: Mapping[str, Any], mention: Mapping[str, Any], swapped: bool, rules: MergeRules
) -> Optional[int]:
    sides = {}
    for name, view in (("c", canonical), ("m", mention)):
        for role in ("source", "target"):
            sides[name, role] = (view[f"{role}_keys"], _group(view[f"{role}_sector"], rules))
    m_source, m_target = sides["m", "source"], sides["m", "target"]
    if swapped:
        m_source, m_target = m_target, m_source
    source = _side(sides["c", "source"][0], m_source[0], sides["c", "source"][1], m_source[1])
    target = _side(sides["c", "target"][0], m_target[0], sides["c", "target"][1], m_target[1])
    if source is None or target is None:
        return None
    return int(source) + int(target)


def _compare_dates(canonical: Mapping[str, Any], mention: Mapping[str, Any], rules: MergeRules) -> Optional[tuple[str, float]]:
    c_lo, c_hi, m_lo, m_hi = canonical["date_lo"], canonical["date_hi"], mention["date_lo"], mention["date_hi"]
    if None in (c_lo, c_hi, m_lo, m_hi):
        return None
    coarse = max(PRECISION_ORDER.get(canonical["date_precision"], 4), PRECISION_ORDER.get(mention["date_precision"], 4)) >= 2
    if not coarse:
        gap = max((m_lo - c_hi).days, (c_lo - m_hi).days, 0)
        if gap > rules.day_window:
            return None
        agreed = canonical.get("n_day_agree") or 0
        if (
            gap > 0
            and mention.get("date_source") == "text"
            and mention["date_precision"] == "day"
            and agreed >= rules.consensus_reports
            and agreed == (canonical.get("n_day_reports") or 0)
        ):
            return None  # several reports agree on another exact day: a new occurrence
        return (f"dates within {rules.day_window} days", gap)
    if m_lo > c_hi or c_lo > m_hi:
        return None
    published, first_seen, last_seen = mention.get("published"), canonical.get("first_seen"), canonical.get("last_seen")
    if published and first_seen and last_seen:
        gap = max((published - last_seen).days, (first_seen - published).days, 0)
        if gap > rules.coarse_window_days:
            return None
    return ("compatible partial dates", float(rules.day_window))


def _compare_places(canonical: Mapping[str, Any], mention: Mapping[str, Any], rules: MergeRules) -> Optional[str]:
    precise = ("point", "city")
    if (
        canonical["lat"] is not None
        and mention["lat"] is not None
        and canonical["place_precision"] in precise
        and mention["place_precision"] in precise
    ):
        if km_between(canonical["lat"], canonical["lon"], mention["lat"], mention["lon"]) > rules.place_km:
            return None
        return "same place"
    if canonical["place_country"] and mention["place_country"]:
        if canonical["place_country"] != mention["place_country"]:
            return None
        return "same country"
    return "place unknown"


def compare(canonical: Mapping[str, Any], mention: Mapping[str, Any], rules: MergeRules) -> Optional[tuple[list[str], float]]:
    """Whether ``mention`` reports the same event as ``canonical``: (reasons, score) or None.

    Both mappings carry: cameo_root, plover_type, status_group, source_keys, target_keys,
    source_sector, target_sector, date_lo, date_hi, date_precision, lat, lon, place_precision,
    place_country; the canonical one also first_seen, last_seen; the mention also published.
    For general event types both may carry trigger_text and sentence.
    A higher score is a closer match.
    """
    reasons = []
    if canonical["status_group"] != mention["status_group"]:
        return None
    if canonical["plover_type"] and canonical["plover_type"] == mention["plover_type"]:
        reasons.append("same plover type")
    elif canonical["cameo_root"] and canonical["cameo_root"] == mention["cameo_root"]:
        reasons.append("same cameo root")
    else:
        return None
    symmetric = canonical["cameo_root"] in rules.symmetric_roots
    if not symmetric and _crossed(canonical, mention):
        return None
    informative = _compare_actors(canonical, mention, swapped=False, rules=rules)
    actors_reason = "same actors"
    if not informative and symmetric:
        swapped = _compare_actors(canonical, mention, swapped=True, rules=rules)
        if swapped:
            informative, actors_reason = swapped, "swapped actors"
    if informative is None:
        return None
    reasons.append(actors_reason if informative else "actors unknown")
    dates = _compare_dates(canonical, mention, rules)
    if dates is None:
        return None
    reasons.append(dates[0])
    place = _compare_places(canonical, mention, rules)
    # Unless both sides of the dyad match, only a precise shared place ties two reports: on real news
    # "the US government said ..." with no target matches every other US statement of the week.
    if place is None or (informative < 2 and place != "same place"):
        return None
    reasons.append(place)
    if place != "same place" and not (_pinned(canonical, is_canonical=True) and _pinned(mention, is_canonical=False)):
        # Unless both reports name the day (or week) in their text, the dates say little: "when it was
        # reported", "earlier this month" or "in the last 15 months" fit every attack of a dyad that
        # week or month (a train hijacking, a suicide bombing and a tally of militants killed), and an
        # undated report would glue them together. Only the same wording ties them.
        if _similarity(canonical, mention, rules) < rules.sentence_similarity:
            return None
        reasons.append("similar sentences")
    elif canonical["cameo_root"] in rules.general_roots or mention["cameo_root"] in rules.general_roots:
        evidence = _general_evidence(canonical, mention, place, informative == 2, rules)
        if evidence is None:
            return None
        if evidence != "same place":
            reasons.append(evidence)
    score = 2.0 * informative - dates[1] / max(1, rules.day_window) + (place == "same place")
    return reasons, score


def compatible_copy(original: Mapping[str, Any], copy: Mapping[str, Any], rules: MergeRules, actors: bool = True) -> bool:
    """Whether a near-duplicate article's report may be the original article's report (sentences aside).

    Both views carry status_group, cameo_root, source/target keys, codes and sectors. The dates are not
    compared: the copy's dates may be read against its own (later) publication day. Roles never cross;
    ``actors=False`` skips the comparison of the actors' countries and sectors.
    """
    if original["status_group"] != copy["status_group"]:
        return False
    symmetric = original["cameo_root"] in rules.symmetric_roots
    if not symmetric and _crossed(original, copy):
        return False
    if not actors:
        return True
    if _compare_actors(original, copy, swapped=False, rules=rules) is not None:
        return True
    return symmetric and _compare_actors(original, copy, swapped=True, rules=rules) is not None


def pairwise_scores(predicted: Mapping[Any, Any], gold: Mapping[Any, Any]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of a clustering: pairs of items put together vs gold pairs."""
    items = sorted(set(predicted) & set(gold), key=str)
    predicted_pairs = set()
    gold_pairs = set()
    for i, first in enumerate(items):
        for second in items[i + 1 :]:
            if predicted[first] == predicted[second]:
                predicted_pairs.add((first, second))
            if gold[first] == gold[second]:
                gold_pairs.add((first, second))
    both = len(predicted_pairs & gold_pairs)
    precision = both / len(predicted_pairs) if predicted_pairs else 1.0
    recall = both / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "predicted_pairs": len(predicted_pairs),
        "gold_pairs": len(gold_pairs),
    }
