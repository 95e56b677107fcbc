"""Session 31 (F): false positives with nothing like them expected -- a leaving named again as a noun, a post
taken by a hiring -- each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import role_texts, typed


def test_a_departure_named_after_the_leaving_told_is_no_second_leaving() -> None:
    # the noun refers to the sacking, retirement or resignation the article tells with its own verb
    a = run("Harlow United sacked their manager, Pavel Dromsky, on Monday. The squad took Dromsky's departure badly.")
    assert role_texts(a, "career.resign", "agent") == [], [(e.type, e.lemma) for e in a.events]
    assert role_texts(a, "career.fire", "patient") == [["Pavel Dromsky"]]
    b = run("The editor, Fenwick Oyelaran, retired in March. Since his departure the paper has been run by its deputy, "
            "Ines Calloway.")
    assert typed(b, "career.resign") == [], [(e.type, e.lemma) for e in b.events]
    assert [e.time for e in typed(b, "career.retire")] == ["2024-03"]
    c = run("Marta Quill stepped down as chair of Orlo Bank in April. People close to the board said her exit had been "
            "hastened by a row with investors.")
    assert [(e.lemma, e.time) for e in typed(c, "career.resign")] == [("step down", "2024-04")]


def test_a_departure_with_no_other_telling_stays_a_leaving() -> None:
    a = run("Ottokar Brimley took charge of the team in 2017 after the departure of its founder, Wilma Strand.")
    assert role_texts(a, "career.resign", "agent") == [["Wilma Strand"]]


def test_a_post_a_hiring_takes_someone_to_is_that_hirings_role() -> None:
    # purpose infinitive or participle adverbial of the hiring: one hiring with its post, no appointment
    a = run("In a separate move, Dalworth has poached Imelda Ferncroft from its rival Tavish Tools, where she ran the "
            "marine division, to become chief operating officer.")
    assert typed(a, "career.appoint") == []
    assert role_texts(a, "career.hire", "role") == [["chief operating officer"]]
    b = run("Gregor Hallam, who was hired away from the bank Quellstone in March to become Orvane's finance director, "
            "will start next week.")
    assert typed(b, "career.appoint") == []
    assert [(e.time, [g.text for g in e.args if g.role in ("role", "organization")]) for e in typed(b, "career.hire")] == \
        [("2024-03", ["finance director", "Orvane"])]
    c = run("Petra Lindqvist will join Corran Foods in June, succeeding Anton Birk, who retired in May.")
    assert typed(c, "career.appoint") == []
    assert role_texts(c, "career.hire", "predecessor") == [["Anton Birk"]]


def test_a_post_taken_in_a_sentence_of_its_own_stays_an_appointment() -> None:
    a = run("Corran Foods has hired Petra Lindqvist. She will become chief executive in June.")
    assert role_texts(a, "career.appoint", "role") == [["chief executive"]]


def test_a_meeting_that_only_describes_someone_is_no_meeting() -> None:
    # a relative clause of an indefinite or superlative noun, or a plural noun on one side
    for text in ("\"He was the kindest man I ever met,\" said his widow, Dora Kettle.",
                 "\"Then a woman I had met for ten minutes sent me a letter,\" Bram Holt said.",
                 "Most were pensioners who had been introduced to Rhona Grieve through a church group."):
        assert typed(run(text), "life.meet") == [], text


def test_a_meeting_with_someone_named_beside_the_description_stays() -> None:
    a = run("In 1966 Bram Holt married Helka Voss, a librarian he had met in a student choir.")
    assert role_texts(a, "life.meet", "partner") == [["Helka Voss"]]
    b = run("In 1971 she married Robert Hale, an American geologist she had met on an expedition two years earlier.")
    assert [(e.time, [g.text for g in e.args if g.role == "partner"]) for e in typed(b, "life.meet")] == [("1969", ["Robert Hale"])]


def test_a_seat_on_a_board_joined_as_a_director_is_an_appointment() -> None:
    # README: "joined the board" is an appointment -- with the seat's title too; not a council's or named board's staff
    a = run("Ada Quell, 58, who joined the board as a non-executive director in 2021, was chosen unanimously on Tuesday, "
            "Brevin Holdings said.")
    assert typed(a, "career.hire") == [], [(e.type, e.lemma) for e in a.events]
    assert [(e.time, [g.text for g in e.args if g.role == "role"]) for e in typed(a, "career.appoint")] == \
        [("2021", ["non-executive director"])]
    b = run("Her brother, Oskar Lind, will join the Tarrow Foods board as a non-executive director once the deal completes.")
    assert typed(b, "career.hire") == []
    assert role_texts(b, "career.appoint", "patient") == [["Oskar Lind"]]


def test_staff_joining_a_council_or_a_named_board_stay_hirings() -> None:
    a = run("Mara Voss joined the council as a junior planner in 1990.")
    assert [e.time for e in typed(a, "career.hire")] == ["1990"]
    assert typed(a, "career.appoint") == []
    b = run("Ida Brack joined the Harlow Water Board as an engineer in 2001.")
    assert [e.time for e in typed(b, "career.hire")] == ["2001"]


def test_an_opening_still_planned_is_a_launch_not_a_founding() -> None:
    # the development annotations list a planned shop, school or centre as business.launch (speculative)
    a = run("Ilse Marten hopes to open a riding school for girls in Utrecht next year.")
    assert typed(a, "business.found") == [], [(e.type, e.lemma) for e in a.events]
    assert [(e.time, [g.text for g in e.args if g.role == "work"]) for e in typed(a, "business.launch")] == \
        [("2025", ["a riding school"])]
    b = run("Tomas Brill is hoping to open a bakery in Leith.")
    assert typed(b, "business.found") == []
    assert role_texts(b, "business.launch", "agent") == [["Tomas Brill"]]
    c = run("On Monday, the university named Ada Brook as director of its new Centre for Ocean Studies, which will open in "
            "January.")
    assert typed(c, "business.found") == []
    assert [e.time for e in typed(c, "business.launch")] == ["2025-01"]


def test_an_opening_told_as_done_stays_a_founding() -> None:
    a = run("In 1962 Tomas Brill and his sister opened the Harbour Bakery on Quay Street.")
    assert [(e.time, [g.text for g in e.args if g.role == "organization"]) for e in typed(a, "business.found")] == \
        [("1962", ["Harbour Bakery"])]
    b = run("Ravensworth General Hospital opened in 1886.")
    assert [e.time for e in typed(b, "business.found")] == ["1886"]


def test_hopes_hoped_and_hoping_govern_a_plan() -> None:
    # the lemmatiser reads them as "hop": the wish must still make the event a plan
    for text in ("Ada Pym hopes to marry Leo Grant next summer.", "Ada Pym hoped to marry Leo Grant.",
                 "Ada Pym is hoping to marry Leo Grant."):
        assert [e.modality for e in typed(run(text), "life.marry")] == ["planned"], text


def test_a_bare_win_of_someone_elected_is_the_election_told_again() -> None:
    a = run("Ruth Halvey was elected leader of the Greens on Saturday. \"Ruth won fairly and she has my full support,\" "
            "Tom Vasse said.")
    assert typed(a, "career.win") == [], [(e.type, e.lemma) for e in a.events]
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-05-04"]
    b = run("Ines Morrow was elected mayor of Tarn in 2019. \"Ines won it fair and square,\" her rival said.")
    assert typed(b, "career.win") == []


def test_a_named_prize_of_someone_elected_stays_a_win() -> None:
    a = run("Ines Morrow was elected to the academy in 1995 and won the Kessel Prize in 2003.")
    assert [(e.time, [g.text for g in e.args if g.role == "award"]) for e in typed(a, "career.win")] == [("2003", ["Kessel Prize"])]
    b = run("Ines Morrow, who was elected mayor of Tarn in 2019, has won a gold medal for her charity work.")
    assert [[g.text for g in e.args if g.role == "award"] for e in typed(b, "career.win")] == [["a gold medal"]]


def test_a_release_told_again_by_a_pronoun_or_description_is_no_second_release() -> None:
    a = run("Ada Quist released her second album, \"Low Harbour\", on Friday. It came out on Gullwing Records, the small "
            "Leeds label.")
    assert [(e.time, [g.text for g in e.args if g.role == "work"]) for e in typed(a, "career.release")] == \
        [("2024-05-03", ["Low Harbour"])]
    b = run("Tomas Brill released \"Dry Season\" in March. The record, which came out on the independent label Marrow "
            "Sound, is his first since 2019.")
    assert [e.time for e in typed(b, "career.release")] == ["2024-03"]


def test_a_release_told_only_by_a_pronoun_stays() -> None:
    a = run("It came out on Gullwing Records, the small Leeds label.")
    assert role_texts(a, "career.release", "agent") == [["Gullwing Records"]]


def test_a_claim_dismissed_is_no_dismissal_of_the_one_who_dismisses_it() -> None:
    # "dismiss" of what is said (its relative clause's or participle's noun): no career.fire, no post for its "as" phrase
    a = run("The Daily Post reported that the two candidates were level, a claim the party's spokesman, Ivo Brand, "
            "dismissed as \"wishful thinking\".")
    assert typed(a, "career.fire") == [], [(e.type, e.lemma) for e in a.events]
    assert not [f for f in a.facts if f.value == "wishful thinking"]
    for text in ("Reports that he would quit were denied, a story Ivo Brand's lawyer, Ada Rusk, dismissed as total nonsense.",
                 "The club sacked its coach on Friday, a decision the captain, Ada Rusk, dismissed as madness."):
        assert [e.lemma for e in typed(run(text), "career.fire") if e.lemma == "dismiss"] == [], text


def test_a_person_dismissed_stays_a_dismissal() -> None:
    a = run("Harlow United dismissed their manager, Ivo Brand, on Monday.")
    assert [(e.time, [g.text for g in e.args if g.role == "patient"]) for e in typed(a, "career.fire")] == [("2024-05-06", ["Ivo Brand"])]
    b = run("Harlow United confirmed the news on Monday, having dismissed their manager, Ivo Brand, a week after the defeat.")
    assert role_texts(b, "career.fire", "patient") == [["Ivo Brand"]]
