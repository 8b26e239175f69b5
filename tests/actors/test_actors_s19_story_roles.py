"""Session 19: roles named again across a story, foreign roles, pronouns of filled roles, led equipment."""


def test_role_named_again_keeps_its_country_over_the_dateline(actor_codes):
    codes = actor_codes(
        "GENEVA (Reuters) - The United Nations criticised 12 Peruvian officials on Monday. Lima protested. "
        "The ministry said nothing. Markets fell. The council later froze the officials' bank accounts.")
    assert codes["the officials"] == "PERGOV"


def test_journalist_named_again_is_not_of_the_story_country(actor_codes):
    codes = actor_codes(
        "A Chilean gang tried to kill the Bolivian American journalist Ana Ruiz in Miami. Bolivian officials "
        "paid the gang, prosecutors said. Bolivian police later arrested two men in La Paz. Bolivia denied it. "
        "One of the men told the court he had been sent to kill the journalist.", published="2023-05-02")
    assert codes["the journalist"] == "USAMED"


def test_foreign_role_named_again_stays_foreign(actor_codes):
    codes = actor_codes(
        "Foreign bloggers who praise Vietnam gain many followers. Vietnam's state media promote them. "
        "Vietnamese officials invite them on tours of Vietnam. The bloggers were asked to film their trips.")
    assert codes["The bloggers"] == "MED"


def test_international_role_takes_no_country_from_the_sentence(actor_codes):
    codes = actor_codes("Mali's junta expelled international journalists. The Taliban broke their truce with "
                        "international forces.")
    assert codes["journalists"] == "MED"
    assert codes["forces"] == "MIL"


def test_pronoun_of_a_role_takes_the_country_the_role_was_given(actor_codes):
    codes = actor_codes(
        "In the capital, Lusaka, protesters stoned the embassies of Malawi and Tanzania, whom they accused of "
        "sheltering rebels.")
    assert codes["protesters"] == "ZMBCVL"
    assert codes["they"] == "ZMBCVL"


def test_led_equipment_is_the_leader_military(actor_codes):
    codes = actor_codes("U.S.-led warplanes pounded targets near Mosul overnight.")
    assert codes["U.S.-led warplanes"] == "USAMIL"
    assert "Russian-made warplanes" not in actor_codes("Russian-made warplanes struck a market.")


def test_plural_role_is_not_the_one_named_before(actor_codes):
    codes = actor_codes(
        "Fiji's Prime Minister met Indian Prime Minister Narendra Modi in Suva. Fiji honoured Modi, and the prime "
        "ministers signed six pacts.", published="2023-03-12")
    assert codes["the prime ministers"] != "FJIGOV"


def test_rebels_take_the_country_of_both_their_sentence_and_the_story(actor_codes):
    story = ("Peru's government and the Shining Path opened talks on Monday. Peruvian officials said the talks "
             "would last a week. Peru's army was told to hold fire. The last talks collapsed in 1990, when President "
             "Alan Garcia broke them off after rebels bombed a train.")
    assert actor_codes(story, published="2015-05-04")["rebels"] == "PERREB"
    # a sentence naming only another country leaves them alone
    other = story.replace("President Alan Garcia broke them off after rebels bombed a train",
                          "Bolivia's army said rebels bombed a train")
    assert actor_codes(other, published="2015-05-04")["rebels"] != "PERREB"


def test_role_from_a_pair_is_one_mention_per_country(make_document, dictionary):
    from eventcoder.actors import find_actors
    document = make_document("Peru and Ecuador traded fire on the border on Monday. Army commanders from both sides met on "
                             "Tuesday to calm tensions.", published="1995-02-01")
    codes = sorted(m.actor.code for m in find_actors(document, dictionary) if m.actor.text == "Army commanders")
    assert codes == ["ECUMIL", "PERMIL"]


def test_it_after_on_in_a_clause_below_a_country_subject(actor_codes):
    codes = actor_codes("Caracas turned to Chinese lenders after Washington imposed sanctions on it.")
    assert codes["it"] == "VENGOV"
    # in its own subject's clause, or in a coordinated clause, "it" is something else
    assert "it" not in actor_codes("Chile signed the treaty but Peru later walked away from it and imposed a tax on it.")


def test_role_from_abroad_is_foreign(actor_codes):
    codes = actor_codes("HARARE (Reuters) - Zimbabwe's police arrested an opposition leader. Activists from Europe "
                        "protested outside the court. Doctors from across Africa met in Harare.")
    assert codes["Activists"] == "CVL"
    assert codes["Doctors"] == "HLH"


def test_same_people_under_another_role_noun(actor_codes):
    codes = actor_codes(
        "HAVANA (Reuters) - Cuba's courts jailed a Spanish-Mexican journalist on Monday. Cuban officials said the "
        "journalist had spied. Cuba's foreign ministry rejected criticism. The reporter's lawyer said she would "
        "appeal.", published="2021-06-07")
    assert codes["The reporter"][3:] == "MED" and not codes["The reporter"].startswith("CUB")


def test_role_then_name_in_apposition_is_that_person(actor_codes):
    codes = actor_codes("Ghana's interior minister, Kofi Boateng, met police chiefs in Accra. Boateng "
                        "urged Togo to close the border.", published="2019-03-04")
    assert codes["Ghana's interior minister, Kofi Boateng"] == "GHAGOV"
    assert codes["Boateng"] == "GHAGOV"


def test_pair_noun_after_a_bloc_name(make_document, dictionary):
    from eventcoder.actors import find_actors
    document = make_document("Hungary and Slovakia traded accusations on Monday. The two NATO allies later agreed to "
                             "talk.", published="2019-01-01")
    codes = sorted(m.actor.code for m in find_actors(document, dictionary) if m.actor.text == "The two NATO allies")
    assert codes == ["HUN", "SVK"]


def test_plural_role_after_a_pair_is_the_pair(make_document, dictionary):
    from eventcoder.actors import find_actors
    document = make_document("Eritrea and Ethiopia agreed on a truce. The two sides will meet in Geneva. The leaders "
                             "said the talks would go on.", published="2000-06-01")
    codes = sorted(m.actor.code for m in find_actors(document, dictionary) if m.actor.text == "The leaders")
    assert codes == ["ERIGOV", "ETHGOV"]



def test_review_other_sectors_leaders_after_a_pair_are_not_the_pair(actor_codes):
    codes = actor_codes("Eritrea and Ethiopia agreed on a truce. The two sides will meet in Geneva. "
                        "The opposition leaders rejected the deal.")
    assert codes["The opposition leaders"] == "OPP"


def test_review_people_from_a_region_keep_the_datelines_country(actor_codes):
    codes = actor_codes("ADDIS ABABA (Reuters) - Protesters from the region blocked the main road on Monday.")
    assert codes["Protesters"] == "ETHCVL"


def test_review_it_after_a_verbs_on_is_a_thing(actor_codes):
    codes = actor_codes("The nuclear deal was signed in 2015. Iran said Washington had reneged on it.")
    assert "it" not in codes
