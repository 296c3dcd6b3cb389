:- encoding(utf8).
:- module(norm_syntax,
          [ rule_clause/4,              % ?Id, ?Module, ?Head, ?Body
            rule_source/2,              % ?Id, ?Source
            rule_id/1,                  % ?Id
            derived_predicate/1,        % ?Name/Arity
            predicate_template/3,       % ?Name/Arity, ?ArgNames, ?Text
            rule_head/3,                % ?Name, ?Arity, ?Id
            template_pieces/3           % ?Name, ?Arity, ?Pieces
          ]).
:- use_module(library(lists)).
:- use_module(library(solution_sequences)).
:- use_module(library(error)).

/** <module> How a legal rule is written, and the registry of rules

A legal rule of the knowledge base is written in a norm module (`kb/law/pNN_*.pl`) as

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
    (   atom(Name), integer(Arity)
    ->  once(rule_head(Name, Arity, _))         % indexed: this runs for every condition proved
    ;   distinct(Name/Arity, rule_head(Name, Arity, _))
    ).

%!  rule_head(?Name, ?Arity, ?Id) is nondet.
%
%   Legal rule Id concludes Name/Arity (recorded when the rule is loaded, so
%   that the question "is this a derived predicate?" is an indexed lookup).

:- multifile rule_head/3.

%!  template_pieces(?Name, ?Arity, ?Pieces) is nondet.
%
%   Pieces is the template of Name/Arity, parsed once when it is loaded: a
%   list of strings and `arg(I)` for the I-th argument's words.

:- multifile template_pieces/3.

%!  template_text_pieces(+Text, +ArgNames, -Pieces) is det.
%
%   Pieces is Text split at its `{name}` placeholders, each name replaced by
%   `arg(I)`, I its position in ArgNames.  Braces around anything else stay text.

template_text_pieces(Text, ArgNames, Pieces) :-
    string_chars(Text, Chars),
    once(phrase(template_pieces_(ArgNames, Pieces0), Chars)),
    merge_text_pieces(Pieces0, Pieces).

template_pieces_(ArgNames, [arg(I)|Ps]) -->
    ['{'], placeholder(Cs), ['}'],
    { atom_chars(Name, Cs), nth1(I, ArgNames, Name) }, !,
    template_pieces_(ArgNames, Ps).
template_pieces_(ArgNames, [C|Ps]) -->
    [C], !,
    template_pieces_(ArgNames, Ps).
template_pieces_(_, []) --> [].

placeholder([C|Cs]) --> [C], { C \== '}', C \== '{' }, placeholder(Cs).
placeholder([C]) --> [C], { C \== '}', C \== '{' }.

% Runs of characters become one string.
merge_text_pieces([], []).
merge_text_pieces([arg(I)|Ps], [arg(I)|Ms]) :- !,
    merge_text_pieces(Ps, Ms).
merge_text_pieces([C|Ps], [S|Ms]) :-
    take_chars([C|Ps], Cs, Rest),
    string_chars(S, Cs),
    merge_text_pieces(Rest, Ms).

take_chars([C|Ps], [C|Cs], Rest) :- atom(C), !, take_chars(Ps, Cs, Rest).
take_chars(Rest, [], Rest).

%!  predicate_template(?PI, ?ArgNames, ?Text) is nondet.
%
%   The natural-language template of the derived predicate PI, declared
%   next to it as `template(may_review(act, petitioner), "{act} may be
%   reviewed in cassation at the request of {petitioner}")`: ArgNames are
%   the argument names, Text has a `{name}` placeholder for each.

:- multifile predicate_template/3.

:- multifile user:term_expansion/2.
:- dynamic user:term_expansion/2.

user:term_expansion(template(Head, Text), [norm_syntax:predicate_template(Name/Arity, ArgNames, Text),
                                            norm_syntax:template_pieces(Name, Arity, Pieces)]) :-
    prolog_load_context(module, Module),
    Module \== user,
    compound(Head),
    compound_name_arguments(Head, Name, ArgNames),
    length(ArgNames, Arity),
    must_be(list(atom), ArgNames),
    must_be(string, Text),
    template_text_pieces(Text, ArgNames, Pieces).
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
                                    norm_syntax:rule_source/2,
                                    norm_syntax:rule_head/3))),
                 Clause,
                 norm_syntax:rule_clause(Id, HeadModule, Head, Body),
                 norm_syntax:rule_source(Id, Source),
                 norm_syntax:rule_head(Name, Arity, Id)
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
