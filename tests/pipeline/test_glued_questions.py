"""A screening question glued to the line before it (the post lost its line break) is read from its question word
on; a question whose second half starts after "and" keeps both halves. Team-written posts."""
from __future__ import annotations

from service.intake.extraction_rules import screening_questions


def test_a_question_glued_to_the_line_before_starts_at_its_question_word():
    post = ("Responsibilities:\nKeep the product feed tidy and report weekly Which feed tools have you used before?\n"
            "Budget is fixed.")
    assert screening_questions(post) == ["Which feed tools have you used before?"]


def test_a_question_with_a_capitalised_second_half_after_and_is_kept_whole():
    post = "Tell us about yourself. What stack do you use, and How do you test a release?"
    assert screening_questions(post) == ["What stack do you use, and How do you test a release?"]


def test_a_plain_question_is_unchanged():
    post = "We sell garden tools online.\nHow would you speed up our product pages?"
    assert screening_questions(post) == ["How would you speed up our product pages?"]


def test_a_section_heading_asking_who_the_applicant_should_be_is_not_a_screening_question():
    post = ("About the role\nWe build booking software.\nWhat kind of person should you be?\nCalm, curious and tidy.\n"
            "Is this role for you?\nHow many booking systems have you built?")
    assert screening_questions(post) == ["How many booking systems have you built?"]


def test_an_application_question_label_asks_without_a_question_mark():
    # "Application Question: Please describe …": the one thing the post asks applicants (tuning readers rated a letter
    # that skipped it 1: "doesn't answer the required question about API rate limits")
    post = ("Build a stock dashboard in Excel.\n\nApplication Question: Please describe your specific strategy for managing "
            "the API's rate limits while keeping the workbook fast.\n")
    assert screening_questions(post) == ["Please describe your specific strategy for managing the API's rate limits "
                                         "while keeping the workbook fast."]
    assert screening_questions("Application Question: the budget is fixed.\n") == []  # a label over no ask
