"""Session 40: validity intervals of facts otherwise right, third pass (a start not given to a post over
before it, a dated end replacing a "former", the post itself left, a post and the higher one taken later,
a child had and told born), as small invented articles through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair, jobs, posts


def test_a_post_held_since_a_date_is_not_one_over_before_that_date() -> None:
    a = run("Chairman to step down\n\nThe chairman of Tolland Foods, Victor Lane, will step down in June, the company said on "
            "Monday. Lane has chaired the board since 2014. He was chief executive of Marden Water until 2013.")
    assert posts(a, "Victor Lane")["chief executive"] == ("Marden Water", None, "2013")
    assert jobs(a, "Victor Lane")["Marden Water"] == (None, "2013")
    b = run("Regulator\n\nRuth Vale, the chair of the water regulator Ofwell, has led the board since 2019. "
            "Vale was finance director of Kelby Gas until 2017.")
    assert posts(b, "Ruth Vale")["finance director"][1:] == (None, "2017")
    # a post over only after the start is still the one held then
    c = run("Bank chief quits\n\nTom Reid resigned as chief executive of Harlow Bank on Monday. Reid, who took over in 2015, "
            "said he was proud of his record.")
    assert posts(c, "Tom Reid")["chief executive"][1:] == ("2015", "2024-05-06")


def test_a_dated_end_told_later_replaces_the_end_a_former_only_placed_before_now() -> None:
    a = run("Ex-minister's new job\n\nThe former health minister Ruth Akande has joined the drugmaker Pellix as an adviser. "
            "Akande, who was health minister until 2022, said she was delighted.")
    assert posts(a, "Ruth Akande")["health minister"][1:] == (None, "2022")
    b = run("Bank\n\nThe ex-chairman of Harlow Bank, Paul Hendry, has joined Kelby Capital. Hendry was chairman of Harlow Bank "
            "until 2021.")
    assert posts(b, "Paul Hendry")["chairman"] == ("Harlow Bank", None, "2021")
    # a "former" post with no end told stays over, its end unknown
    c = run("Ex-minister's new job\n\nThe former health minister Ruth Akande has joined the drugmaker Pellix as an adviser.")
    assert posts(c, "Ruth Akande")["health minister"][2] == "PAST_REF"


def test_leaving_office_ends_the_post_told_not_the_job_held_now() -> None:
    a = run("Trade pact signed\n\nThe pact was first proposed by the then-president, Arturo Velez, in 2016. Velez, who left "
            "office in 2020, now teaches at Corlan University.")
    assert posts(a, "Arturo Velez")["president"][2] == "2020"
    assert jobs(a, "Arturo Velez")["Corlan University"] == (None, None)
    assert event_names(a, "career.resign", "organization") == [None]
    b = run("Lecture\n\nThe former prime minister Hanna Berg will speak at Kelby University, where she lectures on law. "
            "Berg, who stood down from the post in 2019, said she missed politics.")
    assert posts(b, "Hanna Berg")["prime minister"][2] == "2019"
    assert jobs(b, "Hanna Berg")["Kelby University"][1] is None
    # leaving the job with no post told elsewhere: the body worked at is the one left
    c = run("Nurse quits\n\nOrla Finch joined Hale Hospital in 2011. Finch, who left the job in March, said she was exhausted.")
    assert jobs(c, "Orla Finch")["Hale Hospital"] == ("2011", "2024-03")


def test_a_post_taken_and_the_higher_post_taken_later_are_two_posts() -> None:
    a = run("Nurse honoured\n\nOrla Finch, the chief nurse of Hale Hospital, was made an MBE on Friday. Finch joined the "
            "hospital as a nurse in 2011 and became chief nurse in 2019.")
    assert posts(a, "Orla Finch")["chief nurse"] == ("Hale Hospital", "2019", None)
    assert posts(a, "Orla Finch")["nurse"] == ("Hale Hospital", "2011", "2019")
    b = run("Editor\n\nSam Hale joined the Kelby Post as an editor in 2005 and was named its managing editor in 2015. "
            "Hale said the paper would survive.")
    assert posts(b, "Sam Hale")["managing editor"][1:] == ("2015", None)
    assert posts(b, "Sam Hale")["editor"][1:] == ("2005", "2015")
    # one post told twice, dated once, stays one
    c = run("Minister\n\nAziz Karim was appointed health minister in 2020. The minister said waiting lists would fall.")
    assert posts(c, "Aziz Karim") == {"health minister": (None, "2020", None)}


def test_a_child_had_and_told_born_beside_is_dated_by_the_birth() -> None:
    a = run("Chef's cafe\n\nThe chef Tom Quayle and his wife, Rhea Quayle, have opened a cafe. The couple have a daughter, "
            "Lily, born in 2016. Quayle said the cafe was Lily's idea.")
    assert facts_by_pair(a, "parent")[("Tom Quayle", "Lily")] == ("2016", None)
    assert facts_by_pair(a, "parent")[("Rhea Quayle", "Lily")] == ("2016", None)
    b = run("Chef\n\nThe chef Tom Quayle has opened a cafe. He has a daughter, Lily, born in 2016, and a son, Max.")
    assert facts_by_pair(b, "parent")[("Tom Quayle", "Lily")] == ("2016", None)
    assert facts_by_pair(b, "parent")[("Tom Quayle", "Max")] == (None, None)
    # having a child, no birth told: a state, undated
    c = run("Chef\n\nThe chef Tom Quayle married Rhea Pell in 2009. The couple have a daughter, Lily.")
    assert facts_by_pair(c, "parent")[("Tom Quayle", "Lily")] == (None, None)


def test_a_leaving_told_in_the_present_progressive_is_still_to_come() -> None:
    a = run("Bank names chairman\n\nMarlow Bank has named Helen Shaw as its chairman. Shaw will take up the post in July. "
            "She replaces Peter Gale, who has been chairman since 2016 and is retiring.")
    assert posts(a, "Peter Gale")["chairman"][1:] == ("2016", None)
    b = run("Head to go\n\nThe head teacher of Kelby Academy, Joan Pryce, who is stepping down, has led the school since 2011.")
    assert posts(b, "Joan Pryce")["head teacher"][1:] == ("Kelby Academy", "2011", None)[1:]
    # a leaving told in the simple past, undated, is over
    c = run("Bank\n\nMarlow Bank has named Helen Shaw as its chairman. She replaces Peter Gale, who has been chairman since 2016 "
            "and retired.")
    assert posts(c, "Peter Gale")["chairman"][2] == "PAST_REF"


def test_a_dated_leaving_of_the_body_dates_the_end_of_the_one_post_a_former_placed_there() -> None:
    a = run("Club\n\nThe former Kelby Town manager Ian Bell has joined Dunmere Rovers as a coach. Bell was sacked by Kelby Town "
            "in 2021.")
    assert posts(a, "Ian Bell")["manager"] == ("Kelby Town", None, "2021")
    b = run("Council\n\nPatel has led Kelby Council since March 2023, when Gary Booth quit. Booth had been chief executive "
            "since 2015.")
    assert posts(b, "Gary Booth")["chief executive"] == ("Kelby Council", "2015", "2023-03")



def test_winning_the_post_itself_dates_the_one_post_held() -> None:
    a = run("Union leader re-elected\n\nSandra Okoye has been re-elected general secretary of the Kelby Teachers' Union. "
            "Okoye, who first won the post in 2016, took 61% of the vote.")
    assert posts(a, "Sandra Okoye")["general secretary"][1:] == ("2016", None)
    b = run("Mayor\n\nThe mayor of Kelby, Jon Pike, won the job in 2019 after a close race. Pike said he would stand again.")
    assert posts(b, "Jon Pike")["mayor"][1:] == ("2019", None)
    # "won a job": another one, perhaps
    c = run("Mayor\n\nThe mayor of Kelby, Jon Pike, won a job at the council in 2019.")
    assert posts(c, "Jon Pike")["mayor"][1] is None


def test_a_post_told_whole_with_its_stretch_in_the_simple_past_is_over() -> None:
    a = run("Union\n\nSandra Okoye leads the Kelby Teachers' Union. She was a teacher in Dunmere for 15 years.")
    assert posts(a, "Sandra Okoye")["teacher"][2] == "PAST_REF"
    b = run("Club\n\nIan Bell has joined Dunmere Rovers as a coach. Bell was manager of Kelby Town for a decade.")
    assert posts(b, "Ian Bell")["manager"] == ("Kelby Town", None, "PAST_REF")
    # a stretch still running ("has been ... for a decade"), or one whose end is told, keeps what it says
    c = run("Club\n\nIan Bell has been manager of Kelby Town for a decade.")
    assert posts(c, "Ian Bell")["manager"][2] is None
    d = run("Club\n\nIan Bell was manager of Kelby Town for a decade until 2019.")
    assert posts(d, "Ian Bell")["manager"][2] == "2019"
