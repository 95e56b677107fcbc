"""Whom a player plays beside, where a player is registered, and who stood for a party's
leadership (used by `resolve`):

- a loan: "brought in X on a season-long loan from Y", "X, on loan from Y": X still belongs to Y;
- a contract that ran out: "after his contract at Y expired in June": X's time at Y ended then;
- a player's goal or title for a team: "X scored twice for Y", "X won the title for Y Racing";
- teammates: "his Tocklake-Shanta teammates, among them A and B", "finishing behind his teammate,
  the Finn X", "X, a former teammate of Y at Z": A, B and X play (or played) for the team named, or
  for the one team the possessor is known to play for;
- a party's leadership contest: "elected leader of the X Party, defeating A and B": the beaten
  candidates are members of the party too.

Loans, contracts and goals make employments or memberships before `resolve_teams` reads who is a
player and who is staff; teammates come after it, when the possessor's team is known."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .extract.name_cues import MEMBER_NOUNS
from .model import Analysis, Event
from .nlp import char_span, children_of, strings, tokens
from .resolve_base import PAST, _Builder, _entity, _evidence, _kind
from .resolve_careers import _unstated
from .resolve_clauses import interval, objects_of, subject_of
from .resolve_teams import party_name

LOAN_NOUNS = frozenset({"loan"})
CONTRACT_NOUNS = frozenset({"contract", "deal"})
EXPIRY_VERBS = frozenset({"expire", "end", "run", "lapse"})  # "ran out"
SCORING_VERBS = frozenset({"score"})  # "scored twice for X": any organisation
TITLE_VERBS = frozenset({"win", "clinch", "take"})  # "won the title for X Racing": a team only (not "won the seat for Labour")
MATE_NOUNS = frozenset({"teammate", "team-mate", "clubmate", "club-mate", "bandmate"})
MATE_KINDS = frozenset({"team", "club", "band"})  # ... "team-mate" told in three tokens
# the words a list of teammates may run through: "teammates, among them the Belgian X and the Spaniard Y"
LISTING = frozenset({"among", "them", "including", "such", "as", "and", ",", "the", "a", "fellow", "compatriot"})
FORMER = frozenset({"former", "ex", "old", "one-time", "onetime"})
BEATING_VERBS = frozenset({"defeat", "beat", "edge", "overcome"})
LEADER_WORDS = frozenset({"leader", "leadership", "chair", "chairman", "chairwoman", "president"})


def _player(a: Analysis, tok: Token | None) -> str | None:
    """The person a noun phrase names, also through its apposition ("the midfielder X")."""
    if tok is None:
        return None
    person = _entity(a, tok)
    if person is None:
        person = next((e for c in children_of(tok) if c.dep_ in ("appos", "compound") and (e := _entity(a, c))), None)
    return person if _kind(a, person) == "PERSON" else None


def registrations(b: _Builder, doc: Doc, teams: set[str]) -> None:
    """Loans, contracts that ran out, goals and titles for a team (`teams`: `resolve_teams.team_ids`)."""
    a = b.analysis
    lemmas = strings(doc, "lemma_lower")
    for i, lemma in enumerate(lemmas):
        if lemma in LOAN_NOUNS:
            _loan(b, doc, tokens(doc)[i])
        elif lemma in CONTRACT_NOUNS:
            _contract_over(b, doc, tokens(doc)[i])
        elif lemma in SCORING_VERBS or lemma in TITLE_VERBS:
            verb = tokens(doc)[i]
            if verb.pos_ != "VERB" or _unstated(verb):
                continue  # "did not score for X", "could win the title for X"
            person = _player(a, subject_of(verb))
            if person is None:
                continue
            for body in objects_of(verb, {"for"}) + [t for o in children_of(verb) if o.dep_ == "dobj" for t in objects_of(o, {"for"})]:
                org = _entity(a, body)
                if org is None or org == person or _kind(a, org) != "ORG" or (lemma in TITLE_VERBS and org not in teams):
                    continue
                b.add("member", person, org, evidence=_evidence(a, doc, verb, body))  # type: ignore[arg-type]


def _loan(b: _Builder, doc: Doc, loan: Token) -> None:
    a = b.analysis
    lenders = [org for t in objects_of(loan, {"from"}) if (org := _entity(a, t)) and _kind(a, org) == "ORG"]
    if not lenders or loan.head.lower_ not in ("on", "in"):
        return
    holder = loan.head.head  # "X, on loan from Y" or the verb: "brought in X on loan", "X joined on loan"
    if holder.pos_ in ("NOUN", "PROPN"):
        person = _player(a, holder)
    elif holder.pos_ == "VERB":
        objects = [c for c in children_of(holder) if c.dep_ == "dobj"]
        person = next((p for o in objects if (p := _player(a, o))), None) if objects else _player(a, subject_of(holder))
    else:
        return
    if person is None:
        return
    for org in lenders:
        b.add("employee", person, org, evidence=_evidence(a, doc, loan, loan))


def _contract_over(b: _Builder, doc: Doc, contract: Token) -> None:
    """"after his contract at / with Y expired in June": employed at Y until then."""
    a = b.analysis
    verb = contract.head
    if contract.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in EXPIRY_VERBS:
        return
    if verb.lemma_.lower() == "run" and not any(c.lower_ == "out" for c in children_of(verb)):
        return
    if _unstated(verb):
        return  # "his contract will expire next summer": not over yet
    owner = next((c for c in children_of(contract) if c.dep_ == "poss"), None)
    person = _entity(a, owner)
    if person is None or _kind(a, person) != "PERSON":
        return
    when = interval(a, doc, verb)
    for body in objects_of(contract, {"at", "with"}):
        org = _entity(a, body)
        if org is None or _kind(a, org) not in ("ORG", "FAC"):  # a club's name read as a ground's
            continue
        fact = b.add("employee", person, org, evidence=_evidence(a, doc, contract, verb))
        if fact.valid_to in (None, PAST):
            fact.valid_to = when.point or when.end or PAST


def _with_lemma(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The doc's tokens whose lemma is one of `words` (read from the lemma column: no Token per word)."""
    listed = tokens(doc)
    return [listed[i] for i, lemma in enumerate(strings(doc, "lemma_lower")) if lemma in words]


def teammates(b: _Builder, doc: Doc) -> None:
    """Teammates (see the module doc): the team named beside the noun ("his X teammates", "a teammate
    of Y at X"), else the possessor's one open membership."""
    a = b.analysis
    for tok in _with_lemma(doc, MATE_NOUNS | {"mate"}):
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.lower_ == "mate" and not (tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in MATE_KINDS):
            continue  # "team-mate" split by the tokenizer ("team", "-", "mate"); not a friend called a mate
        owner_tok = next((c for c in children_of(tok) if c.dep_ == "poss"), None) or next(iter(objects_of(tok, {"of"})), None)
        if owner_tok is None and tok.dep_ == "compound" and tok.head.pos_ == "PROPN":  # "Gale's club-mate Ryan Rell": the
            owner_tok = next((c for c in children_of(tok.head) if c.dep_ == "poss" and c.i < tok.i), None)  # parser's possessor of the name
        owner = _entity(a, owner_tok)
        owner = owner if _kind(a, owner) == "PERSON" else None
        team = _named_team(a, tok, owner_tok)
        if team is None and owner is not None:
            open_teams = {f.object for f in b.facts.values() if f.relation == "member" and f.subject == owner and f.object
                          and f.valid_to is None and _kind(a, f.object) == "ORG"}
            team = open_teams.pop() if len(open_teams) == 1 else None
        if team is None:
            continue
        mates = _listed(a, doc, tok)
        if tok.dep_ in ("appos", "attr"):  # "X, a former teammate of Y", "X is a teammate of Y"
            holder = tok.head if tok.dep_ == "appos" else subject_of(tok.head)
            mates += [p for p in [_entity(a, holder)] if p is not None and _kind(a, p) == "PERSON"]
        over = any(c.dep_ == "amod" and c.lower_ in FORMER for c in children_of(tok))
        ev = _evidence(a, doc, tok, tok)
        for person in dict.fromkeys(mates):
            if person in (owner, team):
                continue
            fact = b.add("member", person, team, evidence=ev)
            if over and fact.valid_to is None:
                fact.valid_to = PAST
        if owner is not None and (over or _kind(a, team) == "ORG"):
            fact = b.add("member", owner, team, evidence=ev)
            if over and fact.valid_to is None:
                fact.valid_to = PAST


def _named_team(a: Analysis, tok: Token, owner: Token | None) -> str | None:
    """"his Tocklake-Shanta teammates": the name before the noun; "a teammate of Y at X": after it."""
    for c in children_of(tok):
        if c.dep_ == "compound" and (org := _entity(a, c)) is not None and _kind(a, org) == "ORG":
            return org
    for at in [*objects_of(tok, {"at", "with"}), *(objects_of(owner, {"at", "with"}) if owner is not None else [])]:
        if (org := _entity(a, at)) is not None and _kind(a, org) == "ORG":
            return org
    return None


def _listed(a: Analysis, doc: Doc, tok: Token) -> list[str]:
    """The people named right after the noun: "teammates, among them the Belgian X and the Spaniard
    Y", "his teammate, the Finn X, who won it" (up to the first verb or clause word)."""
    out: list[str] = []
    end = min(tok.sent.end, tok.i + 20)
    for t in doc[tok.i + 1 : end]:
        person = _entity(a, t)
        if person is not None and _kind(a, person) == "PERSON":
            out.append(person)
            continue
        if t.lower_ in LISTING or t.pos_ in ("PROPN", "ADJ") or (t.pos_ == "NOUN" and t.ent_type_ == "NORP"):
            continue  # "the Belgian", "the Finn"
        break
    return list(dict.fromkeys(out))


ELECTION_VERBS = frozenset({"elect", "win", "choose", "vote"})


def _hangs_on(verb: Token, trigger: Token) -> bool:
    """`verb` depends on `trigger`, directly or through the participles coordinated after it ("elected
    leader ..., taking 54 per cent and defeating A")."""
    node = verb
    for _ in range(3):
        if node.head.i == trigger.i:
            return True
        if node.dep_ not in ("conj", "advcl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def beaten_candidates(b: _Builder, doc: Doc, events: list[Event]) -> None:
    """"was elected leader of the X Party on Saturday, defeating A and the party's B": A and B, who
    stood for the party's leadership, are its members."""
    a = b.analysis
    for event in events:
        if event.type != "politics.elect":
            continue
        party = next((arg.entity for arg in event.args if arg.role == "organization" and arg.entity), None)
        role = " ".join(arg.text.lower() for arg in event.args if arg.role == "role")
        entity = a.entity(party)
        if entity is None or not party_name(entity.name) or not LEADER_WORDS & set(role.split()):
            continue
        span = char_span(doc, event.start, event.end)
        if span is None:
            continue
        winners = {arg.entity for arg in event.args if arg.role == "patient" and arg.entity}
        told = [span.root] + [t for t in doc if t.lemma_.lower() in ELECTION_VERBS and t.pos_ == "VERB" and t.i != span.root.i
                              and any(c.dep_ in ("nsubj", "nsubjpass") and _entity(a, c) in winners for c in children_of(t))]
        for trigger, verb in ((t, v) for t in told for v in t.sent):  # each mention of the election: the headline's merged with the body's
            if verb.lemma_.lower() not in BEATING_VERBS or verb.pos_ != "VERB" or not _hangs_on(verb, trigger):
                continue
            for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
                lo, hi = obj.left_edge.i, obj.right_edge.i
                beaten = dict.fromkeys(p for t in doc[lo : hi + 1] if (p := _entity(a, t)) and _kind(a, p) == "PERSON")
                for person in beaten:  # (in the order the text names them, not a set's)
                    b.add("member", person, party, evidence=_evidence(a, doc, verb, doc[hi]))


LISTING_VERBS = frozenset({"include", "be", "comprise", "feature"})


def listed_members(b: _Builder, doc: Doc) -> None:
    """"X, whose members include A and B", "The members of X are A, B and C", "X's former members include
    A": those named are (were) members of the organisation."""
    a = b.analysis
    for tok in _with_lemma(doc, MEMBER_NOUNS):
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in LISTING_VERBS or tok.tag_ not in ("NNS", "NN"):
            continue
        owner = next((c for c in children_of(tok) if c.dep_ == "poss"), None)
        if owner is not None and owner.tag_ == "WP$" and tok.head.dep_ == "relcl":
            owner = tok.head.head  # "X, whose members include ..."
        org = _entity(a, owner) if owner is not None else next(
            (e for e in (_entity(a, t) for t in objects_of(tok, {"of"})) if e is not None), None)
        if org is None or _kind(a, org) != "ORG":
            continue
        listed = [c for c in children_of(tok.head) if c.dep_ in ("dobj", "attr")]
        people = {p for c in listed for t in c.subtree if (p := _entity(a, t)) is not None and _kind(a, p) == "PERSON"}
        over = any(c.lower_ in FORMER for c in children_of(tok) if c.dep_ == "amod")
        ev = _evidence(a, doc, tok, tok)
        for person in sorted(people):
            fact = b.add("member", person, org, evidence=ev)
            if over and fact.valid_to is None:
                fact.valid_to = PAST
