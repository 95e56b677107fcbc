"""Session 29, `role` facts: causes of missed and wrong posts that recur across the development articles, each as
invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def _roles(text: str) -> dict[tuple[str, str | None], tuple[str | None, str | None]]:
    """Each role fact's (subject name, title) -> (valid from, valid to)."""
    a = run(text, "2024-05-08")
    return {(a.entity(f.subject).name, f.value): (f.valid_from, f.valid_to) for f in a.facts if f.relation == "role"}  # type: ignore[union-attr]


def test_a_post_kept_or_held_as_the_verb_tells_it() -> None:
    # "stays on / remains / continues as T", "runs the laboratory as T", "stood in as T": a post held
    a = _roles("Tomas Reyner will stay on as an adviser until the end of the year, the bank said.")
    assert ("Tomas Reyner", "adviser") in a
    assert a[("Tomas Reyner", "adviser")][1] is None  # an end still to come leaves the post open
    b = _roles("Odette Brill, who stayed on as its creative director after the sale, founded the label in 2009.")
    assert ("Odette Brill", "creative director") in b
    c = _roles("Rosa Kemp, 83, remains on the board as honorary president.")
    assert ("Rosa Kemp", "honorary president") in c
    d = _roles("Ada Vell is chief executive; Marek Oyelowo, 33, runs the laboratory as chief technology officer.")
    assert ("Marek Oyelowo", "chief technology officer") in d
    e = _roles("Lin Haowen, who runs the company's factories as chief operating officer, is preparing a cheaper model.")
    assert ("Lin Haowen", "chief operating officer") in e
    f = _roles("The firm said Hal Moss would remain available to the company as an adviser until March.")
    assert ("Hal Moss", "adviser") in f
    g = _roles("Sam Hollis will continue as chairman, the bank said on Monday.")
    assert ("Sam Hollis", "chairman") in g


def test_no_post_from_a_candidacy_a_condition_or_a_denial() -> None:
    assert not any(value == "independent" for _, value in _roles("Kay Dunn ran as an independent in 2019."))
    assert ("Rob Kettle", "health spokesman") not in _roles("Rob Kettle said he would stay on as health spokesman if Ann "
                                                            "Marr wanted him.")
    assert not _roles("Nia Corbet will not stay on as chairman after the merger.")


def test_a_post_held_until_now_set_off_after_the_name() -> None:
    # "X, 49, until now the minister for trade,": the parse hangs "until now" on the verb, away from the name
    a = _roles("His replacement is Marta Quellwood, 52, until now the minister for energy.")
    assert a.get(("Marta Quellwood", "minister")) == (None, "PAST_REF")
    b = _roles("The ministry goes to Olaf Brinkerhoff, until now the deputy governor of the region, while taxes rise.")
    assert b.get(("Olaf Brinkerhoff", "deputy governor")) == (None, "PAST_REF")
    c = _roles("The job went to Lina Varga-Soto, until recently the head of the tax office, on Friday.")
    assert ("Lina Varga-Soto", "head of the tax office") in c


def test_coordinated_titles_before_one_name_are_each_a_post() -> None:
    a = _roles("Its founder and chief executive, Ravi Sollberg, becomes head of product.")
    assert ("Ravi Sollberg", "founder") in a and ("Ravi Sollberg", "chief executive") in a
    b = _roles("The group's chair and chief executive, Anna Pikeland, said profits rose.")
    assert ("Anna Pikeland", "chair") in b and ("Anna Pikeland", "chief executive") in b
    c = _roles("Anna Pikeland, the group's chair and chief executive, said profits rose.")
    assert ("Anna Pikeland", "chief executive") in c
    d = _roles("The reunion is the work of the band's founder and singer, Dorian Quellby, who formed the group in 1998.")
    assert ("Dorian Quellby", "singer") in d
    # the name hung on the second noun: the first is hers too
    e = _roles("The minister's chief of staff and longtime friend, Emil Dorrance, becomes foreign minister.")
    assert ("Emil Dorrance", "chief of staff") in e


def test_professor_worn_before_a_name_is_no_post() -> None:
    a = run("The study was led by Professor Mara Lindqvist of Oslo University.", "2024-05-08")
    assert not any(f.relation == "role" and f.value == "professor" for f in a.facts)
    assert ("Mara Lindqvist", "Oslo University") in facts_by_pair(a, "employee")
    b = _roles("Professor Sir Adam Creel, the panel's chair, said the results were clear.")
    assert not any(value == "professor" for _, value in b)
    # a professor the text calls one is a post
    c = _roles("Mara Lindqvist, a professor of history at Oslo University, said so.")
    assert ("Mara Lindqvist", "professor of history") in c
