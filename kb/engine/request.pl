:- encoding(utf8).
:- module(request,
          [
            parse_question/3,           % +Text, -Goal, -VarNames,
            question_position/3,        % ?Name/Arity, ?I, ?Type,
            typed_question/3,           % +Goal0, +VarNames, -Goal,
            question_value/2,           % +Term, -Value,
            question_warnings/4,        % +Goal, +VarNames, +Facts, -Warnings,
            parse_case_fact/2,          % +Text, -Fact,
            parse_fact_item/2,          % +Item, -Fact,
            parse_denied_item/2,        % +Item, -Pattern,
            check_consistency/2,        % +FactItems, +Facts,
            check_length/2,             % +Text, +What,
            max_text_length/1           % -Max
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(yall)).
:- use_module(library(pairs)).
:- use_module(library(ordsets)).
:- use_module(library(assoc)).
:- use_module(library(occurs)).
:- use_module(library(error)).
:- use_module(norm_syntax).
:- use_module('../law/vocabulary').
:- use_module(case_facts).
:- use_module('../law/readings').
:- use_module(explain).
:- use_module(words).
:- use_module(did_you_mean).
:- use_module(goal_text).
:- use_module('../law/consistency').
:- use_module('../lang/lang', [phrase_text/3]).

/** <module> Reading a request: the question and the facts of a case

The question and each fact are parsed with read_term (never called),
checked against the declared questions, the values the rules give and the
vocabulary; a question that may not ask what was meant gets warnings.
*/

%!  max_text_length(-Max) is det.
%
%   A question or a fact is at most Max characters long.

max_text_length(100_000).

%!  parse_question(+Text, -Goal, -VarNames) is det.
%
%   Goal is the question Text, parsed (never called) and checked: its
%   predicate must be one the rules conclude, and each argument a
%   variable, a name, a whole number, a date, or a value the KB itself
%   gives (a compound such as `part_one(wrong_qualification)`: see
%   question_value/2); an argument in a date position must be a date
%   (typed_question/3).  Throws `query_error(Type, Message, Column)`
%   otherwise.  The CLI, the Python API, the REPL and batches all ask
%   through here.

parse_question(Text, Goal, VarNames) :-
    check_length(Text, question),
    catch(read_one_term(Text, Goal0, VarNames),
          error(syntax_error(What), Context),
          ( syntax_column(Context, Column),
            quoting_hint(Text, several_words, Hint),
            format(string(M), "syntax error in the question: ~w~w", [What, Hint]),
            throw(query_error(query_syntax, M, Column)) )),
    (   Goal0 == end_of_file
    ->  throw(query_error(query_syntax, "the question is empty", 0))
    ;   var(Goal0)
    ->  throw(query_error(unknown_question, "the question is a variable, not a question", null))
    ;   true
    ),
    (   callable(Goal0),
        functor(Goal0, Name, Arity),
        derived_predicate(Name/Arity)
    ->  true
    ;   functor(Goal0, Name, Arity),
        findall(N/A, derived_predicate(N/A), Known),
        (   memberchk(Name/OtherArity, Known)
        ->  format(string(M), "~q/~w is not a question of the KB; ~q/~w is (`cassation norms` lists the questions)",
                   [Name, Arity, Name, OtherArity])
        ;   closest_names(Name/Arity, Known, [C|Cs])
        ->  maplist([X, T]>>format(string(T), "~q", [X]), [C|Cs], Ts),
            atomic_list_concat(Ts, ' or ', Close),
            format(string(M), "~q/~w is not a question of the KB; did you mean ~w? (`cassation norms` lists the questions)",
                   [Name, Arity, Close])
        ;   findall(Q, (member(N/A, Known), format(atom(Q), "~w/~w", [N, A])), Qs0),
            sort(Qs0, Qs),
            atomic_list_concat(Qs, ', ', QList),
            format(string(M), "~q/~w is not a question of the KB; ask one of: ~w", [Name, Arity, QList])
        ),
        throw(query_error(unknown_question, M, null))
    ),
    typed_question(Goal0, VarNames, Goal).

%!  typed_question(+Goal0, +VarNames, -Goal) is det.
%
%   Goal is the question Goal0 (of a derived predicate; VarNames names its
%   variables) with its arguments checked and converted by the type of
%   their position (question_position/3): in a date position, a date
%   written as a name or a string (`'2019-02-28'`, `"2019-02-28"`) becomes
%   `date(2019, 2, 28)` like an unquoted one, anything else that is not a
%   date is refused, and so is a variable where the rules need the date
%   given (`resolution_in_force_on(D)`).  Other arguments are checked as
%   parse_question/3 says.  Throws `query_error(query_type, Message, null)`,
%   Message naming the position.

typed_question(Goal0, VarNames, Goal) :-
    Goal0 =.. [Name|Args0],
    length(Args0, Arity),
    numlist(1, Arity, Is),
    maplist(typed_argument(Goal0, Name/Arity, VarNames), Is, Args0, Args),
    Goal =.. [Name|Args].

typed_argument(Goal, PI, VarNames, I, Arg, Value) :-
    (   question_position(PI, I, date(Mode))
    ->  date_position_argument(Goal, PI, VarNames, I, Mode, Arg, Value)
    ;   question_argument(Goal, VarNames, Arg, Value)
    ).

date_position_argument(Goal, PI, VarNames, I, Mode, Arg, Value) :-
    (   var(Arg)
    ->  (   Mode == (?)
        ->  Value = Arg
        ;   variable_name(Arg, VarNames, VarName),
            PI = Name/Arity,
            format(string(M), "argument ~w of ~q/~w (the date) must be a date such as 2019-02-28, not the variable ~w: the KB cannot list the dates on which ~q holds, only say whether it holds on a date given",
                   [I, Name, Arity, VarName, Name]),
            throw(query_error(query_type, M, null))
        )
    ;   date_argument(Arg, Date)
    ->  Value = Date
    ;   term_excerpt(Arg, VarNames, ArgText),
        term_excerpt(Goal, VarNames, GoalText),
        format(string(M), "argument ~w of ~w (the date) must be a date such as 2019-02-28 (a day of the calendar, year-month-day), not ~w",
               [I, GoalText, ArgText]),
        throw(query_error(query_type, M, null))
    ).

variable_name(Var, VarNames, Name) :-
    (   member(Name=V, VarNames), V == Var
    ->  true
    ;   Name = '_'
    ).

%!  question_position(?Name/Arity, ?I, ?Type) is nondet.
%
%   Argument I of the question Name/Arity (a derived predicate) has Type:
%   `date(+)`, a date the rules need given (they compare it with the dates
%   of the case, and cannot list the dates on which the question holds),
%   or `date(?)`, a date that may also be asked for (a variable there is
%   answered: `last_day_to_file(pt1, D)`).  A position is a date position
%   when its template (template/2 next to the rules) names it `date`;
%   whether the rules need it given is read off the rules
%   (needs_bound/2).  Other positions have no type of their own here.

question_position(Name/Arity, I, date(Mode)) :-
    predicate_template(Name/Arity, ArgNames, _),
    nth1(I, ArgNames, date),
    (   needs_bound(Name/Arity, I)
    ->  Mode = (+)
    ;   Mode = (?)
    ).

%   needs_bound(+Name/Arity, +I) is semidet.
%
%   Some rule concluding Name/Arity needs its argument I bound: the head
%   has a variable there, and a condition of the body uses it, while no
%   condition before it has bound it, in a place that needs a value -- a
%   comparison or calendar input (date_before/2, date_on_or_before/2,
%   =</2, </2, \==/2, the first arguments of months_later/3 and
%   one_year_later/2), a negated condition (which would flounder), or a
%   position of another derived predicate that needs it bound in turn.
%   A case fact, a reading, member/2 or a derived condition binds the
%   variables it has.

needs_bound(PI, I) :-
    needs_bound(PI, I, []).

needs_bound(Name/Arity, I, Seen) :-
    \+ memberchk(Name/Arity-I, Seen),
    functor(Head, Name, Arity),
    once(( rule_clause(_, _, Head0, Body),
           subsumes_term(Head, Head0),
           arg(I, Head0, V),
           var(V),
           body_needs(Body, V, [], [Name/Arity-I|Seen]) )).

% body_needs(+Body, +V, +Bound, +Seen): a condition of Body needs V before
% it is bound (Bound: the variables bound before Body).
body_needs(Body, V, Bound0, Seen) :-
    (   var(Body)
    ->  fail
    ;   Body = (A, B)
    ->  (   body_needs(A, V, Bound0, Seen)
        ->  true
        ;   bound_after(A, Bound0, Bound1),
            body_needs(B, V, Bound1, Seen)
        )
    ;   Body = _:G
    ->  body_needs(G, V, Bound0, Seen)
    ;   \+ var_member(V, Bound0),
        condition_needs(Body, V, Seen)
    ).

condition_needs(\+ G, V, _) :- !,
    occurs_var(V, G).
condition_needs(G, V, Seen) :-
    goal_kind(G, Kind),
    condition_needs(Kind, G, V, Seen).

condition_needs(builtin, G, V, _) :-
    builtin_inputs(G, Inputs),
    occurs_var(V, Inputs).
condition_needs(derived, G, V, Seen) :-
    functor(G, Name, Arity),
    arg(J, G, A),
    A == V,
    needs_bound(Name/Arity, J, Seen), !.

builtin_inputs(months_later(D, M, _), [D, M]) :- !.
builtin_inputs(one_year_later(D, _), [D]) :- !.
builtin_inputs(member(_, L), [L]) :- !.
builtin_inputs(memberchk(_, L), [L]) :- !.
builtin_inputs(G, Args) :-
    G =.. [_|Args].

% bound_after(+Condition, +Bound0, -Bound): the variables bound once
% Condition holds (a negation binds nothing).
bound_after(Cond, Bound0, Bound) :-
    (   nonvar(Cond), Cond = (\+ _)
    ->  Bound = Bound0
    ;   term_variables(Cond, Vs),
        append(Bound0, Vs, Bound)
    ).

var_member(V, Vs) :-
    member(X, Vs), X == V, !.

occurs_var(V, Term) :-
    term_variables(Term, Vs),
    var_member(V, Vs).

question_argument(_, _, Arg, Arg) :- var(Arg), !.
question_argument(_, _, Arg, Arg) :- atom(Arg), !.
question_argument(_, _, Arg, Arg) :- integer(Arg), !.
question_argument(_, _, Arg, Atom) :- string(Arg), !, atom_string(Atom, Arg).
question_argument(_, _, Arg, Date) :-
    date_argument(Arg, Date), !.
question_argument(Goal, VarNames, Arg, Value) :-
    compound(Arg), \+ is_dict(Arg), !,
    catch(question_value(Arg, VarNames, Value),
          value_error(M0),
          ( term_excerpt(Goal, VarNames, GoalText),
            format(string(M), "~w (in the question ~w)", [M0, GoalText]),
            throw(query_error(query_type, M, null)) )).
question_argument(Goal, VarNames, Arg, _) :-
    term_excerpt(Arg, VarNames, ArgText),
    term_excerpt(Goal, VarNames, GoalText),
    format(string(M), "argument ~w of ~w must be a variable, a name, a whole number, a date or a value the KB gives (such as part_one(wrong_qualification))",
           [ArgText, GoalText]),
    throw(query_error(query_type, M, null)).

date_argument(Arg, Date) :-
    catch(check_case_fact(entered_into_force(x, Arg), entered_into_force(_, Date)), _, fail).

% Term written for a message, cut to a few levels and a few arguments of
% each compound (a hostile question may be 100,000 characters of nesting),
% its variables by the names VarNames gives them (the user's names) or `_`,
% and a '$VAR'(N) term as itself, not as a variable name.
term_excerpt(Term, Text) :-
    term_excerpt(Term, [], Text).

term_excerpt(Term, VarNames, Text) :-
    excerpt(Term, 6, Short),
    term_variables(Short, Vars),
    foldl(unnamed_variable(VarNames), Vars, VarNames, Names),
    format(string(Text), "~W", [Short, [quoted(true), max_depth(8), portray_goal(goal_text:portray_date),
                                        numbervars(false), variable_names(Names),
                                        spacing(next_argument)]]).

unnamed_variable(VarNames, V, Names0, Names) :-
    (   member(_=X, VarNames), X == V
    ->  Names = Names0
    ;   Names = ['_'=V|Names0]
    ).

excerpt(Term, Depth, Short) :-
    (   is_dict(Term)
    ->  dict_pairs(Term, Tag, Pairs),
        (   length(Pairs, N), N > 8
        ->  length(First, 8), append(First, _, Pairs)
        ;   First = Pairs
        ),
        D1 is Depth - 1,
        pairs_keys_values(First, Keys, Values),
        maplist(excerpt_(D1), Values, Shorts),
        pairs_keys_values(ShortPairs, Keys, Shorts),
        dict_pairs(Short, Tag, ShortPairs)
    ;   compound(Term), Term \= date(_, _, _)
    ->  compound_name_arguments(Term, Name, Args),
        (   Depth =< 0
        ->  Short = '...'
        ;   D1 is Depth - 1,
            length(Args, N),
            (   N > 8
            ->  length(First, 8), append(First, _, Args),
                maplist(excerpt_(D1), First, Shorts0),
                append(Shorts0, ['...'], Shorts)
            ;   maplist(excerpt_(D1), Args, Shorts)
            ),
            compound_name_arguments(Short, Name, Shorts)
        )
    ;   Short = Term
    ).

excerpt_(Depth, Term, Short) :-
    excerpt(Term, Depth, Short).

% --- warnings: a question that may not say what was meant ---------------------
%
% A capitalised word in a question is a Prolog variable: `may_review(v1, X)`
% or `may_review(v1, Қайрат)` asks about anyone, and answers yes with someone
% else.  A name spelt differently from the case asks about no one of it.
% The answer is still given; these warnings go with it.

%!  question_warnings(+Goal, +VarNames, +Facts, -Warnings) is det.
%
%   Warnings (a list of strings, in the order of the question) say where
%   the question Goal (parsed by parse_question/3; VarNames its variable
%   names) may not ask what its writer meant, given the case facts Facts
%   (given and denied, as check_case_fact/2 returns them):
%
%     - a variable whose name is, case-insensitively, a name of the case
%       (an atom in a position of type `id` of a fact): the writer likely
%       meant that name, quoted;
%     - otherwise a variable whose name looks like a person's name (it
%       contains a letter outside ASCII, or is capitalised like `Ivanov`
%       and is not one of the argument names of the question's template,
%       such as `Act` or `Petitioner`);
%     - a name of the question that occurs in no fact of the case and is
%       not a value the KB knows (value_atom/1: an enumeration value or an
%       atom of the rules' conclusions).
%
%   Names starting with `_` are not warned about.  Linear in Facts.

question_warnings(Goal, VarNames, Facts, Warnings) :-
    (   VarNames == []
    ->  VarWarnings = []
    ;   fact_id_names(Facts, IdNames),
        question_argument_names(Goal, ArgNames),
        foldl(variable_warning(IdNames, ArgNames), VarNames, VarWarnings, [])
    ),
    question_atoms(Goal, Atoms),
    findall(W, ( member(A, Atoms),
                 \+ value_atom(A),
                 \+ occurs_in_a_fact(A, Facts),
                 format(string(Q), "~q", [A]),
                 phrase_text(warn_occurs_nowhere, [Q], W) ),
            AtomWarnings),
    append(VarWarnings, AtomWarnings, Warnings).

% fact_id_names(+Facts, -IdNames): IdNames pairs the casefolded form of
% each name in an `id` position of a fact with the name, in the order the
% facts state them (memberchk/2 finds the first one met).  Built only for
% a question with variables, by findall/3: linear in the facts.
fact_id_names(Facts, IdNames) :-
    findall(Key-Arg,
            ( member(Fact, Facts), compound(Fact),
              compound_name_arity(Fact, Name, Arity),
              length(Specs, Arity), case_fact(Name, Specs, _, _),
              arg(I, Fact, Arg), atom(Arg),
              nth1(I, Specs, Spec), nonvar(Spec), Spec = _:id,
              casefold(Arg, Key) ),
            IdNames).

% occurs_in_a_fact(+Atom, +Facts): Atom is an argument of a fact, or in
% one (the name of a compound is not); the facts are scanned until it is
% found, once for each name of the question.
occurs_in_a_fact(Atom, Facts) :-
    member(Fact, Facts),
    compound(Fact),
    arg(_, Fact, Arg),
    sub_term(Sub, Arg),
    Sub == Atom, !.

% term_atoms(+Term, -Atoms): the atoms in Term (not the names of its
% compounds), each once, in the order they occur.
term_atoms(Term, Atoms) :-
    findall(A, ( sub_term(A, Term), atom(A) ), As),
    list_to_set(As, Atoms).

question_atoms(Goal, Atoms) :-
    Goal =.. [_|Args],
    term_atoms(Args, Atoms).

casefold(Atom, Folded) :-
    downcase_atom(Atom, Folded).

% The argument names of the question's template (`act`, `petitioner`),
% casefolded and without underscores, to compare with a variable's name.
question_argument_names(Goal, Names) :-
    functor(Goal, Name, Arity),
    (   predicate_template(Name/Arity, ArgNames, _)
    ->  maplist(plain_name, ArgNames, Names)
    ;   Names = []
    ).

plain_name(Name, Plain) :-
    casefold(Name, Folded),
    atomic_list_concat(Parts, '_', Folded),
    atomic_list_concat(Parts, Plain).

variable_warning(IdNames, ArgNames, VarName=_) -->
    (   { sub_atom(VarName, 0, 1, _, '_') }
    ->  []
    ;   { casefold(VarName, Key), memberchk(Key-CaseName, IdNames) }
    ->  { quoted_name(CaseName, Quoted),
          phrase_text(warn_matches_case_name, [VarName, CaseName, Quoted, VarName], W) },
        [W]
    ;   { name_like_variable(VarName, ArgNames) }
    ->  { quoted_name(VarName, Quoted),
          phrase_text(warn_looks_like_name, [VarName, VarName, Quoted, VarName], W) },
        [W]
    ;   []
    ).

% A variable's name looks like a person's name: it has a letter outside
% ASCII (`Қайрат`), or it is an uppercase letter, a lowercase letter and
% more (`Ivanov`) and not an argument name of the question (`Act`).
name_like_variable(VarName, ArgNames) :-
    atom_codes(VarName, Codes),
    (   member(C, Codes), C > 127, code_type(C, alpha)
    ->  true
    ;   Codes = [C1, C2, _|_],
        code_type(C1, upper), code_type(C2, lower),
        plain_name(VarName, Plain),
        \+ memberchk(Plain, ArgNames)
    ).

% quoted_name(+Name, -Text): Name as a question writes it quoted: 'x'.
quoted_name(Name, Text) :-
    format(string(Q), "~q", [Name]),
    (   sub_string(Q, 0, 1, _, "'")
    ->  Text = Q
    ;   format(string(Text), "'~w'", [Q])
    ).

% --- values the KB gives, asked back ----------------------------------------
%
% The answers of the KB hold compound values built by its rules --
% cassation_ground(v1, part_one(wrong_qualification)),
% petition_disposition(pt1, return_without_consideration(time_limit_expired)) --
% and a question may name them.  Which compounds are values is read off the
% rules themselves: a value constructor is the functor of a compound that
% occurs (at any depth) as an argument of the head of a legal rule; a value
% atom is an atom that occurs there, or a value of an enumeration of the
% vocabulary.  The table is built on first use (all rules are loaded by
% then) and kept in a global variable, not in the database: it survives
% snapshot/1 and leaves the clause counts of the KB as they were.  A
% question's compound is data: checked, never called.

max_value_depth(4).
max_value_size(64).

%!  question_value(+Term, -Value) is det.
%
%   Value is Term, a compound argument of a question, checked: its
%   functor is a value constructor of the KB (value_constructor/2), and
%   each of its arguments is a variable, a whole number, a date, a value
%   atom (value_atom/1; any name where the rules put a name of the case
%   there) or, recursively, such a compound, at most max_value_depth/1
%   levels deep and max_value_size/1 parts in all.  Strings become atoms,
%   dates `date(Y, M, D)`.  Throws `value_error(Message)` otherwise,
%   Message naming the culprit and what the KB knows in its place.

question_value(Term, Value) :-
    question_value(Term, [], Value).

% question_value(+Term, +VarNames, -Value): the same, messages naming the
% variables of Term as VarNames does.
question_value(Term, VarNames, Value) :-
    must_be(compound, Term),
    catch(question_value(VarNames, Term, 1, Value, 0, _),
          value_error(limit(Limit)),
          value_limit_error(Limit, VarNames, Term)).

value_limit_error(depth(Max), VarNames, Term) :-
    term_excerpt(Term, VarNames, Text),
    format(string(Msg), "~w is nested more than ~w levels deep", [Text, Max]),
    throw(value_error(Msg)).
value_limit_error(size(Max), VarNames, Term) :-
    term_excerpt(Term, VarNames, Text),
    format(string(Msg), "~w has more than ~w parts", [Text, Max]),
    throw(value_error(Msg)).

question_value(VarNames, Term, Depth, Value, Size0, Size) :-
    Size1 is Size0 + 1,
    max_value_size(MaxSize),
    max_value_depth(MaxDepth),
    (   Size1 > MaxSize
    ->  throw(value_error(limit(size(MaxSize))))
    ;   Depth > MaxDepth
    ->  throw(value_error(limit(depth(MaxDepth))))
    ;   true
    ),
    compound_name_arguments(Term, Name, Args),
    length(Args, Arity),
    (   value_constructor(Name, Arity)
    ->  true
    ;   term_excerpt(Term, VarNames, Text),
        value_constructors_text(Known),
        format(string(Msg), "~w: ~q/~w is not a value the KB knows; an argument must be a variable, a name, a whole number, a date or a compound value the KB gives: ~w",
               [Text, Name, Arity, Known]),
        throw(value_error(Msg))
    ),
    numlist(1, Arity, Is),
    foldl(value_argument(VarNames, Term, Name/Arity, Depth), Is, Args, Values, Size1, Size),
    compound_name_arguments(Value, Name, Values).

value_argument(_, _, _, _, _, Arg, Arg, S, S) :-
    var(Arg), !.
value_argument(_, _, _, _, _, Arg, Arg, S, S) :-
    integer(Arg), !.
value_argument(VarNames, Term, C, _, I, Arg, Value, S, S) :-
    ( atom(Arg) ; string(Arg) ), !,
    atom_string(Atom, Arg),
    (   value_atom_at(C, I, Atom)
    ->  Value = Atom
    ;   date_argument(Atom, Date)
    ->  Value = Date
    ;   term_excerpt(Term, VarNames, Text),
        position_values_text(C, I, Known),
        format(string(Msg), "~w: ~q is not a value the KB knows~w", [Text, Atom, Known]),
        throw(value_error(Msg))
    ).
value_argument(_, _, _, _, _, Arg, Date, S, S) :-
    date_argument(Arg, Date), !.
value_argument(VarNames, _, _, Depth, _, Arg, Value, S0, S) :-
    compound(Arg), \+ is_dict(Arg), !,
    D1 is Depth + 1,
    question_value(VarNames, Arg, D1, Value, S0, S).
value_argument(VarNames, Term, _, _, _, Arg, _, _, _) :-
    term_excerpt(Term, VarNames, Text),
    term_excerpt(Arg, VarNames, ArgText),
    format(string(Msg), "~w: ~w must be a variable, a name, a whole number, a date or a value the KB gives",
           [Text, ArgText]),
    throw(value_error(Msg)).

% An atom inside a value: a value atom of the KB, or any name where the rules
% put a name of the case (an act, a person, a request).
value_atom_at(C, I, Atom) :-
    (   value_atom(Atom)
    ->  true
    ;   value_position(C, I, any_name)
    ).

value_constructors_text(Text) :-
    findall(PI, ( value_constructor(N, A), format(atom(PI), "~q/~w", [N, A]) ), PIs0),
    sort(PIs0, PIs),
    atomic_list_concat(PIs, ', ', Text).

position_values_text(Name/Arity, I, Text) :-
    (   value_position(Name/Arity, I, set(Atoms)), Atoms \== []
    ->  atomic_list_concat(Atoms, ', ', List),
        (   Arity =:= 1
        ->  format(string(Text), "; known values for ~q/~w are: ~w", [Name, Arity, List])
        ;   format(string(Text), "; known values for argument ~w of ~q/~w are: ~w", [I, Name, Arity, List])
        )
    ;   Text = ""
    ).

% value_constructor(?Name, ?Arity) is nondet.
%
% Name/Arity is the functor of a compound value of the KB: one that
% occurs, at any depth, as an argument of the head of a legal rule.

value_constructor(Name, Arity) :-
    value_table(value_table(Constructors, _, _)),
    (   ground(Name/Arity)
    ->  get_assoc(Name/Arity, Constructors, _)
    ;   gen_assoc(Name/Arity, Constructors, _)
    ).

% value_atom(?Atom) is nondet.
%
% Atom occurs as an argument (at any depth) of the head of a legal rule,
% or is a value of an enumeration of the vocabulary.

value_atom(Atom) :-
    value_table(value_table(_, Atoms, _)),
    (   atom(Atom)
    ->  get_assoc(Atom, Atoms, _)
    ;   gen_assoc(Atom, Atoms, _)
    ).

% value_position(+Constructor, +I, -Values) is semidet.
%
% What the rules put as argument I of the value constructor Constructor
% (Name/Arity): `set(Atoms)`, the atoms it can be, or `any_name`, a name of
% the case (an argument of type `id` of a case fact); fails where the rules
% do not tell.  Read off the rules: an atom in the head is itself; a
% variable takes the values allowed by every condition of the body that
% binds it -- an enumeration of a case fact, or what the rules concluding a
% derived predicate put there.

value_position(Constructor, I, Values) :-
    value_table(value_table(_, _, Positions)),
    get_assoc(Constructor-I, Positions, Values).

% value_table(-Table): the table of values, built on first use in this thread
% (global variables are per thread) and kept.
value_table(Table) :-
    (   nb_current(json_api_value_table, Table0)
    ->  Table = Table0
    ;   build_value_table(Table0),
        nb_setval(json_api_value_table, Table0),
        nb_getval(json_api_value_table, Table)
    ).

build_value_table(value_table(ConstructorAssoc, AtomAssoc, PositionAssoc)) :-
    findall(Sub, ( rule_clause(_, _, Head, _),
                   head_argument_subterm(Head, Sub) ),
            Subs),
    findall(N/A, ( member(S, Subs), compound(S), compound_name_arity(S, N, A) ), Cs0),
    sort(Cs0, Cs),
    findall(At, ( member(At, Subs), atom(At) ), HeadAtoms),
    findall(V, ( enumeration(_, Vs, _), member(V, Vs) ), EnumAtoms),
    append(HeadAtoms, EnumAtoms, Atoms0),
    sort(Atoms0, Atoms),
    findall((C-I)-Vals,
            ( member(C, Cs), C = _/Arity, between(1, Arity, I),
              constructor_position_values(C, I, Vals),
              Vals \== unknown ),
            Positions),
    pairs_with(Cs, true, CPairs),
    pairs_with(Atoms, true, APairs),
    list_to_assoc(CPairs, ConstructorAssoc),
    list_to_assoc(APairs, AtomAssoc),
    list_to_assoc(Positions, PositionAssoc).

pairs_with([], _, []).
pairs_with([K|Ks], V, [K-V|Ps]) :-
    pairs_with(Ks, V, Ps).

head_argument_subterm(Head, Sub) :-
    compound(Head),
    compound_name_arguments(Head, _, Args),
    member(Arg, Args),
    sub_term(Sub, Arg),
    nonvar(Sub).

% constructor_position_values(+Name/Arity, +I, -Values): set(Atoms),
% any_name or unknown -- what the rules put as argument I of the constructor,
% over every head it occurs in (a union).
constructor_position_values(Name/Arity, I, Values) :-
    findall(Vs, ( rule_clause(_, _, Head, Body),
                  head_argument_subterm(Head, Sub),
                  compound(Sub), compound_name_arity(Sub, Name, Arity),
                  arg(I, Sub, X),
                  term_values(X, Body, [], Vs) ),
            Alternatives),
    foldl(values_union, Alternatives, set([]), Values).

term_values(X, _, _, set([X])) :- atom(X), !.
term_values(X, Body, Seen, Values) :-
    var(X), !,
    body_goals(Body, Goals),
    findall(Vs, ( member(G, Goals), goal_binds(G, X, Seen, Vs) ), Constraints),
    foldl(values_intersection, Constraints, unknown, Values).
term_values(_, _, _, set([])).          % a compound, or a number: no atom

% The conditions of a body that must hold (a conjunction; negations bind nothing).
body_goals(Body, Goals) :-
    phrase(body_goals(Body), Goals).

body_goals(Var) --> { var(Var) }, !.
body_goals((A, B)) --> !, body_goals(A), body_goals(B).
body_goals(_:G) --> !, body_goals(G).
body_goals(\+ _) --> !.
body_goals(G) --> [G].

% goal_binds(+Goal, +X, +Seen, -Values): condition Goal limits the variable X
% to Values: X is an argument of a case fact of an enumerated type (or of
% type id: any_name), or occurs in a condition Name(...) that the rules
% conclude, where the heads of those rules tell what X can be (Seen: the
% Name/Arity-Path already followed, against loops).
goal_binds(G, X, _, set([A])) :-
    nonvar(G), G = (L = R),
    (   L == X, atom(R) -> A = R
    ;   R == X, atom(L) -> A = L
    ), !.
goal_binds(G, X, _, set(Vs)) :-
    nonvar(G), G =.. [Member, Elem, List],
    memberchk(Member, [member, memberchk]),
    is_list(List),
    (   Elem == X
    ->  include(atom, List, Vs0)
    ;   nonvar(Elem), Elem = (K - V), (V == X ; K == X)
    ->  findall(A, ( member(P, List), nonvar(P), P = (PK - PV),
                     ( V == X -> A = PV ; A = PK ), atom(A) ), Vs0)
    ), !,
    sort(Vs0, Vs).
goal_binds(G, X, _, Values) :-
    compound(G),
    compound_name_arity(G, Name, Arity),
    case_fact(Name, Specs, _, _), length(Specs, Arity), !,
    nth1(K, Specs, _:Type),
    arg(K, G, Arg),
    Arg == X,
    (   Type == id
    ->  Values = any_name
    ;   enumeration(Type, Vs0, _)
    ->  sort(Vs0, Vs),
        Values = set(Vs)
    ).
goal_binds(G, X, Seen, Values) :-
    compound(G),
    compound_name_arity(G, Name, Arity),
    rule_head(Name, Arity, _), !,
    sub_term_path(X, G, Path),
    \+ memberchk(Name/Arity-Path, Seen),
    findall(Vs, ( rule_clause(_, _, Head, Body),
                  compound(Head), compound_name_arity(Head, Name, Arity),
                  path_values(Path, G, Head, Body, [Name/Arity-Path|Seen], Vs) ),
            Alternatives),
    foldl(values_union, Alternatives, set([]), Values).

% sub_term_path(+X, +Term, -Path): the variable X is the subterm of Term at
% Path (argument positions, outermost first).
sub_term_path(X, Term, Path) :-
    (   Term == X
    ->  Path = []
    ;   compound(Term),
        arg(I, Term, A),
        sub_term_path(X, A, Rest),
        Path = [I|Rest]
    ).

% path_values(+Path, +GoalSub, +HeadSub, +Body, +Seen, -Values): what the rule
% with Body puts at Path of its head; fails if the rule's head cannot match
% the goal there (it concludes something else), unknown if the head leaves
% that place to a variable bound elsewhere.
path_values([], _, HeadSub, Body, Seen, Values) :-
    term_values(HeadSub, Body, Seen, Values).
path_values([I|Rest], GoalSub, HeadSub, Body, Seen, Values) :-
    (   var(HeadSub)
    ->  Values = unknown
    ;   compound(HeadSub),
        compound_name_arity(GoalSub, Name, Arity),
        compound_name_arity(HeadSub, Name, Arity),
        arg(I, GoalSub, G1),
        arg(I, HeadSub, H1),
        path_values(Rest, G1, H1, Body, Seen, Values)
    ).

values_union(unknown, _, unknown) :- !.
values_union(_, unknown, unknown) :- !.
values_union(any_name, _, any_name) :- !.
values_union(_, any_name, any_name) :- !.
values_union(set(A), set(B), set(C)) :-
    sort(A, SA), sort(B, SB),
    ord_union(SA, SB, C).

values_intersection(unknown, V, V) :- !.
values_intersection(V, unknown, V) :- !.
values_intersection(any_name, V, V) :- !.
values_intersection(V, any_name, V) :- !.
values_intersection(set(A), set(B), set(C)) :-
    sort(A, SA), sort(B, SB),
    ord_intersection(SA, SB, C).

syntax_column(string(_, Column), Column) :- integer(Column), !.
syntax_column(stream(_, _, _, CharNo), Column) :- integer(CharNo), !, Column = CharNo.
syntax_column(_, null).

%!  read_one_term(+Text, -Term, -VarNames) is det.
%
%   Term is the one term written in Text (a final full stop is optional,
%   and so is a `% comment` after the term, with or without its full
%   stop); `end_of_file` if Text is blank.  Text holding more than one
%   term is a syntax error: nothing after the first term is ignored.
%   Text is read as written and as it would be with a full stop on a line
%   of its own after it (so that a trailing comment ends before the full
%   stop); the first reading that gives one term is taken, and a syntax
%   error is reported from the one that fits Text best (with the added
%   full stop unless Text ends in a full stop).

read_one_term(Text0, Term, VarNames) :-
    split_string(Text0, "", " \t\r\n", [Trimmed]),
    (   Trimmed == ""
    ->  Term = end_of_file, VarNames = []
    ;   string_concat(Trimmed, "\n.", WithStop),
        string_concat(Trimmed, "\n", AsWritten),
        (   sub_string(Trimmed, _, 1, 0, ".")
        ->  Readings = [AsWritten, WithStop]
        ;   Readings = [WithStop, AsWritten]
        ),
        Readings = [Preferred, Other],
        catch(read_only_term(Preferred, Term, VarNames), error(syntax_error(E), Ctx), true),
        (   var(E)
        ->  true
        ;   catch(read_only_term(Other, Term, VarNames), error(syntax_error(_), _), fail)
        ->  true
        ;   throw(error(syntax_error(E), Ctx))
        )
    ).

read_only_term(Text, Term, VarNames) :-
    setup_call_cleanup(
        open_string(Text, In),
        ( read_term(In, Term, [variable_names(VarNames), syntax_errors(error)]),
          (   Term == end_of_file
          ->  true
          ;   read_term(In, Next, [syntax_errors(error)]),
              (   Next == end_of_file
              ->  true
              ;   line_position(In, _),
                  character_count(In, At),
                  throw(error(syntax_error(more_than_one_term), string(Text, At)))
              )
          ) ),
        close(In)).

%!  parse_case_fact(+Text, -Fact) is det.
%
%   Fact is the case fact written in Text, parsed (never called) and
%   checked against the vocabulary.  Throws `case_error(Type, Message)`.

parse_case_fact(Text, Fact) :-
    check_length(Text, fact),
    catch(read_fact_term(Text, Term, Vars),
          error(syntax_error(What), _),
          ( quoting_hint(Text, Hint),
            format(string(M), "syntax error: ~w~w", [What, Hint]),
            throw(case_error(case_syntax, M)) )),
    (   Term == end_of_file
    ->  throw(case_error(case_syntax, "the fact is empty"))
    ;   Vars == []
    ->  true
    ;   quoting_hint(Text, Hint),
        string_concat("a case fact may not contain variables (write names in lower case or quote them)", Hint, M),
        throw(case_error(case_fact, M))
    ),
    catch(check_case_fact(Term, Fact), error(E, _), vocabulary_case_error(E)).

% read_fact_term(+Text, -Term, -VarNames): the one term of a fact's Text.
% A text without a full stop, a comment or a block comment cannot hold a
% second term, and is read by one term_string/3 (a quarter of the time of
% read_one_term/3, which must look for a second term; the same syntax
% errors); any other text goes through read_one_term/3.
read_fact_term(Text, Term, VarNames) :-
    (   \+ sub_string(Text, _, _, _, "."),
        \+ sub_string(Text, _, _, _, "%"),
        \+ sub_string(Text, _, _, _, "/*")
    ->  term_string(Term, Text, [variable_names(VarNames), syntax_errors(error)])
    ;   read_one_term(Text, Term, VarNames)
    ).

vocabulary_case_error(vocabulary_error(_, M)) :- !,
    throw(case_error(vocabulary, M)).
vocabulary_case_error(case_fact_error(_, M)) :- !,
    throw(case_error(case_fact, M)).
vocabulary_case_error(E) :-
    format(string(M), "~q", [E]),
    throw(case_error(case_fact, M)).

%!  parse_denied_item(+Item, -Pattern) is det.
%
%   Pattern is the denied fact of Item (as parse_fact_item/2 reads a
%   fact), in which an argument may be `_`: `appeal_returned(_)` denies
%   that any appeal was returned, `appeal_outcome(a1, _)` that the court
%   of appeal decided a1 at all.  The other arguments are checked against
%   their declared types; named variables are refused.

parse_denied_item(Item, Pattern) :-
    (   is_dict(Item), get_dict(text, Item, Text0), string(Text0)
    ->  Text = Text0, ( get_dict(where, Item, Where) -> true ; Where = null )
    ;   string(Item)
    ->  Text = Item, Where = null
    ;   throw(request_error("each fact must be a string or {\"text\": ..., \"where\": ...}", _))
    ),
    (   catch(read_one_term(Text, Term, []), _, fail),
        compound(Term), \+ ground(Term)
    ->  catch(check_denied_pattern(Term, Pattern),
              case_error(Type, M),
              throw(case_error(Type, M, Where, Text)))
    ;   parse_fact_item(Item, Pattern)
    ).

check_denied_pattern(Term, Pattern) :-
    compound_name_arguments(Term, Name, Args),
    (   member(A, Args), nonvar(A), \+ ground(A)
    ->  throw(case_error(case_fact, "in a denied fact, an argument is a value or _ (any value), not a term with _ inside"))
    ;   true
    ),
    length(Args, Arity),
    (   case_fact(Name, Specs, _, _), length(Specs, Arity)
    ->  maplist(sample_or_value, Specs, Args, Filled),
        compound_name_arguments(Sample, Name, Filled),
        catch(check_case_fact(Sample, Checked), error(E, _), vocabulary_case_error(E)),
        compound_name_arguments(Checked, Name, CheckedArgs),
        maplist(keep_open, Args, CheckedArgs, PatternArgs),
        compound_name_arguments(Pattern, Name, PatternArgs)
    ;   catch(check_case_fact(Term, _), error(E, _), vocabulary_case_error(E))
    ).

sample_or_value(_:Type, Arg, Filled) :-
    (   var(Arg) -> sample_value(Type, Filled) ; Filled = Arg ).

sample_value(date, date(2000, 1, 1)) :- !.
sample_value(count, 0) :- !.
sample_value(Type, V) :- enumeration(Type, [V|_], _), !.
sample_value(_, x).

keep_open(Arg, Checked, Out) :-
    (   var(Arg) -> Out = Arg ; Out = Checked ).

parse_fact_item(Item, Fact) :-
    (   string(Item)
    ->  Text = Item, Where = null
    ;   is_dict(Item), get_dict(text, Item, Text), string(Text)
    ->  ( get_dict(where, Item, Where) -> true ; Where = null )
    ;   throw(request_error("each fact must be a string or {\"text\": ..., \"where\": ...}", _))
    ),
    catch(parse_case_fact(Text, Fact),
          case_error(Type, M),
          throw(case_error(Type, M, Where, Text))).

%   check_consistency(+FactItems, +Facts) is det.
%
%   Throws `contradiction_error(Message, Where, Places, Texts)` if two of
%   the given Facts contradict each other (consistency.pl); Where names
%   both places (the items' `where`, or `fact N` for an item without one).

check_consistency(FactItems, Facts) :-
    numbered_places(FactItems, 1, Places),
    pairs_keys_values(Items, Facts, Places),
    (   case_contradiction(Items, contradiction(_, FactA-PlaceA, FactB-PlaceB, Message))
    ->  place_text(PlaceA, WhereA),
        place_text(PlaceB, WhereB),
        phrase_text(and_list, [WhereA, WhereB], Where),
        goal_text(FactA, TextA),
        goal_text(FactB, TextB),
        throw(contradiction_error(Message, Where, [WhereA, WhereB], [TextA, TextB]))
    ;   true
    ).

numbered_places([], _, []).
numbered_places([Item|Items], N, [place(N, Where)|Places]) :-
    (   is_dict(Item), get_dict(where, Item, W), W \== null
    ->  Where = W
    ;   Where = null
    ),
    N1 is N + 1,
    numbered_places(Items, N1, Places).

place_text(place(N, null), Text) :- !,
    phrase_text(fact_number, [N], Text).
place_text(place(_, Where), Text) :-
    format(string(Text), "~w", [Where]).

check_length(Text, What) :-
    must_be(string, Text),
    string_length(Text, Len),
    max_text_length(Max),
    (   sub_string(Text, Before, _, _, "\u0000")
    ->  format(string(M), "the ~w contains a NUL character (at column ~w)", [What, Before]),
        (   What == question
        ->  throw(query_error(query_syntax, M, Before))
        ;   throw(case_error(case_syntax, M))
        )
    ;   Len =< Max
    ->  true
    ;   format(string(M), "the ~w is ~D characters long; at most ~D are accepted", [What, Len, Max]),
        (   What == question
        ->  throw(query_error(query_syntax, M, null))
        ;   throw(case_error(case_syntax, M))
        )
    ).

