"""Word lists (cues.yaml) that the places stage uses to read the syntax around place names."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Union

import yaml

from ..datafiles import read_yaml
from ..errors import DataFileError

CUES_FILE = Path(__file__).resolve().parent / "cues.yaml"


@dataclass(frozen=True)
class PlaceCues:
    """Lower-case word sets; see cues.yaml for what each one is for."""

    locative_prepositions: frozenset
    recognition_locative_prepositions: frozenset
    travel_lemmas: frozenset
    destination_verbs: frozenset
    assault_nouns: frozenset
    travel_cameo_prefixes: tuple
    place_nouns: frozenset
    direction_nouns: frozenset
    facility_nouns: frozenset
    event_nouns: frozenset
    topic_prepositions: frozenset
    talk_nouns: frozenset
    settlement_nouns: frozenset
    not_place_words: frozenset
    named_after_words: frozenset
    name_suffixes: tuple  # of word tuples: ("air", "base")
    place_object_verbs: frozenset
    place_subject_verbs: frozenset
    local_body_words: frozenset
    organisation_words: frozenset
    proximity_words: frozenset
    region_nouns: frozenset
    region_title_nouns: frozenset
    part_words: frozenset
    resident_nouns: frozenset
    residents_of_nouns: frozenset
    origin_nouns: frozenset
    group_words: frozenset
    feature_nouns: frozenset
    feature_first_words: frozenset
    organisation_place_prepositions: frozenset
    transliteration_articles: frozenset
    place_name_first_words: frozenset
    place_name_endings: tuple
    site_name_exceptions: frozenset
    transliteration_folds: tuple  # of (from, to) letter groups: ("ou", "u")
    bare_settlement_nouns: frozenset
    distance_words: frozenset
    movement_prepositions: frozenset
    assault_prepositions: frozenset
    road_end_prepositions: frozenset
    example_prepositions: frozenset
    site_prepositions: frozenset
    qualifier_breaking_words: frozenset
    qualifier_opening_words: frozenset
    destination_prepositions: frozenset
    talk_prepositions: frozenset
    spelling_articles: tuple
    abbreviated_words: tuple  # of (short, long) words: ("st", "saint")
    feature_common_nouns: frozenset
    site_name_endings: tuple  # of word tuples: ("air", "base")
    feature_name_endings: frozenset
    place_only_object_verbs: frozenset
    place_only_verb_forms: frozenset
    person_cue_words: frozenset
    speech_verbs: frozenset
    building_name_endings: frozenset
    nearness_words: frozenset
    street_words: frozenset
    other_name_phrases: tuple  # of word tuples: ("also", "known", "as")
    located_by_prepositions: frozenset
    faction_nouns: frozenset
    partner_prepositions: frozenset
    glued_place_separators: frozenset
    joined_place_nouns: frozenset
    passage_prepositions: frozenset
    side_nouns: frozenset
    distance_units: frozenset
    reference_modifiers: frozenset
    based_words: frozenset
    name_before_region_nouns: frozenset
    body_region_nouns: frozenset
    listed_division_nouns: frozenset
    listed_feature_nouns: frozenset
    departure_verbs: frozenset
    time_words: frozenset

    @cached_property
    def locating_nouns(self) -> frozenset:
        """Nouns a place name can modify and still be the place: places, facilities, events."""
        return self.place_nouns | self.facility_nouns | self.event_nouns

    @cached_property
    def name_suffix_first_words(self) -> frozenset:
        """The first words of ``name_suffixes``: a name followed by none of them takes no suffix."""
        return frozenset(suffix[0] for suffix in self.name_suffixes)

    @cached_property
    def site_name_last_words(self) -> frozenset:
        """The last words of ``site_name_endings``: a name ending in none of them is no site's name."""
        return frozenset(ending[-1] for ending in self.site_name_endings)

    @cached_property
    def abbreviations(self) -> dict:
        """Abbreviated first words and what they stand for: {"st": "saint", ...}."""
        return dict(self.abbreviated_words)

    @cached_property
    def article_prefix(self) -> "re.Pattern":
        """An Arabic article opening a name, with its hyphen, space or apostrophe ("Al-", "el ")."""
        return re.compile(r"^(?:%s)[-\s\u2019']" % "|".join(map(re.escape, self.spelling_articles)), re.IGNORECASE)

    @classmethod
    def load(cls, path: Union[str, Path] = CUES_FILE) -> "PlaceCues":
        """Read and check a cues file; raises DataFileError naming the file and line."""
        path = Path(path)
        _, root = read_yaml(path, "cues file")
        if not isinstance(root, yaml.MappingNode):
            raise DataFileError(path, 1, "expected a mapping of list names to lists of words")
        names = {f.name for f in fields(cls)}
        values: dict[str, list[str]] = {}
        for key_node, value_node in root.value:
            line = key_node.start_mark.line + 1
            key = key_node.value
            if key not in names:
                raise DataFileError(path, line, f"unknown list {key!r}; expected one of {', '.join(sorted(names))}")
            if not isinstance(value_node, yaml.SequenceNode):
                raise DataFileError(path, line, f"{key} must be a list of words")
            words = []
            for item in value_node.value:
                item_line = item.start_mark.line + 1
                if not isinstance(item, yaml.ScalarNode):
                    raise DataFileError(path, item_line, f"{key}: every entry must be a word")
                if item.style not in ('"', "'") and not isinstance(yaml.safe_load(item.value), str):
                    raise DataFileError(path, item_line, f"{key}: quote {item.value!r}, or YAML reads it as a non-word")
                word = item.value.strip()
                if not word or word != word.lower():
                    raise DataFileError(path, item_line, f"{key}: {item.value!r} must be a non-empty lower-case word")
                words.append(word)
            values[key] = words
        missing = names - set(values)
        if missing:
            raise DataFileError(path, None, f"missing lists: {', '.join(sorted(missing))}")
        built = {key: frozenset(words) for key, words in values.items()}
        built["travel_cameo_prefixes"] = tuple(values["travel_cameo_prefixes"])
        built["name_suffixes"] = tuple(tuple(words.split()) for words in values["name_suffixes"])
        built["place_name_endings"] = tuple(values["place_name_endings"])
        built["site_name_endings"] = tuple(tuple(words.split()) for words in values["site_name_endings"])
        built["other_name_phrases"] = tuple(tuple(words.split()) for words in values["other_name_phrases"])
        built["spelling_articles"] = tuple(values["spelling_articles"])
        built["transliteration_folds"] = _pairs(path, root, values, "transliteration_folds",
                                                "two letter groups, 'from to' (\"ou u\")")
        built["abbreviated_words"] = _pairs(path, root, values, "abbreviated_words",
                                            "two words, 'short long' (\"st saint\")")
        return cls(**built)


def _pairs(path: Path, root, values: dict, key: str, expected: str) -> tuple:
    """The entries of list ``key`` as (first, second) pairs of letters; DataFileError for any other entry."""
    pairs = []
    for words in values[key]:
        parts = words.split()
        if len(parts) != 2 or not all(part.isalpha() for part in parts):
            line = next(item.start_mark.line + 1 for key_node, value_node in root.value
                        if key_node.value == key for item in value_node.value
                        if item.value.strip() == words)
            raise DataFileError(path, line, f"{key}: {words!r} must be {expected}")
        pairs.append((parts[0], parts[1]))
    return tuple(pairs)
