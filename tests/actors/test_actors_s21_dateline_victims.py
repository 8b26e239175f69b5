"""Session 21: a dateline that names its country ("NAIROBI, Kenya (AP)") is a reporter on the spot only when the
victim's sentence names no other country or the story is of the dateline's country; AP writes a regional bureau's
town so too."""


def test_victims_under_a_bureau_town_with_its_country_keep_their_attackers_country(actor_codes):
    codes = actor_codes("NAIROBI, Kenya (AP) - Ugandan soldiers shot dead eight protesters on Sunday.",
                        published="2016-05-02")
    assert codes["protesters"] == "UGACVL"


def test_victims_in_a_story_of_another_country_than_the_datelines_keep_their_attackers_country(actor_codes):
    codes = actor_codes("DAKAR, Senegal (AP) - Mali's junta said on Sunday its troops had taken the town. Malian "
                        "soldiers killed 15 herders on Saturday, witnesses said. Mali's government blamed rebels, and "
                        "Malian police arrested 30 people.", published="2022-05-02")
    assert codes["herders"] == "MLIAGR"


def test_victims_under_a_dateline_with_its_country_in_a_story_of_it_are_its_own(actor_codes):
    codes = actor_codes("KHERSON, Ukraine (AP) - Ukrainian officials counted the dead on Friday. Russian soldiers shot "
                        "four fishermen, Ukraine's police said. Ukraine's army vowed to retake the islands.",
                        published="2022-11-02")
    assert codes["fishermen"] == "UKRAGR"
