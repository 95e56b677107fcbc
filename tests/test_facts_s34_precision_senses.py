"""Session 34 (E): false positives -- the schema's trigger words in other senses ("fired a warning shot", "sued for
peace", "elected to remain silent", "posted a loss", "proposed a toast"), habits and suppositions -- each as invented
sentences through the real pipeline, with the true events of the same words beside them."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, typed


def _types(text: str) -> list[str | None]:
    return [e.type for e in run(text).events if e.type]


def test_firing_a_shot_or_a_side_into_the_lead_lets_no_one_go() -> None:
    for text in ("Danvers Holdings fired a warning shot at its rivals on Tuesday.",
                 "Police fired shots at a car driven by Ruben Okafor on Sunday.",
                 "Striker Emil Rask fired Harton into the lead after ten minutes.",
                 "Nia Obi fired Kelby Rovers to victory with two late goals on Saturday."):
        assert "career.fire" not in _types(text), (text, _types(text))
    a = run("Pellworth Town fired manager Ruari Blaine on Saturday.")
    assert [(e.time, event_names(a, "career.fire", "patient")) for e in typed(a, "career.fire")] == [("2024-05-04", ["Ruari Blaine"])]
    b = run("Ana Bell was fired by Corvane in 2019 to make way for a younger presenter.")
    assert [e.time for e in typed(b, "career.fire")] == ["2019"]


def test_launching_into_a_tirade_launches_nothing() -> None:
    for text in ("Ivo Pratt launched into a tirade against the government on Friday.",
                 "Mira Solberg launched into an impassioned defence of the plan."):
        assert "business.launch" not in _types(text), (text, _types(text))
    a = run("Corvane launched its new electric scooter in Berlin on Tuesday.")
    assert [e.time for e in typed(a, "business.launch")] == ["2024-04-30"]


def test_suing_for_peace_takes_no_one_to_court() -> None:
    for text in ("General Osric Tal sued for peace in 1921.", "By the spring of 1918 Karl Brenner was ready to sue for terms."):
        assert "legal.sue" not in _types(text), (text, _types(text))
    a = run("Ana Bell sued Corvane for defamation in March.")
    assert event_names(a, "legal.sue", "target") == ["Corvane"]


def test_electing_to_do_something_is_a_choice_not_an_election() -> None:
    for text in ("Asked about the allegations, Dennis Whitlow elected to remain silent.",
                 "Mira Solberg elected not to appeal the ruling."):
        assert "politics.elect" not in _types(text), (text, _types(text))
    a = run("Ana Bell was elected to lead the Green Party in 2019.")
    assert [(e.time, event_names(a, "politics.elect", "patient")) for e in typed(a, "politics.elect")] == [("2019", ["Ana Bell"])]
    b = run("Party members elected Tom Ruiz to lead them in May.")
    assert event_names(b, "politics.elect", "patient") == ["Tom Ruiz"]


def test_posting_figures_or_bail_publishes_nothing() -> None:
    for text in ("Halden Group posted a loss of £3m on Thursday.", "Corvane posted record profits for the third year running.",
                 "Ivo Marek posted bail on Friday."):
        assert "report.publish" not in _types(text), (text, _types(text))
    a = run("Ana Bell posted a photo of the couple on Instagram on Sunday.")
    assert [e.time for e in typed(a, "report.publish")] == ["2024-05-05"]


def test_proposing_a_plan_or_a_toast_is_no_engagement() -> None:
    for text in ("Rita Moss proposed a toast to the couple.", "Councillor Bram Oduya proposed a new cycle lane on Tuesday."):
        assert "life.engage" not in _types(text), (text, _types(text))
    a = run("Tom Ruiz proposed to Ana Bell in Paris last June.")
    assert event_names(a, "life.engage", "partner") == ["Ana Bell"]
    b = run("Tom Ruiz proposed marriage to Ana Bell in Paris last June.")
    assert event_names(b, "life.engage", "partner") == ["Ana Bell"]


def test_engaging_someone_to_work_or_engaging_with_voters_is_no_betrothal() -> None:
    for text in ("Tom Ruiz engaged a lawyer in June.", "Ana Bell's engagement with voters was praised by Tom Ruiz.",
                 "Corvane engaged the consultancy Brightline to review its accounts."):
        assert "life.engage" not in _types(text), (text, _types(text))
    a = run("Tom Ruiz and Ana Bell got engaged in Paris in March.")
    assert [e.time for e in typed(a, "life.engage")] == ["2024-03"]
    b = run("Ana Bell's engagement to Tom Ruiz was announced on Friday.")
    assert event_names(b, "life.engage", "partner") != []


def test_winning_people_over_or_reviews_is_no_prize() -> None:
    for text in ("Priya Lakhani won over the sceptics with a calm speech on Thursday.",
                 "Ana Bell won over the judges in Leeds.", "Thea Lund's memoir won rave reviews."):
        assert "career.win" not in _types(text), (text, _types(text))
    a = run("Ana Bell won the Golden Lyre in May after winning over the judges.")
    assert [e.time for e in typed(a, "career.win")] == ["2024-05"]
    b = run("Ana Bell won over the judges to take the Golden Lyre in May.")
    assert [e.time for e in typed(b, "career.win")] == ["2024-05"]


def test_habits_told_with_adverbs_of_frequency_are_no_events() -> None:
    for text in ("Judge Amelia Crane rarely jails first-time offenders.", "Corvane often hires graduates from Leeds.",
                 "Halden Group regularly acquires small rivals."):
        assert _types(text) == [], (text, _types(text))
    a = run("Judge Amelia Crane jailed Ivo Marek for six years on Friday.")
    assert [e.time for e in typed(a, "legal.sentence")] == ["2024-05-03"]
    # in the past the adverb sums up a career: the tie is still told
    b = run("Tom Ruiz often collaborated with the director Ana Bell.")
    assert event_names(b, "career.collaborate", "partner") == ["Ana Bell"]


def test_arresting_a_slide_holds_no_one() -> None:
    for text in ("Ben Ashe arrested the slide with a late goal for Harton FC.",
                 "The decline at Corvane was arrested in 2021 by its new boss, Lisa Park."):
        assert "legal.arrest" not in _types(text), (text, _types(text))
    a = run("Police arrested Ivo Marek in Leeds on Friday.")
    assert event_names(a, "legal.arrest", "patient") == ["Ivo Marek"]


def test_one_who_marries_couples_is_an_officiant() -> None:
    for text in ("Judge Tom Hale has married hundreds of couples in his career.",
                 "Father Liam Cole, who married the couple, died on Sunday."):
        assert "life.marry" not in _types(text), (text, _types(text))
    a = run("Tom Hale married Ana Bell in Leeds in 2015.")
    assert event_names(a, "life.marry", "partner") == ["Ana Bell"]


def test_splitting_time_or_being_separated_from_things_is_no_break_up() -> None:
    for text in ("Ana Bell splits her time between London and Lisbon.", "Vera Holt was separated from her luggage at Heathrow.",
                 "Tom Ruiz was separated from his group during the climb."):
        assert "life.separate" not in _types(text), (text, _types(text))
    a = run("Ana Bell split from her husband, Tom Ruiz, in 2021.")
    assert event_names(a, "life.separate", "partner") == ["Tom Ruiz"]
    b = run("Ana Bell split from the father of her two children, Tom Ruiz, in 2020.")
    assert [e.time for e in typed(b, "life.separate")] == ["2020"]


def test_retiring_hurt_ends_an_innings_not_a_career() -> None:
    for text in ("Sara Moss retired hurt after 20 overs at Lord's.", "Ana Bell retired injured in the second set."):
        assert "career.retire" not in _types(text), (text, _types(text))
    a = run("Sara Moss retired from cricket in 2019.")
    assert [e.time for e in typed(a, "career.retire")] == ["2019"]


def test_supposed_and_asked_events_are_speculative() -> None:
    for text, kind in (("Had Dara Quill won the race, she would have been the first woman to do so.", "career.win"),
                       ("Were Nina Holt to resign, the party would collapse.", "career.resign"),
                       ("Would Gareth Mallin resign if the vote went against him?", "career.resign"),
                       ("Will Ana Bell and Tom Ruiz marry?", "life.marry"),
                       ("Elsa Brandt declined to say whether she would resign.", "career.resign")):
        assert [e.certainty for e in typed(run(text), kind)] == ["speculative"], (text, [(e.type, e.certainty) for e in run(text).events])
    # what happened stays asserted, and what was declined stays negated
    a = run("Dara Quill won the race in 2019. Why did she quit?")
    assert [e.certainty for e in typed(a, "career.win")] == ["asserted"]
    b = run("Elsa Brandt declined to resign on Friday.")
    assert [e.certainty for e in typed(b, "career.resign")] == ["negated"]


def test_relieved_as_a_feeling_and_a_tap_on_the_shoulder_are_no_career_moves() -> None:
    for text, kind in (("Her manager, Amara Ebuka, said Ana Bell was \"relieved and ready to get back to the music\".", "career.fire"),
                       ("Tom Ruiz said he was relieved and happy after the verdict.", "career.fire"),
                       ("\"I keep waiting for someone to tap me on the shoulder,\" Dora Blyth said.", "career.appoint"),
                       ("Dora Blyth tapped Tom Ruiz on the arm and pointed at the stage.", "career.appoint")):
        assert kind not in _types(text), (text, _types(text))
    a = run("Ana Bell was relieved of her duties as captain in May.")
    assert [e.time for e in typed(a, "career.fire")] == ["2024-05"]
    b = run("Corvane tapped Tom Ruiz to lead its European arm in March.")
    assert event_names(b, "career.appoint", "patient") == ["Tom Ruiz"]


def test_a_habit_every_morning_since_a_year_is_no_event_of_that_year() -> None:
    for text in ("\"I've bought my paper there every morning since 1994,\" said Gordon Pilling.",
                 "Ana Bell has hired a new intern every summer since 2015."):
        assert _types(text) == [], (text, _types(text))
    a = run("Gordon Pilling bought the shop in 1994.")
    assert [e.time for e in typed(a, "business.acquire")] == ["1994"]


def test_questioned_by_police_or_interviewed_for_a_job_is_no_interview_given() -> None:
    for text in ("Ana Bell was interviewed by police on Monday.", "Detectives interviewed Tom Ruiz under caution on Friday.",
                 "Ana Bell will be interviewed for the post of chief executive next week."):
        assert "report.interview" not in _types(text), (text, _types(text))
    a = run("Ana Bell was interviewed by the Guardian on Monday.")
    assert [e.time for e in typed(a, "report.interview")] == ["2024-05-06"]


def test_dying_to_do_something_is_no_death() -> None:
    for text in ("Tom Ruiz was dying to tell everyone, said Ana Bell.", "Ana Bell is dying to get back on stage."):
        assert "life.die" not in _types(text), (text, _types(text))
    a = run("Tom Ruiz died in Leeds on Sunday.")
    assert [e.time for e in typed(a, "life.die")] == ["2024-05-05"]


def test_a_departure_from_the_script_leaves_no_post() -> None:
    for text in ("Ana Bell's departure from the script surprised critics.", "The album marks a departure from tradition for Tom Ruiz."):
        assert "career.resign" not in _types(text), (text, _types(text))
    a = run("Ana Bell's departure from Corvane was announced on Monday.")
    assert event_names(a, "career.resign", "agent") == ["Ana Bell"]
    b = run("Ana Bell's departure from the position of chairman was announced on Monday.")
    assert event_names(b, "career.resign", "agent") == ["Ana Bell"]


def test_declaring_love_bankruptcy_or_fitness_announces_nothing() -> None:
    for text in ("Ana Bell declared her love for Tom Ruiz on stage.", "Ana Bell declared bankruptcy in 2012.",
                 "Tom Ruiz was declared fit for Saturday's match."):
        assert "politics.announce" not in _types(text), (text, _types(text))
    a = run("Ana Bell declared her candidacy for mayor of Leeds on Monday.")
    assert [e.time for e in typed(a, "politics.announce")] == ["2024-05-06"]


def test_earning_a_living_or_a_reputation_wins_no_prize() -> None:
    for text in ("Tom Ruiz earned a living as a waiter.", "Ana Bell earned a reputation as a tough negotiator.",
                 "Tom Ruiz earned the nickname 'the Professor' at Corvane."):
        assert "career.win" not in _types(text), (text, _types(text))
    a = run("Ana Bell earned the Golden Lyre in 2019.")
    assert [e.time for e in typed(a, "career.win")] == ["2019"]


def test_a_taste_a_reputation_or_an_argument_gained_is_no_business() -> None:
    for text, kind in (("Ana Bell acquired a taste for jazz in Paris.", "business.acquire"),
                       ("Tom Ruiz acquired a reputation as a hard worker at Corvane.", "business.acquire"),
                       ("Ana Bell founded her argument on two studies.", "business.found"),
                       ("Tom Ruiz built up a loyal following in Leeds.", "business.found")):
        assert kind not in _types(text), (text, _types(text))
    a = run("Corvane acquired Kelby Foods in 2019.")
    assert event_names(a, "business.acquire", "patient") == ["Kelby Foods"]
    b = run("Tom Ruiz built up a haulage business, Ruiz Freight, in the 1990s.")
    assert event_names(b, "business.found", "organization") == ["Ruiz Freight"]


def test_time_and_effort_invested_or_a_recruit_to_a_cause_is_no_deal() -> None:
    for text, kind in (("Ana Bell invested heavily in her training before the Games.", "business.invest"),
                       ("Tom Ruiz invested his time in the charity.", "business.invest"),
                       ("Ana Bell was recruited to the cause by Tom Ruiz.", "career.hire"),
                       ("Tom Ruiz recruited Ana Bell to the campaign in March.", "career.hire")):
        assert kind not in _types(text), (text, _types(text))
    a = run("Tom Ruiz invested £2m in Corvane in 2019.")
    assert [e.time for e in typed(a, "business.invest")] == ["2019"]
    b = run("Corvane recruited Ana Bell to its board in 2019.")
    assert event_names(b, "career.hire", "patient") == ["Ana Bell"]
