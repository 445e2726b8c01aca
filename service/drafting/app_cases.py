"""Cases of an app or a site job that the kind's build steps misread (team-written data; ``kind_variants.CASES``
reads them before the kind's own steps).

A mobile post is usually an app to build ("agree the screens, build in milestones, test on real phones"). Readers of
a fresh pool of real posts (2026-12-06, nineteenth session) marked that plan down for an app that is finished and only
needs publishing ("help with publishing our app on the Play Store"): no screens to agree, no milestones to build."""
from __future__ import annotations

from service.drafting.kind_case import Case

# an app that exists, to move to a newer version of its framework or SDK ("move our app from 0.68 to the newest stable
# release", "update the app to the latest SDK", "Flutter version upgrade"): no new app's screens, store
# accounts or offline plan (pool readers, all three rating such a letter 1: "misreads an upgrade as a new app build")
APP_UPGRADE = (r"\b(?:upgrad|updat|migrat)\w* (?:the |our |my |this |an? |existing )*(?:[\w.-]+ ){0,3}(?:app|application|"
               r"project|codebase)s?\b[^.\n]{0,40}?\b(?:to|from) (?:the )?(?:version|v?\d+(?:\.\d+)+|latest|newest|"
               r"new(?:er)? version|current version)\b|\b(?:react native|flutter|expo|android sdk|target ?sdk|sdk|gradle|"
               r"xcode|dart|api level) (?:version )?(?:upgrade|migration)s?\b|\bupgrad\w* (?:the |our |my )?(?:react "
               r"native|flutter|expo|android sdk|target ?sdk|sdk|gradle|dart|xcode)\b")

# the post asks for a product to be made ("create an AI lead-scoring platform", "develop a new recipe website"): a
# new build, whatever it later says about enhancing "our platform's capabilities" (pool readers: "asks what to fix in
# the current app" of a build from scratch)
BUILDS_NEW = (r"\b(?:build|create|develop|design)(?: and \w+)? (?:a|an) (?:(?!(?:for|on|in|to|of|with|our|the|your|their|"
              r"its)\b)[\w-]+ ){0,3}(?:app|application|site|website|store|extension|platform|dashboard)\b")

# an app to publish or submit to a store ("publishing of our app on Google Play", "submit the app to the App Store")
STORE_RELEASE = Case(
    when=r"\b(?:publish(?:ing)?|submit(?:ting)?|upload(?:ing)?|onboard(?:ing)?|releas(?:e|ing)|launch(?:ing)?) (?:of )?(?:the |our |my |"
         r"an? )?(?:[\w-]+ ){0,3}(?:app|application) (?:on|to|in|over|into) (?:the )?(?:google |apple )?(?:play|app) ?"
         r"store\b|\b(?:play|app) ?store (?:publishing|submission|release|approval)\b|\bplay console\b|\bapp store connect\b",
    # a verb of making, not "Developer for App Submission" (pool readers: build steps for an app to upload)
    unless=r"\b(?:build|develop|create|design)(?:s|ed|ing)? (?:a |an |the |our |my )?(?:new )?(?:[\w-]+ ){0,2}(?:mobile )?"
           r"(?:app|application)\b|\b(?:convert|transform|turn)\w* (?:[\w-]+ ){0,4}?into (?:a |an )?(?:[\w-]+ ){0,3}?"
           r"(?:mobile )?(?:app|application)\b|\bfrom scratch\b|\btesters?\b|\btest accounts?\b|\bclosed test\w*\b(?! restrictions?)",
    steps=("go through the build, the store listing and the store's policies for an app like yours, to find "
           "anything that would hold up the review",
           "prepare the signed release, the listing texts, screenshots and the privacy and data-safety details, and "
           "submit it",
           "answer the reviewers' questions and fix what they flag until the app is live"),
    start="the current build and the store's policies for an app like yours",
    question="Is there a developer account already, and has the app been submitted to the store before?",
    offer=("the current build", "list what the review is likely to ask for"))

# an app a store has turned down or suspended ("the app was rejected twice and the account is now suspended"): the
# notices decide the work (pool readers, --seed 2201: "never mentions policy compliance or appeals")
STORE_REJECTED = Case(
    when=r"\b(?:submission|app|application|update|build|listing|developer account)s? (?:has |have |had )?(?:been |was |were |got |"
         r"keeps? getting )?(?:rejected|suspended|removed|taken down)\b|\brejected by (?:the )?(?:google|apple|play|app)"
         r"|\b(?:play|app) ?store (?:rejection|suspension)s?\b",
    steps=("read the rejection and suspension notices and the policy sections they cite, and check the build and the "
           "listing against each of them",
           "fix what they point to, in the code, the listing or the privacy and data-safety details, and note each "
           "change for the reviewers",
           "resubmit with a short note to the reviewers, or file the appeal, and follow it through until the app is "
           "live"),
    start="the rejection notices and the policy sections they cite",
    question="Could you forward the rejection and suspension notices you received, with the date of each?",
    offer=("the rejection notices", "tell you what we think held up each review"))

# an app to move to a newer framework or SDK version (``APP_UPGRADE``): the libraries decide the work (pool readers:
# "describe the upgrade path: dependencies, breaking changes, step by step")
UPGRADE = Case(
    when=APP_UPGRADE,
    steps=("check each library and native module the app uses against the new version, and list what has to change",
           "upgrade one step at a time in a separate branch, fixing what breaks, with the app running on test phones "
           "after each step",
           "test the main flows on real phones for each platform you need, with the current build kept ready to go "
           "back to"),
    start="the current code and the libraries it depends on",
    question="Are there automated tests for the app, or should we agree the main flows to check by hand after each "
             "step?",
    offer=("access to the code", "tell you which libraries are likely to need the most work"))
# an app whose builds run in a pipeline ("builds run in GitHub Actions with fastlane and fail for iOS and Android"):
# the pipeline is the work (pool readers, --seed 2207: "pitches building a new app")
MOBILE_CI = Case(
    when=r"\b(?:github actions|fastlane|bitrise|codemagic|app center|ci/cd|ci pipelines?|build pipelines?|self[- ]hosted "
         r"runners?)\b",
    unless=r"\b(?:build|develop|create|design)\w* (?:a |an |the |our |my )?(?:new )?(?:[\w-]+ ){0,2}(?:mobile )?(?:app|"
           r"application)\b(?! (?:with|via|using|in|on|through) (?:github|fastlane|bitrise|codemagic|ci))|\bfrom scratch\b",
    steps=("run the failing builds on the runner and read the logs for each platform, to find whether signing, "
           "caching or a tool version breaks them",
           "fix the pipeline one platform at a time, with the certificates, profiles and keys kept as secrets",
           "hand over a green build on each platform and a short note on how the pipeline is set up"),
    start="the failing build logs for iOS and Android",
    need="You need the builds of your[ {tools}] app running reliably in the pipeline, for every platform.",
    question="Do the builds fail on every run, or only on the self-hosted runners?",
    offer=("a recent failing build log", "tell you what we think breaks it"))
MOBILE_CASES = (STORE_REJECTED, STORE_RELEASE, MOBILE_CI, UPGRADE)  # an app to publish, ship or upgrade, not to build

# a site to make faster ("Website Speed Optimization (Shopify)", "optimize site speed"): no pages to agree or build
# (pool readers: "the plan is for building a new website, not speeding one up")
SITE_SPEED = Case(
    when=r"\b(?:site|page|website|store|shop) ?speed\b|\bcore web vitals\b|\bspeed optimi[sz]\w*|\bspeed up (?:the |our "
         r"|my )?(?:site|website|store|shop|pages?)\b|\b(?:slow|long) (?:load(?:ing)?|page) times?\b",
    steps=("measure the pages that matter most first, on phones and on desktop, so every change is judged against a "
           "baseline",
           "remove or defer what slows them down: unused apps and scripts, oversized images and fonts, and code that "
           "holds up the first view of the page",
           "measure again after each change and hand over a short before-and-after report"),
    start="a baseline measurement of the pages that matter most",
    question="Which pages matter most to you, and are there apps or scripts the site cannot do without?",
    offer=("the address of the site and the pages you care about most", "send you the baseline figures and the "
                                                                            "first fixes we would make"),
    # a site still to build with a speed target ("develop a one page website … 100 on PageSpeed") has nothing to measure
    unless=r"\b(?:develop|build|create|design|code) (?:a |an |the |my |our )?(?:new )?(?:one[- ]page |single[- ]page |"
           r"static |landing )?(?:website|site|web ?page|landing page)\b|\bfrom scratch\b")
