"""Session 32 (N): false positives -- descriptors, plans, repeated mentions and other senses that give an
event, a wrong argument or a second event -- each as invented sentences through the real pipeline, with
the true events of the same words beside them."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_name_after_a_title_as_the_object_stays_one_name() -> None:
    # the parser cuts "manager Tom Hale" after the first name and starts a sentence at the surname
    a = run("Pellworth Town sacked manager Ruari Blaine on Saturday. Blaine's sacking came after six straight defeats.")
    assert [(e.time, event_names(a, "career.fire", "patient")) for e in typed(a, "career.fire")] == \
        [("2024-05-04", ["Ruari Blaine"])]
    b = run("Orvane poached engineer Kai Lutz from Quellstone in March.")
    assert [(e.time, [g.text for g in e.args if g.role == "patient"]) for e in typed(b, "career.hire")] == \
        [("2024-03", ["Kai Lutz"])]
    c = run("Ada Bell married actor Tom Hale in December.")
    assert [(e.time, [g.text for g in e.args if g.role == "partner"]) for e in typed(c, "life.marry")] == \
        [("2023-12", ["Tom Hale"])]


def test_a_title_and_name_the_parser_reads_whole_stay_so() -> None:
    a = run("The club signed striker Tom Hale from Grafton City on Friday.")
    assert role_texts(a, "career.hire", "patient") == [["Tom Hale"]]
