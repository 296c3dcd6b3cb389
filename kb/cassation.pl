:- encoding(utf8).
:- module(cassation,
          [ % the questions (paragraphs 1-4)
            reviewable_in_cassation/1,          % ?Act
            may_review/2,                       % ?Act, ?Petitioner
            cassation_route/2,                  % ?Act, ?Route
            route_grounds/3,                    % ?Act, ?Route, ?Grounds
            petition_disposition/2,             % ?Request, ?Disposition
            filing_time_limit/2,                % ?Request, ?Limit
            request_direction/2,                % ?Request, ?Direction
            cassation_ground/2,                 % ?Act, ?Ground
            ground_may_be_raised/2,             % ?Request, ?Ground
            suspension_allowed/3,               % ?Act, ?Official, ?MaxMonths
            preliminary_decision/2,             % ?Request, ?Decision
            defence_mandatory/1,                % ?Person
            must_be_notified/2,                 % ?Person, ?Request
            worsening_without_new_trial/2,      % ?Request, ?Basis
            resolution_in_force_on/1,           % +Date
            % working with a case in plain swipl
            load_case/1,                        % +File
            clear_case/0,
            explain/1,                          % +Question
            select_reading/2,                   % +Passage, +Reading
            clear_readings/0,
            prove/2,                            % +Question, -Proof
            why_not/3                           % +Question, +Depth, -Failures
          ]).
:- autoload(library(yaml), [yaml_read/2]).   % loaded by the first load_case/1 of a YAML file
:- use_module(library(http/json)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).

%   Precompiled KB.  `make setup` compiles the KB's modules to Quick Load
%   Files (`kb/*.qlf`, not in git), which SWI-Prolog loads instead of the
%   sources: the KB then loads in some 0.14 s instead of 0.25 s.  SWI-Prolog
%   checks a .qlf only against its own source, but a module's clauses here
%   also depend on others (norm_syntax.pl expands every rule, words.pl and
%   vocabulary.pl generate clauses from the vocabulary), so the .qlf files
%   are used only as a set: if any source of the KB is newer than the oldest
%   .qlf, all of them are removed before the modules are loaded, and the KB
%   loads from its sources.  This runs before any module below is loaded.

remove_stale_qlf_files(Dir) :-
    directory_file_path(Dir, '*.qlf', QlfPattern),
    expand_file_name(QlfPattern, QlfFiles),
    (   QlfFiles == []
    ->  true
    ;   directory_file_path(Dir, '*.pl', SourcePattern),
        expand_file_name(SourcePattern, Sources),
        maplist(time_file, QlfFiles, QlfTimes),
        maplist(time_file, Sources, SourceTimes),
        min_list(QlfTimes, OldestQlf),
        max_list(SourceTimes, NewestSource),
        (   NewestSource =< OldestQlf
        ->  true
        ;   forall(member(File, QlfFiles),
                   catch(delete_file(File), Error, print_message(warning, Error)))
        )
    ).

:- prolog_load_context(directory, Dir),
   remove_stale_qlf_files(Dir).

:- use_module(norm_syntax).
:- use_module(vocabulary).
:- use_module(case_facts).
:- use_module(calendar).
:- use_module(readings).
:- use_module(p01_reviewable_acts).
:- use_module(p02_restricted_route).
:- use_module(p03_petitioners).
:- use_module(p04_requests).
:- use_module(p04_time_limits).
:- use_module(p05_grounds).
:- use_module(p11_jury).
:- use_module(p12_suspension).
:- use_module(p13_petition_handling).
:- use_module(p16_hearing).
:- use_module(p22_scope_and_outcome).
:- use_module(p26_validity).
:- use_module(explain).
:- use_module(json_api).
:- use_module(consistency).

/** <module> Cassation review under Normative Resolution No. 5 (2017): the KB

The entry module: loading it loads the whole knowledge base.  In plain
`swipl`:

```
$ swipl kb/cassation.pl
?- load_case('queries/p1_counsel_appeal.yaml').
?- may_review(Act, Petitioner).
?- explain(may_review(v1, ivanov)).
```

The paragraphs live one module per group (`p01_reviewable_acts.pl`,
`p02_restricted_route.pl`, `p03_petitioners.pl`, `p04_time_limits.pl`);
the vocabulary of case facts in `vocabulary.pl`; the explanation engine in
`explain.pl`; the JSON boundary used by the Python bridge in
`json_api.pl`.
*/

:- initialization(check_norms).

%!  load_case(+File) is det.
%
%   Replaces the facts of the current case by those of File: a Prolog file
%   of facts (`.pl`), or a YAML/JSON case file with a `facts` list.  The
%   file is read, never consulted: every term is checked against the
%   vocabulary, and the facts against each other (two facts that cannot
%   both be true, consistency.pl); on the first error nothing is changed
%   and the error (with file and line, or both lines of a contradiction)
%   is thrown.

load_case(File) :-
    must_be(atom, File),
    file_name_extension(_, Ext, File),
    downcase_atom(Ext, Lower),
    (   case_file_facts(Lower, File, Placed)
    ->  (   case_contradiction(Placed, contradiction(_, _-WhereA, _-WhereB, Message))
        ->  case_file_error(File, both(WhereA, WhereB), Message)
        ;   true
        ),
        pairs_keys(Placed, Facts),
        clear_case,
        maplist(assert_case_fact, Facts),
        length(Facts, N),
        print_message(informational, format("~w: ~D case facts loaded", [File, N]))
    ;   domain_error(case_file_extension, Ext)
    ).

% case_file_facts(+Ext, +File, -Placed): the facts of File, each Fact-Where,
% Where line(L) or fact(I).
case_file_facts(pl, File, Facts) :-
    setup_call_cleanup(open(File, read, In, [encoding(utf8)]),
                       read_fact_terms(In, File, Facts),
                       close(In)).
case_file_facts(Ext, File, Facts) :-
    memberchk(Ext, [yaml, yml]),
    yaml_read(File, Doc),
    document_facts(File, Doc, Facts).
case_file_facts(json, File, Facts) :-
    setup_call_cleanup(open(File, read, In, [encoding(utf8)]),
                       json_read_dict(In, Doc, [value_string_as(string)]),
                       close(In)),
    document_facts(File, Doc, Facts).

read_fact_terms(In, File, Facts) :-
    catch(read_term(In, Term, [variable_names(Vars), syntax_errors(error), term_position(Pos)]),
          error(syntax_error(E), Ctx),
          case_file_error(File, Ctx, syntax_error(E))),
    (   Term == end_of_file
    ->  true
    ;   stream_position_data(line_count, Pos, Line)
    ),
    (   Term == end_of_file
    ->  Facts = []
    ;   (   Vars == []
        ->  true
        ;   case_file_error(File, line(Line), "a case fact may not contain variables")
        ),
        catch(check_case_fact(Term, Fact), error(E2, _), case_file_error(File, line(Line), E2)),
        Facts = [Fact-line(Line)|Rest],
        read_fact_terms(In, File, Rest)
    ).

document_facts(File, Doc, Facts) :-
    (   is_dict(Doc), get_dict(facts, Doc, Items), is_list(Items)
    ->  foldl(document_fact(File), Items, Facts, 1, _)
    ;   case_file_error(File, line(1), "a case file must have a list `facts`")
    ).

document_fact(File, Item, Fact-fact(I), I, I1) :-
    I1 is I + 1,
    (   string(Item) -> Text = Item
    ;   atom(Item) -> atom_string(Item, Text)
    ;   case_file_error(File, fact(I), "each fact must be a string such as \"judicial_act(v1, verdict, first_instance)\"")
    ),
    catch(parse_case_fact(Text, Fact),
          case_error(_, M),
          case_file_error(File, fact(I), M)).

case_file_error(File, Where, What) :-
    (   Where = both(line(L1), line(L2)) -> format(string(W), "~w:~w and ~w:~w", [File, L1, File, L2])
    ;   Where = both(fact(I1), fact(I2)) -> format(string(W), "~w: facts ~w and ~w", [File, I1, I2])
    ;   Where = line(L) -> format(string(W), "~w:~w", [File, L])
    ;   Where = fact(I) -> format(string(W), "~w: fact ~w", [File, I])
    ;   Where = stream(_, L, _, _) -> format(string(W), "~w:~w", [File, L])
    ;   Where = file(_, L, _, _) -> format(string(W), "~w:~w", [File, L])
    ;   W = File
    ),
    (   string(What) -> M = What
    ;   What = vocabulary_error(_, M0) -> M = M0
    ;   What = case_fact_error(_, M0) -> M = M0
    ;   format(string(M), "~q", [What])
    ),
    throw(error(case_file_error(W, M), _)).

:- multifile prolog:message//1.
prolog:message(error(case_file_error(Where, Message), _)) -->
    [ '~w: ~w'-[Where, Message] ].

%!  explain(+Question) is det.
%
%   Prints every answer to Question with its proof tree, each step citing
%   its rule, paragraph and articles; or, if it has no answer, why not.
%   The arguments of a question of the KB are checked by the type of their
%   position as the JSON boundary checks them (typed_question/3): a date
%   written as a name (`'2019-02-28'`) is a date, and a variable where the
%   rules need a date (`resolution_in_force_on(D)`) is an error.

explain(Question0) :-
    typed_explain_question(Question0, Question),
    findall(Question-Proof, prove(Question, Proof), Answers),
    (   Answers == []
    ->  format("~q does not hold.~n", [Question]),
        why_not(Question, 3, Failures),
        forall(member(F, Failures), print_failure(F, 1))
    ;   forall(member(Question-Proof, Answers),
               ( format("~q~n", [Question]),
                 print_node(Proof, 1) ))
    ).

typed_explain_question(Question0, Question) :-
    (   callable(Question0),
        functor(Question0, Name, Arity),
        derived_predicate(Name/Arity)
    ->  catch(typed_question(Question0, [], Question),
              query_error(_, Message, _),
              throw(error(question_error(Message), _)))
    ;   Question = Question0
    ).

prolog:message(error(question_error(Message), _)) -->
    [ '~w'-[Message] ].

print_node(node(Goal, Status, Rule, Children), Depth) :-
    indent(Depth),
    goal_text(Goal, Text),
    (   Status == proved
    ->  rule_source(Rule, source(P, Articles, _)),
        atomic_list_concat(Articles, '; ', As),
        format("~w  [~w; ¶~w; ~w]~n", [Text, Rule, P, As])
    ;   format("~w  (~w)~n", [Text, Status])
    ),
    D1 is Depth + 1,
    forall(member(C, Children), print_node(C, D1)).

print_failure(failure(Id, Head, Satisfied, Failed), Depth) :-
    indent(Depth),
    rule_source(Id, source(P, _, _)),
    goal_text(Head, HeadText),
    format("rule ~w (¶~w) could conclude ~w, but~n", [Id, P, HeadText]),
    D1 is Depth + 1,
    forall(member(N, Satisfied), print_node(N, D1)),
    indent(D1),
    print_failed(Failed, D1).

print_failed(missing(G), _) :-
    goal_text(G, T), format("MISSING: no fact ~w~n", [T]).
print_failed(false(G), _) :-
    goal_text(G, T), format("FALSE: ~w~n", [T]).
print_failed(blocked(G, Proof), D) :-
    goal_text(G, T), format("BLOCKED: ~w holds~n", [T]),
    D1 is D + 1, print_node(Proof, D1).
print_failed(unproved(G, Sub), D) :-
    goal_text(G, T), format("NOT ESTABLISHED: ~w~n", [T]),
    D1 is D + 1,
    forall(member(F, Sub), print_failure(F, D1)).

indent(Depth) :-
    N is Depth * 2,
    format("~t~*|", [N]).
