"""Session 30: a spokesperson speaking for an organisation makes the organisation the claim's speaker
(fixture README: "A spokesperson speaking for an organisation: the claim's speaker is the
organisation"), whether the text names the body after "for", before the noun, or leaves it to the
passage ("a spokeswoman said" in a story about one company); a person's spokesperson stays an
unnamed source."""

from __future__ import annotations

from handmade import analyzed


def _speaker(text: str, fragment: str) -> tuple[str | None, str | None]:
    a = analyzed(text, "2024-05-08")
    claim = next(c for c in a.claims if fragment in c.text)
    entity = a.entity(claim.speaker) if claim.speaker else None
    return claim.speaker_kind, entity.name if entity else None


def test_spokesperson_for_a_short_name_or_a_description_speaks_for_the_body():
    assert _speaker("Harlow Freight Lines cut 200 jobs last week. A spokesman for Harlow Freight said the cuts "
                    "were painful.", "cuts were painful") == ("named", "Harlow Freight Lines")
    assert _speaker("Tessa Lund joined Brightwater Trust in May. A spokeswoman for the trust said she would "
                    "start in June.", "start in June") == ("named", "Brightwater Trust")


def test_spokesperson_named_before_the_noun_speaks_for_the_body():
    assert _speaker("Orvane Group hired a new chief. An Orvane spokeswoman said the search was over.",
                    "search was over") == ("named", "Orvane Group")
    assert _speaker("Talks with Quenby Sensors failed, and Varnholt Instruments' spokesman said the search "
                    "would go on.", "search would go on") == ("named", "Varnholt Instruments")


def test_bare_spokesperson_speaks_for_the_body_in_view_not_the_outlet():
    assert _speaker("Harlow Freight Lines cut 200 jobs last week, the Daily Quill reported. Staff will be "
                    "offered posts at the new site, a spokeswoman said.", "new site") == ("named", "Harlow Freight Lines")
    assert _speaker("Bramwell Rovers sacked their coach on Monday. No agreement had been reached, a club "
                    "spokeswoman said.", "No agreement") == ("named", "Bramwell Rovers")


def test_a_persons_spokesperson_stays_an_unnamed_source():
    assert _speaker("Mira Dale married Tom Fenn in May. A spokesman for the actress said the couple were happy.",
                    "couple were happy") == ("anonymous", None)
    assert _speaker("Mira Dale married Tom Fenn in May. Her spokeswoman said the couple were happy.",
                    "couple were happy") == ("anonymous", None)


def _outlet(text: str, fragment: str) -> tuple[str | None, str | None]:
    a = analyzed(text, "2024-05-08")
    claim = next(c for c in a.claims if fragment in c.text)
    entity = a.entity(claim.speaker) if claim.speaker else None
    return entity.name if entity else None, claim.outlet_text


def test_an_outlet_reporting_in_its_own_voice_is_also_the_outlet():
    assert _outlet("She sued the tabloid Evening Lark, which had reported a year earlier that she did not cook.",
                   "did not cook") == ("Evening Lark", "Evening Lark")
    assert _outlet("The Daily Vane reported that the minister had lied. The paper said the order was given in "
                   "January.", "order was given") == ("Daily Vane", "Daily Vane")
    assert _outlet("Lina Ruiz spoke to Tempo magazine last week. According to the magazine, the band has "
                   "recorded three songs.", "three songs") == ("Tempo", "Tempo")


def test_a_spokesperson_for_an_outlet_or_an_unnamed_outlet_is_no_outlet():
    assert _outlet("A spokesman for the newspaper said the story was true.", "story was true")[1] is None
    assert _outlet("Lina Ruiz spoke to Tempo magazine last week. A tabloid reported that the band had split.",
                   "had split")[1] is None


def test_an_outlet_named_after_its_kind_with_a_modifier_is_the_outlet():
    assert _outlet('"We were young," the band\'s singer, Mia Dunn, told the music weekly Loudhailer.',
                   "We were young") == ("Mia Dunn", "Loudhailer")
    assert _outlet('"We have a target," Ana Ferreira told the science magazine Orbit Weekly.',
                   "We have a target") == ("Ana Ferreira", "Orbit Weekly")
    assert _outlet('"This is not about one artist," Ada Pell told the trade magazine GameBeat.',
                   "one artist") == ("Ada Pell", "GameBeat")
