"""Session 10 classes of wire phrasings the coder missed on VOA stories (each with phrasings of our own)."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text, code, source, target", [
    ("Kenyan soldiers came under attack from al-Shabab militants near the border on Monday.", "190", "SOM", "KEN"),
    ("The Ukrainian garrison came under heavy fire from Russian troops overnight.", "193", "RUS", "UKR"),
    ("Israeli positions came under rocket fire from Lebanon on Sunday.", "194", "LBN", "ISR"),
    ("The Malian convoy came under attack near Gao, the army said.", "190", None, "MLI"),
])
def test_coming_under_attack_makes_the_subject_the_target(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


def test_coming_under_attack_names_no_doer_from_the_victim(coded):
    # the convoy's own country is the target, never also the source
    events = [e for e in coded("A Pakistani army convoy came under attack in Balochistan on Tuesday.") if e[0] == "190"]
    assert events and all("PAK" not in source for _code, source, _target in events), events


@pytest.mark.parametrize("text, code, source, target", [
    ("Washington said it would cease military aid to Ukraine.", "1622", "USA", "UKR"),
    ("The donors ceased humanitarian aid to Yemen last month.", "1623", None, "YEM"),
    # agreeing to mend ties is an intent to cooperate diplomatically (032)
    ("Egypt and Turkey agreed to elevate ties to a strategic partnership.", "032", "EGY", "TUR"),
    ("India has elevated its ties with Mauritius.", "050", "IND", "MUS"),
    ("Ankara is looking to repair relations with Israel.", "050", "TUR", "ISR"),
    ("Japan moved to reset relations with South Korea.", "050", "JPN", "KOR"),
])
def test_missing_verbs_of_ending_aid_and_mending_ties(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


@pytest.mark.parametrize("text, source, target", [
    ("Canada imposed a 25% levy on American steel.", "CAN", "USA"),
    ("The European Union voted for tariffs on Chinese electric vehicles.", None, "CHN"),
    ("U.S. tariffs on Mexico took effect on Tuesday.", "USA", "MEX"),
    ("Washington doubled the tariff on Chinese goods.", "USA", "CHN"),
    ("Beijing raised duties on Australian wine.", "CHN", "AUS"),
])
def test_tariffs_aimed_at_a_country_are_sanctions(coded, text, source, target):
    events = coded(text)
    assert _has(events, "163", source, target), events


@pytest.mark.parametrize("text", [
    "Economists fear that global tariffs would cause a recession.",
    "With the added Canadian duty, American electricity bills would increase sharply.",
])
def test_tariffs_at_nobody_and_rising_bills_are_no_sanction(coded, text):
    assert not _has(coded(text), "163"), coded(text)


@pytest.mark.parametrize("text, code, source, target", [
    ("Moscow pinned the blame on Kyiv for the explosion.", "112", "RUS", "UKR"),
    ("The Afghan government placed the blame on Pakistan for the attack.", "112", "AFG", "PAK"),
    ("The French minister leveled sharp criticism at Germany over the budget.", "111", "FRA", "DEU"),
    ("Tehran directed accusations against Washington.", "112", "IRN", "USA"),
])
def test_blame_and_criticism_levelled_at_someone(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


@pytest.mark.parametrize("text, accuser, doer, victim", [
    ("Kenya accused the rebel group of killing civilians in the north.", "KEN", None, None),
    ("Kenya accused al-Shabab of killing civilians.", "KEN", "SOM", None),
])
def test_the_accused_does_the_gerund(coded, text, accuser, doer, victim):
    events = coded(text)
    assert _has(events, "112", accuser), events
    killings = [e for e in events if e[0] == "1823"]
    # the accuser never becomes the killer
    assert killings and all(accuser not in source for _c, source, _t in killings), events
    if doer:
        assert any(doer in source for _c, source, _t in killings), events


@pytest.mark.parametrize("text, code, source, target", [
    ("The United States provided Ukraine with weapons.", "072", "USA", "UKR"),
    ("Russia supplied Syria with fighter jets.", "072", "RUS", "SYR"),
    ("Japan provided the Philippines with patrol boats.", "072", "JPN", "PHL"),
])
def test_provided_someone_with_a_thing_makes_the_object_the_recipient(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


@pytest.mark.parametrize("text, code, source, target", [
    ("Russia has ramped up attacks on Ukrainian cities.", "190", "RUS", "UKR"),
    ("The U.N. Security Council ramped up sanctions on North Korea.", "163", None, "PRK"),
    ("Beijing increased tariffs on Australian wine.", "163", "CHN", "AUS"),
    ("Japan will increase cooperation with Australia.", "06", "JPN", "AUS"),
])
def test_ramping_up_or_increasing_an_act_is_doing_it(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


@pytest.mark.parametrize("text", [
    "The European Union lifted sanctions on Syria to help the country recover.",
    "The new law will help Beijing tighten control over the sea.",
])
def test_helping_someone_do_something_is_no_aid(coded, text):
    assert not any(code.startswith("07") for code, _s, _t in coded(text)), coded(text)


@pytest.mark.parametrize("text, code, source, target", [
    ("There was a heavy exchange of fire between Pakistani troops and Afghan forces.", "190", "PAK", "AFG"),
    ("Kenyan troops launched an operation to flush out al-Shabab fighters from the forest.", "190", "KEN", "SOM"),
    ("Nigerian troops neutralized several Boko Haram fighters near Lake Chad.", "190", "NGA", "NGA"),
    ("Canada retaliated with its own tariffs on American steel.", "163", "CAN", "USA"),
    ("Israel responded with air strikes on Lebanon.", "195", "ISR", "LBN"),
])
def test_fighting_and_retaliation_phrasings(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


@pytest.mark.parametrize("text", [
    "Police neutralized a bomb outside the embassy.",
    "India and Pakistan agreed to an exchange of prisoners.",
])
def test_no_fighting_without_fighters(coded, text):
    assert not any(code.startswith("19") for code, _s, _t in coded(text)), coded(text)


@pytest.mark.parametrize("text, code, target", [
    ("The nuclear deal provided Iran with sanctions relief.", "085", "IRN"),
    ("Washington offered Moscow sanctions relief.", "0354", "RUS"),
])
def test_sanctions_relief_is_easing_sanctions_not_aid(coded, text, code, target):
    events = coded(text)
    assert _has(events, code, None, target) and not any(c.startswith("07") for c, _s, _t in events), events


@pytest.mark.parametrize("text, praiser, praised", [
    ("The U.S. secretary of state credited Britain and France for their role in the talks.", "USA", "GBR"),
    ("The Egyptian president credited Qatar with brokering the truce.", "EGY", "QAT"),
])
def test_crediting_someone_is_praise(coded, text, praiser, praised):
    events = coded(text)
    assert _has(events, "051", praiser, praised), events


def test_the_one_credited_or_charged_with_a_gerund_does_it(coded):
    events = coded("The Egyptian president credited Qatar with brokering the truce.")
    assert any(code.startswith("045") and "QAT" in source for code, source, _t in events), events
    events = coded("Prosecutors charged two Iranians with plotting to kill a journalist in New York.")
    assert all("IRN" in source for code, source, _t in events if code == "1823"), events


def test_joining_someone_for_talks_with_a_partner_is_consulting(coded):
    events = coded("The Turkish foreign minister will join his deputy for talks with Iraqi officials in Baghdad.")
    assert _has(events, "040", "TUR", "IRQ"), events
