"""Working with the KB beyond one answer: worked scenarios, coverage, what-if, teaching.

scenarios   the worked scenarios (``queries/*.yaml``): cases with their questions and expected answers
coverage    for each paragraph of the resolution: its rules and the scenarios that exercise them
whatif      what-if changes of a case, the facts an answer hangs on, the readings compared
teaching    quizzes and stepping through a proof
"""
