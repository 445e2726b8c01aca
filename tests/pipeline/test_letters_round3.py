"""Letters found wrong in this session's packet compares and probes (team-written posts)."""
from __future__ import annotations

from service.drafting.kind_table import KINDS
from service.drafting.work_kinds import consult_sentence, role_sentence


def test_a_roles_tools_never_name_one_the_post_rules_out():
    post = ("We are hiring an Android developer for an ongoing role across our apps. The work is native Kotlin "
            "development with a 3D viewer. No Unity or other game engines.")
    kind = next(iter(KINDS))
    said = role_sentence(kind, ["Kotlin", "Unity"], post)
    assert "Unity" not in said and "Kotlin" in said, said
    assert "Unity" not in consult_sentence(kind, ["Kotlin", "Unity"], post)
    assert "Unity" in role_sentence(kind, ["Kotlin", "Unity"])  # no post given: the tools as named
