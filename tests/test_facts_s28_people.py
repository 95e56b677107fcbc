"""Session 28, people's ages, births and parents: causes of misses that recur across the development articles,
each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair


def _ages(text: str) -> dict[str, str | None]:
    return {who: value for (who, value) in facts_by_pair(run(text, "2024-05-08"), "age")}


def test_an_age_description_opening_a_sentence_is_the_person_the_sentence_before_named() -> None:
    # the story's lead is someone else: the one person the last sentence named (an object, a prepositional object)
    a = _ages("Brannagh Solley won the fiction prize at the Halvard awards on Thursday. Best director went to Tobin "
              "Erskwith for his war film. The 62-year-old, who lives in Carlow, won the same award in 2011.")
    assert a.get("Tobin Erskwith") == "62" and "Brannagh Solley" not in a
    b = _ages("Mira Okonedo stepped down as chief executive of Tallis Media on Monday. The board named Ruth Pennick, the "
              "head of sales at Orrel Group, as her successor. The 47-year-old joined Orrel in 2014.")
    assert b.get("Ruth Pennick") == "47" and "Mira Okonedo" not in b
    c = _ages("Mira Okonedo, the chief executive of Tallis Media, was cleared of fraud on Monday. Her co-defendant, Ruth "
              "Pennick, was cleared of all charges by the same jury. The 45-year-old left court without speaking to reporters.")
    assert c.get("Ruth Pennick") == "45" and "Mira Okonedo" not in c
    d = _ages("Stellan Broch was fired as finance minister on Friday. Marit Sande, who had run the ministry since 2021, was "
              "dismissed too. In a letter, the 61-year-old said she had been asked to leave.")
    assert d.get("Marit Sande") == "61" and "Stellan Broch" not in d
    # a speaker of the sentence before is the one a speaking description stands for
    e = _ages("Olwen Pryce won the seat in 2019. Rhian Tolley, a nurse who lost money, told the Evening Post that the "
              "sentence was too short. \"He took our savings,\" the 58-year-old said.")
    assert e.get("Rhian Tolley") == "58" and "Olwen Pryce" not in e


def test_an_age_description_whose_verb_the_tagger_took_for_a_noun() -> None:
    # "The 36-year-old touched in ...", "The 29-year-old beat X 6-4": the sentence parsed as one noun phrase
    a = _ages("Ilsa Varga won the 50 metres freestyle at the national championships on Saturday. The 36-year-old touched "
              "in 24.31 seconds.")
    assert a.get("Ilsa Varga") == "36"
    b = _ages("Ilsa Varga said on Monday that she would retire after the Games. The 29-year-old beat Tove Lindahl's "
              "sister 6-4, 7-5 in the final on Saturday.")
    assert b.get("Ilsa Varga") == "29" and "Tove Lindahl" not in b
    c = _ages("Jorun Askeland said on Friday that she would retire in the autumn. The 31-year-old beat Tilde Mork 6-2, 6-1 "
              "in the final.")
    assert c.get("Jorun Askeland") == "31" and "Tilde Mork" not in c


def _parents(text: str) -> set[tuple[str, str | None]]:
    return set(facts_by_pair(run(text, "2024-05-08"), "parent"))


def test_survived_by_a_second_by_phrase_names_children_of_the_one_who_died() -> None:
    # "survived by his son and by a daughter, X": the second "by" a conjunct of the verb's agent
    a = _parents("Anton Kral died on Sunday. He is survived by his son and by a daughter, Vera Kral-Hunt, and by five "
                 "grandchildren.")
    assert ("Anton Kral", "Vera Kral-Hunt") in a
    b = _parents("The painter Ilse Dorn died in March. She is survived by her husband and by a son, Felix, who lives in Bonn.")
    assert ("Ilse Dorn", "Felix") in b
    c = _parents("Jorge Salas died on Friday. He is survived by his wife, Ana, and by a daughter, Clara Salas.")
    assert ("Jorge Salas", "Clara Salas") in c


def test_a_child_from_a_marriage_whatever_the_from_phrase_hangs_on() -> None:
    a = _parents("Anton Kral died on Sunday. Besides his daughter, he is also survived by a son from his first marriage, "
                 "Pavel, a physician in Oslo.")
    assert ("Anton Kral", "Pavel") in a
    b = _parents("Ilse Dorn died in March. She is survived by a daughter from her first marriage, Greta, who lives in Bonn.")
    assert ("Ilse Dorn", "Greta") in b


def test_their_child_after_is_married_to() -> None:
    # "X is married to Y": a married pair in view, which "their" stands for
    a = _parents("Marta Ruiz is the new president. She is married to the architect Tomas Berg; their daughter, Ines, is "
                 "a student in Madrid.")
    assert {("Marta Ruiz", "Ines"), ("Tomas Berg", "Ines")} <= a
    b = _parents("Marta Ruiz is the new president. She is married to Tomas Berg, a lawyer. Their son, Pablo, is a student "
                 "in Leon.")
    assert {("Marta Ruiz", "Pablo"), ("Tomas Berg", "Pablo")} <= b


def test_the_age_of_an_unnamed_lead_is_the_age_of_the_person_named_next() -> None:
    # "A 31-year-old man has been charged ... . X was arrested": the lead's description (and its age) is X's,
    # also when the lead is reported ("..., police said")
    a = _ages("A 42-year-old woman has been charged with the murder of a taxi driver in Selby last week, police said on "
              "Friday. Dana Whitlow, of Mill Lane, Selby, was arrested on Tuesday.")
    assert a.get("Dana Whitlow") == "42"
    b = _ages("A 19-year-old student was jailed on Monday for setting fire to a school in Leeds. Owen Pask had admitted arson.")
    assert b.get("Owen Pask") == "19"
    c = _ages("A 66-year-old man died after his car crashed into a river near Ripon, police said. Alan Boyce was "
              "pronounced dead at the scene.")
    assert c.get("Alan Boyce") == "66"


def test_a_birth_told_by_a_participle_opening_the_sentence_whose_subject_the_parser_lost() -> None:
    # "Born in X, Y studied ...": the name after the phrase's comma is the one born (the parser may hang it on the place)
    a = run("Wambui Ndegwa-Fairlie is the new vice-chancellor. Born in Ostravale, Ndegwa-Fairlie trained at the Ravensholt "
            "medical school in the 1990s and worked as a consultant.", "2024-05-08")
    assert event_names(a, "life.born", "patient") == ["Wambui Ndegwa-Fairlie"]
    b = run("Ifeoma Okonkwo was appointed on Monday. Born in Enugu, Nigeria, Okonkwo read law in Lagos and London.",
            "2024-05-08")
    assert event_names(b, "life.born", "patient") == ["Ifeoma Okonkwo"]


def test_a_surname_with_an_age_after_it_is_the_person_not_the_firm_of_that_name() -> None:
    # "X, 49, set up the fund": the age says a person, though the firm "X Marsh Capital" was named more often
    a = _ages("The investment firm Kessel Marsh Capital raised its stake to 14 per cent. Kessel Marsh first bought into "
              "the bank in 2022. Ines Kessel, the firm's founder, said on Wednesday that she welcomed the vote. Kessel, 49, "
              "set up the fund in 2011 after leaving Harrow Bank.")
    assert a.get("Ines Kessel") == "49"
    b = _ages("Orrin Ventures backed the deal. Orrin Ventures is based in Leeds. Orrin Ventures has ten staff. Its founder, "
              "Lisa Orrin, spoke on Monday. Orrin, 47, started the firm in 2012 after leaving a bank.")
    assert b.get("Lisa Orrin") == "47"


def test_the_speaker_before_an_age_description_does_not_block_the_one_spoken_of() -> None:
    # "His manager, Y, said the 22-year-old was ...": Y speaks of the one the sentence before named
    a = _ages("Petra Vik won the newcomer award. Dmitri Sokol did not attend the ceremony. His manager, Yelena Marsh, said "
              "the 22-year-old was recovering from an infection.")
    assert a.get("Dmitri Sokol") == "22" and "Petra Vik" not in a
    b = _ages("Lena Ortiz won the title on Sunday. Mia Holt lost in the first round. Her coach, Karl Rune, said the "
              "19-year-old had been unwell for a week.")
    assert b.get("Mia Holt") == "19" and "Lena Ortiz" not in b


def test_a_name_after_another_kin_noun_in_a_list_of_survivors_is_not_the_first_ones() -> None:
    # "survived by her son and daughter, five grandchildren and a sister, X": X is the sister
    a = _parents("The geologist Henrike Moss has died at 86. Moss died on Monday in Oslo. She is survived by her son and "
                 "daughter, five grandchildren and a sister, Gerd Moss, 88.")
    assert ("Henrike Moss", "Gerd Moss") not in a
    b = _parents("The painter Ole Brekke has died at 90. Brekke died in May in Bergen. He is survived by his wife and son, "
                 "two grandchildren and a brother, Nils Brekke, 85.")
    assert ("Ole Brekke", "Nils Brekke") not in b


def test_an_age_description_headed_by_a_title_the_tagger_calls_a_name() -> None:
    # "the 44-year-old MP for X": "MP" tagged a proper noun
    a = _ages("Fatima Noor was elected leader of the party on Saturday. The result makes the 44-year-old MP for Leeds "
              "North the first woman to lead it.")
    assert a.get("Fatima Noor") == "44"
    b = _ages("Fatima Noor was elected leader on Saturday. The 44-year-old MP for Leeds North beat two rivals.")
    assert b.get("Fatima Noor") == "44"
