"""Grammar beyond simple clauses: control verbs over nouns, demand nouns, nested events, lemma repair."""

from __future__ import annotations

from events_stand_in_actors import simple_actor_mentions

from eventcoder.events import find_events
from eventcoder.events.patterns import _inflections


def events_of(make_document, patterns, text):
    document = make_document(text)
    return find_events(document, simple_actor_mentions(document), patterns)


def triples(events):
    return [(e.cameo, tuple(m.actor.code for m in e.source), tuple(m.actor.code for m in e.target)) for e in events]


def test_bad_tagger_lemma_is_repaired_from_the_surface_form(make_document, patterns):
    # the small model lemmatises "staged" as "stag"; the inflection table maps it back to "stage"
    assert triples(events_of(make_document, patterns, "Iranian students staged protests against Turkey.")) == [
        ("141", ("IRNEDU",), ("TUR",))
    ]


def test_inflections_cover_regular_verb_forms():
    assert {"staged", "stages", "staging"} <= _inflections("stage")
    assert {"banned", "banning", "bans"} <= _inflections("ban")
    assert {"denied", "denies"} <= _inflections("deny")


def test_control_verb_over_a_nominal_trigger(make_document, patterns):
    events = events_of(make_document, patterns, "Iran threatened to launch an offensive against Iraq.")
    assert triples(events) == [("1384", ("IRN",), ("IRQ",))]
    assert events[0].trigger.text == "threatened"


def test_demand_noun_with_that_clause(make_document, patterns):
    assert triples(events_of(make_document, patterns, "Iran reiterated its demand that Turkey release the sailors.")) == [
        ("1053", ("IRN",), ("TUR",))
    ]


def test_event_nested_in_another_events_argument_is_less_confident(make_document, patterns):
    events = events_of(make_document, patterns, "Turkey denounced Russia's attack on Ukraine.")
    by_code = {e.cameo: e for e in events}
    assert triples([by_code["111"]]) == [("111", ("TUR",), ("RUS",))]
    assert triples([by_code["190"]]) == [("190", ("RUS",), ("UKR",))]
    assert by_code["111"].confidence > by_code["190"].confidence


def test_must_clause_without_a_trigger_is_a_plain_demand(make_document, patterns):
    assert triples(events_of(make_document, patterns, "Russia said that Turkey must leave.")) == [("100", ("RUS",), ("TUR",))]


def test_past_participle_clause_is_passive(make_document, patterns):
    events = triples(events_of(make_document, patterns, "Israeli troops, attacked by Palestinian militants, withdrew."))
    assert ("190", ("PSEREB",), ("ISRMIL",)) in events


def test_verb_form_used_as_a_noun_is_not_a_verb_trigger(make_document, patterns):
    assert triples(events_of(make_document, patterns, "Turkey evacuated the wounded from Syria.")) == [("073", ("TUR",), ("SYR",))]


def test_confidence_rises_with_arguments(make_document, patterns):
    (both,) = events_of(make_document, patterns, "Russian jets bombed Syria.")
    (target_only,) = events_of(make_document, patterns, "Syria was bombed.")
    assert both.confidence > target_only.confidence


def test_statements_only_when_asked(make_document, patterns):
    text = "Iran said that Russian jets bombed Syria."
    document = make_document(text)
    mentions = simple_actor_mentions(document)
    plain = triples(find_events(document, mentions, patterns))
    with_statements = triples(find_events(document, mentions, patterns, include_statements=True))
    assert plain == [("195", ("RUSMIL",), ("SYR",))]
    assert ("010", ("IRN",), ()) in with_statements


def test_no_actor_mentions_no_events(make_document, patterns):
    document = make_document("Russian jets bombed Syria.")
    assert find_events(document, [], patterns) == []


def test_aid_without_recipient_is_dropped(make_document, patterns):
    assert events_of(make_document, patterns, "Russia has invested heavily in its military.") == []


def test_pronoun_subject_through_adjective_control(make_document, patterns):
    assert triples(events_of(make_document, patterns, "Syria says it is willing to withdraw its troops from Lebanon.")) == [
        ("0356", ("SYR",), ("LBN",))
    ]


def test_object_of_allow_parsed_as_clause_subject(make_document, patterns):
    # the refugees are the object of "allow" (080 yield), whatever the parse; "will not" announces a refusal to yield
    # (session 14: refusal_modals)
    assert triples(events_of(make_document, patterns, "Turkey will not allow Syrian refugees to enter.")) == [
        ("124", ("TUR",), ("SYR",))
    ]
