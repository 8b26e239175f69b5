"""One or more sentences for every CAMEO root (01-20), coded with the stand-in actor coder."""

from __future__ import annotations

import pytest

ROOT_CASES = [
    # (sentence, expected code prefix, source, target)
    ("Russian Foreign Minister Sergei Lavrov told Iran that Moscow would respond.", "01", "RUSGOV", "IRN"),
    ("Iran made an appeal to Turkey.", "02", "IRN", "TUR"),
    ("Iran agreed to provide economic aid to Syria.", "033", "IRN", "SYR"),
    ("Putin met with Erdogan in Ankara on Monday.", "040", "RUSGOV", "TURGOV"),
    ("Iran praised Russia for its support.", "051", "IRN", "RUS"),
    ("Russia and Iran signed an agreement on energy cooperation.", "057", "RUS", "IRN"),
    ("Turkey and Russia cooperate on security matters.", "06", "TUR", "RUS"),
    ("China sent humanitarian aid to Iraq.", "073", "CHN", "IRQ"),
    ("Israel released 50 Palestinian prisoners on Sunday.", "0841", "ISR", "PSE"),
    ("Russia withdrew its troops from Syria.", "087", "RUS", "SYR"),
    ("Iraq is investigating the killing of Turkish soldiers.", "09", "IRQ", "TURMIL"),
    ("Iran demanded that the United States lift its sanctions.", "10", "IRN", "USA"),
    ("Turkey condemned Israel for the raid.", "111", "TUR", "ISR"),
    ("Iran accused the United States of espionage.", "112", "IRN", "USA"),
    ("Iran refused to meet American negotiators.", "12", "IRN", "USA"),
    ("Turkey threatened to impose sanctions on Israel.", "13", "TUR", "ISR"),
    ("Thousands of Iranian protesters demonstrated against the government in Tehran.", "141", "IRNCVL", None),
    ("Russian troops remained on alert near Ukraine.", "15", "RUSMIL", None),
    ("Russia imposed sanctions on Turkey.", "163", "RUS", "TUR"),
    ("The United States cut off military aid to Egypt.", "1622", "USA", "EGY"),
    ("Iraqi police arrested two Iranian citizens.", "173", "IRQCOP", "IRN"),
    ("Syrian rebels kidnapped three Lebanese soldiers.", "181", "SYRREB", "LBNMIL"),
    ("Russian jets bombed rebel positions in Syria.", "195", "RUSMIL", "SYR"),
    ("Israel launched air strikes against Syria.", "195", "ISR", "SYR"),
    ("Syrian forces used chemical weapons against civilians in Iraq.", "204", "SYRMIL", "IRQ"),
]


@pytest.mark.parametrize("sentence,prefix,source,target", ROOT_CASES, ids=[c[1] + ":" + c[0][:30] for c in ROOT_CASES])
def test_every_root_has_a_coded_sentence(code_events, sentence, prefix, source, target):
    events = code_events(sentence, include_statements=prefix in ("01", "02"))
    matching = [e for e in events if e[0].startswith(prefix)]
    assert matching, f"no {prefix} event in {events}"
    code, sources, targets = matching[0]
    assert source in sources
    if target is not None:
        assert target in targets


def test_cases_cover_all_twenty_roots():
    roots = {case[1][:2] for case in ROOT_CASES}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_statements_and_appeals_need_include_statements(code_events):
    text = "Iran made an appeal to Turkey."
    assert not [e for e in code_events(text) if e[0].startswith("02")]
    assert [e for e in code_events(text, include_statements=True) if e[0].startswith("02")]
    said = "Russian Foreign Minister Sergei Lavrov told Iran that Moscow would respond."
    assert code_events(said) == []
