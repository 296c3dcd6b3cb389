:- encoding(utf8).
:- module(introspection,
          [ clause_counts_json/1,       % -Text
            loaded_files_json/1,        % -Text
            clause_count/2,             % ?PredicateIndicator, ?Count
            kb_module/1                 % ?Module
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
(`kb/`), including the dynamic ones (`case_facts`, the selected readings),
plus the clauses the KB adds to `user` (its term_expansion/2 hook).
*/

:- dynamic kb_directory/1.

:- prolog_load_context(directory, Dir),
   retractall(kb_directory(_)),
   assertz(kb_directory(Dir)).

%!  kb_module(?Module) is nondet.
%
%   Module is a module of the KB: its file is in the KB's directory.

kb_module(Module) :-
    kb_directory(Dir),
    module_property(Module, file(File)),
    file_directory_name(File, Dir).

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
