"""Session 38: triggers missed, second pass -- event phrasings no fixture had tried (invented sentences through the real
pipeline, each general gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, typed


def test_walking_free_is_an_acquittal_of_its_own_subject() -> None:
    a = run("Kurt Ellam walked free from court in 2021.")
    assert event_names(a, "legal.acquit", "patient") == ["Kurt Ellam"]
    assert [e.time for e in typed(a, "legal.acquit")] == ["2021"]
    b = run("Kurt Ellam was jailed for four years, while Dan Ruiz walked free.")
    assert event_names(b, "legal.acquit", "patient") == ["Dan Ruiz"]
    c = run("The jury cleared the builder Dan Ruiz, who walked free on Friday.")
    assert_event(c, "legal.acquit", {"patient": "Dan Ruiz"})
    # ... a hostage let go walks free of no charge; a verb that only shares the jailed man's subject clears no one
    assert_no_event(run("The hostage Ines Marlow walked free on Sunday after 40 days."), "legal.acquit")
    d = run("Kurt Ellam was jailed for four years on Thursday for taking bribes, while the developer accused of paying him walked free.")
    assert_no_event(d, "legal.acquit")


def test_nabbed_or_collared_by_police_is_an_arrest() -> None:
    a = run("Kurt Ellam was nabbed by police in Leeds on Tuesday.")
    assert_event(a, "legal.arrest", {"patient": "Kurt Ellam", "agent": "police"})
    assert [e.time for e in typed(a, "legal.arrest")] == ["2024-04-30"]
    assert_event(run("Police collared Kurt Ellam in Leeds on Tuesday."), "legal.arrest", {"patient": "Kurt Ellam"})
    # ... a title nabbed holds no one
    assert_no_event(run("Ada Voss nabbed the title in 2019."), "legal.arrest")


def test_jobs_culled_are_a_lay_off() -> None:
    a = run("Corvane Bank culled 300 jobs in 2020.")
    assert_event(a, "business.layoff", {"agent": "Corvane Bank", "patient": "300 jobs"})
    assert [e.time for e in typed(a, "business.layoff")] == ["2020"]
    assert_event(run("The carmaker Ostrel will cull 1,200 staff at its Leeds plant."), "business.layoff", {"agent": "Ostrel"})
    # ... animals culled lose no jobs
    assert_no_event(run("Farmers culled 300 badgers in 2020."), "business.layoff")


def test_throwing_in_the_towel_in_a_post_is_a_resignation() -> None:
    a = run("Goran Pell threw in the towel as party leader on Sunday.")
    assert_event(a, "career.resign", {"agent": "Goran Pell", "role": "party leader"})
    assert [e.time for e in typed(a, "career.resign")] == ["2024-05-05"]
    b = run("Goran Pell has thrown in the towel as chairman of Marlow Press.")
    assert_event(b, "career.resign", {"agent": "Goran Pell"})
    # ... a boxer's corner throwing it in leaves no post
    assert_no_event(run("Kurt Ellam's corner threw in the towel in the eighth round."), "career.resign")


def test_linking_or_pairing_up_with_a_person_is_a_collaboration() -> None:
    a = run("The rapper Lina Roe has linked up with the producer Teo Marsh on a new album.")
    assert_event(a, "career.collaborate", {"agent": "Lina Roe", "partner": "Teo Marsh", "work": "album"})
    b = run("Lina Roe paired up with the producer Teo Marsh for a new single.")
    assert_event(b, "career.collaborate", {"agent": "Lina Roe", "partner": "Teo Marsh"})
    # ... friends met up with, or railway lines joined, make nothing together
    assert_no_event(run("Lina Roe linked up with friends in Leeds."), "career.collaborate")
    assert_no_event(run("Lina Roe paired up with friends in Leeds."), "career.collaborate")
    assert_no_event(run("The two railway lines link up at Dunmore."), "career.collaborate")


def test_breathing_ones_last_is_a_death() -> None:
    a = run("Teo Marsh breathed his last on Sunday.")
    assert event_names(a, "life.die", "agent") == ["Teo Marsh"]
    assert [e.time for e in typed(a, "life.die")] == ["2024-05-05"]
    b = run("The poet Ruth Calder breathed her last at her home in Oban in 2019.")
    assert [e.time for e in typed(b, "life.die")] == ["2019"]
    # ... a sigh breathed is no death
    assert_no_event(run("Ada Voss breathed a sigh of relief."), "life.die")


def test_a_record_unleashed_is_released() -> None:
    a = run("Ada Voss unleashed her second album, Glass, in 2014.")
    assert_event(a, "career.release", {"agent": "Ada Voss", "work": "Glass"})
    b = run("The band Velmore unleashed a new single in March.")
    assert [e.time for e in typed(b, "career.release")] == ["2024-03"]
    # ... a tirade unleashed is no work
    assert_no_event(run("Ada Voss unleashed a furious tirade against critics."), "career.release")


def test_shown_the_exit_is_a_dismissal() -> None:
    a = run("Dana Ferrow was shown the exit by Brightwater Labs in 2020.")
    assert_event(a, "career.fire", {"patient": "Dana Ferrow"})
    assert [e.time for e in typed(a, "career.fire")] == ["2020"]
    b = run("Brightwater Labs showed Dana Ferrow the exit after a string of losses.")
    assert_event(b, "career.fire", {"patient": "Dana Ferrow"})
    # ... visitors shown the way out lose no job
    assert_no_event(run("Dana Ferrow showed the visitors the exit."), "career.fire")
    assert_no_event(run("Dana Ferrow showed the visitors the door."), "career.fire")


def test_two_people_pairing_or_linking_up_are_each_others_partners() -> None:
    a = run("Lina Roe and Teo Marsh have paired up for a duet.")
    assert_event(a, "career.collaborate", {"agent": "Lina Roe", "partner": "Teo Marsh"})
    b = run("The singers Lina Roe and Dan Ruiz linked up in 2019 for the single Paper Moon.")
    assert_event(b, "career.collaborate", {"agent": "Lina Roe", "partner": "Dan Ruiz"})
    assert [e.time for e in typed(b, "career.collaborate")] == ["2019"]
    # ... a person and her friends meeting up make nothing
    assert_no_event(run("Lina Roe and her friends linked up in Leeds."), "career.collaborate")


def test_a_company_gobbled_up_is_acquired() -> None:
    a = run("Corvane Bank gobbled up rival Ostrel in 2020.")
    assert_event(a, "business.acquire", {"agent": "Corvane Bank", "patient": "Ostrel"})
    assert [e.time for e in typed(a, "business.acquire")] == ["2020"]
    b = run("Ostrel was gobbled up by Corvane Bank in 2020.")
    assert_event(b, "business.acquire", {"agent": "Corvane Bank", "patient": "Ostrel"})
    # ... profits or pies gobbled up change no owner
    assert_no_event(run("Rising costs gobbled up the profits."), "business.acquire")
    assert_no_event(run("The fans gobbled up pies and chips."), "business.acquire")


def test_banged_up_is_a_jail_sentence() -> None:
    a = run("Kurt Ellam was banged up for fraud in 2021.")
    assert_event(a, "legal.sentence", {"patient": "Kurt Ellam"})
    assert [e.time for e in typed(a, "legal.sentence")] == ["2021"]
    b = run("The conman Kurt Ellam was banged up for six years on Friday.")
    assert_event(b, "legal.sentence", {"patient": "Kurt Ellam"})
    # ... a car or a knee banged up is only dented
    assert_no_event(run("Kurt Ellam's car was banged up in the crash."), "legal.sentence")
    assert_no_event(run("Kurt Ellam banged up his knee in training."), "legal.sentence")
