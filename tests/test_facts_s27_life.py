"""Phrasings found in session 27 (obituaries, celebrity couples, family dynasties, awards-season profiles),
each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, typed


def test_seeing_someone_in_the_progressive_is_dating_them() -> None:
    a = run("Mira Quandt, the actress, spoke last week. By March she had confirmed she was seeing the guitarist Noam Feltcher.",
            "2024-05-08")
    assert_event(a, "life.date", {"agent": "Mira Quandt", "partner": "Noam Feltcher"})
    b = run("Priya Castellano has been seeing the footballer Luka Brandvold since last summer, friends say.", "2024-05-08")
    assert_event(b, "life.date", {"agent": "Priya Castellano", "partner": "Luka Brandvold"})
    assert [e.time for e in typed(b, "life.date")] == ["2023-SU"]
    # seeing someone once, or officers seeing a suspect, is no romance
    assert_no_event(run("Rhea Solberg saw Ivo Marten at a party in 2019.", "2024-05-08"), "life.date")
    assert_no_event(run("Officers were seeing Tom Haddow for the second time.", "2024-05-08"), "life.date")


def test_a_couple_that_has_been_together_since_a_date_is_dating() -> None:
    a = run("Hanne Vittrup and Ole Marcussen have been together since 2016.", "2024-05-08")
    assert_event(a, "life.date", {"agent": "Hanne Vittrup", "partner": "Ole Marcussen"})
    assert [e.time for e in typed(a, "life.date")] == ["2016"]
    b = run("Anke Doll, who has been together with the banker Piet Raaf since 2019, lives in Delft.", "2024-05-08")
    assert_event(b, "life.date", {"agent": "Anke Doll", "partner": "Piet Raaf"})
    assert [e.time for e in typed(b, "life.date")] == ["2019"]
    c = run("Mira Quandt and Jonas Eber met at university and have been together for six years.", "2024-05-08")
    assert_event(c, "life.date", {"agent": "Mira Quandt", "partner": "Jonas Eber"})
    # being together somewhere, or two firms together in talks, is no couple
    assert_no_event(run("Tilde Ormond said they had been together in Rome.", "2024-05-08"), "life.date")
    assert_no_event(run("The two firms have been together in talks since May.", "2024-05-08"), "life.date")
