"""Session 39: role facts told in phrasings nobody had tested -- a post told by its verb and object ("X, who chairs the
council", "who captained Westholm last season"), and descriptions a person's name cannot stand for in its own sentence
("Joe Brand, the singer's agent", "X said the chef had quit"), as small invented articles through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import posts


def test_a_post_told_by_its_verb_and_object() -> None:
    a = run("Council row deepens\n\nOwen Pratley, who chairs the planning committee, said on Thursday the plans would be "
            "rejected. Pratley has been a councillor since 2012.", "2024-05-02")
    assert "chair" in posts(a, "Owen Pratley")
    b = run("Fenmoor ready for final\n\nRhian Okafor, who coaches Fenmoor Rangers, said her players were ready.", "2024-06-01")
    assert posts(b, "Rhian Okafor")["coach"][0] == "Fenmoor Rangers"
    c = run("Paper changes hands\n\nNadia Coulter, who edits the Harrowgate Courier, said the sale was good news.", "2024-07-07")
    assert "editor" in posts(c, "Nadia Coulter")
    # told in the past with no time: over, its end not told
    d = run("Lane retires\n\nPriya Lane, who captained the side for six years, retired on Monday.", "2024-07-07")
    assert posts(d, "Priya Lane")["captain"][2] == "PAST_REF"


def test_a_sitting_or_a_work_is_no_post() -> None:
    a = run("Talks stall\n\nOwen Pratley chaired the meeting on Thursday. Pratley said little.", "2024-05-02")
    assert "chair" not in posts(a, "Owen Pratley")
    b = run("Film wins prize\n\nNadia Coulter, who edited the documentary, said she was thrilled.", "2024-05-02")
    assert "editor" not in posts(b, "Nadia Coulter")
    c = run("Star coached\n\nRhian Okafor was coached by her father until 2019.", "2024-05-02")
    assert "coach" not in posts(c, "Rhian Okafor")


def test_a_description_of_someone_else_in_the_name_s_sentence() -> None:
    a = run("Singer cancels tour\n\nJoe Brantley, the singer's agent, said on Friday that the tour was off. Brantley "
            "blamed illness.", "2025-06-06")
    assert set(posts(a, "Joe Brantley")) == {"agent"}
    b = run("Restaurant closes\n\nAmira Lowell, who owns the Copper Pot, said the chef had quit. Lowell will sell the "
            "building.", "2024-10-20")
    assert "chef" not in posts(b, "Amira Lowell")
    c = run("Club row\n\nTom Reyes said the manager would be sacked on Monday.", "2024-10-20")
    assert "manager" not in posts(c, "Tom Reyes")
    # the person's own apposition still is the person
    d = run("Restaurant closes\n\nAmira Lowell, the chef who owns the Copper Pot, said it would close.", "2024-10-20")
    assert "chef" in posts(d, "Amira Lowell")


def test_a_listed_hyphened_post_is_the_whole_word() -> None:
    a = run("Union leader elected\n\nTomas Ruelle was elected secretary-general of the Transport Workers' Federation on "
            "Sunday.", "2025-06-08")
    assert "secretary-general" in posts(a, "Tomas Ruelle") and "secretary" not in posts(a, "Tomas Ruelle")
    b = run("Broadcaster chief quits\n\nHalvard Steen, director-general of the Nordfjell Broadcasting Corporation, resigned "
            "on Monday.", "2025-06-09")
    assert "director-general" in posts(b, "Halvard Steen")
    c = run("Vote\n\nMara Holm, the president-elect of the Rowan Society, spoke on Monday.", "2025-06-09")
    assert "president-elect" not in posts(c, "Mara Holm")


def test_a_second_post_told_with_a_of_its_own() -> None:
    a = run("Bank names chair\n\nAnil Varghese, chairman of Corbel Bank and a former finance minister, will lead the "
            "review.", "2025-06-03")
    assert posts(a, "Anil Varghese")["finance minister"][2] == "PAST_REF"
    b = run("Review\n\nAnn Ode, director of Fenwick Holdings and an adviser to the mayor, spoke on Monday.", "2025-06-03")
    assert {"director", "adviser"} <= set(posts(b, "Ann Ode"))
    # two people listed: the second post is the second one's
    c = run("Review\n\nAnn Ode, chair of Fenwick Holdings, and a trustee, Paul Weir, spoke on Monday.", "2025-06-03")
    assert "trustee" not in posts(c, "Ann Ode")


def test_a_post_one_could_become_is_not_held() -> None:
    a = run("Takeover talk\n\nSimon Ardley could become chairman of Vexley Group if the deal goes ahead, sources said. "
            "Ardley declined to comment.", "2025-05-05")
    assert "chairman" not in posts(a, "Simon Ardley")
    b = run("Race open\n\nLena Hart might be the next chief executive of Carrow Bank, analysts said.", "2025-05-05")
    assert "chief executive" not in posts(b, "Lena Hart")
    c = run("Bank names chief\n\nLena Hart will become chief executive of Carrow Bank in June.", "2025-05-05")
    assert "chief executive" in posts(c, "Lena Hart")


def test_two_people_given_two_posts_in_one_clause() -> None:
    a = run("Bank reshuffle\n\nCarrow Bank appointed Jane Roe as chief executive and John Poe as finance director on "
            "Monday. Roe, 51, joined the bank in 2010.", "2025-06-02")
    assert set(posts(a, "Jane Roe")) == {"chief executive"}
    assert set(posts(a, "John Poe")) == {"finance director"}
    b = run("Club elects officers\n\nMembers of Trelawn Rowing Club elected Ben Hoskins as captain and Alys Penrose as "
            "secretary on Sunday.", "2025-06-02")
    assert set(posts(b, "Ben Hoskins")) == {"captain"} and set(posts(b, "Alys Penrose")) == {"secretary"}
    # one person, one or two posts: unchanged
    c = run("Bank reshuffle\n\nCarrow Bank appointed Jane Roe as chief executive on Monday.", "2025-06-02")
    assert set(posts(c, "Jane Roe")) == {"chief executive"}
    d = run("Board shake-up\n\nThe board named Ann Ode chairman and chief executive in March.", "2025-06-02")
    assert set(posts(d, "Ann Ode")) == {"chairman", "chief executive"}


def test_two_people_named_to_two_posts_without_as() -> None:
    a = run("Board shake-up\n\nThe board named Ann Ode chairman and Paul Weir treasurer in March. Ode, 60, is a retired "
            "banker.", "2025-06-02")
    assert "treasurer" not in posts(a, "Ann Ode") and "chairman" in posts(a, "Ann Ode")
    assert set(posts(a, "Paul Weir")) == {"treasurer"}


def test_coaching_one_person_is_no_post() -> None:
    # a verb naming a post, done to one person: that person's coach, no post held at a body
    a = run("Tennis split\n\nMaya Stone parted company with Ignacio Ferrer, who had coached her since she was 15.", "2024-05-20")
    assert "coach" not in posts(a, "Ignacio Ferrer")
    b = run("Cup run\n\nIt was at Kelmark that Hedda Colquist first coached Ines Marwood, now the side's captain.", "2024-05-20")
    assert "coach" not in posts(b, "Hedda Colquist")
    # done to a team, it still is one
    c = run("Cup run\n\nHedda Colquist, who coaches Kelmark Rovers, said the side was ready.", "2024-05-20")
    assert "coach" in posts(c, "Hedda Colquist")
