"""The tools a workspace can claim: its profile's skills, its proof library's, and the tools those imply. One rule
for every reader of it (the facts a letter is written from, the claims lint, the profile-claims check, the screening
answers): a workspace that lists pandas had a screening answer disclaim NumPy ("NumPy is not something I have used in
production work") while readers counted the disclaimer against it. An implied tool is one nobody can use without
using the other (pandas is built on NumPy, TypeScript is JavaScript with types, Next.js and React Native are React).
Pure."""
from __future__ import annotations

from collections.abc import Iterable

from service.text.skills import normalise_skill

# tool -> the tools using it implies (vocabulary names)
IMPLIED: dict[str, tuple[str, ...]] = {
    "pandas": ("NumPy",),
    "TypeScript": ("JavaScript",),
    "Next.js": ("React", "JavaScript"),
    "React Native": ("React", "JavaScript"),
    "React": ("JavaScript",),
    "Vue.js": ("JavaScript",),
    "Nuxt.js": ("Vue.js", "JavaScript"),
    "Node.js": ("JavaScript",),
    "Django": ("Python",),
    "Flask": ("Python",),
    "FastAPI": ("Python",),
    "Laravel": ("PHP",),
    "Ruby on Rails": ("Ruby",),
    # a platform's own service is used inside the platform (pool readers: "BigQuery is part of our everyday work" then
    # "Google Cloud is not something we have used", "contradicts itself")
    "BigQuery": ("Google Cloud",),
    "AWS Lambda": ("AWS",),
    "Amazon Redshift": ("AWS",),
    "Amazon S3": ("AWS",),
    "DynamoDB": ("AWS",),
}
_IMPLIED_LOW = {k.lower(): tuple(v.lower() for v in vs) for k, vs in IMPLIED.items()}


def claimable(profile_skills: Iterable[str], proof_skills: Iterable[Iterable[str]]) -> set[str]:
    """Lower-case names of the tools the workspace can claim, implied tools included."""
    own = {s.lower() for s in profile_skills} | {s.lower() for skills in proof_skills for s in skills}
    own |= {canon.lower() for s in own if (canon := normalise_skill(s))}  # "Power BI" is "Microsoft Power BI"
    return own | {t for s in own for t in _IMPLIED_LOW.get(s, ())}
