"""Status rules added after a hand check of coded VOA stories (benchmarks/voa_spotcheck.md).

Each group is one general cause of error found there; the sentences are our own.
"""

from __future__ import annotations

import pytest

from eventcoder.dates import resolve_date
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status


def status_of(make_document, sentence: str, trigger: str, published: str = "2017-03-24") -> str:
    document = make_document(sentence, published=published)
    token = next(token for token in document.doc if token.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "010")
    status = decide_status(document, mention)
    return apply_news_window(status, resolve_date(document, mention, status), document.article.published).value


CASES = [
    # A noun reached through a complement preposition of a verb that is an event of its own
    # ("respond to", "react to") keeps its own status: the verb's negation or modal is not its.
    ("The government has not responded to the rebels' demands.", "demands", "asserted"),
    ("The minister will react to the bombing at a press conference.", "bombing", "asserted"),
    # ... while a preposition that is a cue itself, or a support verb, still counts.
    ("The ministers went home without an agreement.", "agreement", "negated"),
    ("The opposition did not agree to talks with the junta.", "talks", "negated"),
    # Support verbs with a particle, and "pose" / "escalate": the verb carries the noun's event.
    ("The militants will not carry out attacks during the holiday.", "attacks", "negated"),
    ("The army could step up attacks on the rebel stronghold.", "attacks", "hypothetical"),
    ("The army stepped up attacks on the rebel stronghold.", "attacks", "asserted"),
    ("Officials claim the new missiles pose a threat to the region.", "threat", "alleged"),
    ("Analysts say Pyongyang may escalate its threats against Seoul.", "threats", "hypothetical"),
    ("Farm unions are calling for boosting aid to drought-hit villages.", "aid", "future"),
    # Verbs of prevention: the prevented act did not happen.
    ("Police prevented the protesters from marching to parliament.", "marching", "negated"),
    ("Guards barred the journalists from entering the courtroom.", "entering", "negated"),
    ("The army stopped shelling the town after the truce.", "shelling", "asserted"),
    # A purpose clause ("so", "so that") states an aim, not a fact; a result "so" does not.
    ("The army withdrew so the aid agencies can focus on feeding refugees.", "feeding", "future"),
    ("Troops withdrew so that talks can begin in Geneva.", "begin", "future"),
    ("The border was closed, so the convoy turned back.", "turned", "asserted"),
    # Permission outside the past tense: the permitted act has not happened.
    ("Critics say the decree allows the army to arrest journalists.", "arrest", "hypothetical"),
    ("The deal will allow inspectors to visit the sites.", "visit", "hypothetical"),
    ("The court allowed the opposition leader to leave the country.", "leave", "asserted"),
    # Second check: doubt above a reporting verb puts the report in doubt.
    ("There is little reason to believe that the rebels will disarm this year.", "disarm", "hypothetical"),
    ("Diplomats doubt that the two sides will sign a truce.", "sign", "hypothetical"),
    ("There is every reason to believe that the rebels will disarm.", "disarm", "future"),
    ("It is unlikely that the two armies will withdraw before winter.", "withdraw", "hypothetical"),
    ("It is clear that the militia shelled the market.", "shelled", "asserted"),
    # A gerund of manner ("by ...") shares its verb's modality.
    ("The opposition could provoke the army by staging protests in the capital.", "staging", "hypothetical"),
    ("The rebels angered the villagers by burning their crops.", "burning", "asserted"),
    ("The sanctions are aimed at forcing the junta to release prisoners.", "forcing", "future"),
    # A possibility or a negation above an intention covers it.
    ("The government may try to arrest the opposition leader.", "arrest", "hypothetical"),
    ("The ministry denied planning to expel the diplomats.", "expel", "negated"),
    ("The army will try to retake the town.", "retake", "future"),
    # A list member shares the list noun's status; nouns of possibility make it hypothetical.
    ("Officials are preparing for several scenarios, including an invasion of the island.", "invasion", "hypothetical"),
    ("The army carried out raids, including an assault on the airport.", "assault", "asserted"),
    ("Diplomats warned of the possibility of an attack on the embassy.", "attack", "hypothetical"),
    # Vague past periods make an event historical; periods running to now do not.
    ("The two militias, which in previous years fought over the oil fields, signed a truce.", "fought", "historical"),
    ("Britain ruled the territory in the 19th century.", "ruled", "historical"),
    ("Guerrillas kidnapped dozens of tourists in the 1990s.", "kidnapped", "historical"),
    ("Rebels have attacked the town repeatedly in recent years.", "attacked", "asserted"),
    # An act judged long ago is historical; the judging date bounds it.
    ("The general was convicted in 2009 for the massacre of villagers.", "massacre", "historical"),
    ("Police on Wednesday arrested two men for attacking a mosque.", "attacking", "asserted"),
    # Held-out check. What a deal or negotiation is about is still to come.
    ("The parties are close to a deal on releasing the prisoners.", "releasing", "future"),
    ("The two countries signed several agreements, including a deal on energy.", "deal", "asserted"),
    ("Seoul wants to deal with the North's nuclear threat.", "threat", "asserted"),
    # An act against a state is no support verb of it: the blockade exists.
    ("Activists sailed from Cyprus trying to break the naval blockade of the port.", "blockade", "asserted"),
    # A purpose serves its clause: a negated or possible clause makes the purpose so too.
    ("The army did not send troops to protect the villages.", "protect", "negated"),
    ("The government could send troops to protect the villages.", "protect", "hypothetical"),
    ("The government sent troops to protect the villages.", "protect", "future"),
    ("Nobody is going to form joint patrols to guard the coast.", "guard", "negated"),
    # Second held-out check. A rank states a fact, also as the head of the infinitive.
    ("Norway was the first to recognize the new government.", "recognize", "asserted"),
    # "use" carries its instrument: suggested sanctions are hypothetical.
    ("The senator argued that Washington should use sanctions against the generals.", "sanctions", "hypothetical"),
    # A coming period is a deadline, not a schedule of the calling.
    ("The union is calling for new elections within the next two years.", "calling", "asserted"),
    ("The minister is visiting Cairo next week.", "visiting", "planned"),
    # Development check. A noun over an infinitive says more than intent.
    ("Kyiv criticised Berlin's refusal to deliver the tanks.", "deliver", "negated"),
    ("The pirates' threat to sink the tanker alarmed the crew.", "sink", "hypothetical"),
    ("The ministry announced plans to expand the base.", "expand", "planned"),
    # An occasion ("during") shares what is still to come, never a negation.
    ("The envoy hopes to settle the dispute during talks on Thursday.", "talks", "future"),
    ("The president did not speak during the meeting.", "meeting", "asserted"),
    # "not only ... but also" negates nothing.
    ("The firm has not only closed two mines but also pledged to cut emissions.", "pledged", "asserted"),
    ("The firm has not only closed two mines but also pledged to cut emissions.", "closed", "asserted"),
    # A verbless small clause under "consider" is a judgement, not a possibility.
    ("We consider the release of the prisoners a good step.", "release", "asserted"),
    ("The cabinet is considering the release of the prisoners.", "release", "hypothetical"),
    # A date before a reported clause's subject is the saying's, so it is no schedule of the clause.
    ("The ministry said on Tuesday it is investigating the bombing.", "investigating", "asserted"),
    # Third held-out check. "instead of" / "rather than" deny the act.
    ("Instead of signing the accord, the rebels walked out.", "signing", "negated"),
    ("Rather than attacking the town, the militia besieged it.", "attacking", "negated"),
    # Commands over an infinitive are future; "tell" only over an infinitive.
    ("The judge ordered the police to release the protesters.", "release", "future"),
    ("The general told his troops to hold the bridge.", "hold", "future"),
    ("The general told reporters that his troops had crossed the river.", "crossed", "asserted"),
    ("The two sides were supposed to sign a truce.", "sign", "planned"),
    # An obligation ("must"), also through "in" + gerund; "must have" is an inference.
    ("The council must be united in condemning the coup.", "condemning", "future"),
    ("The rebels must release the hostages.", "release", "future"),
    ("The gunmen must have fled the city.", "fled", "asserted"),
    # "at some point" is no occasion: a modal stays future.
    ("The two leaders will meet at some point.", "meet", "future"),
    ("The two leaders will meet at the summit.", "meet", "planned"),
    # Ending an act ("stop", "quit" + gerund) leaves the act asserted, whatever the modal.
    ("The government must stop jailing journalists.", "jailing", "asserted"),
    # "see X as Y" is regarding, so "see" carries no event of its object.
    ("Officials must see these raids as a warning.", "raids", "asserted"),
    ("Critics say the West should use sanctions as a lever against the junta.", "sanctions", "hypothetical"),
    # After the fourth held-out check: hedging verbs, and a proposal over an infinitive.
    ("The militia appears to be preparing an assault on the port.", "preparing", "alleged"),
    ("The defendant appeared in court on Monday.", "appeared", "asserted"),
    ("Moscow tabled a proposal for the council to lift the embargo.", "lift", "hypothetical"),
]


@pytest.mark.parametrize("sentence, trigger, expected", CASES)
def test_status_news_causes(make_document, sentence, trigger, expected):
    assert status_of(make_document, sentence, trigger) == expected
