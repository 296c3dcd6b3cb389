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
%   Files (`kb/**/*.qlf`, not in git), which SWI-Prolog loads instead of the
%   sources: the KB then loads in some 0.14 s instead of 0.25 s.  SWI-Prolog
%   checks a .qlf only against its own source, but a module's clauses here
%   also depend on others (norm_syntax.pl expands every rule, words.pl and
%   vocabulary.pl generate clauses from the vocabulary), so the .qlf files
%   are used only as a set: if any source of the KB is newer than the oldest
%   .qlf, all of them are removed before the modules are loaded, and the KB
%   loads from its sources.  This runs before any module below is loaded.

remove_stale_qlf_files(Dir) :-
    kb_files(Dir, '*.qlf', QlfFiles),
    (   QlfFiles == []
    ->  true
    ;   kb_files(Dir, '*.pl', Sources),
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

% kb_files(+Dir, +Pattern, -Files): the files of the KB matching Pattern,
% in kb/ itself, kb/law/ (the law), kb/engine/ (the machinery) and kb/lang/
% (the languages of the explanations).
kb_files(Dir, Pattern, Files) :-
    findall(F, ( member(Sub, ['.', law, engine, lang]),
                 directory_file_path(Dir, Sub, SubDir),
                 directory_file_path(SubDir, Pattern, P),
                 expand_file_name(P, Fs),
                 member(F, Fs) ),
            Files).

:- prolog_load_context(directory, Dir),
   remove_stale_qlf_files(Dir).

:- use_module(engine/norm_syntax).
:- use_module(law/vocabulary).
:- use_module(engine/case_facts).
:- use_module(engine/calendar).
:- use_module(law/readings).
:- use_module(law/p01_reviewable_acts).
:- use_module(law/p02_restricted_route).
:- use_module(law/p03_petitioners).
:- use_module(law/p04_requests).
:- use_module(law/p04_time_limits).
:- use_module(law/p05_grounds).
:- use_module(law/p11_jury).
:- use_module(law/p12_suspension).
:- use_module(law/p13_petition_handling).
:- use_module(law/p16_hearing).
:- use_module(law/p22_scope_and_outcome).
:- use_module(law/p26_validity).
:- use_module(engine/explain).
:- use_module(engine/json_api).
:- use_module(law/consistency).
:- use_module(engine/did_you_mean).
:- use_module(engine/verdict).
:- use_module(engine/repairs, [minimal_repairs/4]).
:- use_module(lang/lang).

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
:- initialization(check_languages).

%!  load_case(+File) is det.
%
%   Replaces the current case by the case of File: a Prolog file of facts
%   (`.pl`), or a YAML/JSON case file with a `facts` list and optionally
%   `denied` (facts stated to be false) and `readings` (a reading for
%   each of some ambiguous passages, as `cassation ask` takes them).  The
%   file is read, never consulted: every term is checked against the
%   vocabulary, the facts against each other (two facts that cannot both
%   be true, consistency.pl), no fact may be both given and denied, and
%   each reading must be one the KB declares.  Then the facts and denied
%   facts of the case are replaced, and the readings are reset to the
%   defaults and set as the file says (select_reading/2 afterwards
%   changes them for the session).  On the first error no case is left
%   loaded -- the facts, denied facts and readings of the previous case
%   are cleared too, so that no later question is answered on a stale
%   case -- and `error(case_file_error(Where, Message), _)` is thrown,
%   Where naming the file and line (or fact), or both places of a
%   contradiction, and Message ending with "; no case is loaded now";
%   errors of the YAML and JSON readers are reported the same way.  Any
%   other error (File not an atom, an unknown extension) also clears the
%   case before it is rethrown.
%
%   The file is at most max_case_file_size/1 bytes, and a term of a `.pl`
%   file at most max_text_length/1 characters (as in the Python bridge):
%   each term is read from a window of the text at most that long, so a
%   huge term (a number of millions of digits) is refused before the
%   reader spends its time on it.

load_case(File) :-
    catch(once(load_case_file(File)), Error,
          ( clear_case,
            clear_readings,
            no_case_loaded_error(Error, Unloaded),
            throw(Unloaded) )).

no_case_loaded_error(error(case_file_error(Where, Message), Context), Error) :- !,
    format(string(M), "~w; no case is loaded now", [Message]),
    Error = error(case_file_error(Where, M), Context).
no_case_loaded_error(Error, Error).

load_case_file(File) :-
    must_be(atom, File),
    file_name_extension(_, Ext, File),
    downcase_atom(Ext, Lower),
    (   memberchk(Lower, [pl, yaml, yml, json])
    ->  true
    ;   domain_error(case_file_extension, Ext)
    ),
    case_file_text(File, Text),
    case_file_content(Lower, File, Text, case(Placed, DeniedPlaced, Readings)),
    (   case_contradiction(Placed, contradiction(_, _-WhereA, _-WhereB, Message))
    ->  case_file_error(File, both(WhereA, WhereB), Message)
    ;   true
    ),
    pairs_keys(Placed, Facts),
    forall(( member(Denied-Where, DeniedPlaced), memberchk(Denied, Facts) ),
           ( format(string(M), "~q is both given and denied", [Denied]),
             case_file_error(File, Where, M) )),
    pairs_keys(DeniedPlaced, DeniedFacts),
    clear_case,
    clear_readings,
    maplist(assert_case_fact, Facts),
    maplist(assert_denied_fact, DeniedFacts),
    forall(member(Passage-Reading, Readings), select_reading(Passage, Reading)),
    length(Facts, N),
    length(DeniedFacts, ND),
    length(Readings, NR),
    print_message(informational,
                  format("~w: ~D case facts, ~D denied facts and ~D readings loaded", [File, N, ND, NR])).

%!  max_case_file_size(-Bytes) is det.
%
%   A case file is at most Bytes long (as in the Python bridge).

max_case_file_size(10_485_760).

% case_file_text(+File, -Text): the text of File (UTF-8), refused if File is
% not a regular file, is longer than max_case_file_size/1 (also if it grows
% while it is read), or is not valid UTF-8.
case_file_text(File, Text) :-
    (   exists_file(File)
    ->  true
    ;   exists_directory(File)
    ->  case_file_error(File, file, "a directory, not a case file")
    ;   access_file(File, exist)
    ->  case_file_error(File, file, "not a regular file")
    ;   case_file_error(File, file, "no such case file")
    ),
    max_case_file_size(Max),
    size_file(File, Size),
    (   Size > Max
    ->  format(string(M), "the case file is ~D bytes; at most ~D are accepted", [Size, Max]),
        case_file_error(File, file, M)
    ;   true
    ),
    Max1 is Max + 1,
    catch(setup_call_cleanup(open(File, read, In, [encoding(utf8)]),
                             read_checked_text(In, Max1, Text, Problem),
                             close(In)),
          error(E, _),
          ( message_to_codes(error(E, _), Codes),
            format(string(M), "cannot read the case file: ~s", [Codes]),
            case_file_error(File, file, M) )),
    (   Problem \== none
    ->  format(string(M), "not valid UTF-8 (~w)", [Problem]),
        case_file_error(File, file, M)
    ;   string_length(Text, Length), Length > Max
    ->  format(string(M), "the case file is more than ~D characters", [Max]),
        case_file_error(File, file, M)
    ;   true
    ).

% read_checked_text(+In, +Max, -Text, -Problem): at most Max characters of
% In; Problem is the reader's complaint about its encoding (the first one),
% or `none`.  The complaint is not printed: load_case/1 reports it.
read_checked_text(In, Max, Text, Problem) :-
    setup_call_cleanup(b_setval(cassation_case_stream, In),
                       read_string(In, Max, Text),
                       b_setval(cassation_case_stream, none)),
    (   stream_encoding_problem(In, Problem0)
    ->  Problem = Problem0
    ;   Problem = none
    ).

:- dynamic encoding_problem/2.

stream_encoding_problem(In, Problem) :-
    retract(encoding_problem(In, Problem)), !,
    retractall(encoding_problem(In, _)).

:- multifile user:message_hook/3.
user:message_hook(io_warning(Stream, Problem), warning, _) :-
    nb_current(cassation_case_stream, Current),
    Current == Stream,
    (   encoding_problem(Stream, _)
    ->  true
    ;   assertz(encoding_problem(Stream, Problem))
    ).

% message_to_codes(+Term, -Codes): the message for Term, as one line.
message_to_codes(Term, Codes) :-
    catch(( phrase('$messages':translate_message(Term), Lines),
            with_output_to(string(Text), print_message_lines(current_output, '', Lines)),
            split_string(Text, "\n", " ", Parts),
            exclude(==(""), Parts, Kept),
            atomic_list_concat(Kept, ' ', Line),
            atom_codes(Line, Codes) ),
          _, fail),
    !.
message_to_codes(Term, Codes) :-
    format(codes(Codes), "~q", [Term]).

% case_file_content(+Ext, +File, +Text, -Case): the facts, denied facts
% (each Fact-Where, Where line(L) or fact(I) or denied(I)) and readings
% (Passage-Reading) of the case file File with text Text.
case_file_content(pl, File, Text, case(Facts, [], [])) :-
    string_length(Text, Length),
    pl_case_facts(Text, Length, 0, 1, File, Facts).
case_file_content(Ext, File, Text, Case) :-
    memberchk(Ext, [yaml, yml]),
    catch(setup_call_cleanup(open_string(Text, In),
                             yaml_read(In, Doc),
                             close(In)),
          Error,
          document_reader_error(File, yaml, Error)),
    document_case(File, Doc, Case).
case_file_content(json, File, Text, Case) :-
    catch(setup_call_cleanup(open_string(Text, In),
                             ( json_read_dict(In, Doc, [value_string_as(string)]),
                               json_read_dict(In, End, [end_of_file(end_of_file)]),
                               (   End == end_of_file
                               ->  true
                               ;   throw(error(syntax_error(json(trailing_data)), _))
                               ) ),
                             close(In)),
          Error,
          document_reader_error(File, json, Error)),
    document_case(File, Doc, Case).

% document_reader_error(+File, +Kind, +Error): an error of the YAML or JSON
% reader as a case_file_error naming File (and the line, when the reader
% tells it); resource errors and the time limit pass through as they are.
document_reader_error(_, _, Error) :-
    (   Error = error(resource_error(_), _)
    ;   Error == time_limit_exceeded
    ;   Error = error(case_file_error(_, _), _)
    ),
    !,
    throw(Error).
document_reader_error(File, Kind, error(Formal, Context)) :-
    !,
    (   Formal = duplicate_key(Key)
    ->  Where = file,
        format(string(M), "duplicate key ~q", [Key])
    ;   Formal = yaml_error(_, Problem)
    ->  Where = file,
        format(string(M), "not valid YAML: ~w", [Problem])
    ;   Formal = syntax_error(json(What))
    ->  (   Context = stream(_, Line, _, _) -> Where = line(Line) ; Where = file ),
        format(string(M), "JSON syntax error: ~w", [What])
    ;   Formal = syntax_error(What)
    ->  (   Context = stream(_, Line, _, _) -> Where = line(Line) ; Where = file ),
        format(string(M), "~w syntax error: ~w", [Kind, What])
    ;   message_to_codes(error(Formal, Context), Codes),
        Where = file,
        format(string(M), "the ~w cannot be read: ~s", [Kind, Codes])
    ),
    case_file_error(File, Where, M).
document_reader_error(File, Kind, Error) :-
    format(string(M), "the ~w cannot be read: ~q", [Kind, Error]),
    case_file_error(File, file, M).

% pl_case_facts(+Text, +Length, +Offset, +Line, +File, -Facts): the facts
% of the text of a .pl case file from character Offset (on line Line) on.
pl_case_facts(Text, Length, Offset, Line, File, Facts) :-
    (   Offset >= Length
    ->  Facts = []
    ;   pl_window_term(Text, Length, Offset, Line, File, 256, Term, Vars, TermLine, Next, NextLine),
        (   Term == end_of_file
        ->  Facts = Rest
        ;   (   Vars == []
            ->  true
            ;   case_file_error(File, line(TermLine), "a case fact may not contain variables")
            ),
            catch(check_case_fact(Term, Fact), error(E2, _), case_file_error(File, line(TermLine), E2)),
            Facts = [Fact-line(TermLine)|Rest]
        ),
        pl_case_facts(Text, Length, Next, NextLine, File, Rest)
    ).

% pl_window_term(+Text, +Length, +Offset, +Line, +File, +Window, -Term,
% -Vars, -TermLine, -Next, -NextLine): the next term of Text after Offset,
% read from a window of the text of Window characters, grown (doubled) up
% to max_text_length/1 while the term does not end within it.  Next is
% the offset just after the term, on line NextLine.
pl_window_term(Text, Length, Offset, Line, File, Window0, Term, Vars, TermLine, Next, NextLine) :-
    json_api:max_text_length(MaxTerm),
    Max is MaxTerm + 2,                     % the term, its full stop and the layout after it
    Rest is Length - Offset,
    Window is min(Window0, min(Rest, Max)),
    AtEnd = (Window =:= Rest),
    sub_string(Text, Offset, Window, _, Part),
    catch(setup_call_cleanup(
              open_string(Part, In),
              ( read_term(In, Term0, [variable_names(Vars0), syntax_errors(error), term_position(Pos)]),
                stream_property(In, position(End)) ),
              close(In)),
          error(syntax_error(E), Context),
          true),
    (   var(E),
        stream_position_data(char_count, End, Used),
        ( call(AtEnd) ; Used < Window )
    ->  Term = Term0, Vars = Vars0,
        stream_position_data(line_count, Pos, L),
        stream_position_data(line_count, End, EndL),
        TermLine is Line + L - 1,
        Next is Offset + Used,
        NextLine is Line + EndL - 1
    ;   \+ call(AtEnd), Window < Max
    ->  Window1 is Window * 2,
        pl_window_term(Text, Length, Offset, Line, File, Window1, Term, Vars, TermLine, Next, NextLine)
    ;   nonvar(E), call(AtEnd)
    ->  (   Context = stream(_, L, _, _) -> ErrorLine is Line + L - 1 ; ErrorLine = Line ),
        case_file_error(File, line(ErrorLine), syntax_error(E))
    ;   leading_lines(Part, 1, Blank),
        StartLine is Line + Blank,
        format(string(M), "a term is longer than ~D characters (with any comments before it), or has no full stop: a case fact is at most ~D characters",
               [MaxTerm, MaxTerm]),
        case_file_error(File, line(StartLine), M)
    ).

% leading_lines(+Text, +I, -N): N line ends in the layout before the first
% other character of Text (from its I-th character on).
leading_lines(Text, I, N) :-
    (   string_code(I, Text, C), code_type(C, space)
    ->  I1 is I + 1,
        leading_lines(Text, I1, N0),
        (   C =:= 0'\n -> N is N0 + 1 ; N = N0 )
    ;   N = 0
    ).

% document_case(+File, +Doc, -Case): the facts, denied facts and readings
% of a YAML or JSON case file's document.
document_case(File, Doc, case(Facts, Denied, Readings)) :-
    (   is_dict(Doc), get_dict(facts, Doc, Items), is_list(Items)
    ->  foldl(document_fact(File, fact), Items, Facts, 1, _)
    ;   case_file_error(File, line(1), "a case file must have a list `facts`")
    ),
    (   get_dict(denied, Doc, DeniedItems), DeniedItems \== null
    ->  (   is_list(DeniedItems)
        ->  foldl(document_fact(File, denied), DeniedItems, Denied, 1, _)
        ;   case_file_error(File, file, "`denied` must be a list of facts")
        )
    ;   Denied = []
    ),
    (   get_dict(readings, Doc, ReadingDict), ReadingDict \== null
    ->  (   is_dict(ReadingDict)
        ->  dict_pairs(ReadingDict, _, Pairs),
            maplist(document_reading(File), Pairs, Readings)
        ;   case_file_error(File, file, "`readings` must map passage names to reading names")
        )
    ;   Readings = []
    ).

document_fact(File, Kind, Item, Fact-Where, I, I1) :-
    I1 is I + 1,
    Where =.. [Kind, I],
    (   string(Item) -> Text = Item
    ;   atom(Item), Item \== null -> atom_string(Item, Text)
    ;   case_file_error(File, Where, "each fact must be a string such as \"judicial_act(v1, verdict, first_instance)\"")
    ),
    catch(parse_case_fact(Text, Fact),
          case_error(_, M),
          case_file_error(File, Where, M)).

document_reading(File, Key-Value, Passage-Reading) :-
    atom_string(Passage, Key),
    (   ( string(Value) ; atom(Value), Value \== null )
    ->  atom_string(Reading, Value)
    ;   case_file_error(File, file, "`readings` must map passage names to reading names")
    ),
    (   reading(Passage, Reading, _, _)
    ->  true
    ;   ambiguous_passage(Passage, _, _, _)
    ->  findall(R, reading(Passage, R, _, _), Rs),
        did_you_mean_text(Reading, Rs, Hint),
        format(string(M), "no reading ~q of the passage ~q~w; its readings are ~w", [Reading, Passage, Hint, Rs]),
        case_file_error(File, file, M)
    ;   findall(P, ambiguous_passage(P, _, _, _), Ps),
        did_you_mean_text(Passage, Ps, Hint),
        format(string(M), "no ambiguous passage ~q~w; the passages are ~w", [Passage, Hint, Ps]),
        case_file_error(File, file, M)
    ).

case_file_error(File, Where, What) :-
    (   Where = both(line(L1), line(L2)) -> format(string(W), "~w:~w and ~w:~w", [File, L1, File, L2])
    ;   Where = both(fact(I1), fact(I2)) -> format(string(W), "~w: facts ~w and ~w", [File, I1, I2])
    ;   Where = line(L) -> format(string(W), "~w:~w", [File, L])
    ;   Where = fact(I) -> format(string(W), "~w: fact ~w", [File, I])
    ;   Where = denied(I) -> format(string(W), "~w: denied fact ~w", [File, I])
    ;   Where = stream(_, L, _, _) -> format(string(W), "~w:~w", [File, L])
    ;   Where = file(_, L, _, _) -> format(string(W), "~w:~w", [File, L])
    ;   W = File
    ),
    (   string(What) -> M = What
    ;   What = vocabulary_error(_, M0) -> M = M0
    ;   What = case_fact_error(_, M0) -> M = M0
    ;   What = syntax_error(E) -> format(string(M), "syntax error: ~w", [E])
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
        minimal_repairs(Question, 3, 150, Repairs0),
        consistent_repairs(Question, 3, Repairs0, Repairs),
        no_verdict(Question, Repairs, Line, Decisive),
        print_verdict(Line, Decisive),
        why_not(Question, 3, Failures),
        forall(member(F, Failures), print_failure(F, 1))
    ;   forall(member(Question-Proof, Answers),
               ( format("~q~n", [Question]),
                 yes_verdict(Proof, Line, Decisive),
                 print_verdict(Line, Decisive),
                 print_node(Proof, 1) ))
    ).

% The verdict line and the decisive facts, before the proof or the why-not.
print_verdict(Line, Decisive) :-
    format("  ~w~n", [Line]),
    forall(member(decisive(F, Status, _), Decisive),
           ( goal_text(F, T), format("    decisive (~w): ~w~n", [Status, T]) )).

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
