"""Names the recognizer misses or mistypes in an event's slot (session 36): invented sentences through the real pipeline,
each a name whose type the event's frame tells -- the subject of "raised £4m" is a firm, the name after "filed for divorce
from" a person, what "was first staged" a work, who a play "was written by" a person -- with ordinary people, places and
sums kept as they were."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_the_subject_of_a_raised_round_is_a_firm() -> None:
    # "Ledgerly raised £4m from investors" (missed: a one-word name no dictionary has, read as nothing)
    a = run("Markets were quiet. Ledgerly raised £4m from investors on Monday.")
    assert _types_of(a, "Ledgerly") == ["ORG"]
    b = run("Markets were quiet. Brackenly has secured £6m in seed funding.")
    assert _types_of(b, "Brackenly") == ["ORG"]
    c = run("Markets were quiet. Fintrove, which was founded in 2019, has raised £8m.")
    assert _types_of(c, "Fintrove") == ["ORG"]
    assert_event(c, "business.invest", {"target": "Fintrove"})


def test_people_and_other_raisings_stay_as_they_were() -> None:
    a = run("Markets were quiet. Tom Hale raised £2m from investors.")
    assert _types_of(a, "Tom Hale") == ["PERSON"]
    b = run("Markets were quiet. Pellworth raised prices by 4% in March.")
    assert _types_of(b, "Pellworth") != ["ORG"]
    c = run("Markets were quiet. Analysts raised their forecasts on Monday.")
    assert [e.name for e in c.entities] == []


def test_the_partner_after_filed_for_divorce_from_is_a_person() -> None:
    # "filed for divorce from Keir Dalton" (typed a place: "from" hangs on "filed", not on "divorce")
    a = run("Film news. Mara Quist filed for divorce from Keir Dalton in March.")
    assert _types_of(a, "Keir Dalton") == ["PERSON"]
    assert_event(a, "life.divorce", {"agent": "Mara Quist", "partner": "Keir Dalton"})
    b = run("Film news. Mara Quist has sought a divorce from Orin Hadley.")
    assert _types_of(b, "Orin Hadley") == ["PERSON"]
    c = run("Film news. Mara Quist moved from Keir Dalton to Leeds.")
    assert _types_of(c, "Keir Dalton") != ["PERSON"]  # (no partner word: the recognizer's place)


def test_a_title_first_staged_is_a_work_whatever_first_name_opens_it() -> None:
    # "Night Birds was first staged at the Abbey Theatre" (typed a person: "Night" is a first name too)
    a = run("Film news. Night Birds was first staged at the Abbey Theatre in 2012.")
    assert _types_of(a, "Night Birds") == ["WORK"]
    assert_event(a, "career.premiere", {"work": "Night Birds"})
    b = run("Film news. Grace Notes was first performed in Leeds in 1998.")
    assert _types_of(b, "Grace Notes") == ["WORK"]
    c = run("Film news. Rose Tierney was first elected in 2010.")
    assert _types_of(c, "Rose Tierney") == ["PERSON"]


def test_whom_a_work_was_written_or_directed_by_is_a_person() -> None:
    # "was written by Ines Ardent" (typed a firm: "Ardent" is a dictionary word)
    a = run("Film news. The play was written by Ines Ardent and premiered in 2014.")
    assert _types_of(a, "Ines Ardent") == ["PERSON"]
    b = run("Film news. The film, directed by Corin Sallow, opens on Friday.")
    assert _types_of(b, "Corin Sallow") == ["PERSON"]
    c = run("Film news. The mural was painted by Ivo Brandt in 1998.")
    assert _types_of(c, "Ivo Brandt") == ["PERSON"]
    d = run("Film news. The report was written by Deloitte Consulting.")
    assert _types_of(d, "Deloitte Consulting") == ["ORG"]


def test_the_subject_that_lays_off_workers_or_cuts_roles_is_a_firm() -> None:
    # "Tarn Air will shed 150 employees", "Swiftcart ... has laid off 80 workers" (missed: "workers", "employees" were no firm's objects)
    a = run("Markets were quiet. Tarn Air will shed 150 employees.")
    assert _types_of(a, "Tarn Air") == ["ORG"]
    assert_event(a, "business.layoff", {"agent": "Tarn Air"})
    b = run("Markets were quiet. Swiftcart, the delivery app, has laid off 80 workers.")
    assert _types_of(b, "Swiftcart") == ["ORG"]
    c = run("Markets were quiet. Analysts said the firm would shed 80 workers.")
    assert [e.name for e in c.entities] == []


def test_a_region_a_place_lies_in_is_a_place_though_a_first_name() -> None:
    # "a village in Kent", "born in Sallowmead, Devon," (typed people: "Kent" and "Devon" are first names too)
    a = run("Travel news. She grew up in Tarrowby, a village in Kent.")
    assert _types_of(a, "Kent") == ["GPE"]
    b = run("Film news. Ines Ardent was born in Sallowmead, Devon, in 1970.")
    assert _types_of(b, "Devon") == ["GPE"]
    assert _types_of(b, "Ines Ardent") == ["PERSON"]
    c = run("Film news. She met her husband Kent in a bar in Leeds.")
    assert _types_of(c, "Kent") == ["PERSON"]
    d = run("Film news. The town, Kent said, was quiet.")
    assert _types_of(d, "Kent") == ["PERSON"]


def test_a_model_described_as_a_van_or_a_motorcycle_is_a_product() -> None:
    # "the Vantage E5, an electric van," (typed a firm: "van" was no product noun)
    a = run("Tech news. Sarn Group launched the Vantage E5, an electric van, in March.")
    assert _types_of(a, "Vantage E5") == ["PRODUCT"]
    assert_event(a, "business.launch", {"agent": "Sarn Group", "work": "Vantage E5"})
    b = run("Tech news. Sarn Group recalled the Drover Cargo, a diesel van, in May.")
    assert _types_of(b, "Drover Cargo") == ["PRODUCT"]
    c = run("Tech news. The Corsa Blade, a new motorcycle, goes on sale in June.")
    assert _types_of(c, "Corsa Blade") == ["PRODUCT"]
