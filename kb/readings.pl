:- module(readings,
          [ ambiguous_passage/4,        % ?Passage, ?Paragraph, ?Text, ?Why
            reading/4,                  % ?Passage, ?Reading, ?Meaning, ?Status
            reading_selected/2,         % ?Passage, ?Reading
            select_reading/2,           % +Passage, +Reading
            clear_readings/0
          ]).
:- use_module(library(error)).

/** <module> Named readings of passages the translation leaves ambiguous

Where the English translation of Resolution No. 5 is garbled or admits
more than one meaning, the KB does not silently choose: each candidate
meaning is a named reading, one of them the default, and a rule that
depends on the choice has a `reading_selected(Passage, Reading)` condition,
so that its proof node names the reading it rests on.

A reading is selected for one ask (`--reading PASSAGE=READING`, or
select_reading/2 in plain `swipl`); otherwise the default applies.
*/

%!  ambiguous_passage(?Passage, ?Paragraph, ?Text, ?Why) is nondet.
%
%   Passage is the id of an ambiguous span Text of paragraph Paragraph.

ambiguous_passage(p3_took_no_part_earlier, 3,
    "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force and in those cases when they did not participate in the consideration of the case in previous judicial instances, but subject to the requirement that the sentence be reviewed, the decision on appeal.",
    "The sentence has no main verb; it is unclear whether it exempts such persons from the personal-appeal requirement of paragraph 1 or only confirms their standing.").

ambiguous_passage(p11_jury_grounds, 11,
    "Retrial in the cassation instance of enforced verdicts and decisions, issued by the court B kKaccallMOHHOW MHCTAHIIMKA BCTYMHBIIUX B 3aKOHHYIO CHITYy TIPUTOBOPOB H NIOCTaHOBJICHUH, BRIHECEHHBIX cyoM with the participation of jurors, carried out on the grounds stipulated by articles 665, 666 of the CPC.",
    "Part of the sentence is mis-encoded Russian text; it is unclear whether arts. 665-666 are the only grounds for reviewing jury verdicts or add limits to the general grounds of art. 485.").
ambiguous_passage(p24_worsening_cases, 24,
    "the decision in the direction of worsening the situation of the convicted person, if this is connected with:",
    "The paragraph lists three cases; it does not say whether the list is closed.").

%!  reading(?Passage, ?Reading, ?Meaning, ?Status) is nondet.
%
%   Reading is a named meaning of Passage; Status is `default` or
%   `alternative`.

reading(p3_took_no_part_earlier, exempt_if_reviewed_on_appeal,
        "A person of CPC art. 414 part 1 who did not take part in the previous instances may petition without a personal appeal, provided the verdict was reviewed on appeal.",
        default).
reading(p3_took_no_part_earlier, standing_only,
        "The sentence only confirms that such persons may petition; the personal-appeal requirement of paragraph 1 still applies to them.",
        alternative).
reading(p11_jury_grounds, grounds_of_665_only,
        "A jury verdict or decision is reviewed only on the grounds of CPC art. 665 (an innocent person convicted, the grounds of art. 485 part 2, or the Criminal Code misapplied in imposing punishment), never to worsen (art. 666).",
        default).
reading(p11_jury_grounds, general_grounds_limited_by_666,
        "The general grounds of art. 485 apply to jury cases too; arts. 665-666 add only the bar on worsening.",
        alternative).
reading(p24_worsening_cases, closed_list,
        "Only the three listed cases allow a worsening change without a new trial.",
        default).
reading(p24_worsening_cases, open_list,
        "The three cases are examples; other worsening changes on the prosecutor's protest or the victim's petition are allowed without a new trial too.",
        alternative).

:- dynamic selected/2.

%!  reading_selected(?Passage, ?Reading) is nondet.
%
%   Reading is the reading of Passage in force for the current question:
%   the selected one, or else the default.

reading_selected(Passage, Reading) :-
    ambiguous_passage(Passage, _, _, _),
    (   selected(Passage, Chosen)
    ->  Reading = Chosen
    ;   reading(Passage, Reading, _, default)
    ).

%!  select_reading(+Passage, +Reading) is det.
%
%   Use Reading for Passage until clear_readings/0.  Throws
%   `error(existence_error(reading, Passage=Reading), _)` if there is no
%   such reading.

select_reading(Passage, Reading) :-
    must_be(atom, Passage),
    must_be(atom, Reading),
    (   reading(Passage, Reading, _, _)
    ->  retractall(selected(Passage, _)),
        assertz(selected(Passage, Reading))
    ;   throw(error(existence_error(reading, Passage=Reading), _))
    ).

%!  clear_readings is det.
%
%   Back to the default reading of every passage.

clear_readings :-
    retractall(selected(_, _)).
