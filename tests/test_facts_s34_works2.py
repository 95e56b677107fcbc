"""Session 34: works put out and shown (premieres, releases, collaborations) told in phrasings no fixture tested:
invented sentences through the real pipeline, each general gap with two wordings or more and the near miss it must
not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, entity_types


def test_the_subject_only_a_work_can_be_is_a_title() -> None:
    # "X will premiere at Y", "X opens in cinemas", "X was released through Y Records", "X was screened at the
    # festival": NER makes the invented title a place, a firm or a person
    a = run("Hollow Bay will premiere at the Berlin film festival next month.")
    assert entity_types(a)["Hollow Bay"] == "WORK"
    assert_event(a, "career.premiere", {"work": "Hollow Bay"})
    assert entity_types(run("The Quiet Ferry opens in cinemas across Britain on Friday."))["Quiet Ferry"] == "WORK"
    a = run("Grey Harbour was released through Fenwick Records in 2018.")
    assert entity_types(a)["Grey Harbour"] == "WORK"
    assert_event(a, "career.release", {"work": "Grey Harbour", "agent": "Fenwick Records"})
    # ... a player released by a club, a person premiering a film, a shop opening in a town stay what they are
    a = run("Tom Baird was released by Harwick Rovers in June.")
    assert entity_types(a)["Tom Baird"] == "PERSON"
    assert_no_event(a, "career.release")
    assert entity_types(run("Silver Gate opened in Leeds in 2019."))["Silver Gate"] != "WORK"


def test_a_label_one_releases_through_puts_the_work_out() -> None:
    a = run("The band released Iron Choirs through Saltgrass Records in 2010.")
    assert_event(a, "career.release", {"work": "Iron Choirs", "agent": "Saltgrass Records"})


def test_shown_for_the_first_time_is_a_premiere() -> None:
    # "was screened / shown for the first time" as "was first screened"; not "for the last time"
    assert_event(run("Blue Acre was screened at the festival for the first time on Sunday."), "career.premiere", {"work": "Blue Acre"})
    assert_event(run("Blue Acre, directed by Ilse Varga, was shown for the first time in Toronto in 2019."), "career.premiere",
                 {"work": "Blue Acre"})
    assert_no_event(run("Blue Acre, directed by Ilse Varga, was shown for the last time in Toronto in 2019."), "career.premiere")


def test_working_with_someone_on_several_works_is_a_collaboration() -> None:
    assert_event(run("Farah Noor has worked with Jean Palmer on three films."), "career.collaborate",
                 {"agent": "Farah Noor", "partner": "Jean Palmer"})
    assert_event(run("Farah Noor has worked with Jean Palmer on four albums since 2010."), "career.collaborate",
                 {"agent": "Farah Noor", "partner": "Jean Palmer"})
    # ... not on cases or accounts
    assert_no_event(run("Farah Noor worked with Jean Palmer on three cases."), "career.collaborate")


def test_a_label_or_a_studio_releasing_a_name_puts_out_a_work() -> None:
    # a title NER took for a person, released by a label, a studio or in cinemas, is no player let go
    a = run("Northway Pictures will release Daniel Ashby in cinemas in May.")
    assert_event(a, "career.release", {"agent": "Northway Pictures"})
    assert_no_event(a, "career.fire")
    a = run("Saltgrass Records released Harriet Vale in 2019.")
    assert_event(a, "career.release", {"agent": "Saltgrass Records"})
    assert_no_event(a, "career.fire")
    a = run("Cold Meridian was released by Northway Pictures in May.")
    assert_event(a, "career.release", {"work": "Cold Meridian", "agent": "Northway Pictures"})
    # ... a club releasing a player dismisses him
    assert_event(run("Kofi Mensah was released by Harwick Rovers in June."), "career.fire", {"patient": "Kofi Mensah"})
    assert_event(run("Harwick Rovers released the defender Tom Baird at the end of the season."), "career.fire", {"patient": "Tom Baird"})


def test_a_record_put_out_or_followed_up_with() -> None:
    # "put out X", "followed it up with X": the record, whatever NER made of its invented title
    a = run("The band put out Copper Lanterns in 2014.")
    assert entity_types(a)["Copper Lanterns"] == "WORK"
    assert_event(a, "career.release", {"work": "Copper Lanterns"})
    assert_event(run("Mara Ostlund followed up with Copper Lanterns in 2016."), "career.release",
                 {"agent": "Mara Ostlund", "work": "Copper Lanterns"})
    assert_event(run("Her debut sold well, and she followed it up with Copper Lanterns in 2016."), "career.release",
                 {"work": "Copper Lanterns"})
    # ... following up with a person or a win puts nothing out
    assert_no_event(run("The police followed up with Tom Baird on Monday."), "career.release")
    assert_no_event(run("Harwick Rovers followed up with a 2-0 win over Kelso United."), "career.release")


def test_a_dated_release_named_is_put_out_that_year() -> None:
    # "X's 2012 release, Y", "X, whose 2019 release Y went gold": Y came out that year (as "whose 2013 album Y")
    assert_event(run("Mara Ostlund's 2012 release, Glass Hours, was nominated for the Mercury Prize."), "career.release",
                 {"agent": "Mara Ostlund", "work": "Glass Hours"})
    assert_event(run("Mara Ostlund, whose 2019 release Copper Lanterns went gold, is touring again."), "career.release",
                 {"agent": "Mara Ostlund", "work": "Copper Lanterns"})
    # ... a release from prison puts nothing out
    assert_no_event(run("Kofi Mensah's 2019 release from prison angered the victims."), "career.release")


def test_a_title_ner_missed_opening_its_sentence() -> None:
    # a title no NER span covers, the subject only a work can be: "X premiered at Cannes", "X will premiere at Y"
    a = run("Glass Hours premiered at Cannes in May.")
    assert entity_types(a)["Glass Hours"] == "WORK"
    assert_event(a, "career.premiere", {"work": "Glass Hours", "place": "Cannes"})
    a = run("The festival ended on Sunday. Copper Lanterns will premiere at the Berlin festival.")
    assert_event(a, "career.premiere", {"work": "Copper Lanterns"})
    # ... a person premiering is no title
    assert entity_types(run("Tom Baird will premiere at the festival."))["Tom Baird"] == "PERSON"
