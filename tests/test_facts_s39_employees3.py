"""Session 39: employment facts never found, told in phrasings nobody had tested (staff lists, "has been with Y for
ten years", "works in Y's legal department", "drives for Y"), as small invented articles through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_a_staff_list_names_each_one_on_the_staff() -> None:
    # "two Y employees, A and B", "Y staff including A and B", "Y workers like A": each named one works at Y
    a = run("Bank staff suspended\n\nTwo Lanyard Bank employees, Fiona Grice and Tom Hollis, were suspended on Friday. "
            "Grice, 35, worked in the bank's Glasgow branch.")
    assert "Lanyard Bank" in jobs(a, "Fiona Grice") and "Lanyard Bank" in jobs(a, "Tom Hollis")
    b = run("Harwell Foods staff including Dinah Prowse and Elliot Marr were told on Monday that the bakery would close. "
            "Prowse, 51, said they had no warning.")
    assert "Harwell Foods" in jobs(b, "Dinah Prowse") and "Harwell Foods" in jobs(b, "Elliot Marr")
    c = run("Brellis Foods workers including Asha Patel walked out on Monday over pay.")
    assert "Brellis Foods" in jobs(c, "Asha Patel")
    # a staff noun is no post: "a Harrow Point staffer" works there, with no role "staffer"
    d = run("Dana Whitlock, a Harrow Point staffer, told reporters on Monday that the cuts had gone too far.")
    assert jobs(d, "Dana Whitlock") == {"Harrow Point": (None, None)} and "staffer" not in posts(d, "Dana Whitlock")
    # a team's players are no staff, and a worker of no body named works nowhere
    e = run("Kelso Rovers players including Tom Hollis and Ben Ward trained on Monday.")
    assert jobs(e, "Ben Ward") == {}
    f = run("Fiona Grice, an aid worker, was freed on Monday.")
    assert jobs(f, "Fiona Grice") == {}


def test_a_perfect_with_a_stretch_of_years_tells_a_stint() -> None:
    # "has been with Y for ten years", "has been at Y for a decade": held now, since a time counted, not told
    a = run("Crane driver hurt\n\nA crane driver was injured at the docks on Friday. Gavin Leckie, 38, has been with "
            "Port Dunmore Holdings for ten years, his union said.")
    assert "Port Dunmore Holdings" in jobs(a, "Gavin Leckie")
    b = run("Sunita Rao, who has been at Kelbrook General Hospital for a decade, was suspended on Tuesday.")
    assert "Kelbrook General Hospital" in jobs(b, "Sunita Rao")
    # not a few days spent somewhere, nor company kept
    c = run("Gavin Leckie has been with Ruth Ames for ten days, police said.")
    assert jobs(c, "Gavin Leckie") == {}


def test_a_job_in_a_department_or_office_of_a_body() -> None:
    # "works in Y's legal department", "works in the Leeds office of Y": Y's staff
    a = run("Naomi Brightwell, who works in Castrell Energy's legal department, filed a claim at the High Court on Monday.")
    assert jobs(a, "Naomi Brightwell") == {"Castrell Energy": (None, None)}
    b = run("Naomi Brightwell works in the Leeds office of Castrell Energy.")
    assert "Castrell Energy" in jobs(b, "Naomi Brightwell")
    # a place worked in is no employer
    c = run("Naomi Brightwell works in the City of London.")
    assert jobs(c, "Naomi Brightwell") == {}


def test_a_driver_for_a_body_works_for_it() -> None:
    a = run("Liam Threlfall, who drives for Swiftbox Couriers, was attacked on Monday night.")
    assert jobs(a, "Liam Threlfall") == {"Swiftbox Couriers": (None, None)}
    b = run("Liam Threlfall drove for Swiftbox Couriers until 2022, the court heard.")
    assert "Swiftbox Couriers" in jobs(b, "Liam Threlfall")
    c = run("Liam Threlfall drives for Swiftbox Couriers during the summer.")
    assert "Swiftbox Couriers" in jobs(c, "Liam Threlfall")


def test_a_stretch_spent_in_a_post_at_a_body() -> None:
    # "spent eight years as a buyer at Y", "spent a decade as chief executive of the Y Trust": a job at Y, over
    a = run("Kate Osei, who spent eight years as a buyer at Dunmore Stores, has been hired by Vellum Home.")
    assert jobs(a, "Kate Osei")["Dunmore Stores"][1] == "PAST_REF"
    b = run("Before moving to Leeds, Conrad Pell spent a decade as chief executive of the Tannerbrook Hospitals Trust.")
    assert "Tannerbrook Hospitals Trust" in jobs(b, "Conrad Pell")
    # a learner's or a guest's stretch is no job
    c = run("Kate Osei spent three years as a student at Kelvin College.")
    assert jobs(c, "Kate Osei") == {}


def test_a_board_of_another_body_is_not_the_employers_board() -> None:
    # "sits on the board of a local charity": no seat on the board of the article's company, whose job stays a job
    a = run("Chemist retires\n\nHilda Braun retired from Kessler Pharma in 2020 after 30 years. Braun, now 68, sits on the "
            "board of a local charity.")
    assert jobs(a, "Hilda Braun") == {"Kessler Pharma": (None, "2020")} and jobs(a, "Hilda Braun", "member") == {}
    # "sits on the board" alone is still the company's board
    b = run("Kessler Pharma profits rise\n\nKessler Pharma made record profits in 2024. Hilda Braun, 68, has sat on the board "
            "since 2019.")
    assert "Kessler Pharma" in jobs(b, "Hilda Braun", "member")


def test_shop_floor_and_service_jobs_are_posts_at_their_employer() -> None:
    # "a cleaner at Y" (which the tagger reads as the adjective "cleaner"), "a packer at Y", "Y physio X"
    a = run("Rosa Mendes, a cleaner at the Astley Hall hotel, won her case for unfair dismissal on Friday.")
    assert jobs(a, "Rosa Mendes") == {"Astley Hall": (None, None)} and "cleaner" in posts(a, "Rosa Mendes")
    b = run("Asha Patel, 44, a packer at Brellis Foods, is suing the firm over an injury.")
    assert "Brellis Foods" in jobs(b, "Asha Patel") and "packer" in posts(b, "Asha Patel")
    # a club's physio is on its staff, no player of it
    c = run("Club physio leaves\n\nKelso Rovers physio Dan Lyle has left the club after eight years. Lyle is joining Arden Town.")
    assert "Kelso Rovers" in jobs(c, "Dan Lyle") and jobs(c, "Dan Lyle", "member") == {}
    # an adjective set off after a name is no post
    d = run("Rosa Mendes, cleaner than ever, won her case on Friday.")
    assert posts(d, "Rosa Mendes") == {}


def test_a_bodys_short_name_taken_for_a_place_before_a_post() -> None:
    # "Dunstable's chief executive" in an article about Dunstable Carriers, where the recognizer makes "Dunstable" a town
    a = run("Brenmark hires rival\n\nBrenmark hired Maelle Okoro, the head of operations at its rival Dunstable Carriers. "
            "She joined Dunstable in 2014. Brenmark had also approached Dunstable's chief executive, Rupert Aldane-Sykes, "
            "who turned the job down.")
    assert "Dunstable Carriers" in jobs(a, "Rupert Aldane-Sykes")
    b = run("Corby Mills sold\n\nThe textile maker Corby Mills was sold on Monday. Its founder moved to Corby in 1990. "
            "Corby's finance director, Ada Quist, will leave in June.")
    assert "Corby Mills" in jobs(b, "Ada Quist")
    # a town's own post stays the town's
    c = run("Leeds United sold\n\nLeeds United was sold on Monday. Leeds's mayor, Ann Cole, welcomed the deal.")
    assert jobs(c, "Ann Cole") == {}


def test_a_board_of_an_unnamed_body_makes_no_membership() -> None:
    # the body whose board it is is told but unnamed: no member fact at all (not one whose body is the word "board")
    a = run("Freight chief steps down\n\nIngrid Halvorsrud, 58, chief executive of Brenmark Freight, will step down in May. "
            "Halvorsrud, who lives in Bergen, sits on the boards of two shipping companies.")
    assert not [f for f in a.facts if f.relation == "member"]
    b = run("Chemist retires\n\nHilda Braun retired from Kessler Pharma in 2020. Braun previously sat on the board of a "
            "hospital trust.")
    assert not [f for f in b.facts if f.relation == "member"]
    # a named body's board stays a seat
    c = run("Chemist retires\n\nHilda Braun retired from Kessler Pharma in 2020. Braun sits on the board of Harlow Rovers.")
    assert "Harlow Rovers" in jobs(c, "Hilda Braun", "member")
