"""Life, family, legal and business events told in phrasings no fixture article had tested (session 32): invented
sentences through the real pipeline, each fix with two wordings or more and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, role_texts


def test_a_child_named_in_a_phrase_set_off_after_the_kin_noun() -> None:
    # "their first child, a son called X", which the parser hangs on the verb (or on "birth"): X is the child
    a = run("Darts champion Wes Lyle and his wife Amy have welcomed their first child, a son called Reuben.")
    assert "Reuben" in event_names(a, "family.child", "child")
    b = run("Singer Rosa Lind has announced the birth of her first child, a boy named Theo.")
    assert_event(b, "family.child", {"parent": "Rosa Lind", "child": "Theo"})
    # ... the kin noun alone when nothing names it
    c = run("Darts champion Wes Lyle and his wife Amy have welcomed their first child, a son, on Friday.")
    assert event_names(c, "family.child", "child") == [None]


def test_the_arrival_of_a_child_is_a_birth() -> None:
    # "celebrated the arrival of their daughter, X": a family.child event (the kin noun is needed)
    a = run("Presenter Dan Holt and his wife Meg celebrated the arrival of their daughter, Esme, last week.")
    assert_event(a, "family.child", {"parent": "Dan Holt", "child": "Esme"})
    assert [e.time for e in a.events if e.type == "family.child"] == ["2024-W18"]
    b = run("Mila Grant announced the arrival of her son, Jonah, on Instagram on Friday.")
    assert_event(b, "family.child", {"parent": "Mila Grant", "child": "Jonah"})
    # ... not a new manager's arrival
    assert_no_event(run("Fans greeted the arrival of the new manager, Tom Pike, on Monday."), "family.child")


def test_an_idiom_whose_to_phrase_the_parser_read_as_an_infinitive() -> None:
    # "have taken X to court": "to court" parsed as "to" + a verb
    a = run("Shareholders have taken Pellam Foods to court.")
    assert "Pellam Foods" in event_names(a, "legal.sue", "target")
    b = run("The singer Ava Rhodes took her former label, Blue Fern, to court in 2021.")
    assert_event(b, "legal.sue", {"agent": "Ava Rhodes", "target": "Blue Fern"})
    # ... not a trip to hospital
    assert_no_event(run("The ambulance took Joe Bell to hospital on Friday."), "legal.sue")


def test_swept_to_power_is_an_election() -> None:
    a = run("Opposition leader Tom Hale swept to power in a landslide in March.")
    assert_event(a, "politics.elect", {"patient": "Tom Hale"})
    assert [e.time for e in a.events if e.type == "politics.elect"] == ["2024-03"]
    b = run("Nina Rowe was swept into office in 2016.")
    assert_event(b, "politics.elect", {"patient": "Nina Rowe"})
    # ... a team sweeping to victory is no election
    assert_no_event(run("Rovers swept to victory on Saturday."), "politics.elect")


def test_a_name_the_parser_hung_apart_from_the_noun_for_its_kind() -> None:
    # "in the robotics firm Axel", "dating the model Cleo Banks": the name, parsed on the verb or as the next clause's
    # subject, is the argument rather than the noun before it
    a = run("Cabot Ventures invested $12m in the robotics firm Axel last year.")
    assert_event(a, "business.invest", {"agent": "Cabot Ventures", "target": "Axel"})
    b = run("Rumours that Tom Vale is dating the model Cleo Banks surfaced in April.")
    assert "Cleo Banks" in [t for ts in role_texts(b, "life.date", "partner") for t in ts]
    c = run("Lucy Gorman started the skincare company Bloomly from her kitchen in 2018.")
    assert_event(c, "business.found", {"agent": "Lucy Gorman", "organization": "Bloomly"})
    # ... a person's name after a noun for a body is not the body
    d = run("Cabot Ventures invested $12m in the firm last year, Ana Ruiz said.")
    assert "Ana Ruiz" not in event_names(d, "business.invest", "target")


def test_a_title_set_off_after_a_kin_noun_names_the_partner() -> None:
    # "her fiance, the rugby player X," with the second noun hung on the verb: X is the one she marries
    a = run("The singer Poppy Vance is set to marry her fiance, the rugby player Will Ash, next month.")
    assert_event(a, "life.marry", {"agent": "Poppy Vance", "partner": "Will Ash"})
    b = run("Rory Flynn will wed his girlfriend, the singer Eve Marlow, in June.")
    assert_event(b, "life.marry", {"agent": "Rory Flynn", "partner": "Eve Marlow"})


def test_job_losses_and_staff_losing_their_jobs_at_a_named_body() -> None:
    # "announced 300 job losses": the jobs the noun names
    a = run("The broadcaster Channel Nine announced 300 job losses on Monday.")
    assert_event(a, "business.layoff", {"agent": "Channel Nine"})
    # "300 staff at X will lose their jobs", "200 jobs at X will go", "job losses at X": X cuts them
    b = run("Around 300 staff at Kendal Steel will lose their jobs.")
    assert_event(b, "business.layoff", {"agent": "Kendal Steel"})
    c = run("About 200 jobs at Penmart will go.")
    assert_event(c, "business.layoff", {"agent": "Penmart"})
    d = run("There will be 300 job losses at Kendal Steel.")
    assert_event(d, "business.layoff", {"agent": "Kendal Steel"})
    # ... not one worker's job, nor a team's losses
    assert_no_event(run("Rovers suffered three losses at Hallam Park in April."), "business.layoff")


def test_a_term_counted_in_years_handed_down_is_a_sentence() -> None:
    # "was handed a five-year term", "received an 18-month term": a prison term with no "prison" said
    a = run("Lee Rudd was handed a five-year term in 2016.")
    assert_event(a, "legal.sentence", {"patient": "Lee Rudd"})
    b = run("Jo Finch received an 18-month term on Friday.")
    assert_event(b, "legal.sentence", {"patient": "Jo Finch"})
    # ... not a term in office
    assert_no_event(run("The voters gave Jo Hale a second four-year term in 2022."), "legal.sentence")
    assert_no_event(run("Jo Hale was given a four-year term as chair of the board in 2022."), "legal.sentence")
    assert_no_event(run("Mayor Jo Hale won a second four-year term in 2022."), "legal.sentence")


def test_a_pair_that_has_been_a_couple_or_an_item_is_dating() -> None:
    a = run("The actor Finn Lowe and the singer Ruby Sands have been an item since 2021.")
    assert_event(a, "life.date", {"agent": "Finn Lowe", "partner": "Ruby Sands"})
    assert [e.time for e in a.events if e.type == "life.date"] == ["2021"]
    b = run("Finn Lowe and Ruby Sands had been a couple for two years.")
    assert_event(b, "life.date", {"agent": "Finn Lowe", "partner": "Ruby Sands"})
    # ... not the couple behind a shop, nor a present state told undated
    assert_no_event(run("Finn Lowe and Ruby Sands are the couple behind the bakery Crumbs."), "life.date")
    assert_no_event(run("Rumours say the pair Finn Lowe and Ruby Sands are a couple."), "life.date")


def test_a_father_or_mother_of_children_counted_or_named_has_them_undated() -> None:
    # "X, a father of two,": a family.child event with X the parent, not dated by the clause it stands in
    a = run("Tom Hale, a father of two, was jailed on Monday.")
    assert_event(a, "family.child", {"parent": "Tom Hale"})
    assert [e.time for e in a.events if e.type == "family.child"] == [None]
    b = run("Tara Gale, a mother of three, died on Friday.")
    assert_event(b, "family.child", {"parent": "Tara Gale"})
    # ... one event for each child named
    c = run("Tom Hale is the father of two sons, Leo and Sam.")
    assert sorted(event_names(c, "family.child", "child")) == ["Leo", "Sam"]
    # ... not the mother of the bride, nor the father of a named victim told only as a victim
    assert_no_event(run("Ann Bell, the mother of the bride, wept."), "family.child")
    assert_no_event(run("Tom Hale, the father of modern physics, died in 1990."), "family.child")


def test_an_event_noun_that_took_place_or_was_held_somewhere() -> None:
    # "The wedding took place at X", "was held in Y": the verb's place is the wedding's
    a = run("The wedding of Clara Hume and Oliver Stroud took place at Blenheim Palace in Oxfordshire on Saturday.")
    assert_event(a, "life.marry", {"agent": "Clara Hume", "partner": "Oliver Stroud", "place": "Blenheim Palace"})
    b = run("The wedding of Clara Hume and Oliver Stroud was held in Capri on Saturday.")
    assert_event(b, "life.marry", {"place": "Capri"})


def test_pregnant_with_a_child_is_a_birth_ahead() -> None:
    # "is pregnant with her third child": a speculative family.child event, as "is expecting"
    a = run("The actress Mia Torres, 38, is pregnant with her third child.")
    assert_event(a, "family.child", {"parent": "Mia Torres"})
    assert [e.certainty for e in a.events if e.type == "family.child"] == ["speculative"]
    b = run("Kira Stone announced she was pregnant with twins in March.")
    assert_event(b, "family.child", {"parent": "Kira Stone"})
    # ... not pregnant at the time of something else
    assert_no_event(run("Kira Stone was pregnant when she won the title."), "family.child")


def test_a_name_set_off_after_how_long_the_tie_has_lasted() -> None:
    # "his girlfriend of five years, X,": X is the partner
    a = run("Joss Adair married his girlfriend of five years, Kim Lowry, in 2019.")
    assert_event(a, "life.marry", {"agent": "Joss Adair", "partner": "Kim Lowry"})
    b = run("The singer Joss Adair and his wife of ten years, Kim Lowry, are divorcing.")
    assert_event(b, "life.divorce", {"agent": "Joss Adair", "partner": "Kim Lowry"})


def test_a_claim_brought_by_someone_unnamed_against_someone_named() -> None:
    # "a former nanny has filed a claim against X": X is sued (the claimant told by what she is)
    a = run("A former nanny has filed a claim against the footballer Kai Brennan at the High Court.")
    assert "Kai Brennan" in event_names(a, "legal.sue", "target")
    b = run("Two former employees have brought a case against Nimbus Labs.")
    assert "Nimbus Labs" in event_names(b, "legal.sue", "target")
    # ... not a prosecution, nor a claim made in words
    assert_no_event(run("Police brought a case against Kai Brennan."), "legal.sue")
    assert_no_event(run("Her claim that Kai Brennan lied was rejected."), "legal.sue")


def test_layoffs_told_in_the_passive_or_as_a_smaller_workforce() -> None:
    # "were laid off by X": X lays them off
    a = run("Around 600 staff were laid off by Skyward Airlines in 2020.")
    assert_event(a, "business.layoff", {"agent": "Skyward Airlines"})
    assert [e.time for e in a.events if e.type == "business.layoff"] == ["2020"]
    # "to reduce / trim its workforce by 2,000"
    b = run("Velta Motors announced plans on Tuesday to reduce its workforce by 2,000.")
    assert_event(b, "business.layoff", {"agent": "Velta Motors"})
    c = run("Penmart Group will trim its headcount by 300 this year.")
    assert_event(c, "business.layoff", {"agent": "Penmart Group"})
    # ... not costs or prices
    assert_no_event(run("Velta Motors will reduce costs by 10%."), "business.layoff")


def test_money_ploughed_or_pumped_into_a_company_and_a_round_for_it() -> None:
    a = run("Corvid Capital has ploughed £10m into the electric bike maker Zoomo.")
    assert_event(a, "business.invest", {"agent": "Corvid Capital", "target": "Zoomo"})
    b = run("Corvid Capital pumped $5 million into Zoomo Ltd in 2022.")
    assert_event(b, "business.invest", {"agent": "Corvid Capital", "target": "Zoomo Ltd"})
    assert_no_event(run("Kendal Mining pumped water into the shaft."), "business.invest")
    # "led a funding round for Y", "participated in the round for Y": Y is the one funded
    c = run("Birch Ventures led a funding round for Tallyho Ltd in March.")
    assert_event(c, "business.invest", {"agent": "Birch Ventures", "target": "Tallyho Ltd"})
    d = run("Birch Ventures participated in the round for Tallyho Ltd.")
    assert_event(d, "business.invest", {"agent": "Birch Ventures", "target": "Tallyho Ltd"})


def test_hit_or_slapped_with_charges_is_a_charge() -> None:
    a = run("The pop star Nate Cole was hit with three charges of assault on Friday.")
    assert_event(a, "legal.charge", {"patient": "Nate Cole"})
    b = run("Prosecutors slapped Lev Orlov with fraud charges in March.")
    assert_event(b, "legal.charge", {"patient": "Lev Orlov"})
    assert_no_event(run("Nate Cole was hit with a bottle on Friday."), "legal.charge")


def test_the_couple_the_ner_swallowed_into_a_date() -> None:
    # "The couple married two years later": the NER takes the whole clause for one date; "the couple" is still the pair
    a = run("Kai Brennan and Leah Sutton met in 2015. The couple married two years later in Cornwall.")
    assert_event(a, "life.marry", {"agent": "Kai Brennan", "partner": "Leah Sutton"})
    assert [e.time for e in a.events if e.type == "life.marry"] == ["2017"]
    b = run("Kai Brennan and Leah Sutton met in 2015. The couple wed three years later.")
    assert_event(b, "life.marry", {"agent": "Kai Brennan", "partner": "Leah Sutton"})


def test_a_marriage_dated_in_its_own_phrase_that_later_ended() -> None:
    # "Her marriage to X in 2012 ended in divorce": the wedding, in 2012
    a = run("Mila Grant is a French painter. Her marriage to the banker Tom Lyle in 2012 ended in divorce.")
    assert_event(a, "life.marry", {"agent": "Mila Grant", "partner": "Tom Lyle"})
    assert [e.time for e in a.events if e.type == "life.marry"] == ["2012"]
    b = run("Mila Grant's 2012 marriage to Tom Lyle lasted ten years.")
    assert_event(b, "life.marry", {"agent": "Mila Grant", "partner": "Tom Lyle"})
    # ... but the end's date is no wedding's
    assert_no_event(run("Her marriage to the banker Tom Lyle ended in 2019."), "life.marry")


def test_the_first_one_to_be_elected_is_dated_by_the_clause_that_makes_them_so() -> None:
    # "In 2017 X became the first Muslim to be elected mayor": elected in 2017
    a = run("In 2017 Ali Karim became the first Muslim to be elected mayor of Tarrow.")
    assert_event(a, "politics.elect", {"patient": "Ali Karim"})
    assert [e.time for e in a.events if e.type == "politics.elect"] == ["2017"]
    b = run("Maria Osei became the first woman elected to lead the union, in a vote on Friday.")
    assert [e.time for e in b.events if e.type == "politics.elect"] == ["2024-05-03"]
    # ... not someone else described by a clause of the sentence
    c = run("In 2015 Ruth Abel met a writer who won the Carrow Prize.")
    assert [e.time for e in c.events if e.type == "career.win"] == [None]


def test_a_kin_noun_before_the_name_makes_the_birth() -> None:
    # "welcomed baby Felix", "Baby Felix arrived": the kin noun stands before the name, not as the argument
    a = run("Jade Holloway welcomed baby Felix on Monday.")
    assert_event(a, "family.child", {"parent": "Jade Holloway", "child": "Felix"})
    b = run("Baby Felix arrived on Monday, Jade Holloway said.")
    assert "Felix" in event_names(b, "family.child", "child")
    # ... not a newcomer welcomed
    assert_no_event(run("Jade Holloway welcomed Tom Hale to the club on Monday."), "family.child")


def test_facing_trial_on_charges_is_being_charged() -> None:
    a = run("The former council leader Roy Bane will face trial on fraud charges.")
    assert_event(a, "legal.charge", {"patient": "Roy Bane"})
    b = run("Dana Kerr faces trial on charges of theft.")
    assert_event(b, "legal.charge", {"patient": "Dana Kerr"})
    # ... not a game to face, nor charges of a card
    assert_no_event(run("The team will face Rovers on Saturday."), "legal.charge")
    assert_no_event(run("Roy Bane went on holiday on charges of his credit card."), "legal.charge")


def test_the_place_of_an_election_from_what_is_represented_or_the_title_held() -> None:
    # "was elected to represent X": X the place
    a = run("Ruth Abel was elected to represent Leeds in 2019.")
    assert_event(a, "politics.elect", {"patient": "Ruth Abel", "place": "Leeds"})
    # "X, the mayor of Y, was re-elected": Y
    b = run("Jo Pratt, the mayor of Brackwell, was re-elected on Thursday.")
    assert_event(b, "politics.elect", {"patient": "Jo Pratt", "place": "Brackwell"})
    # ... not the place of another post than the one elected to
    c = run("Jo Pratt, the mayor of Brackwell, was elected president of the Mayors Association.")
    assert role_texts(c, "politics.elect", "place") == [[]]


def test_a_time_the_parser_hung_as_an_apposition_after_the_closing_comma() -> None:
    # "wed his girlfriend, the singer X, in Dublin last month": "last month" dates the wedding, not the singer
    a = run("Dancer Rory Flynn wed his long-time girlfriend, the singer Eve Marlow, in Dublin last month.")
    assert_event(a, "life.marry", {"agent": "Rory Flynn", "partner": "Eve Marlow"})
    assert [e.time for e in a.events if e.type == "life.marry"] == ["2024-04"]
    # ... and the romance the noun "girlfriend" tells is older than the clause
    assert [e.time for e in a.events if e.type == "life.date"] == [None]
    # ... a time inside the apposition still describes the one named
    b = run("Rory Flynn, the champion last year, retired on Monday.")
    assert [e.time for e in b.events if e.type == "career.retire"] == ["2024-05-06"]


def test_the_place_of_an_election_from_where_the_voters_are() -> None:
    # "The people of X re-elected Y", "Voters in X elected Y": X the place
    a = run("The people of Carrow re-elected Tom Hale as mayor in 2020.")
    assert_event(a, "politics.elect", {"patient": "Tom Hale", "place": "Carrow"})
    b = run("Voters in Carrow elected Nina Hart as mayor on Tuesday.")
    assert_event(b, "politics.elect", {"patient": "Nina Hart", "place": "Carrow"})
