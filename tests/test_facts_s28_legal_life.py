"""Interviews (and the names their speakers and outlets go by) whose phrasings recur across the development
articles (session 28, second round), each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, entity_types, event_names, typed


def test_a_paper_named_for_a_weekday_is_an_outlet_not_an_event_or_a_date() -> None:
    # "told the Sunday Argent": NER's EVENT, and the weekday no date of the interview
    a = run("The firm's founder, Ilse Marrow-Dent, told the Sunday Argent that the company was worth far more.", "2024-05-08")
    assert entity_types(a).get("Sunday Argent") == "ORG"
    assert_event(a, "report.interview", {"agent": "Ilse Marrow-Dent", "outlet": "Sunday Argent"})
    assert [e.time for e in typed(a, "report.interview")] == [None]
    # the paper as the subject, then told again: no date from its name either
    b = run("The Saturday Clarion reported that Tove Brask would stand down. Brask told the Saturday Clarion she was tired.",
            "2024-05-08")
    assert entity_types(b).get("Saturday Clarion") == "ORG"
    assert_event(b, "report.interview", {"agent": "Tove Brask", "outlet": "Saturday Clarion"})
    assert all(e.time is None for e in typed(b, "report.interview"))


def test_a_nationality_noun_after_the_is_no_given_name() -> None:
    # "the Dane Anders Kvist": Dane, Scot and Finn are given names too, but not after "the"
    a = run("Kenji Sato won on Sunday, beating the Dane Mikkel Orsted in a play-off. "
            '"I will sleep badly tonight," Orsted told the broadcaster TV Fyn.', "2024-05-08")
    assert "Mikkel Orsted" in entity_types(a) and "Dane Mikkel Orsted" not in entity_types(a)
    assert_event(a, "report.interview", {"agent": "Mikkel Orsted"})
    b = run("The Scot Callum Breck, 29, finished third, and the Finn Aatu Lehtola was fourth.", "2024-05-08")
    names = entity_types(b)
    assert names.get("Callum Breck") == "PERSON" and names.get("Aatu Lehtola") == "PERSON"
    assert not any(n.startswith(("Scot ", "Finn ")) for n in names)


def test_a_speech_verb_is_no_part_of_its_subjects_name() -> None:
    # '..., " Wibisono told Elan Magazine': NER took "Wibisono told" for a title
    text = ("Anouk Wibisono, 41, married the chef last year. They met at a friend's wedding. "
            '"I was not looking for anyone. I had a small son, a divorce behind me and a film to finish," '
            "Wibisono told Elan Magazine in an interview published on Monday.")
    a = run(text, "2024-05-08")
    assert not any("told" in n for n in entity_types(a))
    assert_event(a, "report.interview", {"agent": "Anouk Wibisono", "outlet": "Elan Magazine"})


def test_a_speaker_set_off_by_commas_after_a_quote_gives_the_interview() -> None:
    # the parser hangs "the lawyer, X," on the quote and leaves "told" with no subject
    a = run('"This is not about one artist," Seo\'s lawyer, Adriana Pellegrini, told the trade magazine GameBeat.', "2024-05-08")
    assert_event(a, "report.interview", {"agent": "Adriana Pellegrini", "outlet": "GameBeat"})
    # a clause before the speech verb ("... were false, X's publicist, Y, told Z"): Y speaks, the reports do not,
    # and the time told in the clause ("last month") is not the interview's
    b = run("Reports last month that the pair had split after a row at a party were false, Dunne's publicist, Orla Kearns, "
            "told the Irish Independent.", "2024-05-08")
    assert event_names(b, "report.interview", "agent") == ["Orla Kearns"]
    assert [e.time for e in typed(b, "report.interview")] == [None]
    # the company's founder after a quote
    c = run('"We are not selling," the company\'s founder, Ottilie Brannagh-Voss, told the Evening Courier.', "2024-05-08")
    assert_event(c, "report.interview", {"agent": "Ottilie Brannagh-Voss", "outlet": "Evening Courier"})


def test_people_counted_then_named_are_the_named_peoples_charges() -> None:
    # "Two men have been charged ... X was charged ... Y was charged ...": no third charge of "two men"
    a = run("Two men have been charged with burglary after a raid on a shop in Halverton, police said on Friday. "
            "Piotr Kadlec, 34, of Elm Road, was charged on Wednesday with burglary. "
            "Sean Morrow, 29, who drove the van, was charged with handling stolen goods.", "2024-05-08")
    assert sorted(n for n in event_names(a, "legal.charge", "patient") if n) == ["Piotr Kadlec", "Sean Morrow"]
    assert all(any(g.entity for g in e.args if g.role == "patient") for e in typed(a, "legal.charge"))
    # convictions, the named ones first told together with "They"
    b = run("Two contractors were convicted of bribery at Lowmere Crown Court. Dana Frewin and Olek Hurst were "
            "convicted on Monday after a six-week trial.", "2024-05-08")
    assert all(any(g.entity for g in e.args if g.role == "patient") for e in typed(b, "legal.convict"))
    assert_event(b, "legal.convict", {"patient": "Dana Frewin"})
    # counted and never named: the counted people's charge stays
    c = run("Two men were charged with arson in Halverton on Monday. Police have not named them.", "2024-05-08")
    assert [g.text for e in typed(c, "legal.charge") for g in e.args if g.role == "patient"] == ["Two men"]


def test_a_perfect_court_step_reported_on_a_day_is_not_dated_by_the_report() -> None:
    # "have been charged ..., police said on Friday": charged by then, on a day the sentence does not tell
    a = run("Two men have been charged with robbery after a raid in Halverton, police said on Friday.", "2024-05-08")
    assert [e.time for e in typed(a, "legal.charge")] == [None]
    b = run("Mara Lindqvist has been arrested on suspicion of fraud, the force said yesterday.", "2024-05-08")
    assert [e.time for e in typed(b, "legal.arrest")] == [None]
    # a simple past keeps the report's day when it has none of its own ("was charged, police said on Friday")
    c = run("A 31-year-old man was charged with murder, police said on Friday.", "2024-05-08")
    assert [e.time for e in typed(c, "legal.charge")] == ["2024-05-03"]
