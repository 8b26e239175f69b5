"""Session 20: victims of violence and where armed men came from."""


def test_victims_are_not_of_an_invader_the_dateline_contradicts(actor_codes):
    codes = actor_codes("IRPIN, Ukraine (Reuters) - Officials counted the dead on Sunday. Moscow denied shooting "
                        "villagers.", published="2022-04-04")
    assert codes["villagers"] == "UKRCVL"


def test_victims_take_the_place_of_the_attack_even_with_a_dateline(actor_codes):
    codes = actor_codes("KYIV (AP) - Russian soldiers shot four farmers in Kharkiv on Friday, the mayor said.",
                        published="2022-05-02")
    assert codes["farmers"] == "UKRAGR"


def test_army_killing_its_own_protesters_keeps_its_country_without_a_dateline(actor_codes):
    codes = actor_codes("Sudanese soldiers shot dead nine protesters on Sunday.", published="2022-05-02")
    assert codes["protesters"] == "SDNCVL"


def test_victims_of_a_dateline_country_army_stay_its_own(actor_codes):
    codes = actor_codes("KHARTOUM (Reuters) - Sudanese soldiers shot dead nine protesters on Sunday.",
                        published="2022-05-02")
    assert codes["protesters"] == "SDNCVL"


def test_captives_of_foreign_militants_are_of_the_dateline_country(actor_codes):
    codes = actor_codes("AMMAN (Reuters) - Gunmen crossing from Iraq raided a village and took 14 policemen "
                        "captive.", published="2010-05-02")
    assert codes["Gunmen"] == "IRQUAF"
    assert codes["policemen"] == "JORCOP"


def test_armed_men_coming_from_a_country_are_of_it(actor_codes):
    codes = actor_codes("Militants who came from Afghanistan attacked a checkpoint.", published="2015-05-02")
    assert codes["Militants"] == "AFGINS"


def test_two_sides_after_a_state_and_its_own_rebels_are_those_two(make_document, dictionary):
    from eventcoder.actors import find_actors

    text = ("Peru's government and Shining Path rebels began talks in Lima on Monday. The two sides will meet again "
            "next week.")
    mentions = find_actors(make_document(text, published="1995-03-01"), dictionary)
    assert sorted(m.actor.code for m in mentions if m.actor.text == "The two sides") == ["PERGOV", "PERREB"]


def test_two_countries_after_a_state_and_its_rebels_are_not_that_pair(make_document, dictionary):
    from eventcoder.actors import find_actors

    text = ("Peru's government and Shining Path rebels began talks in Lima on Monday. The two countries will meet "
            "again next week.")
    mentions = find_actors(make_document(text, published="1995-03-01"), dictionary)
    assert "PERREB" not in [m.actor.code for m in mentions if m.actor.text == "The two countries"]


def test_dual_national_held_by_one_state_is_of_the_other(actor_codes):
    codes = actor_codes("A Chinese court jailed a Canadian-Chinese businessman for 11 years for spying for Canada.",
                        published="2021-08-11")
    assert codes["Canadian-Chinese businessman"] == "CANBUS"


def test_those_a_state_deports_are_not_its_own(actor_codes):
    codes = actor_codes("Kenya deported the activists on Friday.", published="2019-05-02")
    assert codes["the activists"] == "CVL"
