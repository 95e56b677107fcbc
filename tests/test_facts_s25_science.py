"""Phrasings found in session 25 (universities, science prizes, start-ups, health bodies), each as an
invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair


def _posts(a, person: str) -> dict[str, tuple[str | None, str | None]]:  # noqa: ANN001
    """The role facts of one person: title -> (valid from, valid to)."""
    return {f.value: (f.valid_from, f.valid_to) for f in a.facts if f.relation == "role" and a.entity(f.subject).name == person}


BOARD_STORY = ("The chief executive of the Oxbury Water Board, Dr Piet Lamond, resigned on Monday, days after a review of the "
               "Tolland Clinic and the Brisk Institute. The board's chair, Ann Voss, said the board had accepted the review. "
               "On Tuesday it named its finance director, Dr Hilde Varro, as interim chief executive. "
               "Varro, who joined the board from Pellham Council in 2015, said she was ready. "
               "Brisk Pharma, which was bought by Hollin Group last year, said nothing.")


def test_it_naming_an_officer_is_the_body_in_view() -> None:
    # the story goes on about another company: "it" must be found by the sentence, not by the article's topic
    a = run("The chief executive of the Oxbury Water Board, Dr Piet Lamond, resigned on Monday. The board's chair, Ann Voss, "
            "said the board had accepted the review. On Tuesday it named its finance director, Dr Hilde Varro, as interim "
            "chief executive. Separately, Brisk Pharma said it would open a plant. Brisk Pharma, which was bought by "
            "Hollin Group last year, employs 300 people. Brisk was founded in 2015.", "2024-05-08")
    assert event_names(a, "career.appoint", "agent") == ["Oxbury Water Board"]
    assert _posts(a, "Hilde Varro")["chief executive"] == ("2024-05-07", None)


def test_joining_a_body_named_board_is_a_hiring_there() -> None:
    # "the board" is the Oxbury Water Board itself: an organisation joined, not a seat on some company's board
    a = run(BOARD_STORY, "2024-05-08")
    assert event_names(a, "career.hire", "organization") == ["Oxbury Water Board"]
    assert facts_by_pair(a, "employee")[("Hilde Varro", "Oxbury Water Board")] == ("2015", None)
    assert ("Hilde Varro", "Oxbury Water Board") not in facts_by_pair(a, "member")


def test_joining_a_company_board_stays_an_appointment() -> None:
    a = run("Carrowby Bank said profits rose. Rolf Dane joined the board in 2015.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Rolf Dane"]
    assert not [e for e in a.events if e.type == "career.hire"]


def test_a_post_left_only_after_the_article_date_is_still_held() -> None:
    # the README: a chief executive who "will retire at the end of June" keeps an open end
    a = run("Prof Edwin Harrowgate, 61, will step down as vice-chancellor of Stourwick University in September "
            "after ten years in the post.", "2024-05-08")
    assert _posts(a, "Edwin Harrowgate")["vice-chancellor"] == ("2014", None)
    assert facts_by_pair(a, "employee")[("Edwin Harrowgate", "Stourwick University")] == ("2014", None)
    a = run("Prof Edwin Harrowgate, 61, stepped down as vice-chancellor of Stourwick University in March "
            "after ten years in the post.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Edwin Harrowgate", "Stourwick University")] == ("2014", "2024-03")


def test_a_successor_named_before_the_predecessor_retires_leaves_the_post_open() -> None:
    a = run("Oxvale University has chosen Dr Mira Castell as its next rector. She succeeds Prof Leon Dabrowski, "
            "who is retiring in the summer after 12 years in charge.", "2024-05-08")
    assert _posts(a, "Leon Dabrowski")["rector"] == ("2012", None)


def test_the_company_far_from_any_firm_is_the_one_the_story_is_about() -> None:
    a = run("Quarrow raises £8m for farm drones\n\nQuarrow, a start-up that makes crop-spraying drones, said on Monday that it "
            "had raised £8 million. The drones are used by 40 farmers. They cost £900 each. Sales doubled last year, helped "
            "by a dry summer. The company's finance director, Ola Brandt, said the money would pay for new staff.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Ola Brandt", "Quarrow")] == (None, None)


def test_the_new_chief_who_joins_from_elsewhere_is_hired_by_the_company_of_the_post() -> None:
    # "The company's new finance chief is X, who joins from Y": a hiring by the company, with the post told
    a = run("Hallam Tools said on Monday that profits rose. The company's new finance chief is Ola Brandt, who joins from "
            "Vexa Bank, where she ran the audit team.", "2024-05-08")
    assert event_names(a, "career.hire", "organization") == ["Hallam Tools"]
    assert [x.text for e in a.events if e.type == "career.hire" for x in e.args if x.role == "role"] == ["new finance chief"]
    assert _posts(a, "Ola Brandt") == {"finance chief": (None, None)}
    # the body left is never the one joined ("its" read as the bank)
    a = run("Hallam Tools said on Monday that profits rose. Ola Brandt, who joined from Vexa Bank in May, is its finance chief.",
            "2024-05-08")
    assert "Vexa Bank" not in event_names(a, "career.hire", "organization")


def test_a_university_called_by_its_town_alone_is_the_university_named_first() -> None:
    # "Oxvale" stands for the University of Oxvale, named before it, not for the Oxvale Gazette named only later
    a = run("Oxvale picks Harnley dean as its next rector\n\nThe University of Oxvale has chosen Dr Mira Castell as its next "
            "rector. She succeeds Prof Leon Dabrowski, who joined Oxvale from the University of Esk in 2012. Castell told "
            "the Oxvale Gazette on Monday that she was pleased.", "2024-05-08")
    assert event_names(a, "career.hire", "organization") == ["University of Oxvale"]
    assert facts_by_pair(a, "employee")[("Leon Dabrowski", "University of Oxvale")][0] == "2012"
