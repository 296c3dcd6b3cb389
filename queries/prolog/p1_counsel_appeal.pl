% The case of queries/p1_counsel_appeal.yaml as a Prolog file of facts, for
%   ?- load_case('queries/prolog/p1_counsel_appeal.pl').
% in plain swipl.  The file is read and checked, never consulted.
judicial_act(v1, verdict, first_instance).
act_outcome(v1, conviction).
offence_category(v1, grave).
entered_into_force(v1, 2019-05-10).
participant('Қайрат', convicted).
participant('Әлия', defence_counsel).
acts_for('Әлия', 'Қайрат').
appeal(a1, 'Әлия', v1).
appeal_outcome(a1, upheld).
petition(pt1, 'Қайрат', v1).
filed_on(pt1, 2021-02-01).
