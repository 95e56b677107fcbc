"""Small syntactic helpers shared by the event modules: voice, clause heads, trigger keys."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import TIME_NOUNS, children_of, heads, memo, strings, tokens

# "appos": a participle parsed as an apposition ("X, a co-operative set up in January, ...") heads its own clause
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "acl", "csubj", "csubjpass", "pcomp", "parataxis", "appos"}
PARTICLES = {"away", "down", "out", "off", "up", "in", "back", "over", "aside"}


POST_VERBS = frozenset({"appoint", "name", "elect", "promote", "install", "choose", "select", "make", "crown"})


def bare_post(obj: Token) -> bool:
    """"was elected to the council and appointed deputy governor": a post with no article after a
    verb of appointing is what the shared passive subject became, not an object of its own."""
    return obj.head.lemma_.lower() in POST_VERBS and obj.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss") for c in children_of(obj))


# verbs no one undergoes: a conjunct of a passive verb that is one of these is active ("was elected but defected")
NEVER_PASSIVE = frozenset({"defect", "retire", "quit", "depart", "die", "emigrate", "resign"})  # ("was arrested and resigned")
SUM_KEPT = frozenset({"fine", "fin"})  # passives that keep a sum as their object: "was banned and fined £1,200"


def set_off_participle(verb: Token) -> bool:
    """A participle set off by commas right after a name, parsed as that name's verb ("X, appointed minister in 2021,
    was sacked on Tuesday", the tagger sometimes reading a past tense): a passive -- an active verb takes no comma
    after its subject -- when no auxiliary is its own and a verb follows the clause's closing comma."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or verb.doc[verb.i - 1].text != "," or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in children_of(verb)):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.i != verb.i - 2 or subject.pos_ != "PROPN":
        return False
    if any(t.text == "," for t in verb.doc[max(subject.left_edge.i - 1, 0) : subject.i]):
        return False  # "A second director, X, stepped down": the name an apposition, the verb after it active
    after = verb.doc[verb.i + 1 : verb.sent.end]
    comma = next((t.i for t in after if t.text == ","), None)
    return comma is not None and any(t.pos_ in ("VERB", "AUX") for t in verb.doc[comma + 1 : verb.sent.end])


def is_passive(token: Token, inherited: Token | None = None) -> bool:
    if any(c.dep_ == "auxpass" for c in children_of(token)):
        return True
    if set_off_participle(token):
        return True
    if token.tag_ == "VBD" and token.dep_ == "acl" and not any(
            c.dep_ in ("nsubj", "aux") or (c.dep_ == "dobj" and not is_time(c)) for c in children_of(token)):
        return True  # "her album, X, released the year before": a participle the tagger took for a past tense
    if token.tag_ == "VBN" and (token.dep_ == "acl" or (token.dep_ == "advcl" and not any(c.dep_ in ("aux", "nsubj") for c in children_of(token)))):
        return True  # "the man arrested on Monday", "Born in Swansea, X ..."
    if inherited is not None and token.dep_ == "conj" and token.tag_ in ("VBN", "VBD"):
        # "was arrested and charged" shares the passive; "was elected and won the prize" has an object
        if token.lemma_.lower() in NEVER_PASSIVE:
            return False  # "was elected in 2015 but defected two years later": no one is defected
        own = any(c.dep_ in ("aux", "auxpass") or (c.dep_ == "dobj" and not is_time(c) and not bare_post(c)
                                                    and not (token.lemma_.lower() in SUM_KEPT and c.ent_type_ == "MONEY"))
                  for c in children_of(token))
        return inherited.dep_ == "nsubjpass" and not own
    if token.tag_ != "VBN":
        return False
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in children_of(token))
    return inherited is not None and inherited.dep_ == "nsubjpass" and not own_aux


def clause_head(token: Token) -> Token:
    """The verb heading the clause `token` is in (the token itself when it heads one); walked on the cached
    heads and tags (`Token.head` makes a new Token at every step)."""
    doc = token.doc
    up, poses, deps = heads(doc), strings(doc, "pos"), strings(doc, "dep")
    i = token.i
    while not (poses[i] in ("VERB", "AUX") and deps[i] in CLAUSE_DEPS) and up[i] != i:
        i = up[i]
    return token if i == token.i else tokens(doc)[i]


# a verb read as the particle of the verb before it ("was let go": "let go", as "fire")
VERB_PARTICLE_VERBS = {"let": "go"}
# a particle the parser read as a preposition heading another one ("bowed out of Radio X": "out" over "of")
STACKED_PARTICLES = {"bow": ("out", "of"), "walk": ("out", "of"), "boot": ("out", "of"), "kick": ("out", "of")}  # "walked out of X", "was booted out of the party"


def trigger_key(token: Token) -> tuple[str, str]:
    """(lemma with particle, bare lemma): "broke up" -> ("break up", "break"); once per token (several rules ask)."""
    known = memo(token.doc, "trigger_key")
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = _trigger_key(token)
    return found


def _trigger_key(token: Token) -> tuple[str, str]:
    lemma = token.lemma_.lower()
    lowers, deps = strings(token.doc, "lower"), strings(token.doc, "dep")  # (the columns: no string read per child)
    prt = [lowers[c.i] for c in children_of(token) if deps[c.i] == "prt" or (lowers[c.i] in PARTICLE_FORMS and (  # (no other word can be one)
        # "stepped down", "passed away", "was voted in": a particle the parser made an adverb or a bare preposition
        (c.i == token.i + 1 and c.lower_ in PARTICLES and (c.dep_ == "advmod" or (c.dep_ == "prep" and not any(children_of(c)))))
        or _particle_after_object(token, c)
        or (lemma in STACKED_PARTICLES and c.dep_ == "prep" and c.i == token.i + 1 and c.lower_ == STACKED_PARTICLES[lemma][0]
            and any(g.dep_ == "prep" and g.lower_ == STACKED_PARTICLES[lemma][1] for g in children_of(c)))))]
    if not prt and lemma in VERB_PARTICLE_VERBS:  # "were let go": the parser makes "go" a bare clause of "let"
        prt = [c.lower_ for c in children_of(token) if c.dep_ in ("xcomp", "ccomp") and c.lower_ == VERB_PARTICLE_VERBS[lemma]
               and (c.i == token.i + 1 or _let_go(token, c))
               and all((g.dep_ in ("prep", "agent") and g.lower_ not in ("of", "to")) or g.dep_ == "npadvmod"  # ("let go last week", "was let go by X")
                       or (g.dep_ == "nsubj" and g.i < c.i)  # ("let X go")
                       for g in children_of(c))]  # not "let go of", "go home"
    return (f"{lemma} {prt[0]}" if prt else lemma), lemma


# the words read as a particle other than by the "prt" label: those of `_trigger_key`'s tests and of `_particle_after_object`
PARTICLE_FORMS = frozenset(PARTICLES | {"on"} | {first for first, _ in STACKED_PARTICLES.values()})


def _let_go(verb: Token, go: Token) -> bool:
    """"Linmore let Ruth Rell go in 2022": the one let go a name between the verb and "go", the parser's subject of "go"."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1 and c.i == go.i - 1 for c in children_of(go))


def _particle_after_object(verb: Token, c: Token) -> bool:
    """"brought X in from Y", "took her on as head of sales": a particle after the object, parsed as a
    preposition with no object of its own (only a preposition of its own, or none)."""
    if c.lower_ == "on" and c.dep_ == "prep" and not any(g.dep_ == "prep" and g.lower_ == "as" for g in (*children_of(verb), *children_of(c))):
        return False  # "took her on as head of sales", not "took them on" (a contest)
    if c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i > verb.i + 1 and not any(children_of(c)):
        # "rolled the Vela EV out across Europe", "set the firm up in 2009": an adverb right after the object
        return any(o.dep_ == "dobj" and o.i == c.i - 1 for o in children_of(verb))
    return c.dep_ == "prep" and (c.lower_ in PARTICLES or c.lower_ == "on") and c.i > verb.i + 1 and all(g.dep_ == "prep" for g in children_of(c)) \
        and any(o.dep_ == "dobj" and verb.i < o.i < c.i for o in children_of(verb))


def is_time(token: Token) -> bool:
    """"charged the following spring": a time phrase parsed as an object."""
    if token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in TIME_NOUNS:
        return True
    # "dismissed that October": the parser makes the determiner the object, the month its own phrase
    following = token.doc[token.i + 1] if token.tag_ == "DT" and token.i + 1 < len(token.doc) else None
    return following is not None and (following.ent_type_ in ("DATE", "TIME") or following.lemma_.lower() in TIME_NOUNS)
