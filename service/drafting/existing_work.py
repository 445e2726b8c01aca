"""Whether a post's own work is already under way (an app, code or site the client has) or a new build, as its words
say: the kinds ask the question for work under way ("the most pressing thing to fix or add in the current app")
instead of a first release's. Pure functions, linear in the post."""
from __future__ import annotations

import re

from service.drafting.app_cases import APP_UPGRADE, BUILDS_NEW

# the post's work is already under way ("our existing app", "the current codebase", "our ongoing project"): the kind's
# question for that case ("the most pressing thing to fix or add in the current app") is asked instead of its own
_EXISTING_WORK = re.compile(r"\b(?:existing|current|ongoing) (?:[\w.#+-]+ ){0,2}?(?:(?P<platform>mobile|web|ios|android) )?(?:app|application|"
                            r"code ?base|code|platform|product|site|website|build|project|portal|dashboard|system|tool|store)\b", re.IGNORECASE)
# a platform word names which app exists: "the existing web app" says nothing of a mobile app still to be built
_OTHER_PLATFORM = {"mobile": {"web"}, "webapp": {"mobile", "ios", "android"}}
# the post says its app is part built: "the app is already in active development", "our previous developer left"
_UNDER_WAY = re.compile(r"\b(?:enhanc|improv|refin|extend|maintain)\w* (?:our|my|\w+['’]s) (?:mobile |web )?(?:app|"
                        r"application|code ?base|platform)s?\b|"
                        # "our website built on Framer", "a feature to be integrated into our phone and web apps"
                        r"\b(?:our|my) (?:website|site|app|application|platform|store) (?:is )?(?:built|made|running|"
                        r"hosted) (?:on|in|with)\b|\bintegrated into (?:both )?(?:our|my) (?:[\w-]+ ){0,3}(?:apps?|"
                        r"applications?|platform|website|site)\b|"
                        # "enhancing existing ones", "web app enhancements" (pool readers: a first release for them)
                        r"\b(?:enhanc|improv|refin|extend|maintain)\w* (?:the )?existing (?:ones|features?|functionality)\b|"
                        r"\b(?:web ?app|app|application|platform) (?:enhancements?|improvements?)\b|"
                        # "our platform is fully functional" (pool readers: a first release for a live platform)
                        r"\b(?:platform|app|application|product|system) is (?:currently |already )?(?:fully )?(?:functional|"
                        r"live|in production)\b|\balready (?:in (?:active )?development|(?:partly |partially )?built)\b|\b(?:previous|former|last) "
                        r"(?:developer|dev|engineer|freelancer)\b|\b(?:partially|partly|half) (?:built|developed|completed|finished)\b|"
                        r"\brefactor(?:ing)? (?:the |our |my |its |it |this )?(?:[\w-]+ )?(?:code|app|files|project|"
                        r"structure|to)\b|"
                        # "clean up a codebase for our internal tool" (tuning readers: "talks about building
                        # milestones as if it were a new build")
                        r"\bclean(?:ing)?[- ]?up (?:of )?(?:a|an|the|our|my|this|its) (?:[\w-]+ )?(?:code ?base|code|"
                        r"repo(?:sitory)?|project)\b|"
                        # "help finish a project that's almost done", "get our site over the finish line", "the screens
                        # are already implemented" (pool readers: new-build steps and a first release for them)
                        r"\b(?:almost|nearly|mostly|half) (?:done|finished|complete|built)\b|\bover the finish line\b|"
                        r"\b(?:are|is) already (?:implemented|coded|developed)\b|\b(?:finish|help (?:us )?complete) (?:a|the|our|my) "
                        r"(?:project|app|application|website|site|platform|build|mvp)\b|"
                        # "continue developing our project and implement the remaining screens" (pool readers: "what the
                        # first release must include" for a project under way)
                        r"\bcontinu\w* (?:the )?(?:develop|work|build)\w*(?: on)? (?:our|my|the|this|an existing) (?:[\w-]+ ){0,2}"
                        r"(?:project|app|application|platform|product|site|website|code ?base|mvp)\b|\b(?:the )?remaining "
                        r"(?:screens|pages|features|views|components|modules)\b|" + APP_UPGRADE,
                        re.IGNORECASE)
# ... unless the post says the build is new ("no existing code", "from scratch", "a new build", "from the ground up")
_NEW_BUILD = re.compile(r"\b(?:no|not an?|without (?:an?|any)|there is no|there's no) (?:existing|current) |"
                        r"\bfrom (?:scratch|the ground up)\b|\bground[- ]up\b|\b(?:a|the) new build\b|"
                        r"(?<!not a )\bgreenfield\b|\bbrand[- ]new (?:app|application|platform|product|site|website|build|project|"
                        r"front[- ]?end|web ?app|mobile app)\b|\bpre[- ]?launch\b|"
                        # "Build the clinic-facing web app in React from our Figma designs" beside a back end "mostly
                        # done" (fifth probe: asked "the most pressing thing to fix in the current app")
                        r"\bbuild (?:the|a|an|our) (?:[\w-]+ ){0,3}(?:web ?app|app|application|front[- ]?end|site|website|"
                        r"dashboard|portal)\b[^.\n]{0,40}\bfrom (?:our|the) (?:figma|designs?|mock[- ]?ups?|wireframes?)\b|"
                        # "create both the entire frontend and some backend components" (pool readers: "the post asks
                        # to create the entire frontend, not fix existing code")
                        r"\b(?:create|build|develop|design|code)\w* (?:both )?(?:the |an? |our )?entire (?:[\w-]+ )?"
                        r"(?:front[- ]?end|back[- ]?end|app|application|site|website|platform|portal|ui|product)\b",
                        re.IGNORECASE)
# ... or "existing" qualifies something other than the work to be done: what the new work plugs into ("integrate with
# our existing code base"), the applicant's own work ("if you have any existing project"), the engagement ("this will
# be an ongoing project", "can jump into an ongoing project"), a new app for it ("a mobile app for an existing web
# platform"), or the noun that follows ("existing code libraries")
_BESIDE = re.compile(r"(?:\b(?:integrat\w*|connect\w*|plug\w*|hook\w*|sync\w*|link\w*|fit\w*|talk\w*) (?:in|into|with|to|"
                     r"up with|alongside)|\b(?:you|they|applicants?|candidates?) (?:have|has|had|own)(?: any| an)?|"
                     r"\b(?:for|on top of))\s+"
                     r"(?:(?:our|the|your|their|its|an?|any) )?$", re.IGNORECASE)
# ... but work done for it is the work: "new features for our existing app" (pool readers: a first release)
_WORK_FOR = re.compile(r"\b(?:features?|feature requests?|functionalit(?:y|ies)|changes|updates|fixes|improvements|"
                       r"enhancements|bugs?|tasks) for\s+(?:(?:our|the|your|their|its|an?|any) )?$", re.IGNORECASE)
_THEN = re.compile(r"\s*(?:librar(?:y|ies)|pages?|templates?|snippets?|samples?|examples?|components?|frameworks?|"
                   r"tools?|solutions?)\b", re.IGNORECASE)
# ... said of what the work is not: "you will not be starting from scratch", "do not propose rebuilding everything
# from scratch", "rather than a ground-up rewrite"
_DENIED = re.compile(r"(?:\b(?:not|never|no need to|avoid\w*|rather than|instead of)|n't)(?:[ \t]+[\w'-]+){0,4}[ \t]+$",
                     re.IGNORECASE)


def _says_new_build(post: str) -> bool:  # ... or its lead (400 characters) asks for a product to be made
    return any(not _DENIED.search(post[max(0, m.start() - 60):m.start()]) for m in _NEW_BUILD.finditer(post)) or bool(
        re.search(BUILDS_NEW, post[:400], re.IGNORECASE))


def existing_work(post: str, kind_id: str = "") -> bool:
    """The post's own work is already under way (an app, code or site the client has), as its words say; for a
    mobile or web app (``kind_id``), an existing app of the other platform does not count."""
    post = post or ""
    if _says_new_build(post):
        return False
    if _UNDER_WAY.search(post):
        return True
    for m in _EXISTING_WORK.finditer(post):
        if (m.group("platform") or "").lower() in _OTHER_PLATFORM.get(kind_id, ()):
            continue
        before = post[max(0, m.start() - 40):m.start()]
        engagement = m.group(0).lower().startswith("ongoing") and before.lower().endswith("an ")  # "an ongoing project"
        beside = _BESIDE.search(before) and not _WORK_FOR.search(before)
        if not (engagement or beside or _THEN.match(post, m.end())):
            return True
    return False
