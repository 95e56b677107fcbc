"""Session 76: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import timed_events as _events

FOUNDER_OBITUARY = (
    "Ottavio Brenzani, who built a pasta business from one kitchen in Turin, has died at 91.\n\n"
    "Brenzani founded Brenzani Foods in 1958. The business supplied shops across Piedmont. In 1979 the company bought its "
    "rival, the Casolino Flour Company. In 1990 the firm laid off 200 workers.\n\n"
    "He married Carla Vetti in 1956. She died in 2001.\n\n"
    "He was awarded a medal in 1995. He liked to walk in the hills. His son, Dario Brenzani, said he was a hard man.\n\n"
    "\"He knew every baker,\" his daughter said.\n\n"
    "The company, which employs about 1,800 people, will open its first factory outside Italy, in Lyon, later this year.")


def test_the_company_far_from_any_firm_is_the_one_the_story_keeps_telling_of() -> None:
    a = run(FOUNDER_OBITUARY, "2016-06-21")
    assert [(t, g) for t, g, _ in _events(a, "business.launch")] == [
        ("2016", {"agent": "Brenzani Foods", "work": "its first factory", "place": "Lyon"})]
    # ... but with two firms told as often, neither is "the company" far from both
    b = run(FOUNDER_OBITUARY.replace("In 1990 the firm laid off", "Casolino Flour Company kept its brand. The Casolino Flour "
                                     "Company had its mill in Asti. In 1990 Casolino Flour Company laid off"), "2016-06-21")
    assert [g.get("agent") for t, g, _ in _events(b, "business.launch")] in ([], [None])
