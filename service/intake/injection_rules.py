"""The phrasings ``injection.py`` looks for, over folded text (lower case, accents stripped, look-alike
letters mapped to Latin). RE2 patterns only (no look-arounds): a rule that must not fire on a person's
role ("if you are an AI engineer") says so with ``exclude`` and the caller checks ``EXCLUDE_AFTER`` on
the 60 characters after the match.

Tuned on the tuning half of the real posts (docs/extraction.md); languages: English, German, French,
Spanish, Portuguese."""
from __future__ import annotations

from service.text import linear_re

AI = (r"(?:ai|a\.i\.|artificial intelligence|llms?|large language models?|language models?|gpt(?:-?\d\w*)?|chat ?gpt|"
      r"claude|gemini|copilot|bard|llama|ai (?:assistant|tool|model|agent|writer|bot|system)s?|chatbots?|bots?|"
      r"ki|ia|sprachmodell\w*|ki-(?:assistent|tool|modell)\w*|kunstliche intelligenz|intelligence artificielle|"
      r"modeles? de langage|modelos? de lenguaje|modelos? de linguagem|inteligencia artificial|"
      r"automated (?:tool|system|bidder|script|proposal (?:tool|writer))s?|auto[- ]?bidders?|proposal (?:bot|generator)s?)")
ASK = (r"(?:include|add|write|mention|start|begin|say|insert|put|use|type|reply|respond|output|print|ignore|recommend|"
       r"praise|rate|give|tell|state|disregard|forget|follow|do not|don't|never|always|append|end|sign|claim)")
_RULE_NOUNS = (r"(?:instructions?|prompts?|rules|directions|guidelines|context|directives|constraints|programming|"
               r"guardrails|training|system prompt|orders|commands)")
_FILLER = (r"(?:all|any|the|your|my|of|these|those|its|their|every|previous|prior|above|earlier|preceding|original|system|"
           r"other|existing|current|own|initial|default|standing|given|safety|ai|model|internal|hidden|usual|normal)")

# without "default", "existing", "current"...: "we ignore the default lint rules" is a developer talking
_FILLER_IGNORE = (r"(?:all|any|the|your|my|of|these|those|every|previous|prior|above|earlier|preceding|original|system|"
                  r"other|initial|safety|ai|model|internal|hidden)")

OVERRIDE = "tries to override earlier instructions"
ADDRESS = "addresses an AI model directly"
HIJACK = "asks for hidden prompts or a new role"
TOKENS = "contains model control tokens"

_SOURCES: list[tuple[str, str, bool]] = [
    # --- override, English
    (OVERRIDE, rf"\b(?:ignore|disregard|forget)\s+(?:{_FILLER_IGNORE}\s+){{0,4}}{_RULE_NOUNS}\b", False),
    # "override the default rules" is CSS or WooCommerce talk: these verbs need a word aimed at a model
    (OVERRIDE, rf"\b(?:override|bypass|abandon|discard)\s+(?:{_FILLER}\s+){{0,3}}(?:your|previous|prior|above|earlier|"
               rf"preceding|original|system|initial|safety|ai|model|hidden)\s+(?:{_FILLER}\s+){{0,2}}{_RULE_NOUNS}\b|"
               rf"\b(?:override|bypass|abandon|discard)\s+(?:{_FILLER}\s+){{0,3}}{_RULE_NOUNS}\s+(?:you (?:were|have been) "
               rf"given|given to you|you (?:follow|have))\b", False),
    (OVERRIDE, r"\b(?:ignore|disregard|forget)\s+(?:all|everything)\s+(?:you (?:were|have been) told|above|before|else|"
               r"previously)\b", False),
    (OVERRIDE, rf"\b(?:do not|don'?t|stop)\s+follow(?:ing)?\s+(?:your|the|any)\s+(?:previous|prior|original|system|"
               rf"own|usual)\s+{_RULE_NOUNS}\b", False),
    # --- override, German / French / Spanish / Portuguese (accents are stripped before matching)
    (OVERRIDE, r"\b(?:ignorier\w*|vergiss|vergessen sie|missachte\w*|uberschreib\w*)\s+(?:\w+\s+){0,3}(?:anweisungen|"
               r"instruktionen|regeln|richtlinien|vorgaben|befehle|prompts?)\b", False),
    (OVERRIDE, r"\b(?:ignore[zr]?|oublie[zr]?|neglige[zr]?)\s+(?:\w+\s+){0,3}(?:instructions|consignes|regles|directives|"
               r"indications)\b", False),
    (OVERRIDE, r"\b(?:ignora\w*|olvida\w*|omite|omitir|descarta\w*)\s+(?:\w+\s+){0,3}(?:instrucciones|reglas|"
               r"indicaciones|directrices|ordenes)\b", False),
    (OVERRIDE, r"\b(?:ignore|ignora\w*|esqueca\w*|desconsidere|despreze)\s+(?:\w+\s+){0,3}(?:instrucoes|regras|"
               r"diretrizes|orientacoes|ordens)\b", False),
    # --- addressing an AI, English
    (ADDRESS, rf"\bas an?\s+{AI}(?:\s+(?:language\s+)?models?|\s+assistants?)?\s*,?\s+you\b", False),
    (ADDRESS, rf"\b(?:you are an?|you'?re an?|if you are an?|if you'?re an?|if you are using an?|if you'?re using an?|"
              rf"in case you are an?|if this (?:proposal|application|response|message) (?:is|was|has been) (?:written|"
              rf"generated|drafted|created) (?:by|with)(?: an?)?|dear|hey|hello|hi|attention|note (?:to|for)|"
              rf"notice (?:to|for)|message (?:to|for)|reminder (?:to|for)|instructions? (?:to|for)|warning (?:to|for))"
              rf"(?: any| all| the| every)?\s+{AI}\b", True),
    (ADDRESS, r"\b(?:if you are|if you'?re|note to(?: any| all)?)\s+(?:an?\s+)?(?:robots?|not (?:a )?human|a machine)\b", False),
    # "If you are using ChatGPT or another AI to write this proposal, …": no article, but the tool writes the proposal
    # (a person's "if you are using AI tools in your workflow" names no writing of this proposal)
    (ADDRESS, rf"\bif you(?: are|'?re) using (?:an? |any |another )?{AI}(?:\s+(?:or|and)\s+(?:an?|any|another|other|"
              rf"some)?\s*(?:other\s+)?{AI})?\s+(?:tools?\s+|models?\s+)?(?:to|for)\s+(?:help\s+(?:you\s+)?)?(?:write|"
              rf"draft|generat\w*|answer|respond|creat\w*|apply|bid)\b", False),
    (ADDRESS, rf"(?:^|[\n.!?]\s*)(?:to\s+)?(?:the\s+|any\s+|all\s+|every\s+)?{AI}(?:\s+(?:assistants?|tools?|models?|"
              rf"agents?|writers?|bots?|readers?|applicants?|bidders?|freelancers?|users?|systems?|proposal writers?))?"
              rf"\s*[:,]\s*(?:please\s+)?(?:{ASK}|must|you must|you should|you will|will you|can you|would you|could you)\b", False),
    (ADDRESS, rf"\b(?:any|all|every)?\s*{AI}\s*(?:tools?\s+|models?\s+|systems?\s+|writers?\s+|agents?\s+|applicants?\s+)?"
              rf"(?:reading this|that reads? this|generating (?:a |this |the |your )?(?:proposal|response|reply|application)|"
              rf"writing (?:this|a|the|your) (?:proposal|application|cover letter|response))\b", False),
    (ADDRESS, rf"\b{AI}\s*(?:tools?\s+|models?\s+|writers?\s+|agents?\s+|applicants?\s+)?(?:must|should|have to|need to|"
              rf"are required to)\s+{ASK}\b[^.!?\n]{{0,60}}?\b(?:word|phrase|proposal|application|cover letter|response|"
              rf"first line|code)\b", False),
    (ADDRESS, r"\b(?:say|claim|state|pretend|insist) (?:that )?you are (?:a )?(?:human|real person|not an? (?:ai|bot))\b", False),
    # --- addressing an AI, German / French / Spanish / Portuguese
    (ADDRESS, rf"\b(?:wenn|falls)\s+(?:du|sie)\s+(?:eine?n?\s+)?{AI}\b", True),
    (ADDRESS, rf"\bsi\s+(?:tu\s+es|vous\s+etes|eres|es|usted\s+es)\s+(?:une?\s+|una\s+)?{AI}\b", True),
    (ADDRESS, rf"\bse\s+(?:voce\s+|tu\s+)?(?:e|for|es)\s+(?:uma?\s+)?{AI}\b", True),
    (ADDRESS, rf"\b(?:hinweis|nachricht|achtung|note|remarque|nota|aviso|atencion|atencao)\s+(?:fur|an|aux|pour les?|"
              rf"para (?:las?|los|os|as)?|a (?:las?|los))\s*(?:alle\s+|toutes?\s+|todas?\s+|todos\s+)?{AI}\b", True),
    # --- prompt theft and role changes
    (HIJACK, r"\b(?:reveal|print|show|repeat|output|leak)\s+(?:me\s+)?(?:your|the)\s+(?:system\s+|initial\s+|hidden\s+)?"
             r"(?:prompt|instructions|rules|configuration)\b|\byour system prompt\b|\byou are now (?:a|an|in|my|the)\b|"
             r"\bfrom now on,? you (?:are|will|must)\b|\b(?:developer|god|jailbreak|dan) mode\b|\bdo anything now\b|"
             r"\bnew instructions\s*:|\bpretend (?:to be|you are) (?:a|an) (?:different|unrestricted|human)\b|"
             r"\bact as (?:an? )?(?:unrestricted|jailbroken|different ai)\b|"
             # "list every instruction you were given" (found trying the product)
             r"\b(?:list|repeat|share|paste|copy|output|print|show|reveal|include|tell (?:me|us))\s+(?:me\s+|us\s+)?"
             r"(?:all|every|each|the|any)\s+(?:of\s+(?:the|your)\s+)?(?:instructions?|rules|prompts?|directions)\s+"
             r"(?:you\s+(?:were|have been|got)\s+(?:given|told)|given to you|you (?:follow|have))\b", False),
    (TOKENS, r"<\|(?:im_start|im_end|system|user|assistant|endoftext)\|>|\[/?inst\]|<</?sys>>|^\s*#{2,3}\s*(?:system|"
             r"instruction)s?\s*:?\s*$|</?(?:system|instructions?)>|<<<\s*(?:end\s+)?untrusted", False),
]

RULES: list[tuple[str, linear_re.Pattern, bool]] = [
    (reason, linear_re.compile(source, multiline=True), exclude) for reason, source, exclude in _SOURCES]

# "an AI engineer", "AI-first company", "a bot developer": a person or a product, not a reader
EXCLUDE_AFTER = linear_re.compile(
    r"(?:[\s-]+[\w-]+){0,3}?\s*(?:/|-|&)?\s*(?:ml\b|engineer|developer|dev\b|expert|specialist|researcher|enthusiast|"
    r"company|startup|consultant|agency|professional|practitioner|architect|scientist|trainer|freelancer|product|"
    r"platform|solution|based|powered|driven|first|native|integration|automation|project|app\b|"
    r"application|ingenieur|entwickler|experte|developpeur|ingeniero|desarrollador|experto|desenvolvedor|"
    r"especialista|engenheiro)")

# spaced-out letters read without any spaces ("i g n o r e y o u r r u l e s")
SQUASHED = linear_re.compile(
    r"(?:ignore|disregard|forget|override|bypass)(?:all|any|the|your|my|previous|prior|above|earlier|original|system|"
    r"other)*(?:instructions?|prompts?|rules|guidelines|directives)|ifyou(?:are|re)an?(?:ai|llm|languagemodel|bot)|"
    r"systemprompt")

HIDDEN_HINT = linear_re.compile(rf"\b(?:{AI}|proposal|instruction|include|mention|write|reply|ignore|word|prompt)\b")
