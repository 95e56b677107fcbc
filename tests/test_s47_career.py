"""Session 47 (CAREER): career events missed entirely -- invented texts through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed

SQUAD = ("Redvale Rovers unveil new squad\n\nRedvale Rovers presented their squad for the season on Monday. Redvale Rovers "
         "finished third last year, and Redvale Rovers have not won the league since 1998. ")


def _hired(a, person: str) -> list[str | None]:
    out = []
    for e in typed(a, "career.hire"):
        if any(g.role == "patient" and g.entity and a.entity(g.entity).name == person for g in e.args):
            org = next((a.entity(g.entity).name for g in e.args if g.role == "organization" and g.entity), None)
            out.append(org)
    return out


def test_a_joiner_found_by_a_description_joined_the_organisation_in_view() -> None:
    # "The 29-year-old winger joined from Z": the description stands for the person named before; the body joined
    # left unsaid is the one the article is about, as "X, who joined from Z" already was
    a = run(SQUAD + "The biggest name among the arrivals is Tomas Vellacott. "
            "The 29-year-old winger, who scored nine goals last season, joined from Castleford Town after five seasons there.")
    assert _hired(a, "Tomas Vellacott") == ["Redvale Rovers"]
    # ... not from the body the article is about itself
    b = run(SQUAD + "The biggest name among the arrivals is Tomas Vellacott. "
            "The 29-year-old winger, who scored nine goals last season, joined from Redvale Rovers after five seasons there.")
    assert _hired(b, "Tomas Vellacott") == []
