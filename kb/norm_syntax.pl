:- module(norm_syntax,
          [ rule_clause/4,              % ?Id, ?Module, ?Head, ?Body
            rule_source/2,              % ?Id, ?Source
            rule_id/1,                  % ?Id
            derived_predicate/1,        % ?Name/Arity
            predicate_template/3        % ?Name/Arity, ?ArgNames, ?Text
          ]).
:- use_module(library(lists)).
:- use_module(library(error)).

/** <module> How a legal rule is written, and the registry of rules

A legal rule of the knowledge base is written in a norm module (`kb/pNN_*.pl`) as

```
rule(p1_appellate_act,
     source(1, ['CPC art. 484 part 1'],
            "as well as sentences and decisions of appellate courts may be reviewed"),
     ( act_of_484_part_one(Act) :-
           judicial_act(Act, _Kind, appellate),
           entered_into_force(Act, _Date) )).
```

A rule may add a clause to a multifile question of another module by
qualifying its head (`p04_time_limits:return_without_consideration(R, X) :- ...`):
the grounds for returning a petition, for instance, come from several
paragraphs.

At load time the term is expanded into

  - the ordinary clause `act_of_484_part_one(Act) :- ...`, so that the KB
    answers in plain `swipl` without any meta-interpreter, and
  - the registry facts rule_clause/4 and rule_source/2, which the
    explanation engine (`explain.pl`) uses to build proof trees in which
    every node carries the rule id and its provenance.

`Source` is `source(Paragraph, Articles, Text)`: the paragraph (1..27) of
Normative Resolution No. 5 of 29 June 2017, the CPC/CC articles the rule
rests on, and the short span of the resolution's (unofficial English) text
it encodes, quoted word for word (a test checks that every span occurs in
`kb/sources/resolution-2017-05.txt`).

A rule id is stable: it names the paragraph and the rule's content
(`p4_return_late`), never a position, and is unique across the KB
(`explain:check_norms/0`, run when the KB is loaded, fails loudly otherwise).
*/

:- multifile rule_clause/4.
:- multifile rule_source/2.

%!  rule_clause(?Id, ?Module, ?Head, ?Body) is nondet.
%
%   The clause `Head :- Body` of legal rule Id, compiled in Module.
%   Body is `true` for a rule without conditions.

%!  rule_source(?Id, ?Source) is nondet.
%
%   Source is `source(Paragraph, Articles, Text)`, the provenance of rule Id.

%!  rule_id(?Id) is nondet.
%
%   Id is the id of a legal rule of the KB.

rule_id(Id) :-
    rule_source(Id, _).

%!  derived_predicate(?PI) is nondet.
%
%   PI (Name/Arity) is concluded by at least one legal rule.

derived_predicate(Name/Arity) :-
    distinct(Name/Arity,
             ( rule_clause(_, _, Head, _),
               functor(Head, Name, Arity) )).

%!  predicate_template(?PI, ?ArgNames, ?Text) is nondet.
%
%   The natural-language template of the derived predicate PI, declared
%   next to it as `template(may_review(act, petitioner), "{act} may be
%   reviewed in cassation at the request of {petitioner}")`: ArgNames are
%   the argument names, Text has a `{name}` placeholder for each.

:- multifile predicate_template/3.

:- multifile user:term_expansion/2.
:- dynamic user:term_expansion/2.

user:term_expansion(template(Head, Text), [norm_syntax:predicate_template(Name/Arity, ArgNames, Text)]) :-
    prolog_load_context(module, Module),
    Module \== user,
    compound(Head),
    compound_name_arguments(Head, Name, ArgNames),
    length(ArgNames, Arity),
    must_be(list(atom), ArgNames),
    must_be(string, Text).
user:term_expansion(rule(Id, Source, Clause), Expanded) :-
    prolog_load_context(module, Module),
    Module \== user,
    expand_rule(Module, Id, Source, Clause, Expanded).

expand_rule(Module, Id, Source, Clause, Expanded) :-
    must_be(atom, Id),
    check_source(Id, Source),
    (   Clause = (Head0 :- Body)
    ->  true
    ;   Head0 = Clause,
        Body = true
    ),
    (   Head0 = HeadModule:Head
    ->  true                    % a clause of a multifile question of another module
    ;   HeadModule = Module,
        Head = Head0
    ),
    functor(Head, Name, Arity),
    Expanded = [ (:- discontiguous((HeadModule:Name/Arity,
                                    norm_syntax:rule_clause/4,
                                    norm_syntax:rule_source/2))),
                 Clause,
                 norm_syntax:rule_clause(Id, HeadModule, Head, Body),
                 norm_syntax:rule_source(Id, Source)
               ].

check_source(Id, source(Paragraph, Articles, Text)) :-
    !,
    (   integer(Paragraph), between(1, 27, Paragraph),
        is_list(Articles), maplist(atom, Articles),
        string(Text), Text \== ""
    ->  true
    ;   throw(error(domain_error(rule_source, source(Paragraph, Articles, Text)),
                    context(Id, 'source(Paragraph 1..27, [Article atoms], "text span")')))
    ).
check_source(Id, Source) :-
    throw(error(domain_error(rule_source, Source), context(Id, _))).
