"""Skill vocabulary: aliases normalise, free text is searched without English false positives."""
from __future__ import annotations

import pytest

from service.text.skills import find_skills_in_text, normalise_skill, normalise_skills
from service.text.skills_vocab import VOCAB


@pytest.mark.parametrize("alias,canon", [
    ("ReactJS", "React"), ("react.js", "React"), ("NodeJS", "Node.js"), ("TailwindCSS", "Tailwind CSS"),
    ("postgres", "PostgreSQL"), ("GoLang", "Go"), ("Amazon Web Services", "AWS"), ("Power BI", "Microsoft Power BI"),
    ("ux/ui", "UI/UX Design"), ("Search Engine Optimization", "SEO"), ("Facebook Advertising", "Facebook Ads"),
    ("blog writing", "Content Writing"), ("Photoshop", "Adobe Photoshop"), ("GHL", "GoHighLevel"),
    ("Python Scikit-Learn", "scikit-learn"), ("React.js developer", "React"),
])
def test_aliases(alias, canon):
    assert normalise_skill(alias) == canon


def test_unknown_tags_are_kept_cleaned_and_deduplicated():
    assert normalise_skills(["reactjs", "React", " Custom  CRM ", "custom crm", 7]) == ["React", "Custom CRM"]  # type: ignore[list-item]


def test_vocabulary_covers_every_field():
    names = set(VOCAB)
    for must in ("React", "Python", "SQL", "Figma", "SEO", "Copywriting", "Translation", "Machine Learning",
                 "Shopify", "Adobe Photoshop", "Google Ads", "Content Writing", "Microsoft Excel"):
        assert must in names
    assert len(names) > 250


def test_find_in_text_names_tools_in_order():
    text = "Our React.js front end talks to a Node.js API on AWS; designs are in Figma. C++ and C# welcome."
    assert find_skills_in_text(text) == ["React", "Node.js", "AWS", "Figma", "C++", "C#"]


@pytest.mark.parametrize("text", [
    "Go ahead and apply if you are ready to rust-proof your career.",
    "We want swift delivery and an express turnaround, just make it simple.",
    "Please send your rate and a short note. The spring campaign starts soon.",
])
def test_english_words_are_not_tools(text):
    assert find_skills_in_text(text) == []


def test_a_tool_name_used_as_a_verb_is_not_the_tool():
    assert find_skills_in_text("Buttons to react with your own emoji; users react to messages.") == []
    assert find_skills_in_text("We need a react developer; React with TypeScript.") == ["React", "TypeScript"]


def test_proper_nouns_need_their_case():
    assert "Swift" in find_skills_in_text("iOS app in Swift and SwiftUI")
    assert "Swift" not in find_skills_in_text("we need swift turnaround")
    assert find_skills_in_text("Python-based scraper") == ["Python"]
