"""Session 44: arts and awards events -- invented paraphrases (a headline's passive before its prize, a stage work
debuted, a film's debut feature released, an op-ed's outlet, a list of nominees) through the real pipeline, with the near
misses each rule must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, typed


def test_a_headline_participle_before_its_prize_is_a_passive_nomination() -> None:
    # "X nominated for Y": the auxiliary dropped, the one nominated is the subject (no one nominates)
    a = run("Orla Quennell nominated for Brackwater Prize. The painter was praised by the jury.")
    assert_event(a, "career.nominate", {"patient": "Orla Quennell"})
    assert event_names(a, "career.nominate", "agent") == [None]


def test_a_shortlisting_headline_line_is_a_passive_too() -> None:
    a = run("Harriet Coldwell shortlisted for Ormond Prize\n\nThe poet learned of it on Monday.")
    assert_event(a, "career.nominate", {"patient": "Harriet Coldwell"})
    assert event_names(a, "career.nominate", "agent") == [None]


def test_a_nominator_with_an_object_stays_the_agent() -> None:
    a = run("The academy nominated Orla Quennell for best director on Tuesday.")
    assert_event(a, "career.nominate", {"patient": "Orla Quennell"})
    assert event_names(a, "career.nominate", "agent") != ["Orla Quennell"]


def test_voting_for_someone_is_no_passive() -> None:
    a = run("Delia Forsythe voted for the motion on Tuesday.")
    assert_no_event(a, "career.nominate")


def test_a_company_debuting_a_stage_work_premieres_it() -> None:
    a = run("The Harrowgate Players debuted the musical Copper Sky at the Lindell Theatre on Friday.")
    assert_event(a, "career.premiere", {"work": "Copper Sky", "place": "Lindell Theatre"})
    assert_no_event(a, "business.launch")
    assert [e.time for e in typed(a, "career.premiere")] == ["2024-05-03"]


def test_a_firm_debuting_a_phone_still_launches_it() -> None:
    a = run("Kestrel Mobile debuted its new Arrow phone in Berlin on Friday.")
    assert_no_event(a, "career.premiere")


def test_a_studio_releasing_a_debut_feature_releases_a_film() -> None:
    a = run("Brightmoor Pictures will release Tomasz Lendl's debut feature, Iron Coast, in June.")
    assert_event(a, "career.release", {"work": "Iron Coast"})
    assert_no_event(a, "business.launch")


def test_a_firm_releasing_a_feature_of_its_app_still_launches_it() -> None:
    a = run("Quillon Software released a new feature for its banking app on Monday.")
    assert_no_event(a, "career.release")


def test_writing_for_an_outlet_publishes_there() -> None:
    a = run("Governor Hester Vale wrote in a column for the Marrick Courier on Sunday that the budget was fair.")
    assert_event(a, "report.publish", {"agent": "Hester Vale", "organization": "Marrick Courier"})
    a = run("The economist Pilar Oyelowo wrote for the Ledgerton Herald on Friday that rates would fall.")
    assert_event(a, "report.publish", {"agent": "Pilar Oyelowo", "organization": "Ledgerton Herald"})


def test_the_people_a_list_of_nominees_includes_are_nominated() -> None:
    a = run("This year's nominees include Bram Ostrander and the singer Kalinda Reyes.")
    assert_event(a, "career.nominate", {"patient": "Bram Ostrander"})


def test_what_a_list_of_goals_includes_is_no_nomination() -> None:
    assert_no_event(run("The club's goals include a new stadium and a youth academy."), "career.nominate")


def test_having_a_work_out_releases_it_then() -> None:
    a = run("Lena Ostrova has a new single, Paper Tigers, out on Friday.")
    assert_event(a, "career.release", {"agent": "Lena Ostrova", "work": "Paper Tigers"})
    assert [e.time for e in typed(a, "career.release")] == ["2024-05-10"]


def test_having_a_book_out_publishes_it() -> None:
    a = run("Tobias Renwick has a new memoir out next month.")
    assert_event(a, "report.publish", {"agent": "Tobias Renwick"})
    assert [e.time for e in typed(a, "report.publish")] == ["2024-06"]


def test_having_something_else_out_is_no_release() -> None:
    a = run("Tobias Renwick had his tonsils out last year.")
    assert_no_event(a, "career.release")
    assert_no_event(a, "report.publish")
