"""Hard-wrapped posts (pasted from an e-mail or a PDF) are read by sentences: a letter never quotes half of a
sentence that a line break cut ("Your post mentions “processing (NLP), and generative AI (LLMs), along with strong
software”"). Lists, headings and new sentences keep their lines. Posts written by the team."""
from __future__ import annotations

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.text.wrapping import unwrap

WRAPPED = ("We are looking for an engineer to design, build, and scale AI features\n"
           "within our billing platform. The ideal candidate has experience with machine learning, natural language\n"
           "processing (NLP), and generative AI (LLMs), along with strong software\n"
           "engineering fundamentals.")


def test_a_sentence_broken_over_lines_is_one_line_again():
    out = unwrap(WRAPPED)
    assert "natural language processing (NLP), and generative AI (LLMs), along with strong software engineering" in out
    assert out.count("\n") == 0


def test_lists_headings_and_new_sentences_keep_their_lines():
    lists = ("The program should be able to:\nextract and read compressed files (ZIP, PDF, Excel),\n"
             "identify key documents (RC, AE, CCTP, DPGF, etc.),\nclassify them into a predefined folder tree,\n"
             "detect and ignore duplicate submissions.\nRequirements:\nfive years of Python\n- Django\nNew sentence here.")
    assert unwrap(lists) == lists
    short = "Tasks\nfix the login page\nadd a logout button"  # short lower-case lines are a list, not a wrapped sentence
    assert unwrap(short) == short


def test_the_letter_quotes_whole_sentences_of_a_wrapped_post(db):
    brief = JobBrief(title="AI engineer for our billing platform", description=WRAPPED, skills=["Python"])
    text = draft_proposal(brief, None, load_workspace(DEMO_WORKSPACE)).text
    for half in ("“processing (NLP)", "along with strong software”", "“within our billing platform"):
        assert half not in text, text


def test_a_line_that_ends_on_a_preposition_goes_on_into_a_capitalised_word():
    text = ("Our customer dashboard was built in a hurry years ago and is now slow. We want to move it to\n"
            "React with TypeScript, keeping the API we have.\n")
    assert unwrap(text) == ("Our customer dashboard was built in a hurry years ago and is now slow. We want to move it to "
                            "React with TypeScript, keeping the API we have.\n")
    ends = ("We have written most of the specification for the new reporting tool\nPython is our main language.\n")
    assert unwrap(ends) == ends  # "tool" can end a sentence: a new line may start there
