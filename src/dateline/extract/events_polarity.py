"""Polarity ("did not marry", "denied having an affair") and modality ("plans to", "tried to") of a trigger."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from ..nlp import children_of, heads, memo, tokens
from .events_tokens import is_passive


def governors(trigger: Token) -> Iterable[Token]:
    """Verbs above the trigger up to its clause's governor: "denied having an affair" -> having, denied;
    "abandoned an attempt to buy" -> abandoned."""
    token, up, listed = trigger, heads(trigger.doc), tokens(trigger.doc)
    for _ in range(4):
        if up[token.i] == token.i or token.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "attr", "conj", "acl"):
            return
        token = listed[up[token.i]]
        if token.pos_ in ("VERB", "AUX"):
            yield token
            if token.dep_ not in ("xcomp", "ccomp", "pcomp"):
                return


def polarity(trigger: Token, cues: dict[str, Any]) -> str:
    pol = cues["polarity"]
    neg, near = pol["neg_lemmas"], pol["near_lemmas"]  # (short lists: no set made per call)
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and (c.lower_ in neg or c.lower_ in near)) for c in children_of(trigger)):
        return "NEG"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in pol["neg_noun_modifiers"] for c in children_of(trigger)):
        return "NEG"
    tried = trigger if trigger.pos_ == "NOUN" else trigger.head if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(trigger)) else None
    if tried is not None and any(c.dep_ in ("amod", "compound") and c.lower_ in pol["failed_modifiers"] for c in children_of(tried)):
        return "NEG"  # "its failed bid for X", "a failed attempt to buy X": it did not come off
    if trigger.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.lower_ == "neither" and any(
            g.dep_ == "cc" and g.lower_ == "nor" for g in children_of(c)) for c in children_of(trigger)):
        return "NEG"  # "Neither she nor X has posted on social media since": done by neither
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "without":
        return "NEG"  # "was released without charge": the charge never came
    lost = pol["lost_objects"].get(trigger.lemma_.lower())
    if lost and any(c.dep_ == "dobj" and c.lemma_.lower() in lost for c in children_of(trigger)):
        return "NEG"  # "lost his seat"
    if trigger.lemma_.lower() in pol["lost_outs"] and any(c.dep_ == "prep" and c.lower_ == "out" for c in children_of(trigger)):
        return "NEG"  # "was voted out of office"
    if trigger.lemma_.lower() in pol["lost_passives"] and any(c.dep_ == "auxpass" for c in children_of(trigger)) \
            and not any(c.dep_ == "agent" for c in children_of(trigger)):
        return "NEG"  # "was beaten in Wanfair South" (no winner named)
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during") and trigger.lemma_.lower() in pol["setting_nouns"]:
        return "POS"  # "denied the claims in an interview": the telling happened, whatever it denied
    asked = any(c.dep_ == "mark" and c.lower_ == "whether" for c in children_of(trigger))
    for gov in governors(trigger):
        if gov.lemma_.lower() in pol["neg_governors"] and not asked:
            return "NEG"  # (not "declined to say whether she would resign": left open, not denied)
        if trigger.pos_ == "NOUN" and gov.lemma_.lower() in pol["topic_verbs"]:
            return "POS"  # "declined to comment on his departure": the departure is only talked about
        if trigger.pos_ == "NOUN" and gov.lemma_.lower() in pol["support_verbs"] and any(c.dep_ == "neg" for c in children_of(gov)):
            return "NEG"  # "did not complete the purchase"; "never recovered from the arrest" does not deny the arrest
        if trigger.dep_ == "pcomp" and _walked_away(gov):
            return "NEG"  # "held talks about buying X last year but walked away over price": it did not come off
    return "POS"


WALKED_AWAY = {"walk": "away", "pull": "out", "back": "out"}  # a party leaving a deal it talked about, by its particle


def _walked_away(verb: Token) -> bool:
    """A verb joined by "but" to one of walking away from what it did ("held talks ... but walked away / pulled out")."""
    kids = children_of(verb)
    return any(c.lower_ == "but" and c.dep_ == "cc" for c in kids) and any(
        c.dep_ == "conj" and WALKED_AWAY.get(c.lemma_.lower()) in {g.lower_ for g in children_of(c) if g.dep_ in ("prt", "advmod")}
        for c in kids)


def is_question(trigger: Token) -> bool:
    """The trigger is in a question: its sentence's parse tree ends in "?" ("Why did they split?")."""
    up, i = heads(trigger.doc), trigger.i
    while up[i] != i:
        i = up[i]
    known = memo(trigger.doc, "question")  # (one answer per sentence root: every trigger of the sentence asks)
    found = known.get(i)
    if found is None:
        found = known[i] = _question_root(tokens(trigger.doc)[i])
    return found


def _question_root(root: Token) -> bool:
    last = root.right_edge
    while last.i > root.i and (last.is_quote or last.is_bracket or last.is_space):
        last = last.nbor(-1)
    return last.text == "?" or (last.i + 1 < len(last.doc) and last.nbor(1).text == "?")


def _reported(trigger: Token, mod: dict[str, Any]) -> bool:
    clause = trigger.head if trigger.dep_ == "xcomp" else trigger
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in mod["report_verbs"]


def demanded(trigger: Token, cues: dict[str, Any]) -> bool:
    """An event noun only asked for: "called for her resignation", "demanded his dismissal", "urged a
    merger" -- what someone wants done, not done."""
    if trigger.pos_ != "NOUN":
        return False
    words = cues["modality"]["demand_verbs"]
    head = trigger.head
    if trigger.dep_ == "dobj":
        return head.lemma_.lower() in words["direct"]
    return trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in words["for"]


PRESUPPOSING = frozenset({"appeal", "challenge", "contest"})  # what one appeals against has happened


RANKING_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "last", "latest", "only", "youngest", "oldest"})


def _nth_to_do(trigger: Token) -> bool:
    """An infinitive on a noun ranked by an ordinal ("the third minister to leave", "the first woman to win it",
    "the youngest player to score"): what that one did, told as a rank among those who did it -- no plan."""
    if trigger.pos_ != "VERB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(trigger)):
        return False
    if trigger.dep_ in ("acl", "relcl"):
        noun = trigger.head
    elif trigger.dep_ == "xcomp" and trigger.head.lemma_ == "be":  # ("She is the third minister to leave": the parser
        noun = next((c for c in children_of(trigger.head) if c.dep_ == "attr"), None)  # hangs it on "is")
    else:
        return False
    return noun is not None and noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in RANKING_WORDS for c in children_of(noun))


def modality(trigger: Token, cues: dict[str, Any]) -> str | None:
    """What the trigger's clause makes of it: a question, a plan, a condition (the schema's `modality` cues), or None;
    once per token and cues (an event's and its rules' checks ask again)."""
    known = memo(trigger.doc, "modality")
    key = (trigger.i, id(cues))
    if key in known:
        return known[key]
    found = known[key] = _modality(trigger, cues)
    return found


def _modality(trigger: Token, cues: dict[str, Any]) -> str | None:
    mod = cues["modality"]
    if is_question(trigger):
        return mod["question"]
    if demanded(trigger, cues):
        return "demanded"
    if _nth_to_do(trigger):
        return None  # "She is the third minister to leave the government", "the first woman to win the prize": done
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in mod["future_triggers"]:
        return mod["future_triggers"][trigger.lemma_.lower()]  # "are expecting their third child": a birth ahead
    if trigger.pos_ == "ADJ" and trigger.lemma_.lower() in mod.get("future_predicates", {}):
        return mod["future_predicates"][trigger.lemma_.lower()]  # "the album is due out in October": a release ahead
    if trigger.dep_ in ("relcl", "acl", "ROOT") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(trigger)):
        return mod["infinitive"]  # headline "X to buy Y"
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ == "be" and trigger.head.tag_ in ("VBZ", "VBP") \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(trigger)):
        return mod["infinitive"]  # "X is to marry Y", "the couple are to wed next summer": arranged, not done
    auxes = [c.lower_ for c in children_of(trigger) if c.dep_ == "aux"]
    if trigger.tag_ == "VBN" and "have" in auxes and any(a in ("should", "ought") for a in auxes):
        return "demanded"  # "X should have stood aside in 2020": what someone thinks ought to have been done, not done
    for child in children_of(trigger):
        if child.dep_ == "aux" and child.lower_ in mod["aux"]:
            if child.lower_ in mod["reported_future"] and _reported(trigger, mod):
                return mod["reported_future"][child.lower_]  # "said it would cut jobs": will, seen from the past
            return mod["aux"][child.lower_]
    condition = next((c.lower_ for c in children_of(trigger) if c.dep_ == "mark" and c.lower_ in mod["condition_marks"]), None)
    if trigger.dep_ == "advcl" and condition is not None:
        return mod["condition_marks"][condition]  # "faces ten years in prison if convicted": only supposed
    if trigger.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(trigger)):
        return modality(trigger.head, cues)  # "to buy X and cut jobs": planned both
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.i > trigger.head.i \
            and not any(c.dep_ in ("mark", "aux", "nsubj", "nsubjpass") for c in children_of(trigger)) \
            and modality(trigger.head, cues) == mod["infinitive"]:
        return mod["infinitive"]  # "will close its plant by the end of next year, eliminating about 1,100 jobs": ahead both
    if trigger.pos_ == "NOUN":
        for child in children_of(trigger):
            if child.dep_ in ("amod", "compound") and child.lower_ in mod["noun_modifiers"]:
                return mod["noun_modifiers"][child.lower_]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "against" \
            and trigger.head.head.lemma_.lower() in PRESUPPOSING:
        return None  # "would appeal against her conviction": the conviction stands whatever the appeal's outcome
    if trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(trigger)):
        held = next((c for c in children_of(trigger.head) if c.dep_ == "dobj" and c.lemma_.lower() in mod["control_words"]), None) \
            or next((g for c in children_of(trigger.head) if c.dep_ == "prep" for g in children_of(c)
                     if g.dep_ == "pobj" and g.lemma_.lower() in mod["control_words"]), None)  # ("is in line to take charge")
        if held is not None:  # "entered the race to succeed X" (the infinitive parsed as the verb's purpose)
            return mod["control_words"][held.lemma_.lower()]
    token = trigger
    for _ in range(3):  # "is keen to sign", "is close to signing", "is in talks to buy": not done yet
        if token.head.i == token.i or token.dep_ not in ("xcomp", "pcomp", "prep", "acl"):
            break
        token = token.head
        if token.pos_ in ("ADJ", "NOUN") and token.lemma_.lower() in mod["control_words"]:
            return mod["control_words"][token.lemma_.lower()]
    for gov in governors(trigger):
        lemma = mod["governor_forms"].get(gov.lower_, gov.lemma_.lower())  # ("hopes to open": lemmatised "hop")
        if lemma in mod["governors"]:
            if lemma in mod["passive_governors"] and not is_passive(gov):
                continue
            if lemma == "go" and gov.tag_ != "VBG":
                continue
            if lemma == "ask" and is_passive(gov):
                continue  # "was asked to take over as chairman": taken, as a rule; "asked X to step aside": only asked
            return mod["governors"][lemma]
        for child in children_of(gov):
            if child.dep_ == "aux" and child.lower_ in mod["aux"] and trigger.pos_ == "NOUN":
                return mod["aux"][child.lower_]
    return None


def fictional(trigger: Token, cues: dict[str, Any]) -> bool:
    """A trigger in a relative clause on a part played or a work's hero ("plays a detective who is fired", "stars as a
    lawyer who is arrested", "the novel follows a woman who divorces her husband", "a film about a singer who is
    jailed"): what happens in a story, no event of the article's people."""
    fic = cues["fiction"]
    clause = trigger
    while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.pos_ != "NOUN":
        return False
    noun = clause.head
    up = noun.head
    if noun.dep_ == "pobj" and up.lower_ in ("as", "about"):
        holder = up.head
        return (up.lower_ == "as" and holder.lemma_.lower() in fic["role_verbs"]) or (
            up.lower_ == "about" and holder.lemma_.lower() in fic["work_nouns"])
    if noun.dep_ != "dobj":
        return False
    return up.lemma_.lower() in fic["role_verbs"] or (up.lemma_.lower() in fic["plot_verbs"] and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in fic["work_nouns"] for c in children_of(up)))


SURPRISE_VERBS = frozenset({"expect", "anticipate", "imagine", "dream", "think", "believe"})


def surprise(trigger: Token) -> bool:
    """"said he had not expected to win", "never dreamed she would win": a past expectation denied, told of an event that
    came all the same -- no event of its own (neither negated nor ahead), the event told where the text tells it."""
    verb = trigger
    if verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in ("would", "could") for c in children_of(verb)):
        verb = verb.head  # "never thought she would win"
    elif verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        verb = verb.head  # "had not expected to win"
    else:
        return False
    return verb.lemma_.lower() in SURPRISE_VERBS and verb.tag_ in ("VBD", "VBN") \
        and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in children_of(verb))
