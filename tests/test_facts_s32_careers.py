"""Session 32: career events (appointments, hirings, dismissals, resignations, retirements) in phrasings no fixture
had, as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts


def test_a_body_named_before_a_post_is_the_organisation_not_part_of_the_post() -> None:
    # "as Acme Foods chief executive": the post is "chief executive", the company an argument of its own
    a = run("Gavin Holt stepped down as Acme Foods chief executive on Saturday.", "2024-05-08")
    assert role_texts(a, "career.resign", "role") == [["chief executive"]]
    assert event_names(a, "career.resign", "organization") == ["Acme Foods"]
    b = run("Lola Kim was appointed Harwick Bank finance director in May.", "2024-05-08")
    assert role_texts(b, "career.appoint", "role") == [["finance director"]]
    assert event_names(b, "career.appoint", "organization") == ["Harwick Bank"]
    c = run("Gavin Holt quit as Tarn Rovers manager on Saturday.", "2024-05-08")
    assert role_texts(c, "career.resign", "role") == [["manager"]]
    assert event_names(c, "career.resign", "organization") == ["Tarn Rovers"]
    # a title that is a name of its own stays whole; a name before a noun that is no post is no body of a post
    d = run("Gavin Holt was named Prime Minister on Saturday.", "2024-05-08")
    assert role_texts(d, "career.appoint", "role") == [["Prime Minister"]]
