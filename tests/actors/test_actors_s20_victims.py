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


# Reviewer's sentences: each rule above kept to its own cases.

def test_victims_under_a_regional_bureau_dateline_keep_their_attackers_country(actor_codes):
    codes = actor_codes("BEIRUT (Reuters) - Syrian troops killed 20 civilians on Sunday.", published="2013-05-02")
    assert codes["civilians"] == "SYRCVL"
    codes = actor_codes("NAIROBI (Reuters) - Ethiopian soldiers killed 12 protesters on Sunday.",
                        published="2016-05-02")
    assert codes["protesters"] == "ETHCVL"


def test_victims_under_a_bureau_dateline_whose_country_the_sentence_names_are_its_own(actor_codes):
    codes = actor_codes("BEIRUT (Reuters) - Syrian troops killed 20 civilians in Lebanon on Sunday.",
                        published="2013-05-02")
    assert codes["civilians"] == "LBNCVL"


def test_those_a_state_extradites_or_expels_may_be_its_own(actor_codes):
    codes = actor_codes("Colombia extradited three drug traffickers on Friday.", published="2019-05-02")
    assert codes["three drug traffickers"] == "COLCRM"
    codes = actor_codes("HARARE (Reuters) - The ruling party expelled two lawmakers on Tuesday.",
                        published="2019-05-02")
    assert codes["two lawmakers"] == "ZWELEG"


def test_diplomats_a_state_expels_are_not_its_own(actor_codes):
    codes = actor_codes("Kenya expelled two diplomats on Friday.", published="2019-05-02")
    assert codes["two diplomats"] == "GOV"


def test_people_on_boats_may_be_at_home(actor_codes):
    codes = actor_codes("KAMPALA (Reuters) - Police on boats searched Lake Victoria for survivors.",
                        published="2019-05-02")
    assert codes["Police"] == "UGACOP"
    codes = actor_codes("MANILA (Reuters) - Fishermen on boats protested on Monday.", published="2019-05-02")
    assert codes["Fishermen"] == "PHLAGR"


def test_activists_aboard_a_ship_are_not_of_the_state_that_stops_them(actor_codes):
    codes = actor_codes("Activists aboard the ship said Israel had detained them.", published="2019-05-02")
    assert codes["Activists"] == "CVL"


def test_dual_national_a_state_speaks_for_keeps_the_written_country(actor_codes):
    codes = actor_codes("The British government urged Iran to free an Iranian-British charity worker.",
                        published="2019-05-02")
    assert codes["Iranian-British charity worker"] == "GBRLAB"
