"""Deterministic readers for the parts of a post a proposal must honour: screening questions and the
client's instructions about the proposal. The offline engine uses them, and ``pipeline.extract``
merges them into a real model's answer so these never depend on the model. Every returned text is
a verbatim substring of the post (numbering and bullets are cut off the front, nothing else)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from service.core.schemas import ClientInstruction
from service.intake.question_lists import (
    QWORD,
    YOU,
    bare_lines,
    bare_question,
    glued_question,
    imperative_ask,
    split_listed,
    split_numbered,
    terms_question,
)
from service.text import linear_re

MAX_QUESTIONS = 15
MAX_INSTRUCTIONS = 24

_Q_CUE = linear_re.compile(
    r"(screening|application|proposal|interview|apply(?:ing)?|following|these|my|the|some|few|\d+|two|three|four|five)"
    r"\s+(?:short\s+|quick\s+|simple\s+)?questions?\b|please answer|answer (?:the|these|all|every|each|my|a few|"
    r"the following|below)|questions? (?:below|to answer|for you)|in your (?:proposal|application|cover letter),? "
    r"(?:please )?(?:answer|tell|include|let me know)|(?:include|address|answer|cover|mention) (?:the following )?in "
    r"your (?:proposal|application|cover letter|bid)|as part of your (?:proposal|application|cover letter|bid)|"
    r"(?:responde|contesta)\w* (?:las|estas)? ?(?:siguientes )?"
    r"preguntas|(?:responde|contesta)\w* a (?:las|estas) (?:siguientes )?preguntas|répondez aux questions|"
    r"beantworten sie (?:die |folgende |diese )?fragen|beantworte\w* (?:die|folgende)|responda (?:às|as) perguntas|questions? :\s*$|"
    # a bare "Questions:" heading over a list ("- Describe a similar dashboard you built."): found trying the product
    r"^\W*questions\s*:[^\n]*,|"  # "Questions: which hosting would you suggest, how would you …" (sixth probe)
    r"^[#*_\s]*(?:questions?(?: for (?:applicants|freelancers|candidates|bidders))?|screening(?: questions?)?|before you "
    r"apply,? answer|to apply,? answer)[*_\s]*:?[*_\s]*$",
    ignore_case=True)
# a cue whose list may mix asks with things to send ("Please reply with: 1) Your experience with CDPs 2) Your rate"):
# only the items that ask something are questions (the rate, the CV, the examples are client asks, answered apart)
_ASK_CUE = linear_re.compile(r"answers? to (?:the following|these|the questions|the below)|\btell (?:us|me):|(?:please )?(?:reply|respond) "
                             r"with:|in your (?:proposal|application|cover letter),? (?:please )?(?:provide|share|describe|"
                             r"explain|include)\b|"
                             # "To apply, please tell us briefly:", "When Applying, Please Include a Short Note Covering",
                             # "To Apply" over "Please include:" (a list that mixes asks with things to send)
                             r"(?:to apply|when applying|before applying|when you apply|to be considered),? (?:please )?"
                             r"(?:briefly )?(?:provide|include|share|send|tell (?:us|me)|let (?:us|me) know|cover|address|"
                             r"answer)\b|(?:please )?include an? (?:short|brief) (?:note|paragraph|message|summary) "
                             r"(?:covering|that covers|addressing)\b|^\W*(?:please )?(?:include|provide|tell (?:us|me)|"
                             r"cover|address)(?: briefly)?(?: the following)?:\W*$", ignore_case=True)
_ASKS_INLINE = linear_re.compile(r"(?:as part of|in) your (?:proposal|application|cover letter|bid),? (?:please )?(?:briefly )?"
                                 r"(?:share|tell|describe|explain|list|include|mention|answer|let (?:me|us) know)\b",
                                 ignore_case=True)
_HOOK = linear_re.compile(r"^(?:are you|do you (?:have|love|enjoy)|have you (?:ever|got))\b", ignore_case=True)
_PITCH = linear_re.compile(r"^(?:we(?:'re| are| have| need)|our |join |this is |then |if so|i(?:'m| am) (?:looking|seeking))",
                           ignore_case=True)
# a marker, then maybe a dash after it ("Q1 - Would you …", "1. - How long …": the dash was kept in the question)
_LIST_ITEM = linear_re.compile(r"^\s*(?:[-*•·▪►✅🔹]+\s*|\(?\d{1,2}[.)]\s*|[a-e][.)]\s+|Q\d{1,2}[.:)]?\s*)(?:[-–—]\s+)?")
_HEADING = linear_re.compile(r"^\s*(#{1,6}\s|\*\*[^*]+\*\*\s*$|[A-Z][A-Za-z /&'-]{2,40}:\s*$)")
_SENT = linear_re.compile(r"(?:[^.!?\n]|[.!?][^\s.!?])+(?:[.!?]+|$)")  # a dot inside a word (Next.js) does not end it
_RHETORICAL = linear_re.compile(r"\b(passion|thrive|are you (?:a|an|the) |ready to|part of (?:history|something|our (?:team|"
                         r"journey|story|mission))|looking for (?:a|an) (?:new )?"
                         r"(?:challenge|opportunity)|want to join|interested\?|sound(?:s)? like you|excited|should you be|"
                         r"(?:is|are) this (?:role|job|position) for you|(?:do|would) you (?:want|like|love) to (?:work|join|be part)|"
                         # a job ad's section headings ("What you will do at Acme Bakery?", "Why join us?")
                         r"what you(?:'ll|’ll| will) (?:be )?(?:doing|do)\b|who (?:you are|we are)\b|what (?:we|you)(?:'ll|’ll| will)? "
                         r"(?:offer|bring|get)\b|why (?:join|work with) us\b|why (?:we need|do we need) you\b|what do you "
                         r"think (?:of|about) (?:it|this|that)\b)\b|"
                         # a courtesy at the end of a post ("Please let me know if you need any further explanations?")
                         r"\b(?:let (?:me|us) know|do you (?:need|have)|if you (?:need|have)|(?:are|is) there) (?:(?:any|ay|an?|"
                         r"some) )?(?:further |more |other |additional )?(?:questions?|explanations?|info(?:rmation)?|details|"
                         r"clarifications?)(?: (?:about|on|regarding) (?:this|the|my) (?:\w+ )?(?:job|project|post|task))?\W*$",
                         ignore_case=True)


# an item about the applicant's own view or way of working ("Your thoughts on how you would …", "Tech stack you would
# recommend", "Biggest risks you see", "How you work with AI coding tools"): a question here, and the reviewer's to
# answer in the letter (``drafting.offline_answers``)
OWN_VIEW = (r"your thoughts on|how you (?:work|use|approach|handle|plan|test|ensure|deal)\b|(?:the )?(?:tech )?stack you "
            r"(?:would|'d)|(?:the )?(?:biggest|main|key) (?:risks?|challenges?) you|your (?:preferred|proposed|recommended|"
            r"suggested) (?:approach|architecture|stack|solution|plan)\b")
# an item of an answer list that asks something without a question mark ("Your experience with CDPs", "How you would
# architect it", "A brief description of your Python experience", "Describe your experience with Spark.")
_ASK_ITEM = linear_re.compile(r"^(?:(?:your|any) (?:\w+ )?(?:relevant |prior |previous |hands-on )?experiences? (?:with|in|of|"
                              r"working|using|on)|(?:details|a (?:brief |short )?(?:description|summary|overview|explanation))"
                              r" of your|(?:a )?(?:short,? |brief,? )?(?:high-level )?outline of|how you (?:would|will|have|'d)|"
                              r"how (?:soon|quickly) you|whether you|"
                              r"what you (?:would|will|have)|why you|(?:please )?(?:briefly )?(?:describe|explain|tell us|"
                              r"share how|outline)\b|(?:a|an|one) [\w ,./-]{0,40}?(?:you(?:'ve|’ve| have)?|that you(?:'ve|’ve| have)?) "
                              r"(?:built|automated|created|designed|led|shipped|delivered|worked on|debugged|fixed|solved|improved|refactored|"
                              r"migrated|optimi[sz]ed|scaled|rebuilt|upgraded)\b|"
                              # "One example of a past project where you …", "A sample of your work with …"
                              r"(?:one|an?|two|three|\d) (?:(?:concrete|specific|recent|short) )?(?:examples?|samples?) of\b|"
                              # "Your strongest backend stack" and the applicant's own view (an experience item, "Experience
                              # with QuickBooks", stays a client ask: ``client_asks`` leaves it to the reviewer)
                              r"your (?:\w+ ){0,3}stack\b|" + OWN_VIEW + ")", ignore_case=True)



# a numbered sub-heading inside a question list ("2. Tools & Stack"), not a question
_SUBHEAD = linear_re.compile(r"^(?:[A-Z][\w'’]*|&|→|-|/|vs\.?)(?: (?:[A-Z][\w'’]*|&|→|-|/|vs\.?)){1,6}$")
# the client asks the applicant's advice in the first person ("How would we begin this consultation process?")
_ADVICE = linear_re.compile(r"^(?:how|what|where) (?:would|should) we (?:begin|start|approach|tackle|go about|do)\b",
                            ignore_case=True)


def _strip_item(line: str) -> str:
    return _LIST_ITEM.sub("", line, count=1).strip()


# the post answers its own questions with a pitch ("Are you detail-minded? Do you enjoy numbers? If so, we're looking
# for you!"): the run of questions before it is a hook, not questions to answer (pool readers: a letter answered "Not
# directly" to the client's hook, and disclaimed the field it named)
_IF_SO = linear_re.compile(r"^(?:if (?:so|this (?:sounds like|is|describes) you|that (?:sounds like|is|describes) you)\W+"
                           r"(?:we|you|this|then|let|come|join|apply|read|keep|look|we'd|we’d)\b|then (?:we|this|you|read "
                           r"on|keep reading)\b|we(?:'re|’re| are) looking for you\b|look no further\b|join (?:us|our|the)\b|join (?:[\w&.-]+ ){1,3}as\b)",
                           ignore_case=True)
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def _answered_by_pitch(following: list[str]) -> bool:
    """Whether the questions before ``following`` are answered by the post's own pitch right after them."""
    for s in following:
        if not s.endswith("?"):
            return bool(_IF_SO.match(_strip_item(s)))
    return False


def _title_heading(line: str, sentence: str) -> bool:
    """A question in Title Case standing alone on its line ("What’s on Your Desk?") is a section heading."""
    if len(line) > len(sentence) + 12:  # other text on the line (checked first: a long line has many sentences)
        return False
    words = _strip_item(line).strip("*_# ").split()
    if _strip_item(sentence).strip("*_# ") != " ".join(words) or not 2 <= len(words) <= 7:
        return False
    content = [w for w in words[1:] if w.lower().strip("?") not in _SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() for w in content)


def _quoted_at(line: str, start: int, sentence: str) -> bool:
    """Whether the sentence at ``start`` is inside quotation marks (or opens one) on its line."""
    before = line[:start] + sentence[:len(sentence) - len(sentence.lstrip())]
    opens = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    return opens or sentence.lstrip().startswith(('"', "“"))


def screening_questions(description: str, page_questions: list[str] | None = None) -> list[str]:
    """Questions the client asks applicants to answer, verbatim, in order."""
    out: list[str] = []

    def add(q: str) -> None:
        if len(out) >= MAX_QUESTIONS:
            return
        q = q.strip().strip("*_").strip()
        if len(q) >= 8 and q not in out and not any(q in o for o in out):
            out.append(q)

    for q in page_questions or []:
        add(q)
    lines = description.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        cue = _Q_CUE.search(line) or _ASK_CUE.search(line) or _ASKS_INLINE.search(line)
        if cue:
            strict = not _Q_CUE.search(line)  # only the items that ask something
            # the cue line may itself end with a question ("... answer this: what is X?")
            tail = line.split(":", 1)[1].strip() if ":" in line and not line.rstrip().endswith(":") else ""
            after = line[cue.start():].split(":", 1)[1].strip() if ":" in line[cue.start():] else ""
            numbered = split_numbered(line[cue.end():])
            if len(numbered) >= 2:  # "please answer (1) which theme you'd recommend (2) whether you can migrate …"
                for item in numbered:
                    if not strict or QWORD.match(item) or _ASK_ITEM.match(item) or item.lower().startswith("your "):
                        add(item)
            elif len(listed := split_listed(after)) >= 2:  # "Tell us: your rate, your availability and your time zone."
                for item in listed:
                    add(item)
            elif after and len(list(_SENT.finditer(after))) > 1:
                # "answer the following questions in your cover letter: Describe your experience with Spark. How do
                # you ensure data quality?": each asking sentence after the colon
                for m in _SENT.finditer(after):
                    if (sent := m.group(0).strip()).endswith("?") or _ASK_ITEM.match(sent):
                        add(sent)
            elif tail.endswith("?") or (tail and not strict and _ASK_ITEM.match(tail)):
                add(tail)  # "Application Question: Please describe your strategy for …" asks without a question mark
            elif _ASKS_INLINE.search(line) and not line.rstrip().endswith(":"):
                # "As part of your proposal, share your favourite tool and why." asks on the cue line itself
                add(next((m.group(0).strip() for m in _SENT.finditer(line) if _ASKS_INLINE.search(m.group(0))), ""))
            j, blank, got, passed = i + 1, 0, 0, False
            while j < len(lines) and blank < 2:
                cur = lines[j]
                if not cur.strip():
                    blank += 1 if out else 0
                    j += 1
                    continue
                if _HEADING.match(cur) and not cur.strip().endswith("?") and j > i + 1:
                    break
                item = _strip_item(cur)
                is_item = bool(_LIST_ITEM.match(cur))
                # ... or, under "Please answer the following questions:", a question that lost its question mark
                asks = item.endswith("?") or bool(_ASK_ITEM.match(item)) or (not strict and bare_question(item, lines[j + 1:j + 2]))
                # ... never a closing cheer among the items ("- Come and help us change how maps are made!")
                if asks or (is_item and not strict and not passed and not _SUBHEAD.match(item) and not item.endswith("!")
                            and (QWORD.match(item) or item.endswith((".", ":")) is False)):
                    add(item)
                    blank, got = (0, got + 1) if asks else (blank, got)  # blank lines may part an answer list's items
                elif not is_item and j > i + 1 and (not got or len(item.split()) > 20):
                    break  # prose after the cue; a short line among asks (a link to send) is passed over
                elif not is_item and j > i + 1:
                    passed = True  # past it, only what asks something
                j += 1
            i = j
            continue
        i += 1
    # direct questions to the applicant elsewhere in the post; a question the post opens on is a hook ("Are you
    # curious about data …?", "Do you have solid experience with budget models?"), not a question
    # to answer (fresh-pool readers: the letter "answers a rhetorical line", and disclaimed the skill it names)
    sentences = [(line, m) for line in lines for m in _SENT.finditer(line) if m.group(0).strip()]
    said = [m.group(0).strip() for _, m in sentences]
    hook = said[0] if len(said) >= 2 and _HOOK.match(said[0]) and _PITCH.match(said[1]) else None
    bare = bare_lines(lines)  # "what do you charge for a 1 hour call" / "how long will it take": no question marks
    for k, (line, m) in enumerate(sentences):
        if said[k] == hook or _answered_by_pitch(said[k + 1:k + 6]):
            continue  # … followed by the pitch ("We're seeking …", "If so, we're looking for you!"), not by "Please answer …"
        if _title_heading(line, m.group(0)):
            continue  # a job ad's section heading ("What’s on Your Desk?"), with the section under it
        if _quoted_at(line, m.start(), m.group(0)):  # a quoted message ("a guest writes: "Is parking free?""),
            continue  # an example the post shows, not a question to the applicant (pool readers: garbled)
        s = _strip_item(m.group(0)).strip()
        if ": " in s and s.split(": ", 1)[1].strip().endswith("?"):
            s = s.split(": ", 1)[1].strip()
        s = glued_question(s)
        listed = m.group(0).lstrip()[:1] == "Q" and m.group(0).lstrip()[1:2].isdigit()  # "Q2 Where would it run?"
        asks = s.endswith("?") and (s.startswith("¿") or YOU.search(s) or _ADVICE.match(s) or listed) or imperative_ask(s) or s in bare
        if (asks or terms_question(s)) and not _RHETORICAL.search(s) and (len(s.split()) >= 4 or terms_question(s)):
            add(s)
    return out[:MAX_QUESTIONS]


# ------------------------------------------------------------------ client instructions
_WORD = (r"[\"'“‘«]?(?:(?P<vNN>(?-i:[A-Z0-9][A-Z0-9-]+(?:\s[A-Z0-9][A-Z0-9-]+){1,3}))(?:[^\w-]|$)"
         r"|(?P<vNN>[^\"'”’»\s.,;!:]+))[\"'”’»]?")  # several capitalised words (I READ THIS), else one word
_QUOTED = r"[\"'“‘«](?P<vNN>[^\"'”’»\n]{1,40})[\"'”’»]"
_DOC = r"(?:proposal|application|cover letter|bid|reply|response|message|answer|submission)"
_OPENER = [
    rf"(?:start|begin|open)\w* (?:your|the) {_DOC} (?:with|by (?:writing|saying|typing)) (?:the (?:word|phrase|sentence) )?(?:{_QUOTED}|{_WORD})",
    rf"(?:at|in) the (?:very )?(?:first|start|beginning|top) of (?:your|you|the) {_DOC}\s*[=:]?\s*{_QUOTED}",  # "of YOu Message"
    rf"(?:first (?:word|line|sentence) of (?:your|the) {_DOC} (?:must|should) be|(?:put|write|type) (?:the (?:word|phrase) )?(?:{_QUOTED}|{_WORD}) (?:at the (?:very )?(?:top|start|beginning)|as the first (?:word|line)))(?:\s+(?:{_QUOTED}|{_WORD}))?",
    rf"(?:empiece|empieza|comience|comienza|inicia)\w* (?:su|tu) (?:propuesta|solicitud|mensaje) con (?:la palabra |la frase )?(?:{_QUOTED}|{_WORD})",
    rf"(?:commencez|commence) (?:votre|ta) (?:proposition|candidature|message) (?:par|avec) (?:le mot |la phrase )?(?:{_QUOTED}|{_WORD})",
    rf"(?:beginnen sie|beginne|starten sie) (?:ihr|ihre|dein|deine) (?:angebot|bewerbung|nachricht) mit (?:dem wort |dem satz )?(?:{_QUOTED}|{_WORD})",
    rf"(?:comece|inicie) (?:sua|seu|a sua) (?:proposta|candidatura|mensagem) com (?:a palavra |a frase )?(?:{_QUOTED}|{_WORD})",
]
_REQUIRED = [
    rf"(?:include|use|mention|write|add|put|type|say)\w* (?:the )?(?:word|phrase|code ?word|keyword|password|secret word|term) (?:{_QUOTED}|{_WORD})",
    rf"(?:include|use|mention|write|add|put|type)\w* (?:{_QUOTED}) (?:in|at|somewhere|anywhere|to|so)",
    rf"(?:incluye|incluya|usa|escribe|menciona) la palabra (?:{_QUOTED}|{_WORD})",
    rf"(?:incluez|mentionnez|écrivez|utilisez) le mot (?:{_QUOTED}|{_WORD})",
    rf"(?:verwenden sie|schreiben sie|erwähne|schreibe) (?:das wort|den begriff) (?:{_QUOTED}|{_WORD})",
    rf"(?:inclua|escreva|mencione|use) a palavra (?:{_QUOTED}|{_WORD})",
]
_FORMAT = [
    r"(?:keep|limit) (?:your |the )?(?:proposal|cover letter|application|answer|reply|message|it)\w* (?:to |under |below |within )?(?:\d+|one|two|three|a few) (?:words|sentences|paragraphs|lines)",
    r"(?:no more than|not more than|maximum of|max\.?|under|fewer than|less than) \d+ words",
    r"(?:write|reply|respond|answer) (?:your proposal |the proposal |)in (?:english|spanish|french|german|portuguese|italian|dutch|bullet points)",
    r"(?:use|in) bullet points",
    r"(?:no|don'?t send|do not send|avoid) (?:generic|copy[- ]paste|template|canned|ai[- ]generated|chatgpt)\w* (?:proposals?|cover letters?|applications?|answers?|responses?|messages?)",
    r"(?:proposals?|applications?) (?:that|which) (?:are|look) (?:generic|copy[- ]pasted|ai[- ]generated) will (?:be )?(?:ignored|rejected|declined)",
    r"(?:do not|don'?t|never) use (?:ai|chat ?gpt|gpt|ai tools|an ai)\b[^.!?\n;]*",
    r"(?:generic|ai[- ]generated|copy[- ]pasted?|template|canned)\w* (?:proposals?|applications?|cover letters?) will (?:be )?(?:ignored|rejected|declined|deleted)",
    r"(?:responda|escreva|escriba|responde|répondez|écrivez|antworten sie|schreiben sie) (?:en|em|in|auf) (?:español|inglés|portugu[eê]s|inglês|français|anglais|deutsch|englisch)",
]
# a working example asked for ("can show one running on a live site"; pool readers: "my one
# hard requirement was to show a bot already live, and the letter shows nothing"); ``drafting.client_asks`` answers it
# with examples of similar work
DEMO_ASK = (r"\b(?:can|could|able to|please|kindly|you(?:'ll| will)?|must) (?:show|demo|demonstrate)\w* (?:(?:us|me) "
            r"(?:[\w-]+ ){0,6}?|(?:this|it|one|that|(?:a|an) (?:similar|example|comparable) [\w-]+|the same [\w-]+) )"
            r"(?:already )?(?:working|running|live|in action)\b")
# a quote or timeline wished for ("we would like a quotation and a timeline"); ``drafting.client_asks`` reads it as an ask
QUOTE_WISH = r"(?:i|we)(?:'d|’d| would) like (?:a|an|your) (?:quot(?:e|ation)|estimate|price|timeline)\b"
_OTHER = [
    r"(?:please |kindly )?(?:include|attach|share|send|provide|add)\w* (?:[\w/'-]+ ){0,5}?(?:portfolio|links?|examples?|samples?|github|cv|resume|rate|availability|loom|video|references?|case stud(?:y|ies)|past work|websites?|estimate|quote|timeline)\b[^.!?\n]*",
    r"(?:tell|let) (?:us|me) (?:know )?(?:about|the|your|how|what|when|which|why|if|whether|a|an)\b[^.!?\n]*",
    r"(?:mention|state|specify) (?:your|the|how|what)\b[^.!?\n]*",
    DEMO_ASK + r"[^.!?\n]*",
    # "we'd love to see samples of similar sites" asks for examples
    r"(?:i|we)(?:'d|’d| would) (?:love|like) to see (?:[\w/'’-]+ ){0,3}?(?:examples?|samples?|portfolio|past work|"
    r"previous work|projects?|links?)\b[^.!?\n]*",
    QUOTE_WISH + r"[^.!?\n]*",
]
_ANSWER = linear_re.compile(r"(?:please |kindly |be sure to |make sure (?:to|you) |must )?answer (?:the|these|all|every|each|my|a few|"
                     r"following|both|\d+|two|three|four|five)\b[^.!?\n]*(?:questions?|below)[^.!?\n]*|responde\w* (?:a )?(?:las|estas)"
                     r" (?:\w+ )?preguntas[^.!?\n]*|répondez aux[^.!?\n]*questions[^.!?\n]*|beantworten sie[^.!?\n]*fragen"
                     r"[^.!?\n]*|responda (?:às|as)[^.!?\n]*perguntas[^.!?\n]*", ignore_case=True)


# cheap pre-checks: skip a pattern family when none of its key words occur
_OPENER_CUE = linear_re.compile(r"start|begin|open|first|top|empie|comien|inici|commenc|beginn|starten|comece")
_REQUIRED_CUE = linear_re.compile(r"word|phrase|keyword|password|term|palabra|mot\b|wort|begriff|palavra|[\"“‘«]")


_FORMAT_CUE = linear_re.compile(r"words|sentence|paragraph|lines|english|spanish|french|german|portug|italian|dutch|bullet|"
                         r"generic|template|copy|canned|ai|gpt|español|inglés|français|deutsch|englisch")
_OTHER_CUE = linear_re.compile(r"include|attach|share|send|provide|add|tell|let (?:us|me)|mention|state|specify|show|demo|to see|like (?:a|an|your)")


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> linear_re.Pattern:
    return linear_re.compile(_numbered(pattern), ignore_case=True)


def _numbered(pattern: str) -> str:
    """Give every value group its own name (v0, v1, ...): a pattern may offer several alternatives."""
    parts = pattern.split("vNN")
    return "".join(p + (f"v{i}" if i < len(parts) - 1 else "") for i, p in enumerate(parts))


_BOUNDARY = linear_re.compile(r"[.!?]+(?:\s|$)|\n")
_LEADER = linear_re.compile(r"^(?:[-*•·▪►✅🔹👉]+\s*|\(?\d{1,2}[.)]\s+)")


class _Sentences:
    """Sentence boundaries of a text, found in one pass; a '.' only ends a sentence before whitespace
    (Next.js, 3.5). ``at(start, end)`` is then a binary search, so many matches stay linear overall."""

    def __init__(self, text: str):
        self.text = text
        self.ends = [m.end() for m in _BOUNDARY.finditer(text)]
        self.starts = [m.start() for m in _BOUNDARY.finditer(text)]

    def at(self, start: int, end: int) -> str:
        i = bisect_right(self.ends, start) - 1
        left = self.ends[i] if i >= 0 else 0
        j = bisect_left(self.starts, end)
        right = self.ends[j] if j < len(self.ends) else len(self.text)
        s = self.text[left:right].strip()
        return _LEADER.sub("", s, count=1).strip()


def _clean_value(v: str | None) -> str | None:
    if not v:
        return None
    v = v.strip().strip("\"'“”‘’«»").strip().rstrip(".,;:!)")
    return v or None


def client_instructions(description: str) -> list[ClientInstruction]:
    """The client's instructions about the proposal itself (not injection: the client wrote them for people)."""
    out: list[ClientInstruction] = []
    seen: set[tuple[str, str]] = set()
    sentences = _Sentences(description)

    def add(kind: str, m, value: str | None = None) -> None:
        if len(out) >= MAX_INSTRUCTIONS:
            return
        sentence = sentences.at(m.start(), m.end())
        if not sentence or sentence not in description:
            sentence = m.group(0).strip()
        if kind == "required_word" and _NEGATED_ASK.search(description[max(0, m.start() - 40):m.start()]):
            kind, value = "format", None  # "Do not use the word "expert"": a word to avoid, never to insert (found trying)
        key = (kind, (value or sentence).lower())
        if key in seen or (kind == "required_word" and ("opener", key[1]) in seen):
            return  # "put the word X at the top" is one instruction (an opener), not two
        seen.add(key)
        out.append(ClientInstruction(kind=kind, text=sentence, value=value))

    low = description.lower()
    for kind, patterns, cue in (("opener", _OPENER, _OPENER_CUE), ("required_word", _REQUIRED, _REQUIRED_CUE)):
        if not cue.search(low):
            continue
        for pat in patterns:
            for m in _compiled(pat).finditer(description):
                add(kind, m, _clean_value(_first_value(m)))
    for m in _ANSWER.finditer(description):
        add("answer_questions", m)
    if _FORMAT_CUE.search(low):
        for pat in _FORMAT:
            for m in _compiled(pat).finditer(description):
                add("format", m)
    texts = {o.text for o in out}
    for pat in (_OTHER if _OTHER_CUE.search(low) else ()):
        for m in _compiled(pat).finditer(description):
            if sentences.at(m.start(), m.end()) not in texts:
                add("other", m)
    return out


_NEGATED_ASK = linear_re.compile(r"\b(?:do not|don't|don’t|never|avoid|no need to|without)\s+(?:\w+\s+){0,2}$",
                                 ignore_case=True)


def _first_value(m) -> str | None:
    for val in m.groupdict().values():
        if val:
            return val
    return None
