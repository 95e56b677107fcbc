"""Session 37: employees and posts told by description in phrasings nobody had tested ("a critic of Y", "the paper's
second author", "a former pupil of Y", "her employer, Y", "X, of Y University,", "employed by Y as a midwife", "a friend
of the Y chairman", "Y's lawyer X", "Y, whose chief executive, X,"), as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_an_opponent_of_a_body_is_not_on_its_staff() -> None:
    # "a critic of Y" opposes Y: no post, no employer (but "the critic of the newspaper Y" is its critic)
    a = run("Olga Sand, a critic of Verity Oil, spoke at the meeting on Monday.")
    assert jobs(a, "Olga Sand") == {} and posts(a, "Olga Sand") == {}
    b = run("Tom Reid, an outspoken opponent of Harlow Mining, was arrested on Friday.")
    assert jobs(b, "Tom Reid") == {} and posts(b, "Tom Reid") == {}
    c = run("Pilar Montoya, the critic of the newspaper Diario Central, praised the film on Wednesday.")
    assert jobs(c, "Pilar Montoya") == {"Diario Central": (None, None)}
    assert "critic" in posts(c, "Pilar Montoya")


def test_the_author_of_one_work_holds_no_post() -> None:
    # "author of a study", "the paper's second author": the writer of one work, no calling
    a = run("Helen Marsh, author of a new study on bog moss, spoke on Sunday.")
    assert "author" not in posts(a, "Helen Marsh")
    b = run("The paper's second author, Kazuhiro Ibsen, left Hollinbrook University in July.")
    assert not any("author" in p for p in posts(b, "Kazuhiro Ibsen"))
    c = run("Nora Quist is the paper's first author and works at the Delmar Institute.")
    assert not any("author" in p for p in posts(c, "Nora Quist"))


def test_a_pupil_of_a_school_is_not_on_its_staff() -> None:
    a = run("Kwame Asante, a former pupil of Greyfriars School, donated £1m on Friday.")
    assert jobs(a, "Kwame Asante") == {} and "pupil" not in posts(a, "Kwame Asante")
    b = run("Lucy Dane, an alumnus of Carrow College, funded the library in March.")
    assert jobs(b, "Lucy Dane") == {}
    # a teacher there still is
    c = run("Yusuf Demir, a teacher at Oakfield Primary School, won the award on Friday.")
    assert jobs(c, "Yusuf Demir") == {"Oakfield Primary School": (None, None)}


def test_her_employer_names_where_she_works() -> None:
    a = run("Sara Moyo said her employer, Quayside Logistics, had cut her hours.")
    assert jobs(a, "Sara Moyo") == {"Quayside Logistics": (None, None)}
    b = run("Quayside Logistics, Sara Moyo's employer, cut her hours on Monday.")
    assert jobs(b, "Sara Moyo") == {"Quayside Logistics": (None, None)}
    c = run("Sara Moyo sued her former employer, Quayside Logistics, on Monday.")
    assert jobs(c, "Sara Moyo") == {"Quayside Logistics": (None, "PAST_REF")}
    # a business she deals with is no employer
    d = run("Sara Moyo said her landlord, Quayside Homes, had raised the rent.")
    assert jobs(d, "Sara Moyo") == {}


def test_a_name_set_off_with_of_an_organisation_works_there() -> None:
    # "X, of Y," (commas round it): where X works, as "X of Y" is; of a place, a home
    a = run("Dr Eva Roth, of Stanmore University, said the results were clear.")
    assert jobs(a, "Eva Roth") == {"Stanmore University": (None, None)}
    b = run("The study was led by Professor Ian Kerr, of the University of Dunmore.")
    assert jobs(b, "Ian Kerr") == {"University of Dunmore": (None, None)}
    c = run("Tom Hale, of Harwick Rovers, scored twice on Saturday.")
    assert jobs(c, "Tom Hale", "member") == {"Harwick Rovers": (None, None)} and jobs(c, "Tom Hale") == {}
    d = run("Tom Hale, of Leeds, won the lottery on Saturday.")
    assert jobs(d, "Tom Hale") == {} and jobs(d, "Tom Hale", "member") == {}


def test_employed_by_a_body_as_a_post() -> None:
    a = run("Zainab Ali, who is employed by Norwell Health as a midwife, gave evidence on Tuesday.")
    assert jobs(a, "Zainab Ali") == {"Norwell Health": (None, None)}
    assert posts(a, "Zainab Ali")["midwife"][0] == "Norwell Health"
    b = run("Since 2019 Omar Fadel has been employed as a driver by Westlink Buses.")
    assert posts(b, "Omar Fadel")["driver"][0] == "Westlink Buses"
    # a word that is no post after "as" makes none
    c = run("Omar Fadel was employed by Westlink Buses as a favour to his uncle.")
    assert posts(c, "Omar Fadel") == {}


def test_a_title_inside_a_phrase_on_the_name_is_someone_else() -> None:
    # "X, a friend of the Y chairman": the chairman is another person, X holds no post at Y
    a = run("Simon Oakes, a friend of the Tarrant Group's chairman, denied the claims.")
    assert jobs(a, "Simon Oakes") == {} and posts(a, "Simon Oakes") == {}
    b = run("Ben Ruiz, the son of the Corvin Group's founder, was arrested on Monday.")
    assert jobs(b, "Ben Ruiz") == {} and posts(b, "Ben Ruiz") == {}
    # the title told of the person itself still is theirs
    c = run("Simon Oakes, the Tarrant Group's chairman, denied the claims.")
    assert posts(c, "Simon Oakes")["chairman"][0] == "Tarrant Group"


def test_a_bodys_lawyer_is_not_on_its_staff() -> None:
    # "Y's lawyer X": Y's counsel, of some law firm (a role, no employer); "a lawyer at Y" works there
    a = run("Dunmore Foods' lawyer Nina Pryce said the claim was baseless.")
    assert jobs(a, "Nina Pryce") == {} and "lawyer" in posts(a, "Nina Pryce")
    b = run("Nina Pryce, Dunmore Foods' solicitor, said the claim was baseless.")
    assert jobs(b, "Nina Pryce") == {} and "solicitor" in posts(b, "Nina Pryce")
    c = run("Nina Pryce, a lawyer at Haldane Price, said the claim was baseless.")
    assert jobs(c, "Nina Pryce") == {"Haldane Price": (None, None)}
    d = run("Nina Pryce, Dunmore Foods' general counsel, said the claim was baseless.")
    assert jobs(d, "Nina Pryce") == {"Dunmore Foods": (None, None)}


def test_whose_post_is_at_the_body_before() -> None:
    a = run("Quill Media, whose chief executive, Ana Ruiz, resigned on Monday, lost money.")
    assert "Quill Media" in jobs(a, "Ana Ruiz") and posts(a, "Ana Ruiz")["chief executive"][0] == "Quill Media"
    b = run("Profits fell at Harlan Steel, whose finance director, Tom Pike, left in March.")
    assert posts(b, "Tom Pike")["finance director"][0] == "Harlan Steel"
    # whose post of a person is no body's
    c = run("The orchestra played for Tom Dale, whose manager, Ann Roe, wept.")
    assert jobs(c, "Ann Roe") == {}
