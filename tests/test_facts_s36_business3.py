"""Takeovers, stakes, foundings and launches told in phrasings no fixture article had tested (session 36): invented
sentences through the real pipeline, each fix with two wordings or more and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, typed


def test_taking_control_of_a_company_acquires_it() -> None:
    # "took / gained (full) control of Y": Y a company named
    a = run("Harbeck Group took control of Lintwell Foods in 2019.")
    assert_event(a, "business.acquire", {"agent": "Harbeck Group", "patient": "Lintwell Foods"})
    b = run("Brisgow Steel took full control of Anvil Forge in 2011, buying out its partner.")
    assert_event(b, "business.acquire", {"agent": "Brisgow Steel", "patient": "Anvil Forge"})
    c = run("Ostrava Holdings gained control of Pellow Robotics last year.")
    assert_event(c, "business.acquire", {"agent": "Ostrava Holdings", "patient": "Pellow Robotics"})
    # ... not a ball, a fire, a city or a council won
    assert_no_event(run("The midfielder took control of the ball and scored."), "business.acquire")
    assert_no_event(run("Firefighters took control of the blaze within an hour."), "business.acquire")
    assert_no_event(run("The rebels seized control of the capital in 2019."), "business.acquire")
    assert_no_event(run("Labour took control of Harnford Council in May."), "business.acquire")


def test_a_deal_or_a_swoop_for_a_company_acquires_it() -> None:
    # "agreed a £3m deal for Y", "swooped for (rival) Y": a company named
    a = run("Tamsfield Retail agreed a £3m deal for Brindle Stores on Tuesday.")
    assert_event(a, "business.acquire", {"agent": "Tamsfield Retail", "patient": "Brindle Stores"})
    b = run("Corlan Foods swooped for rival Hadley Dairies last month.")
    assert_event(b, "business.acquire", {"agent": "Corlan Foods", "patient": "Hadley Dairies"})
    c = run("Tolland Bank has swooped for the struggling lender Quayside Savings.")
    assert_event(c, "business.acquire", {"agent": "Tolland Bank", "patient": "Quayside Savings"})
    # ... not a stadium, a border, an old car or a footballer
    assert_no_event(run("The council agreed a deal for a new stadium in March."), "business.acquire")
    assert_no_event(run("She got a good deal for her old car."), "business.acquire")
    assert_no_event(run("Harrow City swooped for the Leeds winger Sam Ode last month."), "business.acquire")
    assert_no_event(run("Kelby Rovers agreed a £3m deal for striker Tom Hale on Tuesday."), "business.acquire")


def test_swallowing_up_a_company_acquires_it() -> None:
    a = run("Orlin Telecom swallowed up Pexford Networks in a £900m deal in 2014.")
    assert_event(a, "business.acquire", {"agent": "Orlin Telecom", "patient": "Pexford Networks"})
    b = run("Marbeck Group swallowed up the rival chain Stenhouse Stores in 2009.")
    assert_event(b, "business.acquire", {"agent": "Marbeck Group", "patient": "Stenhouse Stores"})
    # ... not one's pride
    assert_no_event(run("He swallowed up his pride and apologised."), "business.acquire")


def test_buying_into_a_company_invests_in_it() -> None:
    # "X bought into Y": money put into Y, no takeover
    a = run("Dalvey Holdings bought into Crestmoor Brewing last year, taking a 30% stake.")
    assert_event(a, "business.invest", {"agent": "Dalvey Holdings", "target": "Crestmoor Brewing"})
    assert_no_event(a, "business.acquire")
    b = run("Orrin Capital has bought into the fast-growing Kestle Software.")
    assert_event(b, "business.invest", {"agent": "Orrin Capital", "target": "Kestle Software"})
    # ... not an idea or a vision
    assert_no_event(run("Few voters bought into the idea of a new tax."), "business.invest")
    assert_no_event(run("Fans bought into the manager's vision."), "business.invest")


def test_launching_a_label_or_a_firm_founds_it() -> None:
    # "launched his own label, X", "launched a consultancy, X": a body put up
    a = run("In 2012 the rapper launched his own label, Redfern Records.")
    assert_event(a, "business.found", {"organization": "Redfern Records"})
    assert_no_event(a, "business.launch")
    b = run("Lena Hoff launched a consultancy, Hoff Partners, in 2015.")
    assert_event(b, "business.found", {"agent": "Lena Hoff", "organization": "Hoff Partners"})
    c = run("In 2016 Colm Reddy launched his own record label, Tidewater Records.")
    assert_event(c, "business.found", {"agent": "Colm Reddy", "organization": "Tidewater Records"})
    # ... not a range of goods, a career or a tour
    assert_no_event(run("Teller Foods launched a new range of trainers in May."), "business.found")
    assert_no_event(run("She launched a new career as a painter in 2010."), "business.found")
    assert_no_event(run("The band launched their tour in Glasgow."), "business.found")


def test_a_sum_written_in_one_word_is_a_sum() -> None:
    # "$2m", "$20m": the figure's unit ends the word
    a = run("Heron Ventures put $2m into Kiteline in 2017.")
    assert_event(a, "business.invest", {"agent": "Heron Ventures", "target": "Kiteline"})
    b = run("Lark Capital put $20m into Morrow Energy in 2021.")
    assert_event(b, "business.invest", {"agent": "Lark Capital", "target": "Morrow Energy"})
    # ... not a figure of something else
    assert_no_event(run("Heron Ventures put 200 staff into Kiteline in 2017."), "business.invest")


def test_a_headlines_sum_in_one_word_is_the_bodys_sum() -> None:
    # "Kiteline raises £22m" over "has raised £22 million in a round led by X": one investment
    a = run("Kiteline raises £22m and hires new boss\n\nKiteline, the Leeds start-up, has raised £22 million in a funding round led by Orrin Capital.")
    assert len(typed(a, "business.invest")) == 1, [(e.lemma, [(g.role, g.text) for g in e.args]) for e in typed(a, "business.invest")]
    b = run("Morrow Bikes raises $8m\n\nMorrow Bikes has raised $8 million from Lark Capital, it said on Monday.")
    assert len(typed(b, "business.invest")) == 1, [(e.lemma, [(g.role, g.text) for g in e.args]) for e in typed(b, "business.invest")]
    # ... not two sums
    c = run("Morrow Bikes raises $8m\n\nMorrow Bikes has raised $3 million from Lark Capital, after raising $5 million in 2022.")
    assert len(typed(c, "business.invest")) >= 2


def test_premises_that_open_are_launched_by_their_owner() -> None:
    # "Pellico's new store opened in Cardiff": Pellico opened it there
    a = run("Pellico's new store opened in Cardiff on Saturday.")
    assert_event(a, "business.launch", {"agent": "Pellico", "place": "Cardiff"})
    b = run("Brambly Coffee's first shop opened in Bristol in 2010.")
    assert_event(b, "business.launch", {"agent": "Brambly Coffee", "place": "Bristol"})
    assert_no_event(b, "business.found")
    # ... not a shop's doors, nor a hospital (a body that began: founded)
    assert_no_event(run("Pellico's doors opened at 9am."), "business.launch")
    assert_event(run("The Lowry Hospital opened in 1886."), "business.found", {"organization": "Lowry Hospital"})


def test_counting_an_investor_among_ones_backers() -> None:
    # "Y counts X among its investors / backers": X invested in Y
    a = run("Fernby Labs counts Quarry Lane Partners among its investors.")
    assert_event(a, "business.invest", {"agent": "Quarry Lane Partners", "target": "Fernby Labs"})
    b = run("Kiteline counts Heron Ventures and Lark Capital among its backers.")
    assert_event(b, "business.invest", {"agent": "Heron Ventures", "target": "Kiteline"})
    assert_event(b, "business.invest", {"agent": "Lark Capital", "target": "Kiteline"})
    # ... not players counted among a side's best
    assert_no_event(run("Kelby Rovers count Sam Ode among their best players."), "business.invest")


def test_a_sum_paid_for_a_company_acquires_it() -> None:
    # "paid £40m for Y": Y a company named
    a = run("Dunmore Group paid £40m for Plessey Foods in 2015.")
    assert_event(a, "business.acquire", {"agent": "Dunmore Group", "patient": "Plessey Foods"})
    b = run("Dunmore Group paid Halvex £40 million for Plessey Foods.")
    assert_event(b, "business.acquire", {"agent": "Dunmore Group", "patient": "Plessey Foods", "seller": "Halvex"})
    # ... not tribute, nor a ticket
    assert_no_event(run("The club paid tribute to Kelby Rovers for their support."), "business.acquire")
    assert_no_event(run("He paid £40 for a ticket to the final."), "business.acquire")
    assert_no_event(run("Dunmore Group paid a heavy price for Plessey Foods' failure."), "business.acquire")


def test_a_particle_after_the_object_read_as_an_adverb() -> None:
    # "rolled the Vela EV out across Europe": "roll out" (the parser makes "out" an adverb of the verb)
    a = run("Kelso Motors rolled the Vela EV out across Europe in 2021.")
    assert_event(a, "business.launch", {"agent": "Kelso Motors", "work": "Vela EV"})
    b = run("Brightcell rolled its Arlo app out in May.")
    assert_event(b, "business.launch", {"agent": "Brightcell", "work": "Arlo"})
    # ... not an adverb that is no particle, away from the object
    assert_no_event(run("Kelso Motors rolled the Vela EV slowly down the ramp."), "business.launch")


def test_a_one_word_sum_of_funding_from_an_investor() -> None:
    # "raised / secured / attracted £4m of funding from X" (the parser hangs "of funding" on the verb): X invested
    a = run("Kestle Software raised £4m of funding from Orrin Capital.")
    assert_event(a, "business.invest", {"agent": "Orrin Capital", "target": "Kestle Software"})
    b = run("Kestle Software attracted £4m of investment from Orrin Capital.")
    assert_event(b, "business.invest", {"agent": "Orrin Capital", "target": "Kestle Software"})
    # ... not visitors attracted
    assert_no_event(run("Kestle Software attracted 4m visitors."), "business.invest")
