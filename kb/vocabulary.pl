:- module(vocabulary,
          [ case_fact/4,                % ?Name, ?Args, ?Meaning, ?Source
            enumeration/3,              % ?Type, ?Values, ?Meaning
            not_encoded_article/2,      % ?Name, ?Article
            reserved_person/2,          % ?Person, ?Meaning
            case_fact_signature/2,      % ?Name, ?Arity
            is_case_fact_goal/1,        % +Goal
            check_case_fact/2           % +Term, -Fact
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(error)).

/** <module> The case-fact vocabulary: everything a case may assert

Every predicate that a case file (YAML, JSON or Prolog) may state is
declared here once, with the names and types of its arguments, a one-line
meaning and the paragraph of Resolution No. 5 and the CPC/CC articles it
comes from.  Anything not declared is rejected by check_case_fact/2 before
it reaches the database; the norm modules can only read these facts.

Argument types:

  - `id`: an atom naming an act, a person, an appeal or a request
    (`v1`, `'Қайрат'`, `ivanov`); strings are accepted and turned into atoms.
  - `date`: a calendar date, written `2018-03-15`, `'2018-03-15'` or
    `date(2018, 3, 15)`; stored as `date(Y, M, D)`.
  - an enumeration declared with enumeration/3.

Where a fact stands for a point of law that the resolution only cites
(the age of majority, the procedure for withdrawing appeals, the
categories of offences), not_encoded_article/2 names the law it depends on
and explanations mark its nodes as "not encoded; given as a fact".
*/

%!  case_fact(?Name, ?Args, ?Meaning, ?Source) is nondet.
%
%   Declares the case fact Name/N, N = length(Args).  Args is a list of
%   `ArgName:Type`; Meaning a one-line string naming the arguments;
%   Source is `source(Paragraphs, Articles)`.

case_fact(judicial_act, [act:id, kind:act_kind, instance:court_instance],
          "Act is a judicial act of kind Kind rendered by a court of Instance",
          source([1, 2, 3], ['CPC art. 484'])).
case_fact(entered_into_force, [act:id, date:date],
          "Act entered into legal force on Date",
          source([1, 4], ['CPC art. 484 part 1', 'CPC art. 487'])).
case_fact(act_outcome, [act:id, outcome:act_outcome],
          "Act convicts, acquits, terminates the case, or decides something else",
          source([4], ['CPC art. 487'])).
case_fact(offence_category, [act:id, category:offence_category],
          "Act concerns an offence of Category",
          source([2], ['CPC art. 484 part 2', 'CPC art. 484 part 3', 'CC art. 11'])).
case_fact(appellate_review_of, [appellate_act:id, act:id],
          "AppellateAct was rendered by the court of appeal on its consideration of Act",
          source([1], ['CPC art. 484 part 1'])).
case_fact(appeal, [appeal:id, appellant:id, act:id],
          "Appellant brought the appeal (complaint, or the prosecutor's protest) Appeal against the first-instance Act",
          source([1], ['CPC art. 484 part 1', 'CPC art. 414'])).
case_fact(appeal_withdrawn, [appeal:id],
          "Appeal was withdrawn in the procedure established by law",
          source([1], ['CPC art. 484 part 1'])).
case_fact(participant, [person:id, role:participant_role],
          "Person takes part in the case in Role",
          source([1, 3], ['CPC art. 414 part 1', 'CPC art. 486 part 1'])).
case_fact(acts_for, [agent:id, principal:id],
          "Agent (defence counsel, representative or legal representative) acts in the interests of Principal",
          source([1, 3], ['CPC art. 414 part 1'])).
case_fact(took_no_part_earlier, [person:id],
          "Person did not take part in the consideration of the case in the previous judicial instances",
          source([3], ['CPC art. 414 part 1'])).
case_fact(rights_affected, [person:id, act:id, capacity:affected_capacity],
          "Person, not recognised as a participant, has rights and legitimate interests affected by Act as Capacity",
          source([3], ['CPC art. 486 part 1', 'CPC art. 414 part 3'])).
case_fact(affected_by_private_decision, [person:id, act:id],
          "Measures affecting Person's rights and legitimate interests may be applied in connection with the circumstances stated in the private decision Act",
          source([3], ['CPC art. 486 part 1'])).
case_fact(majority_reached_on, [person:id, date:date],
          "Person reached the age of majority on Date",
          source([3], ['CPC art. 486 part 1'])).
case_fact(legal_representative_on_other_grounds, [agent:id, principal:id],
          "Agent takes part in the case as legal representative of the convicted Principal on other grounds provided for by law",
          source([3], ['CPC art. 486 part 1'])).
case_fact(petition, [petition:id, petitioner:id, act:id],
          "Petitioner filed the cassation petition Petition against Act",
          source([3, 4], ['CPC art. 486 part 1', 'CPC art. 488'])).
case_fact(protest, [protest:id, act:id],
          "The Prosecutor General brought the protest Protest against Act",
          source([2, 3, 4], ['CPC art. 486 part 2', 'CPC art. 484 part 3'])).
case_fact(submission, [submission:id, act:id],
          "The Chairman of the Supreme Court made the submission Submission against Act",
          source([2, 3, 4], ['CPC art. 486 part 2', 'CPC art. 484 part 3'])).
case_fact(filed_on, [request:id, date:date],
          "The petition, protest or submission Request was received by the Supreme Court on Date",
          source([4], ['CPC art. 487 part 2', 'CPC art. 488 part 1'])).
case_fact(seeks_worsening, [request:id],
          "Request seeks to worsen the position of the convicted or acquitted person",
          source([4], ['CPC art. 487 part 2'])).
case_fact(petition_states_affected_interests, [petition:id],
          "Petition states to what extent the act affects the petitioner's rights and legitimate interests, which norms were violated and the specific grounds for review",
          source([3], ['CPC art. 488 part 1'])).

%!  enumeration(?Type, ?Values, ?Meaning) is nondet.
%
%   The closed set of atoms Values of an enumerated argument Type.

enumeration(act_kind, [verdict, decision, private_decision],
            "verdict (приговор), decision (постановление) or private decision (частное постановление)").
enumeration(court_instance, [first_instance, appellate, cassation],
            "the instance of the court that rendered the act").
enumeration(act_outcome, [conviction, acquittal, termination, other],
            "what the act decides on the charge").
enumeration(offence_category, [criminal_misconduct, minor_gravity, medium_gravity, grave, especially_grave],
            "category of the criminal offence (CC art. 11)").
enumeration(participant_role, [convicted, acquitted, defence_counsel, representative, legal_representative,
                               victim, private_prosecutor, civil_plaintiff, civil_defendant, prosecutor],
            "procedural position of a participant in the case").
enumeration(affected_capacity, [mortgagor, seized_property_owner, other],
            "the actual position that requires judicial protection").

%!  not_encoded_article(?Name, ?Article) is nondet.
%
%   The case fact Name stands for a point of law of Article, which the
%   resolution only cites and the KB does not encode.

not_encoded_article(offence_category, 'CC art. 11 (categories of criminal offences)').
not_encoded_article(appeal_withdrawn, 'the procedure established by law for withdrawing appeals').
not_encoded_article(majority_reached_on, 'the age of majority (eighteen years) set by law outside the resolution').
not_encoded_article(legal_representative_on_other_grounds, 'the other grounds provided for by law for acting as legal representative').

%!  reserved_person(?Person, ?Meaning) is nondet.
%
%   Atoms with a fixed meaning as the author of a protest or submission.

reserved_person(prosecutor_general, "the Prosecutor General of the Republic of Kazakhstan (protest)").
reserved_person(chairman_of_supreme_court, "the Chairman of the Supreme Court of the Republic of Kazakhstan (submission)").

%!  case_fact_signature(?Name, ?Arity) is nondet.
%
%   Name/Arity is a declared case fact.

case_fact_signature(Name, Arity) :-
    case_fact(Name, Args, _, _),
    length(Args, Arity).

%!  is_case_fact_goal(+Goal) is semidet.
%
%   Goal is a call to a declared case fact.

is_case_fact_goal(Goal) :-
    callable(Goal),
    functor(Goal, Name, Arity),
    case_fact_signature(Name, Arity), !.

%!  check_case_fact(+Term, -Fact) is det.
%
%   Fact is Term checked against the vocabulary and normalised (dates as
%   `date(Y,M,D)`, strings as atoms).  Throws
%   `error(vocabulary_error(Culprit, Message), _)` for an undeclared
%   predicate or wrong arity, and `error(type_error(...), _)` for an
%   argument of the wrong type or an impossible date.

check_case_fact(Term, _) :-
    var(Term), !,
    throw(error(case_fact_error(not_a_fact, "a variable is not a case fact"), _)).
check_case_fact(Term, _) :-
    \+ ground(Term), !,
    throw(error(case_fact_error(not_ground, "a case fact may not contain variables (write names in lower case or quote them)"), _)).
check_case_fact(Term, _) :-
    \+ compound(Term), !,
    format(string(M), "~q is not a fact of the vocabulary (expected name(arguments))", [Term]),
    throw(error(vocabulary_error(Term, M), _)).
check_case_fact((_ :- _), _) :- !,
    throw(error(case_fact_error(clause, "rules are not allowed in a case, only facts"), _)).
check_case_fact((:- _), _) :- !,
    throw(error(case_fact_error(directive, "directives are not allowed in a case, only facts"), _)).
check_case_fact(Term, Fact) :-
    compound_name_arguments(Term, Name, Values),
    length(Values, Arity),
    (   case_fact(Name, Args, _, _),
        length(Args, Arity)
    ->  maplist(check_argument(Name), Args, Values, Checked),
        compound_name_arguments(Fact, Name, Checked)
    ;   case_fact_signature(Name, Declared)
    ->  format(string(M), "~w/~w is not declared; ~w/~w is (see `cassation vocabulary`)",
               [Name, Arity, Name, Declared]),
        throw(error(vocabulary_error(Name/Arity, M), _))
    ;   format(string(M), "~q/~w is not a declared case fact (see `cassation vocabulary`)",
               [Name, Arity]),
        throw(error(vocabulary_error(Name/Arity, M), _))
    ).

check_argument(Fact, ArgName:Type, Value, Checked) :-
    (   check_value(Type, Value, Checked0)
    ->  Checked = Checked0
    ;   type_description(Type, Expected),
        format(string(M), "argument ~w of ~w must be ~w, not ~q",
               [ArgName, Fact, Expected, Value]),
        throw(error(case_fact_error(type(ArgName, Type, Value), M), _))
    ).

check_value(id, Value, Atom) :-
    (   atom(Value)
    ->  Atom = Value
    ;   string(Value)
    ->  atom_string(Atom, Value)
    ),
    Atom \== '',
    atom_length(Atom, Len),
    Len =< 200.
check_value(date, Value, date(Y, M, D)) :-
    date_value(Value, Y, M, D),
    valid_date(Y, M, D).
check_value(Type, Value, Value) :-
    enumeration(Type, Values, _),
    atom(Value),
    memberchk(Value, Values).

date_value(date(Y, M, D), Y, M, D).
date_value(Y-M-D, Y, M, D) :-
    integer(Y), integer(M), integer(D).
date_value(Text, Y, M, D) :-
    (   atom(Text) ; string(Text) ),
    split_string(Text, "-", "", [YS, MS, DS]),
    string_length(YS, 4), string_length(MS, 2), string_length(DS, 2),
    number_string(Y, YS), number_string(M, MS), number_string(D, DS),
    integer(Y), integer(M), integer(D).

valid_date(Y, M, D) :-
    integer(Y), integer(M), integer(D),
    between(1900, 2100, Y),
    between(1, 12, M),
    days_in_month(Y, M, Max),
    between(1, Max, D).

days_in_month(Y, 2, Days) :- !,
    (   leap_year(Y) -> Days = 29 ; Days = 28 ).
days_in_month(_, M, 30) :- memberchk(M, [4, 6, 9, 11]), !.
days_in_month(_, _, 31).

leap_year(Y) :-
    (   Y mod 400 =:= 0 -> true
    ;   Y mod 100 =:= 0 -> fail
    ;   Y mod 4 =:= 0
    ).

type_description(id, "a name (an atom such as v1 or 'Қайрат')") :- !.
type_description(date, "a real date written YYYY-MM-DD (years 1900-2100)") :- !.
type_description(Type, Desc) :-
    enumeration(Type, Values, _),
    atomic_list_concat(Values, ', ', List),
    format(string(Desc), "one of ~w", [List]).
