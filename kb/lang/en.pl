:- encoding(utf8).
:- module(lang_en,
          [ en_word/2,                  % ?Value, ?Words
            en_phrase/2                 % ?Key, ?Format
          ]).

/** <module> English: the words of some values and the fixed phrases

The English templates stand next to the rules they describe (template/2 in
the paragraph modules) and the English meanings of the case facts in the
vocabulary (case_fact/4); this table holds what is not tied to one
predicate: the values that do not read well with their underscores turned
into spaces, and the fixed phrases of negations, verdicts and notes.  Its
Russian counterpart is ru.pl; lang.pl checks that both have every key.
*/

%!  en_word(?Value, ?Words) is nondet.
%
%   Words is the English for Value where it is not Value with its
%   underscores read as spaces.

en_word(prosecutor_general, "the Prosecutor General").
en_word(in_custody, "custody as a preventive measure").
en_word(first_instance, "a court of first instance").
en_word(appellate, "the court of appeal").
en_word(cassation, "the cassation court").
en_word(chairman_of_supreme_court, "the Chairman of the Supreme Court").
en_word(law_on_graver_offence, "the application of the criminal law on a graver offence").
en_word(law_on_milder_offence, "the application of the criminal law on a milder offence").

%!  en_phrase(?Key, ?Format) is nondet.
%
%   Format is the English of the fixed phrase Key (format/2 directives
%   `~w` for its arguments).

en_phrase(not_stated_in_case, "the case does not say that ~w").
en_phrase(not_shown_by_facts, "the facts do not show that ~w").
en_phrase(is_one_of, "~w is one of: ~w").
en_phrase(date_before, "~w is before ~w").
en_phrase(date_on_or_before, "~w is not after ~w").
en_phrase(one_year_later, "the year from ~w ends on ~w").
en_phrase(months_later, "~w months from ~w end on ~w").
en_phrase(at_most, "~w is at most ~w").
en_phrase(less_than, "~w is less than ~w").
en_phrase(differs_from, "~w differs from ~w").
en_phrase(reading_in_force, "the reading \"~w\" of the ambiguous passage ~w is in force").
en_phrase(yes, "Yes — ~w.").
en_phrase(yes_aspects, "Yes — ~w (~w).").
en_phrase(yes_for_several, "Yes — for ~w~w (~w answers).").
en_phrase(no_no_change, "No — ~w; none of the small changes of the case the search tried (up to three facts added or undone) would make it so.").
en_phrase(no_on_facts_given, "No, on the facts given — it would be yes if ~w.").
en_phrase(no_because, "No — ~w, because ~w.").
en_phrase(no_because_and_missing, "No — ~w, because ~w (and the case does not state that ~w).").
en_phrase(no_plain, "No — ~w.").
en_phrase(does_not_follow, "it does not follow that ~w").
en_phrase(does_not_follow_for_any, "it does not follow, for any ~w, that ~w").
en_phrase(or_alternatives, "~w (or: ~w)").
en_phrase(and_list, "~w and ~w").
en_phrase(and_names, " and ").
en_phrase(is_it_so, "Is it so that ~w?").
en_phrase(no_fact_given, "no fact ~w was given").
en_phrase(does_not_follow_from_facts, "~w does not follow from the facts").
en_phrase(depends_on_not_encoded, "depends on ~w (not encoded; given as a fact)").
en_phrase(unofficial_translation, "unofficial English translation").
en_phrase(validity_no_date, "the case has no date (relevant_date/1 or filed_on/2): it cannot be said whether Resolution No. 5 (in force 2017-06-29 to 2022-06-30) applied").
en_phrase(validity_not_in_force, "Resolution No. 5 was not in force on ~w: it applied from its first official publication (¶27; counted from its adoption on 29 June 2017 unless the case states the publication date) until its abolition with effect from 1 July 2022 (Normative Resolution No. 2 of 10 March 2022)").
en_phrase(warn_matches_case_name, "~w matches the name ~w in the case: to ask about that person write ~w (quoted); as written, ~w is a variable and stands for anyone").
en_phrase(warn_looks_like_name, "~w looks like a name: to ask about a person named ~w write ~w (quoted); as written, ~w is a variable and stands for anyone").
en_phrase(warn_occurs_nowhere, "~w occurs nowhere in the case").
en_phrase(fact_number, "fact ~w").
en_phrase(contradicts, "~w contradicts ~w: ~w (~w)").
en_phrase(one_paragraph, "¶~w").
en_phrase(several_paragraphs, "¶¶~w").
en_phrase(interview_which, "~w — which ~w?~w").
en_phrase(interview_which_is_so, "~w — which is so?").
en_phrase(does_it_follow_that, "Does it follow that ~w?").
en_phrase(which_values, "Which ~w: ~w?").
en_phrase(interview_date_hint, " (a date, YYYY-MM-DD)").
en_phrase(interview_count_hint, " (a whole number)").
