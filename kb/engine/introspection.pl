:- encoding(utf8).
:- module(introspection,
          [ clause_counts_json/1,       % -Text
            loaded_files_json/1,        % -Text
            clause_count/2,             % ?PredicateIndicator, ?Count
            kb_module/1,                % ?Module
            sample_sentences/1          % -Lines
          ]).
:- use_module(library(http/json)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).

/** <module> Read-only views of the KB's database, for tests and diagnostics

The Python bridge loads this module next to `cassation.pl` (it is not part
of the KB proper and changes nothing).  Its one entry predicate,
clause_counts_json/1, lets a test check that an ask, answered or refused,
leaves the database exactly as it found it: the number of clauses of every
predicate defined in a module of the KB is the same before and after.

loaded_files_json/1 lists the source files loaded, so that a test can check
that no library is autoloaded while a question is answered (autoloading
inside an inference-limited goal counts against the limit and can leave a
library half-loaded).

The KB's modules are those loaded from the directory of this file
(`kb/`, `kb/law/`, `kb/engine/`), including the dynamic ones (`case_facts`, the selected readings),
plus the clauses the KB adds to `user` (its term_expansion/2 hook).
*/

:- dynamic kb_directory/1.

:- prolog_load_context(directory, EngineDir),
   file_directory_name(EngineDir, Dir),
   retractall(kb_directory(_)),
   assertz(kb_directory(Dir)).

%!  kb_module(?Module) is nondet.
%
%   Module is a module of the KB: its file is in the KB's directory
%   (`kb/cassation.pl`) or in `kb/law/` or `kb/engine/`.

kb_module(Module) :-
    kb_directory(Dir),
    module_property(Module, file(File)),
    file_directory_name(File, FileDir),
    (   FileDir == Dir
    ->  true
    ;   file_directory_name(FileDir, Dir),
        file_base_name(FileDir, Part),
        memberchk(Part, [law, engine])
    ).

%!  clause_count(?PI, ?Count) is nondet.
%
%   PI is `Module:Name/Arity`, a predicate defined (not imported) in a
%   module of the KB or in `user`, that is not foreign code; Count is its
%   number of clauses (0 for a dynamic predicate without clauses).

clause_count(Module:Name/Arity, Count) :-
    (   kb_module(Module)
    ;   Module = user
    ),
    current_predicate(Module:Name/Arity),
    functor(Head, Name, Arity),
    \+ predicate_property(Module:Head, imported_from(_)),
    \+ predicate_property(Module:Head, foreign),
    (   predicate_property(Module:Head, number_of_clauses(Count0))
    ->  Count = Count0
    ;   Count = 0
    ).

%!  clause_counts_json(-Text) is det.
%
%   Text is a JSON object mapping `"Module:Name/Arity"` to the number of
%   clauses of every predicate of clause_count/2, in standard order.

clause_counts_json(Text) :-
    findall(Key-Count,
            ( clause_count(PI, Count),
              format(atom(Key), "~q", [PI]) ),
            Pairs0),
    keysort(Pairs0, Pairs),
    dict_pairs(Dict, json, Pairs),
    with_output_to(string(Text),
                   json_write_dict(current_output, Dict, [width(0)])).

%!  loaded_files_json(-Text) is det.
%
%   Text is a JSON list of every source file loaded into the process
%   (the KB's, the libraries'), sorted.

loaded_files_json(Text) :-
    findall(File, source_file(File), Files0),
    sort(Files0, Files),
    with_output_to(string(Text),
                   json_write(current_output, Files, [width(0)])).

%!  sample_sentences(-Lines) is det.
%
%   Lines (strings) are the sentences of every template and every case-fact
%   meaning of the KB filled with sample values: each rule head (its
%   constants as the rule states them, its variables named after the
%   template's argument names: `act` is v1, `date` 2020-01-15), negated
%   once; and each case fact once per value of each of its enumerated
%   arguments.  A golden file of these (tests/golden/templates.txt) shows
%   every sentence the explanations can print, so none reads broken.

sample_sentences(Lines) :-
    findall(Line, sample_line(Line), Lines0),
    sort(Lines0, Lines).

sample_line(Line) :-
    norm_syntax:predicate_template(Name/Arity, ArgNames, _),
    functor(Head, Name, Arity),
    findall(Head, norm_syntax:rule_clause(_, _, Head, _), Heads0),
    ( Heads0 == [] -> Heads = [Head] ; Heads = Heads0 ),
    member(H0, Heads),
    copy_term(H0, H),
    H =.. [_|Args],
    maplist(sample_value, ArgNames, Args),
    (   G = H ; G = (\+ H) ),
    words:goal_sentence(G, Sentence),
    json_api:goal_text(G, Text),
    format(string(Line), "~w  ⟶  ~w", [Text, Sentence]).
sample_line(Line) :-
    vocabulary:case_fact(Name, Specs, _, _),
    findall(Args, sample_fact_args(Specs, Args), ArgLists0),
    sort(ArgLists0, ArgLists),
    member(Args, ArgLists),
    G =.. [Name|Args],
    words:goal_sentence(G, Sentence),
    json_api:goal_text(G, Text),
    format(string(Line), "~w  ⟶  ~w", [Text, Sentence]).

% Each enumerated argument through all its values, the others at their
% first value (or a sample name).
sample_fact_args(Specs, Args) :-
    length(Specs, N),
    (   between(1, N, I), nth1(I, Specs, _:Type), vocabulary:enumeration(Type, Values, _)
    ->  true
    ;   I = 0
    ),
    (   I > 0
    ->  between(1, N, K), nth1(K, Specs, _:TypeK), vocabulary:enumeration(TypeK, ValuesK, _),
        member(VK, ValuesK)
    ;   K = 0, VK = none
    ),
    ignore(Values = _),
    findall(A, ( nth1(J, Specs, ArgName:Type1),
                 (   J == K -> A = VK
                 ;   vocabulary:enumeration(Type1, [First|_], _) -> A = First
                 ;   Type1 == date -> A = date(2020, 1, 15)
                 ;   Type1 == count -> A = 3
                 ;   sample_value(ArgName, A)
                 ) ),
            Args).

sample_value(_, V) :- nonvar(V), !.
sample_value(date, date(2020, 1, 15)) :- !.
sample_value(Name, V) :-
    sample_name(Name, V), !.
sample_value(Name, Name).

sample_name(act, v1).
sample_name(first_instance_act, v1).
sample_name(appellate_act, v2).
sample_name(petitioner, 'Қайрат').
sample_name(person, 'Қайрат').
sample_name(convicted, 'Қайрат').
sample_name(agent, 'Әлия').
sample_name(author, 'Әлия').
sample_name(request, pt1).
sample_name(appeal, a1).
sample_name(violation, viol1).
sample_name(decision, d1).
sample_name(days, 10).
sample_name(consequence, innocent_convicted).
sample_name(ground, part_one(innocent_convicted)).
sample_name(route, petition).
sample_name(grounds, art_485_part_one).
sample_name(principal, 'Қайрат').
sample_name(other, 'Бекзат').
sample_name(appellant, 'Әлия').
sample_name(prosecutor, regional_prosecutor).
sample_name(protest, pr1).
sample_name(petition, pt1).
sample_name(submission, sb1).
sample_name(material, m1).
sample_name(conclusion, sc1).
sample_name(arguments, args1).
sample_name(co_convict, 'Бекзат').
sample_name(months, 3).
