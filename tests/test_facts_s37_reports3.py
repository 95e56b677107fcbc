"""Session 37: interviews and sightings told in phrasings no fixture had tried (invented sentences through the real
pipeline), each general gap with two wordings or more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, typed


def test_an_issue_or_edition_of_an_outlet_told_is_an_interview() -> None:
    # "told Vogue's May issue", "told the paper's weekend edition": the outlet named by the number it printed
    a = run("Lola Brenner told Vogue's May issue that she had found peace.")
    assert_event(a, "report.interview", {"agent": "Lola Brenner"})
    b = run("Tom Hale told the Sunday magazine's summer edition that he had been broke for years.")
    assert_event(b, "report.interview", {"agent": "Tom Hale"})
    # ... not her staff or reporters
    assert typed(run("Lola Brenner told her staff on Tuesday that she had found peace."), "report.interview") == []


def test_a_foreign_paper_named_with_its_article_is_an_outlet() -> None:
    # "told Der Spiegel", "told El Mundo": the NER takes the name for a person's
    a = run("Edda Rask told Der Spiegel last week that she would leave politics.")
    assert_event(a, "report.interview", {"agent": "Edda Rask", "outlet": "Der Spiegel"})
    assert [e.time for e in typed(a, "report.interview")] == ["2024-W18"]
    b = run("Pablo Ferrer told El País on Sunday that he would not stand again.")
    assert_event(b, "report.interview", {"agent": "Pablo Ferrer", "outlet": "El País"})


def test_an_outlet_known_by_one_word_or_a_station_is_an_outlet() -> None:
    # "told Bloomberg", "told Variety", "told Tressingham Sound", "told Kerry FM": names the NER takes for a person's
    a = run("Ilse Brand told Bloomberg on Tuesday that the bank would cut jobs.")
    assert_event(a, "report.interview", {"agent": "Ilse Brand", "outlet": "Bloomberg"})
    b = run("Nigel Strathairn, 61, told Tressingham Sound on Wednesday that he wished his deputy well.")
    assert_event(b, "report.interview", {"agent": "Nigel Strathairn", "outlet": "Tressingham Sound"})
    c = run("Kai Brennan told Variety that the band had split.")
    assert_event(c, "report.interview", {"agent": "Kai Brennan", "outlet": "Variety"})
    # ... a person told is no outlet
    assert typed(run("Ilse Brand told Tom Price on Tuesday that the bank would cut jobs."), "report.interview") == []


def test_seen_by_many_or_by_critics_as_is_no_sighting() -> None:
    # "was seen by many as the heir", "seen by critics as": thought of, not sighted
    assert typed(run("Tom Price was seen by many as the natural successor."), "report.seen") == []
    assert typed(run("Ada Lorne was seen by critics as too cautious."), "report.seen") == []
    assert typed(run("Ada Lorne is seen by some as a future leader."), "report.seen") == []
    # ... seen by fans in a street is a sighting
    assert_event(run("Ada Lorne was seen by fans in Soho on Tuesday."), "report.seen", {"patient": "Ada Lorne"})


def test_a_date_between_the_telling_and_its_bare_clause_dates_the_telling() -> None:
    # "told Radio Tirol on Friday she would not run": the parser hangs the date on the clause told (no "that"); it stands
    # before that clause's subject, so it is the telling's (and not a coming Friday's)
    a = run("Hana Sato told Radio Tirol on Friday she would not run.")
    assert [e.time for e in typed(a, "report.interview")] == ["2024-05-03"]
    b = run("Ilse Brand told the Harwick Post on Tuesday she had resigned.")
    assert [e.time for e in typed(b, "report.interview")] == ["2024-04-30"]
    # ... the parser's other readings of the clause: an xcomp ("he was leaving"), an advcl ("he would stand"), a bare "last month"
    c = run("Gus Harlan told the Ledger on Thursday he was leaving the club.")
    assert [e.time for e in typed(c, "report.interview")] == ["2024-05-02"]
    d = run("Kian Moss told Kerry FM on Friday he would stand again.")
    assert [e.time for e in typed(d, "report.interview")] == ["2024-05-03"]
    g = run("Vera Lind told Radio Nova last month she had been offered the job.")
    assert [e.time for e in typed(g, "report.interview")] == ["2024-04"]
    # ... after "that" it is the clause's own: "told the Post that on Friday she would resign"
    f = run("Ilse Brand told the Harwick Post that on Friday she would step down.")
    assert [e.time for e in typed(f, "report.interview")] == [None]
    assert [e.time for e in typed(f, "career.resign")] == ["2024-05-10"]


def test_a_bare_pictured_set_off_by_commas_is_a_caption() -> None:
    # "X, pictured, joined the firm in 2019", "X, photographed, ...": the page's picture, no sighting
    assert typed(run("Ada Lorne, pictured, joined the firm in 2019."), "report.seen") == []
    assert typed(run("The new chief executive, Tom Price, pictured, starts on Monday."), "report.seen") == []
    # ... pictured somewhere on a day is one
    a = run("Ada Lorne, pictured in Paris on Friday, looked relaxed.")
    assert_event(a, "report.seen", {"patient": "Ada Lorne"})
