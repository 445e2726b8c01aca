"""Cases of a mobile-app job that the kind's build steps misread (team-written data; ``kind_variants.CASES`` reads
them before the kind's own steps).

A mobile post is usually an app to build ("agree the screens, build in milestones, test on real phones"). Readers of
a fresh pool of real posts (2026-12-06, nineteenth session) marked that plan down for an app that is finished and only
needs publishing ("help with publishing our app on the Play Store"): no screens to agree, no milestones to build."""
from __future__ import annotations

from service.drafting.kind_case import Case

# an app to publish or submit to a store ("publishing of our app on Google Play", "submit the app to the App Store")
STORE_RELEASE = Case(
    when=r"\b(?:publish(?:ing)?|submit(?:ting)?|upload(?:ing)?|releas(?:e|ing)|launch(?:ing)?) (?:of )?(?:the |our |my |"
         r"an? )?(?:[\w-]+ ){0,3}(?:app|application) (?:on|to|in|over|into) (?:the )?(?:google |apple )?(?:play|app) ?"
         r"store\b|\b(?:play|app) ?store (?:publishing|submission|release|approval)\b",
    unless=r"\b(?:build|develop|create|design)\w* (?:a |an |the |our |my )?(?:new )?(?:[\w-]+ ){0,2}(?:mobile )?"
           r"(?:app|application)\b|\bfrom scratch\b|\btesters?\b|\btest accounts?\b|\bclosed test\w*",
    steps=("go through the build, the store listing and the store's policies for an app like yours, to find "
           "anything that would hold up the review",
           "prepare the signed release, the listing texts, screenshots and the privacy and data-safety details, and "
           "submit it",
           "answer the reviewers' questions and fix what they flag until the app is live"),
    start="the current build and the store's policies for an app like yours",
    question="Is there a developer account already, and has the app been submitted to the store before?",
    offer=("the current build", "list what the review is likely to ask for"))
