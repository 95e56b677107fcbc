"""A month told as a time right before a name is no first name ("March", "May", "June" are also given names)."""

from handmade import analyzed


def names(text: str, dct: str = "2024-05-20") -> set[tuple[str, str]]:
    return {(e.name, e.type) for e in analyzed(text, dct).entities}


def test_a_fronted_month_does_not_open_the_name_after_it() -> None:
    a = names("Club news\n\nIn March Tom Hale was appointed manager of Kelby Rovers.")
    assert ("Tom Hale", "PERSON") in a and not any(n.startswith("March") for n, _ in a)
    b = names("League news\n\nIn May Kelby Rovers won the league for the first time in their history.")
    assert not any(n.startswith("May ") for n, _ in b)
    c = names("Council news\n\nSince June Ama Boateng has chaired the planning committee.")
    assert not any(n.startswith("June ") for n, _ in c)


def test_a_given_name_that_is_also_a_month_stays() -> None:
    a = names("Obituary\n\nThe actress June Whitfield has died at the age of 93, her family said.")
    assert any(n == "June Whitfield" for n, _ in a)
    b = names("Book prize\n\nThe shortlist includes a novel by April Dunmore, 34, of Leeds.")
    assert any(n == "April Dunmore" for n, _ in b)
