"""Where people and organisations are: located_in facts from how news says where someone lives or
comes from.

- "Martin Oshdown, 51, of Havelsham", "a schoolteacher from Wakefield", "Pransmar of Valencia";
- a town before a descriptor of someone named: "the Halifax singer X", "the London investor X",
  "the 29-year-old Halifax singer" (a mention of a person), "a small Hamburg film maker";
- living there: "the couple have lived in Monaco since 2006" (each of the pair, from 2006),
  "Barcelona, where she lives"; moving there: "moved to Lisbon in 2019" (from then).

Only places the entity layer typed as places, only entities that are people or organisations, and
nothing planned, denied or wished ("will move to Turin")."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .extract.entity_lexicon import DEMONYM_NOUNS, lexicon
from .extract.events_time_fill import age_at
from .extract.gazetteer import contradicts, is_country
from .extract.name_missed import TOWN_PART_NOUNS
from .model import Analysis
from .nlp import children_of, conjuncts_of, heads, name_end, strings, tokens
from .resolve_base import PAST, PLACES, POLICE_TITLES, _Builder, _evidence, _kind, config, force_of_place
from .resolve_clauses import _dated, interval, subject_of

HOLDERS = {"PERSON", "ORG"}
COUPLE_WINDOW = 3  # sentences back in which "the couple" finds its married pair
UNREAL_AUX = frozenset({"will", "would", "could", "might", "may", "should", "to", "'ll"})
WISHED_AUX = frozenset({"would", "could", "might", "may", "should"})  # (a seat to be: "the new group will be based in Oslo")


class _Owners:
    """Token index -> the entity of the smallest mention covering it, computed once per document;
    with the doc's cached columns, which the rules run for every name read first."""

    def __init__(self, a: Analysis, doc: Doc) -> None:
        self.listed, self.heads = tokens(doc), heads(doc)
        self.poses, self.deps, self.lowers = strings(doc, "pos"), strings(doc, "dep"), strings(doc, "lower")
        starts = doc.to_array(IDX).tolist()  # (every token's offset in one call, no attribute read per token)
        ends = [start + len(text) for start, text in zip(starts, strings(doc, "text"), strict=True)]
        best: dict[int, tuple[int, str]] = {}
        for entity in a.entities:
            for m in entity.mentions:
                first = bisect_left(starts, m.start)
                for i in range(first, len(starts)):
                    if starts[i] >= m.end:
                        break
                    if ends[i] <= m.end and (i not in best or m.end - m.start < best[i][0]):
                        best[i] = (m.end - m.start, entity.id)
        self.by_token = {i: e for i, (_, e) in best.items()}


    def of(self, token: Token | None) -> str | None:
        return self.by_token.get(token.i) if token is not None else None


def _place(a: Analysis, owners: _Owners, token: Token | None) -> str | None:
    place = owners.of(token)
    if place is None and token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in TOWN_NOUNS:
        place = next((owners.of(p) for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
                      for p in children_of(c) if p.dep_ == "pobj"), None)  # "his hometown of Leeds", "the city of Porto"
    if place is None and token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in TOWN_PART_NOUNS:
        place = next((owners.of(c) for c in children_of(token) if c.dep_ == "compound" and c.pos_ == "PROPN"
                      and owners.of(c) is not None), None)  # "lives in the Mill Green district (of the town)"
    return place if place is not None and _kind(a, place) in PLACES else None


def _holders(a: Analysis, owners: _Owners, token: Token | None) -> list[str]:
    """The people or organisations a token stands for: a group ("the couple") is its members."""
    entity = a.entity(owners.of(token))
    if entity is None:
        return []
    members = [m for m in entity.attrs.get("members") or [] if _kind(a, m) == "PERSON"]
    if members:
        return members
    return [entity.id] if entity.type in HOLDERS else []


def _origin(b: _Builder, owners: _Owners, doc: Doc, token: Token, cfg: dict[str, Any]) -> None:
    """"X, 51, of Havelsham," / "X, a teacher from Wakefield," / "the Acme of Valencia"."""
    a = b.analysis
    poses, i = owners.poses, token.i
    if poses[i] != "PROPN" or (owners.deps[i] == "compound" and poses[owners.heads[i]] == "PROPN"):
        return
    holder = owners.of(token)
    if holder is None or _kind(a, holder) not in HOLDERS:
        return
    heads = [token, *(c for c in children_of(token) if c.dep_ == "appos" and c.pos_ == "NOUN"
                      and c.lemma_.lower() not in cfg["not_home_nouns"])]  # "the governor of Callao": a post
    if (named := _report_origin(doc, token)) is not None:
        place = _place(a, owners, _address_town(named))
        if place is not None and place != holder and _kind(a, holder) == "PERSON":
            b.add("located_in", holder, place, evidence=_evidence(a, doc, token, named))
    for head in heads:
        for prep in children_of(head):
            if prep.dep_ != "prep" or prep.lower_ not in cfg["origin_preps"]:
                continue
            if prep.lower_ == "of" and head is not token:
                continue  # "X, the governor of Callao": a post, not a home
            if head is token and prep.lower_ == "of" and prep.i != token.i + 1 and doc[token.i + 1].text != ",":
                continue  # "X of Y" inside one name is the name's own business
            pobj = _address_town(next((c for c in children_of(prep) if c.dep_ == "pobj"), None))
            place = _place(a, owners, pobj)
            if place is not None and head is token and prep.i == token.i + 1 and _kind(a, holder) == "PERSON" \
                    and is_country(a.entity(place).name):  # type: ignore[union-attr]
                continue  # "Valentina Ruiz of Colombia won the final": the country one plays for, no home told
            if place is not None and place != holder and _kind(a, place) != "FAC":
                b.add("located_in", holder, place, evidence=_evidence(a, doc, token, pobj))  # type: ignore[arg-type]


def _address_town(pobj: Token | None) -> Token | None:
    """"X, of Castle Road, Hollowmere,": an address, the street then the town -- the home is the town."""
    if pobj is None or pobj.lower_ not in lexicon().street_words:
        return pobj
    town = next((c for c in children_of(pobj) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    doc = pobj.doc
    if town is None and pobj.i + 2 < len(doc) and doc[pobj.i + 1].text == "," and doc[pobj.i + 2].pos_ == "PROPN":
        town = name_end(doc[pobj.i + 2])  # (the town parsed as a second street, or a name joined to it: "of Fallow Road, Ledford, and Y")
    return town or pobj


def _report_origin(doc: Doc, token: Token) -> Token | None:
    """"X, 31, of Kings Avenue, Skarston," with the "of" hung elsewhere by the parser: the name after the age and "of"."""
    i = token.i
    if i + 5 < len(doc) and doc[i + 1].text == "," and doc[i + 2].like_num and doc[i + 3].text == "," \
            and doc[i + 4].lower_ in ("of", "from") and doc[i + 4].head.i != i and doc[i + 5].pos_ == "PROPN":
        return name_end(doc[i + 5])
    return None


def _based(doc: Doc, token: Token) -> Token | None:
    """"Charlotte-based": the word "based" joined to the town by a hyphen, or None."""
    i = token.i
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "based" and not doc[i].whitespace_:
        return doc[i + 2]
    return None


def _described_name(doc: Doc, token: Token) -> Token | None:
    """The name after a town and the common words describing it: "the Berlin start-up [Vaxwise] GmbH", "the Stockholm
    payments group [Wantor]" (at least one lower-case word between, so the town is no part of the name)."""
    if token.pos_ != "PROPN" or token.i == 0 or doc[token.i - 1].lower_ not in ("the", "a", "an"):
        return None
    j = token.i + 1
    while j < len(doc) and j - token.i <= 4 and (doc[j].text == "-" or (doc[j].is_lower and doc[j].is_alpha and (
            doc[j].pos_ in ("NOUN", "ADJ", "VERB") or doc[j - 1].text == "-"))):  # (not "the X chipmaker that Y bought")
        j += 1
    return doc[j] if j > token.i + 1 and j < len(doc) and doc[j].pos_ == "PROPN" and doc[j - 1].text != "-" else None


NATIONALITY_WORDS = frozenset({"welsh", "french", "dutch", "swiss", "greek", "thai", "czech", "basque", "breton", "manx"})


def _nationality_word(token: Token) -> bool:
    """A word shaped as a nationality adjective ("Welsh", "Danish", "Japanese"), whatever the NER typed it."""
    return token.lower_ in NATIONALITY_WORDS or token.lower_ in DEMONYM_NOUNS \
        or (len(token) > 4 and token.lower_.endswith(("ish", "ese")))  # (not the NER's NORP: "the Carrowby-based lender")


def _home_descriptor(b: _Builder, owners: _Owners, doc: Doc, token: Token, cfg: dict[str, Any]) -> None:
    """A town named before a noun describing someone: "the Halifax singer X", "a Hamburg film maker"."""
    a = b.analysis
    if _nationality_word(token):
        return  # "the Welsh biscuit maker X" (the adjective typed a place): a nationality, no town
    poses, deps, lowers, up, i = owners.poses, owners.deps, owners.lowers, owners.heads, token.i
    based = _based(doc, token) if i + 2 < len(doc) and lowers[i + 2] == "based" else None  # (the columns first: most names are
    described = _described_name(doc, token) if i > 0 and lowers[i - 1] in ("the", "a", "an") else None  # neither)
    if described is not None and based is None:  # "the Berlin start-up Vaxwise GmbH", "the Stockholm payments group Wantor"
        place = _place(a, owners, token)
        holder = owners.of(described)
        if place is not None and _kind(a, place) == "GPE" and holder is not None and holder != place \
                and _kind(a, holder) == "ORG" and owners.of(token) != holder:
            b.add("located_in", holder, place, evidence=_evidence(a, doc, token, described))
            return  # (a person so described is read below: "the Halifax singer X")
    if based is not None and based.head.pos_ in ("NOUN", "PROPN"):
        noun = based.head  # "the Charlotte-based lender", "the Bucharest-based director"
    elif poses[i] == "PROPN" and poses[up[i]] == "PROPN" and i + 1 < len(doc) and (up[i + 1] == up[i] or up[i] == i + 1) \
            and lowers[i + 1] in cfg["team_player_nouns"]:
        noun = owners.listed[i + 1]  # "the former Scotland international X", all parsed as parts of the name
        place, holder = _place(a, owners, token), owners.of(token.head)
        if holder is None and noun.dep_ == "appos" and up[i] == i + 1:
            holder = owners.of(noun.head)  # "X, a former Scotland international who ...": the title a name of its own
        if place is not None and _kind(a, place) == "GPE" and holder is not None and _kind(a, holder) == "PERSON":
            _played_for(b, holder, place, _evidence(a, doc, token, noun), token.i > 0 and doc[token.i - 1].lower_ in FORMER)
        return
    elif (poses[i] != "PROPN" and not (poses[i] == "ADJ" and token.is_title and token.ent_type_ != "NORP")) \
            or deps[i] not in ("compound", "nmod", "amod") or poses[up[i]] != "NOUN":
        return  # (a town the tagger took for an adjective: "Varrowlight, the Chastlemoor rock band")
    elif any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(token.head) if c.i > token.i):
        return  # "the Halifax Jazz singer": the town is part of a longer name
    else:
        noun = token.head
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a Hamburg film maker": the maker
    if noun.lemma_.lower() in cfg["not_home_nouns"]:
        return
    place = _place(a, owners, token)
    if place is None or _kind(a, place) != "GPE":
        return
    holders = _holders(a, owners, noun) if noun.i != token.i else []
    if not holders:
        name = next((c for c in children_of(noun) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)  # "the Quebec band X"
        if name is None and noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            name = noun.head  # "X, a small Hamburg film maker"
        if name is None and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN" and doc[noun.i + 1].is_title:
            name = doc[noun.i + 1]  # "the Miami-based fund Palm Ridge Partners" parsed as two subjects
        holders = _holders(a, owners, name)
    squad = noun.lemma_.lower() in cfg["team_player_nouns"] or noun.lower_ in cfg["team_player_nouns"]
    former = any(c.dep_ == "amod" and c.lower_ in FORMER for c in children_of(noun))
    force = force_of_place(a, place) if noun.lemma_.lower() in POLICE_TITLES else None
    for holder in holders:  # "the England captain X", "a former Scotland international": the country's team, no home
        if holder != place and _kind(a, holder) == "PERSON" and squad:
            _played_for(b, holder, place, _evidence(a, doc, token, noun), former)
        elif force is not None and _kind(a, holder) == "PERSON":  # "a former Kelby officer": of Kelby Police, no home
            job = b.add("employee", holder, force, evidence=_evidence(a, doc, token, noun))
            job.valid_to = job.valid_to or (PAST if former else None)
        elif holder != place:
            b.add("located_in", holder, place, evidence=_evidence(a, doc, token, noun))


def _couple(b: _Builder, subject: Token | None) -> list[str]:
    """"the couple" the coreference stage left alone: the married pair told of last, a few sentences back."""
    if subject is None or subject.lemma_.lower() not in ("couple", "family") or (
            subject.lemma_.lower() == "family" and not any(c.lower_ == "the" for c in children_of(subject))):
        return []  # ("The family lives in Vallorca": the married pair just told of; not "his family", "a family")
    here = b.analysis.sentence_at(subject.idx)
    if here is None:
        return []
    pairs = [(max(e.sentence for e in f.evidence), f) for f in b.facts.values()
             if f.relation == "spouse" and f.object and f.evidence and here.index - COUPLE_WINDOW <= max(e.sentence for e in f.evidence) <= here.index]
    if not pairs:
        return []
    latest = max(pairs, key=lambda p: p[0])[1]
    return [latest.subject, latest.object]  # type: ignore[list-item]


def _unreal(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "neg") and (c.lower_ in UNREAL_AUX or c.dep_ == "neg") for c in children_of(verb)) \
        or verb.dep_ == "xcomp"


def _played_for(b: _Builder, player: str, country: str, evidence: Any, former: bool) -> None:
    """A member of the country's national team; a former one, over by now."""
    fact = b.add("member", player, country, evidence=evidence)
    fact.valid_to = fact.valid_to or ("PAST_REF" if former else None)


FORMER = frozenset({"former", "ex"})
TIME_PREPS = frozenset({"before", "after", "since", "on", "upon"})  # "before settling in X", "on moving to X"
TOWN_NOUNS = frozenset({"hometown", "city", "town", "village", "capital", "island", "region", "province", "state", "country"})
DIVIDE_VERBS = frozenset({"divide", "split"})  # "divide their time between London and Stockholm"
SPARE_HOME_WORDS = frozenset({"holiday", "second", "summer", "weekend", "vacation", "winter"})
HQ_NOUNS = frozenset({"headquarters", "headquarter", "hq"})  # (not "seat": "Labour's seat in Leeds" is no office)
NATIVE_NOUNS = frozenset({"native", "resident", "inhabitant"})
CHILDHOOD_NOUNS = frozenset({"childhood", "youth", "boyhood", "girlhood", "adolescence", "teens"})
OTHER_HOME_VERBS = DIVIDE_VERBS | {"spend", "raise", "be"}


def _residence(b: _Builder, owners: _Owners, doc: Doc, verb: Token, cfg: dict[str, Any]) -> None:
    """"have lived in Monaco since 2006", "Barcelona, where she lives", "moved (back) to Lisbon in 2019",
    "lives between Paris and Lisbon", "divide their time between A and B", "who is from Leeds", "grew
    up / was raised / spent his childhood in Leeds" (a home left since); whom one lives with lives
    there too ("lives in Geneva with her husband, X")."""
    a = b.analysis
    lemma = verb.lemma_.lower()
    if lemma == "be" and not any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(verb)):
        return  # (the commonest verb: out first unless it tells an origin)
    arriving = lemma in cfg["arrive_verbs"]
    moving = lemma in cfg["move_verbs"] or lemma in cfg["start_verbs"] or arriving
    dividing = lemma in DIVIDE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() == "time" for c in children_of(verb))
    childhood = (lemma == "spend" and any(c.dep_ == "dobj" and c.lemma_.lower() in CHILDHOOD_NOUNS for c in children_of(verb))) \
        or (lemma == "raise" and (any(c.dep_ == "auxpass" for c in children_of(verb)) or _fronted_participle(verb)))
    # ("spent his childhood in / was raised in Leeds", "Raised in Leeds, she ...")
    origin = lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(verb))  # "who is from Leeds"
    seat = lemma in cfg["based_verbs"] and not any(c.dep_ == "neg" or c.lower_ in WISHED_AUX for c in children_of(verb))
    if verb.pos_ not in ("VERB", "AUX") or (verb.pos_ == "AUX" and not origin) or (_unreal(verb) and not seat) or (
            lemma not in cfg["live_verbs"] and lemma not in cfg["based_verbs"] and not moving and not dividing and not childhood
            and not origin):
        return
    if arriving and not _migration(a, owners, doc, verb):
        return
    if moving and _career_purpose(verb):
        return  # "moved to Barcelona in 2008 to join the museum": a post, no home told
    grew = lemma == "grow" or childhood
    if lemma == "grow" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb)):
        return  # "the firm grew in Asia" says nothing of a home
    wanted = ("to", "in") if arriving else ("to",) if lemma in cfg["move_verbs"] else ("between",) if dividing else \
        ("from",) if origin else ("in", "on", "at", "near", "outside") if lemma in cfg["live_verbs"] and lemma != "grow" else ("in", "on", "at")
    if lemma in cfg["live_verbs"] and any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(verb)):
        dividing, wanted = True, ("between",)  # "lives between Paris and Lisbon"
    heads = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")] if dividing else \
        [verb, *(c for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ in ("back", "home"))]  # ("time between A and B",
    # "moved back to X", "had come home to X")
    if lemma in cfg["live_verbs"] and not any(c.dep_ == "prep" for c in children_of(verb)):
        heads += [c for c in children_of(verb) if c.dep_ == "conj" and c.lemma_.lower() == "work"]  # "lives and works in Lisbon"
    places = [p for head in heads for prep in children_of(head) if prep.dep_ == "prep" and prep.lower_ in wanted
              for p in children_of(prep) if p.dep_ == "pobj"]
    places += [c for p in places if dividing for c in children_of(p) if c.dep_ == "conj"]  # "divide their time between A and B"
    if lemma in cfg["move_verbs"]:  # "moved into a rented house in Leeds": the home, for the town it is in below
        places += [p for prep in children_of(verb) if prep.dep_ == "prep" and prep.lower_ == "into"
                   for p in children_of(prep) if p.dep_ == "pobj" and p.lemma_.lower() in cfg["home_nouns"]]
    places += [g for p in places if p.lemma_.lower() in cfg["home_nouns"] for c in children_of(p)
               if c.dep_ == "prep" and c.lower_ in ("in", "near", "outside") for g in children_of(c) if g.dep_ == "pobj"]
    # ("moved to a cottage in Sneem", "lives in a flat near Leeds": the town the home is in)
    if not moving and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(verb)):
        places.append(verb.head)  # "Barcelona, where she lives"
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    clause = verb
    if subject is None and verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG" and lemma in cfg["live_verbs"] and verb.head.pos_ == "PROPN":
        subject = verb.head  # "X, now living in Lisbon, said"
    if subject is None and verb.dep_ == "acl" and lemma in cfg["based_verbs"]:
        subject = verb.head  # "Olgatek A/S, a Danish rival based in Aarhus": the rival, which is Olgatek
    if subject is None and verb.dep_ == "relcl" and verb.head.lemma_.lower() == "couple":
        subject = verb.head  # "the couple, who have a daughter, currently live in Rotterdam" (the verb parsed as a relative clause)
    if subject is None and verb.dep_ == "conj":
        clause = verb.head  # "who grew up in Enugu and now lives in London": the first verb's subject
        subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)  # ("who was born in Leeds and ...")
        if subject is None and clause.pos_ == "PROPN" and any(c.dep_ == "relcl" and c.i < verb.i for c in children_of(clause)):
            subject = clause  # "X, who was born in Perth, and moved to Sweden in 2015": the parser joins the verb to the name
    borrowed = False
    if subject is None and _fronted_participle(verb) and (main := verb.head).pos_ in ("VERB", "AUX"):
        subject = subject_of(main)  # "Raised in Tarnbrook, the striker X ...", "Based in Leeds, the firm ...": the main clause's
    if subject is None and verb.tag_ == "VBG" and (verb.dep_ == "advcl" or (verb.dep_ == "pcomp" and verb.head.lower_ in TIME_PREPS)) \
            and (main := verb.head.head if verb.dep_ == "pcomp" else verb.head).pos_ in ("VERB", "AUX"):
        subject, borrowed = subject_of(main), True  # "studied in Oslo before settling in England in 1964", "after moving to Leeds in 2010, she ..."
    if subject is not None and subject.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
        subject = clause.head  # "Sobral, a physicist who grew up in Porto"
        if owners.of(subject) is None and subject.dep_ == "appos":
            subject = subject.head
    named = next((c for c in children_of(subject) if c.dep_ == "appos" and c.pos_ == "PROPN"), None) if subject is not None else None
    if named is None and subject is not None and subject.dep_ == "appos" and subject.pos_ == "NOUN" and subject.head.pos_ == "PROPN":
        named = subject.head  # "X, a rival based in Y"
    holders = _holders(a, owners, _called(subject)) or _holders(a, owners, subject) or _holders(a, owners, named) or _couple(b, subject)
    # ("The combined company, to be called X, will be based in Y": X, the name given; "His replacement, X, ... lives")
    if subject is not None and holders:  # "X and Y married in 1995 and live in Porto": both
        holders += [h for other in conjuncts_of(subject) for h in _holders(a, owners, other) if h not in holders]
    if holders and lemma in cfg["live_verbs"] and not grew:  # "lives in Taipei with his wife, the architect X": both live there
        holders = holders + [h for p in _objects_with(verb) for h in _holders(a, owners, p) if _kind(a, h) == "PERSON" and h not in holders]
    span = interval(a, doc, verb)
    since = span.start or (span.point if moving else None)
    until = span.end if lemma in cfg["live_verbs"] and not grew and _dated(span.end) else None  # "lived in X from 1998 to 2006"
    if since is None and moving and len(holders) == 1 and (age := age_at(verb)) is not None:
        born = [f.value for f in b.facts.values() if f.relation == "birth_year" and f.subject == holders[0] and f.value]
        since = f"{int(born[0]) + age:04d}" if len(born) == 1 and born[0].isdigit() else None  # "at 18 she moved to London"
    if borrowed and moving and (since is None or not since[:4].isdigit() or len(since) > 7):
        return  # (undated: "spent five seasons at Grolbrook before moving to Turkey", a career's move more than a home's)
    for token in places:
        place = _place(a, owners, token)
        if arriving and (place is None or _kind(a, place) != "GPE"):
            continue  # "came to Trinity College", "came to power"
        for holder in holders:
            if place is not None and holder != place:
                fact = b.add("located_in", holder, place, valid_from=since, evidence=_evidence(a, doc, verb, token))
                if grew:  # "grew up in Porto": a childhood home, left since
                    fact.valid_to = fact.valid_to or "PAST_REF"
                elif until is not None and fact.valid_to is None and (fact.valid_from is None or fact.valid_from <= until):
                    fact.valid_to = until


CAREER_PURPOSE_VERBS = frozenset({"join", "rejoin", "sign"})


def _career_purpose(verb: Token) -> bool:
    """"moved to X in 2008 to join Y": a move told as joining a body -- a step of a career (as "came to Leeds from
    the Kelso Opera"), not a home the text tells."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in CAREER_PURPOSE_VERBS
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c)) for c in children_of(verb))


def _fronted_participle(verb: Token) -> bool:
    """"Raised in Tarnbrook, the striker ...", "Based in Leeds since 1990, the firm ...": a past participle set before
    the main clause with no subject or auxiliary of its own -- it tells of the main clause's subject (the parser may
    take "Based in" for a preposition)."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "prep") and verb.i < verb.head.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children_of(verb))


def _left_for(b: _Builder, owners: _Owners, doc: Doc, verb: Token) -> None:
    """"left Krakow for Dublin in 1957", "left Lagos for London in May 1999": a move from one town to another, the
    first home until then, the second from then (both towns or countries; not "left Barlow Bank for Thenwick
    Capital"; dated by a year or month, as a migration: not "left Paris for London on Tuesday")."""
    a = b.analysis
    old = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    new = next((p for c in [*children_of(verb), *(children_of(old) if old is not None else ())]  # (or "for" hung on the town)
                if c.dep_ == "prep" and c.lower_ == "for" for p in children_of(c) if p.dep_ == "pobj"), None)
    left, went = _place(a, owners, old), _place(a, owners, new)
    if left is None or went is None or left == went or _kind(a, left) != "GPE" or _kind(a, went) != "GPE" or _unreal(verb):
        return
    subject = subject_of(verb)
    holders = [h for h in _holders(a, owners, subject) if _kind(a, h) == "PERSON"]
    if not holders and subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        holders = [h for h in _holders(a, owners, verb.head) if _kind(a, h) == "PERSON"]  # "X, who left Krakow for Dublin"
    when = interval(a, doc, verb).point
    if when is None or not when[:4].isdigit() or len(when) > 7:
        return  # a move is dated by a year or a month; "left Paris for London on Tuesday" is a trip
    for holder in holders:
        b.add("located_in", holder, went, valid_from=when, evidence=_evidence(a, doc, verb, new))  # type: ignore[arg-type]
        fact = b.add("located_in", holder, left, evidence=_evidence(a, doc, verb, old))  # type: ignore[arg-type]
        fact.valid_to = fact.valid_to or when


def _called(noun: Token | None) -> Token | None:
    """"The combined company, to be called X,": the name a description is given (before any earlier body the
    description could stand for)."""
    if noun is None:
        return None
    return next((o for r in children_of(noun) if r.dep_ in ("relcl", "acl") and r.lemma_.lower() in ("call", "name")
                 for o in children_of(r) if o.dep_ == "oprd" and o.pos_ == "PROPN"), None)


def _objects_with(verb: Token) -> list[Token]:
    """The people one lives with: "with his wife, the architect X", "with her husband X and their daughters"."""
    out = []
    for prep in children_of(verb):
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for p in children_of(prep):
                if p.dep_ == "pobj":
                    out += [p, *(c for c in children_of(p) if c.dep_ in ("appos", "conj"))]
                    out += [g for c in children_of(p) if c.dep_ == "appos" for g in children_of(c) if g.dep_ == "appos"]
                    if p.pos_ == "NOUN" and not any(c.dep_ in ("appos", "conj") for c in children_of(p)):
                        out += _appos_after(p)  # "with her partner, the photographer X" with the name hung on the subject
    return out


def _appos_after(noun: Token) -> list[Token]:
    """The name of a description set right after a noun and a comma that the parser hung elsewhere: "with her partner,
    the photographer Ines Carvajal," (a few words on, nothing but the description between)."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    for j in range(noun.i + 2, min(noun.i + 7, len(doc))):
        if doc[j].is_punct:
            return []
        if doc[j].pos_ == "PROPN" and (doc[j].dep_ == "appos" or (doc[j].dep_ == "compound" and doc[j].head.dep_ == "appos")):
            return [doc[j] if doc[j].dep_ == "appos" else doc[j].head]
    return []


def _migration(a: Analysis, owners: _Owners, doc: Doc, verb: Token) -> bool:
    """"came to Ireland from Gdansk", "came to Britain as a refugee", "arrived in Cumbria in the 1980s", "came home to
    Craigmore": not a visit; nor a move from one employer or club to another ("came to Hallowby from the Rosengart
    Opera in 2009", "arrived in Nordskar from the Cape Town side X": a new post, no home told)."""
    if any(prep.dep_ == "prep" and prep.lower_ == "from" and _kind(a, owners.of(p)) == "ORG"
           for prep in children_of(verb) for p in children_of(prep) if p.dep_ == "pobj"):
        return False
    for prep in children_of(verb):
        if prep.dep_ == "advmod" and prep.lower_ == "home":
            return True
        if prep.dep_ == "prep" and prep.lower_ == "as":
            return True
        if prep.dep_ == "prep" and prep.lower_ == "from" and any(
                (p := _place(a, owners, c)) is not None and _kind(a, p) == "GPE" for c in children_of(prep) if c.dep_ == "pobj"):
            return True
    when = interval(a, doc, verb).point
    return when is not None and when[:4].isdigit() and len(when) <= 7


def _head_office(noun: Token) -> bool:
    """"X's head office in Portwell": a body's seat, like its headquarters."""
    return noun.lower_ == "office" and any(c.dep_ in ("amod", "compound") and c.lower_ == "head" for c in children_of(noun))


def _home(b: _Builder, owners: _Owners, doc: Doc, noun: Token) -> None:
    """"died at his home in Uppsala", "Doe's farm in Kerry": the possessor lives there."""
    a = b.analysis
    owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    seat = noun.lemma_.lower() in HQ_NOUNS or _head_office(noun)  # "its headquarters in Leeds", "Acme's Leeds headquarters": where a body is
    if seat and owner is not None and owner.lower_ == "its" and noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "keep", "move"):
        owner = subject_of(noun.head) or owner  # "Acme has its headquarters in Leeds"
        owner = _called(owner) or owner  # "The new group, to be called X, will have its headquarters in Y"
    if owner is None:  # "the Glasgow headquarters of Tarnbrook Insurance", "the head office of X in Y", "the home of X in Y"
        owner = next((p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
                      if p.dep_ == "pobj"), None)
    holders = [h for h in _holders(a, owners, owner) if _kind(a, h) == ("ORG" if seat else "PERSON")]
    if not holders or any(c.dep_ in ("amod", "compound") and c.lower_ in SPARE_HOME_WORDS for c in children_of(noun)):
        return  # ("arrested at his holiday home in Glyala": not where he lives)
    pobjs = [p for t in (noun, owner) if t is noun or (owner is not None and owner.dep_ == "pobj" and owner.head.head.i == noun.i)
             for prep in children_of(t) if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "outside")
             for p in children_of(prep) if p.dep_ == "pobj"]  # (or hung on the name: "the home of the defender X in Formby")
    pobjs += [c for c in children_of(noun) if seat and c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    for pobj in pobjs:
        place = _place(a, owners, pobj)
        if place is not None and _kind(a, place) == "GPE":
            for holder in holders:
                b.add("located_in", holder, place, evidence=_evidence(a, doc, noun, pobj))


def _described_origin(b: _Builder, owners: _Owners, doc: Doc, head: Token) -> None:
    """"The 24-year-old from Medellin", "the singer from Lagos": a description of someone named,
    followed by where they come from."""
    a = b.analysis
    holder = owners.of(head)
    if holder is None or _kind(a, holder) != "PERSON":
        return
    for prep in children_of(head):
        if prep.dep_ == "prep" and prep.lower_ == "from":
            pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            place = _place(a, owners, pobj)
            if place is not None and _kind(a, place) == "GPE":
                b.add("located_in", holder, place, evidence=_evidence(a, doc, head, pobj))  # type: ignore[arg-type]


def _named_from(b: _Builder, owners: _Owners, doc: Doc, noun: Token) -> None:
    """"The 58-year-old farmer from Parkton, Tom Gale, said": a description with where someone comes from,
    and the name in apposition (the parser hangs it on the town)."""
    a = b.analysis
    for prep in children_of(noun):
        pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep.dep_ == "prep" and prep.lower_ == "from" else None
        place = _place(a, owners, pobj)
        if pobj is None or place is None or _kind(a, place) != "GPE":
            continue
        names = [c for t in (noun, pobj) for c in children_of(t) if c.dep_ == "appos" and c.pos_ == "PROPN"]
        for holder in [h for n in names[:1] for h in _holders(a, owners, n) if _kind(a, h) == "PERSON"]:
            b.add("located_in", holder, place, evidence=_evidence(a, doc, noun, pobj))


def _working_in(b: _Builder, owners: _Owners, doc: Doc, noun: Token) -> None:
    """"Maite is a marine biologist in Vigo", "a son, Peter, a physician in Gothenburg": what someone is,
    and where they are it (not "the best surgeon in Ireland", a ranking; not "an analyst at X in Milan", X's place)."""
    a = b.analysis
    verb = None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holder_token = next((c for c in children_of(noun.head) if c.dep_ == "nsubj"), None)
        clause, steps = noun.head, 0  # "left the band in 1983 (to study medicine) and is now a GP in Inverfarr"
        while holder_token is None and clause.dep_ in ("conj", "advcl", "xcomp") and steps < 3:
            clause, steps = clause.head, steps + 1
            holder_token = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        if holder_token is not None and holder_token.tag_ in ("WP", "WDT") and holder_token.head.dep_ == "relcl":
            holder_token = holder_token.head.head  # "X, who ... and is now a GP in Inverfarr"
    elif noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        holder_token = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_ == "work" and noun.head.head.tag_ in ("VBZ", "VBP"):
        verb = noun.head.head  # "Unai works as a sound engineer in Madrid"
        holder_token = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    else:
        return
    if any(c.tag_ in ("JJS", "RBS") or c.lower_ in ("only", "first", "last", "most") for c in children_of(noun)):
        return
    native = noun.lemma_.lower() in NATIVE_NOUNS  # "a native / a resident of Leeds"
    firms = [p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("at", "of", "for", "with") for p in children_of(c)
             if p.dep_ == "pobj" and (f := owners.of(p)) is not None and _kind(a, f) == "ORG"]
    if not native and any(c.dep_ == "prep" and c.lower_ in ("at", "of", "for", "with") for c in children_of(noun)):
        holder_token = firms[0] if len(firms) == 1 else None  # "an analyst at Bellingham & Crowe in Milan": the firm is in Milan
    if holder_token is not None and owners.of(holder_token) is None:  # "Her daughter, X, is ...": X
        holder_token = next((c for c in children_of(holder_token) if c.dep_ == "appos" and c.pos_ == "PROPN"), holder_token)
    holders = [h for h in _holders(a, owners, holder_token) if _kind(a, h) == ("ORG" if firms else "PERSON")]
    for prep in [*children_of(noun), *(children_of(verb) if verb is not None else ()),
                 *(c for f in firms for c in children_of(f))]:  # "an accountant with X & Partners in Seremban"
        if prep.dep_ == "prep" and (prep.lower_ == "in" or (native and prep.lower_ == "of")):
            for pobj in children_of(prep):
                place = _place(a, owners, pobj) if pobj.dep_ == "pobj" else None
                if place is not None and _kind(a, place) == "GPE":
                    for holder in holders:
                        b.add("located_in", holder, place, evidence=_evidence(a, doc, noun, pobj))


WORK_AT_VERBS = frozenset({"work", "teach", "serve", "train", "study"})


def _worked_at_in(b: _Builder, owners: _Owners, doc: Doc, verb: Token) -> None:
    """"worked at Bollmarsh Ales in Trarnholt": the one organisation worked at is in the town the verb is in
    (the parser hangs "in Trarnholt" on the verb)."""
    a = b.analysis
    firms = {f for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("at", "for", "with") for p in children_of(c)
             if p.dep_ == "pobj" and (f := owners.of(p)) is not None and _kind(a, f) == "ORG"}
    towns = [(p, t) for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in" for p in children_of(c)
             if p.dep_ == "pobj" and (t := _place(a, owners, p)) is not None and _kind(a, t) == "GPE"]
    if len(firms) != 1 or len(towns) != 1:
        return
    b.add("located_in", firms.pop(), towns[0][1], evidence=_evidence(a, doc, verb, towns[0][0]))


HOME_TOWN_NOUNS = frozenset({"hometown", "town", "city", "village"})


def _home_town(b: _Builder, owners: _Owners, doc: Doc, noun: Token) -> None:
    """"her home town of Crenwarden", "his home city, Grornwick", "their hometown of Leeds": a person's home
    town is where the README has the person located (no time: the phrase tells none)."""
    a = b.analysis
    if noun.lemma_.lower() != "hometown" and not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "home"
                                                     for c in children_of(noun)):
        return
    owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    holders = [h for h in _holders(a, owners, owner) if _kind(a, h) == "PERSON"]
    named = [p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
    named += [c for c in children_of(noun) if c.dep_ == "appos" and c.pos_ == "PROPN"]
    for pobj in named:
        place = owners.of(pobj)
        if place is not None and _kind(a, place) == "GPE":
            for holder in holders:
                b.add("located_in", holder, place, evidence=_evidence(a, doc, noun, pobj))


def places(b: _Builder, doc: Doc) -> None:
    cfg = config()["residence"]
    verbs = frozenset(cfg["live_verbs"]) | frozenset(cfg["move_verbs"]) | frozenset(cfg["arrive_verbs"]) \
        | frozenset(cfg["start_verbs"]) | frozenset(cfg["based_verbs"]) | OTHER_HOME_VERBS
    owners = _Owners(b.analysis, doc)
    listed = tokens(doc)
    poses, deps, lemmas, lowers = strings(doc, "pos"), strings(doc, "dep"), strings(doc, "lemma_lower"), strings(doc, "lower")
    for i in sorted(owners.by_token):  # only names can be a holder or a home
        if poses[i] == "PROPN":
            _origin(b, owners, doc, listed[i], cfg)
            _home_descriptor(b, owners, doc, listed[i], cfg)
        elif poses[i] in ("NOUN", "ADJ") and (i + 1 == len(listed) or owners.by_token.get(i + 1) != owners.by_token[i]):
            _described_origin(b, owners, doc, listed[i])  # the last word of a description
        if poses[i] == "ADJ" and deps[i] == "amod" and listed[i].is_title:
            _home_descriptor(b, owners, doc, listed[i], cfg)  # "the Chastlemoor rock band": a town tagged as an adjective
    homes = frozenset(cfg["home_nouns"])
    lex = lexicon()
    for i, lemma in enumerate(strings(doc, "lemma")):  # the cached columns: no Token attribute read per word
        pos = poses[i]
        if lemma in WORK_AT_VERBS and pos == "VERB":
            _worked_at_in(b, owners, doc, listed[i])
        if lemma in verbs and pos in ("VERB", "AUX"):
            _residence(b, owners, doc, listed[i], cfg)
        elif lemma == "leave" and pos == "VERB":
            _left_for(b, owners, doc, listed[i])
        elif pos != "NOUN":
            continue  # (every other rule reads a noun)
        elif lemma in homes or lemmas[i] in HQ_NOUNS or (lowers[i] == "office" and _head_office(listed[i])):
            _home(b, owners, doc, listed[i])
        elif lemmas[i] in HOME_TOWN_NOUNS:
            _home_town(b, owners, doc, listed[i])
        elif deps[i] in ("nsubj", "nsubjpass", "dobj") and lex.is_person_noun(lemmas[i]) and i not in owners.by_token:
            _named_from(b, owners, doc, listed[i])
        elif deps[i] in ("attr", "appos", "pobj") and (lex.is_person_noun(lemmas[i]) or lemmas[i] in NATIVE_NOUNS):
            _working_in(b, owners, doc, listed[i])


def impossible_places(b: _Builder) -> None:
    """Drops a place's located_in another place that the gazetteer says cannot contain it: a country
    in a city ("its first bakery outside Australia, in Auckland"), a city in a country without a city
    of that name."""
    a = b.analysis
    for key, fact in list(b.facts.items()):
        if fact.relation != "located_in" or fact.object is None or _kind(a, fact.subject) not in PLACES:
            continue
        inner, outer = a.entity(fact.subject), a.entity(fact.object)
        if inner is not None and outer is not None and contradicts(inner.name, outer.name):
            del b.facts[key]
