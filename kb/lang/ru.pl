:- encoding(utf8).
:- module(lang_ru,
          [ ru_template/2,              % ?Head, ?Text
            ru_fact/2,                  % ?Head, ?Text
            ru_word/2,                  % ?Value, ?Words
            ru_phrase/2,                % ?Key, ?Format
            ru_not_encoded/2,           % ?Name, ?Text
            ru_contradiction/2,         % ?Id, ?Reason
            ru_argument/2,              % ?ArgName, ?Words
            ru_passage_note/2,          % ?Passage, ?Text
            ru_reading/3,               % ?Passage, ?Reading, ?Meaning
            ru_not_encoded_reason/3     % ?Paragraph, ?What, ?Why
          ]).

/** <module> Russian: the templates, the words of the values and the fixed phrases

One table for the Russian explanations, in the terms of Kazakh criminal
procedure (кассационное ходатайство, протест Генерального Прокурора,
представление Председателя Верховного Суда, осуждённый, оправданный,
потерпевший, частное постановление).  The English counterparts stand next
to the rules (template/2) and in the vocabulary (case_fact/4); lang.pl
checks, when the KB is loaded, that every derived predicate, case fact and
value has its Russian form here.

The slots (`{act}`, `{person}`) take names and values that are never
inflected: a name follows a noun that carries the case ("акт {act}",
"лица {person}"), a value follows a colon or stands in the nominative
("основание: {ground}").  The resolution itself is never translated here:
its text is quoted in its unofficial English translation (lang.pl).
*/

%!  ru_template(?Head, ?Text) is nondet.
%
%   Text is the Russian template of the derived predicate of Head, whose
%   arguments are its argument names (as in template/2); Text has a
%   `{name}` placeholder for each.

ru_template(considered_on_appeal(act),
            "акт {act} был рассмотрен судом апелляционной инстанции").
ru_template(claim_left_without_consideration(act, defect),
            "недостаток «{defect}» акта {act} касается гражданского иска, оставленного без рассмотрения").
ru_template(review_limited_to_own_interests(request),
            "обращение {request} может оспаривать акт лишь в той мере, в какой он затрагивает права и законные интересы его автора").
ru_template(convicted_side(person),
            "лицо {person} осуждено или действует в интересах осуждённого").
ru_template(cancelled_on_appeal(act),
            "суд апелляционной инстанции отменил акт {act}").
ru_template(act_of_484_part_one(act),
            "акт {act} — судебный акт части первой статьи 484 УПК (акт первой инстанции, пересмотренный в апелляционном порядке, или акт апелляционной инстанции), вступивший в законную силу").
ru_template(appeal_concerning(appeal, act),
            "апелляционная жалоба (протест) {appeal} касается акта {act}").
ru_template(personal_appeal_requirement_met(person, act),
            "лицо {person} выполнило требование о личном апелляционном обжаловании акта {act} (ст. 484 УПК)").
ru_template(outcome_turned_against(person, first_instance_act, appellate_act),
            "акт {appellate_act} изменил исход акта {first_instance_act} не в пользу лица {person}").
ru_template(restricted_to_protest_or_submission(act),
            "акт {act} может быть пересмотрен только по протесту Генерального Прокурора или представлению Председателя Верховного Суда").
ru_template(excluded_after_withdrawn_appeal(act),
            "акт {act} вовсе не подлежит пересмотру в кассационном порядке, поскольку апелляционные жалобы на него отозваны").
ru_template(reviewable_in_cassation(act),
            "акт {act} может быть пересмотрен в кассационном порядке").
ru_template(route_grounds(act, route, grounds),
            "при пересмотре акта {act} в порядке «{route}» применимы основания: {grounds}").
ru_template(cassation_route(act, route),
            "акт {act} может быть пересмотрен кассационной инстанцией в порядке: {route}").
ru_template(may_review(act, petitioner),
            "акт {act} может быть пересмотрен в кассационном порядке по ходатайству (протесту, представлению) лица {petitioner}").
ru_template(entitled_participant(person, act, scope),
            "лицо {person} относится к лицам части первой статьи 414 УПК и вправе подать ходатайство на акт {act} в пределах: {scope}").
ru_template(came_of_age_before_any_petition(convicted, agent, act),
            "осуждённый {convicted} достиг совершеннолетия до того, как лицо {agent} подало ходатайство на акт {act}").
ru_template(petitioned_before(agent, act, date),
            "лицо {agent} подало ходатайство на акт {act} до {date}").
ru_template(representation_outlives_majority(agent, convicted),
            "лицо {agent} остаётся законным представителем осуждённого {convicted} и после его совершеннолетия по иным основаниям, предусмотренным законом").
ru_template(affected_non_participant(person, act),
            "лицо {person}, не являющееся участником процесса, вправе подать ходатайство на акт {act}, так как акт затрагивает его права и законные интересы").
ru_template(jury_case(act),
            "акт {act} вынесен по делу, рассмотренному с участием присяжных заседателей").
ru_template(jury_permits_ground(act, consequence),
            "правила о делах с участием присяжных заседателей допускают против акта {act} основание: {consequence}").
ru_template(jury_review_governed_by(act, article),
            "пересмотр акта {act} в кассационном порядке регулируется нормой: {article}").
ru_template(worsening_barred(act, reason),
            "никакой пересмотр акта {act} не может ухудшить положение осуждённого; причина: {reason}").
ru_template(violation_counts(violation, act),
            "нарушение {violation} относится к тем, что служат основанием к пересмотру акта {act}, если повлекли последствия ч. 1 ст. 485 УПК").
ru_template(consequence_established(act, consequence),
            "для акта {act} установлено последствие части первой статьи 485 УПК: {consequence}").
ru_template(other_violations_alone_insufficient(act),
            "одни лишь иные нарушения уголовно-процессуального закона не могут служить основанием к пересмотру акта {act}").
ru_template(substantive_acquittal_defect(act),
            "акт {act} имеет порок, указанный в пункте 8 постановления, помимо одного лишь процессуального нарушения").
ru_template(part_two_ground(act, circumstance),
            "по акту {act} имеет место случай части второй статьи 485 УПК: {circumstance}").
ru_template(cassation_ground(act, ground),
            "для акта {act} имеется основание статьи 485 УПК: {ground}").
ru_template(ground_may_be_raised(request, ground),
            "обращение {request} может ссылаться на основание: {ground}").
ru_template(part_two_open_against(act),
            "на основания части второй статьи 485 УПК можно ссылаться против акта {act}").
ru_template(worsening_ground_for_defendant(person, consequence),
            "основание «{consequence}» могло бы лишь ухудшить положение подсудимого, на стороне которого ходатайствует лицо {person}").
ru_template(within_scope_of_request(request, consequence),
            "основание «{consequence}» лежит в пределах той части акта, которую оспаривает обращение {request}").
ru_template(review_limited_to_civil_claim(request),
            "обращение {request} может оспаривать акт лишь в части гражданского иска").
ru_template(cassation_request(request, author, act),
            "обращение {request} — это обращение о пересмотре в кассационном порядке акта {act}, исходящее от: {author}").
ru_template(protest_of_other_prosecutor(request),
            "протест {request} принесён прокурором, который не является Генеральным Прокурором").
ru_template(ground_direction(ground, direction),
            "основание «{ground}» может служить лишь одному направлению изменения положения осуждённого или оправданного: {direction}").
ru_template(request_direction(request, direction),
            "обращение {request} направлено на изменение положения осуждённого или оправданного в сторону: {direction}").
ru_template(ground_open_to_improvement(act),
            "для акта {act} имеется основание статьи 485 УПК, служащее не только ухудшению положения").
ru_template(defendant_side(person),
            "лицо {person} — осуждённый или оправданный либо лицо, действующее в его интересах").
ru_template(victim_side(person),
            "лицо {person} — потерпевший или его представитель").
ru_template(filing_time_limit(request, limit),
            "обращение {request} должно быть подано в срок: {limit}").
ru_template(last_day_to_file(request, date),
            "последний день, когда обращение {request} могло поступить, — {date}").
ru_template(return_without_consideration(request, reason),
            "обращение {request} возвращается без рассмотрения; причина: {reason}").
ru_template(return_to_cure_defects(request, defect),
            "обращение {request} возвращается для устранения недостатка: {defect}").
ru_template(inseparably_linked(person, other),
            "действия {person} и {other} неразрывно связаны").
ru_template(direct_petition(request),
            "ходатайство {request} подано осуждённым к смертной казни или пожизненному лишению свободы или его защитником и рассматривается судом кассационной инстанции непосредственно").
ru_template(petition_disposition(request, disposition),
            "решение по обращению {request}: {disposition}").
ru_template(suspension_allowed(act, official, max_months),
            "исполнение акта {act} может приостановить {official}, не более чем на {max_months} мес.").
ru_template(suspension_barred(act, reason),
            "исполнение акта {act} не может быть приостановлено; причина: {reason}").
ru_template(suspension_justified(act),
            "имеется документально подтверждённое основание для приостановления исполнения акта {act}").
ru_template(suspension_in_effect(act, date),
            "приостановление исполнения акта {act} действует на дату {date}").
ru_template(considered_in_cassation_by(act, date),
            "кассационная инстанция рассмотрела обращение на акт {act} не позднее {date}").
ru_template(punishment_postponed(act, date),
            "исполнение наказания, назначенного актом {act}, отсрочено на дату {date}").
ru_template(worsening_request_barred(request, reason),
            "обращение {request} направлено на ухудшение положения осуждённого или оправданного, что недопустимо; причина: {reason}").
ru_template(request_left_unsatisfied(request, reason),
            "суд кассационной инстанции должен оставить акт без изменения, а обращение {request} — без удовлетворения; причина: {reason}").
ru_template(return_form(request, form),
            "обращение {request} возвращается в форме: {form}").
ru_template(return_within_days(request, days),
            "обращение {request} должно быть возвращено в течение {days} сут.").
ru_template(may_be_refiled(request),
            "обращение {request} может быть подано повторно после устранения недостатков").
ru_template(repeated_petition(request, kind),
            "обращение {request} является повторным ходатайством ({kind})").
ru_template(review_on_other_grounds(request),
            "обращение {request} требует повторного пересмотра акта, уже рассмотренного судом кассационной инстанции, по иным основаниям").
ru_template(preliminary_decision(request, decision),
            "по результатам предварительного рассмотрения судья принимает по обращению {request} решение: {decision}").
ru_template(decision_must_contain(decision, item),
            "в постановлении ({decision}) должно быть указано: {item}").
ru_template(defence_mandatory(person),
            "участие защитника лица {person} в заседании суда кассационной инстанции обязательно").
ru_template(defence_not_mandatory_because(person, reason),
            "участие защитника лица {person} в кассационной инстанции не обязательно; причина: {reason}").
ru_template(court_must_provide_counsel(person),
            "суд должен обеспечить участие защитника лица {person}").
ru_template(has_defence_counsel(person),
            "в интересах лица {person} действует защитник").
ru_template(hearing_for(request),
            "суд кассационной инстанции рассмотрит дело в судебном заседании по обращению {request}").
ru_template(must_be_notified(person, request),
            "лицо {person} должно быть извещено о судебном заседании по обращению {request}").
ru_template(notification_includes(person, request, item),
            "лицу {person} о заседании по обращению {request} должно быть сообщено (направлено): {item}").
ru_template(conclusion_topic_admissible(conclusion, topic),
            "научное заключение {conclusion} может касаться вопроса: {topic}").
ru_template(conclusion_topic_inadmissible(conclusion, topic),
            "научное заключение {conclusion} не должно касаться вопроса: {topic}").
ru_template(must_be_familiarised_with(person, conclusion),
            "лицо {person} должно быть ознакомлено с научным заключением {conclusion}").
ru_template(court_may_rely_on(material),
            "суд кассационной инстанции может опираться на материал {material}").
ru_template(court_may_not_rely_on(material, reason),
            "материал {material} не может быть предметом рассмотрения суда кассационной инстанции; причина: {reason}").
ru_template(may_ground_annulment_and_new_trial(material),
            "материал {material} может служить основанием к отмене приговора и новому судебному рассмотрению").
ru_template(beyond_cassation_powers(action),
            "суд кассационной инстанции не вправе: {action}").
ru_template(possible_cassation_decision(decision),
            "суд кассационной инстанции может принять решение: {decision} (часть седьмая статьи 494 УПК)").
ru_template(must_verify_all_arguments(request),
            "суд должен проверить все доводы обращения {request} в полном объёме").
ru_template(may_go_beyond_arguments(request, direction),
            "при рассмотрении обращения {request} суд может выйти за пределы его доводов в сторону: {direction}").
ru_template(cassation_applies_retroactive_law_or_amnesty(request, subject),
            "по обращению {request} суд кассационной инстанции сам применяет: {subject}").
ru_template(concerned_by_request(person, act),
            "обращение на акт {act} подано лицом {person} или в отношении него").
ru_template(co_convict_may_be_reviewed(act, person),
            "акт {act} может быть пересмотрен, в сторону улучшения, и в отношении не обжаловавшего его соосуждённого {person}").
ru_template(new_law_conditions_met(person, act),
            "условия пункта 23 постановления для пересмотра акта {act} в отношении лица {person} на основании нового закона выполнены").
ru_template(decision_must_give_reasons_for(act, person),
            "в кассационном постановлении должны быть приведены мотивы пересмотра акта {act} в отношении лица {person}").
ru_template(decision_must_state_not_reviewed(act, person),
            "в кассационном постановлении должно быть указано, что акт {act} в отношении лица {person} не пересматривался").
ru_template(decision_must_state_review_limited(act, person),
            "в кассационном постановлении по акту {act} должно быть указано, что в отношении лица {person} акт пересмотрен лишь по доводам обращения").
ru_template(cancellation_or_change_ground(act, circumstance),
            "обстоятельство «{circumstance}» (ст. 433 УПК) является основанием к отмене или изменению акта {act}").
ru_template(worsening_author(request),
            "обращение {request} — протест прокурора или ходатайство стороны потерпевшего").
ru_template(worsening_without_new_trial(request, basis),
            "по обращению {request} суд кассационной инстанции может сам ухудшить приговор, без нового судебного рассмотрения; основание: {basis}").
ru_template(worsening_only_by_new_trial(request),
            "по обращению {request} суд кассационной инстанции не может сам ухудшить приговор: ухудшение возможно лишь при новом судебном рассмотрении").
ru_template(ground_for_basis(request, basis),
            "обращение {request} может ссылаться на основание статьи 485 УПК, которое служит ухудшению по причине: {basis}").
ru_template(ground_for_worsening(request),
            "обращение {request} может ссылаться на основание статьи 485 УПК, которое может служить ухудшению").
ru_template(supreme_court_may_decide_without_new_trial(request, act),
            "по обращению {request} Верховный Суд может отменить акт {act} и сам вынести решение по приговору, без нового судебного рассмотрения").
ru_template(invalidated_act(item, title),
            "подпунктом {item} пункта 26 признан утратившим силу акт (название — в неофициальном английском переводе постановления): {title}").
ru_template(resolution_in_force_on(date),
            "Нормативное постановление № 5 действовало на дату {date}").
ru_template(case_relevant_date(date),
            "дело оценивается на дату {date}").

%!  ru_fact(?Head, ?Text) is nondet.
%
%   Text is the Russian meaning of the case fact of Head, whose arguments
%   are its argument names in the vocabulary (case_fact/4); Text has a
%   `{name}` placeholder for each.

ru_fact(judicial_act(act, kind, instance),
        "акт {act}: вид — {kind}, вынесен судом: {instance}").
ru_fact(entered_into_force(act, date),
        "акт {act} вступил в законную силу {date}").
ru_fact(act_outcome(act, outcome),
        "исход акта {act} по обвинению: {outcome}").
ru_fact(offence_category(act, category),
        "акт {act} касается уголовного правонарушения категории: {category}").
ru_fact(appellate_review_of(appellate_act, act),
        "акт {appellate_act} вынесен судом апелляционной инстанции по результатам рассмотрения акта {act}").
ru_fact(appeal(appeal, appellant, act),
        "лицо {appellant} принесло апелляционную жалобу (протест прокурора) {appeal} на акт первой инстанции {act}").
ru_fact(appeal_withdrawn(appeal),
        "апелляционная жалоба (протест) {appeal} отозвана в установленном законом порядке").
ru_fact(appeal_outcome(appeal, outcome),
        "по апелляционной жалобе (протесту) {appeal} суд апелляционной инстанции решил: акт {outcome}").
ru_fact(appeal_returned(appeal),
        "апелляционная жалоба (протест) {appeal} возвращена (например, как поданная с пропуском срока) и судом апелляционной инстанции не рассматривалась").
ru_fact(participant(person, role),
        "лицо {person} участвует в деле в качестве: {role}").
ru_fact(acts_for(agent, principal),
        "лицо {agent} действует в интересах лица {principal} (как защитник, представитель или законный представитель)").
ru_fact(took_no_part_earlier(person),
        "лицо {person} не участвовало в рассмотрении дела в предыдущих судебных инстанциях").
ru_fact(rights_affected(person, act, capacity),
        "лицо {person}, не признанное участником процесса, имеет права и законные интересы, затронутые актом {act}, в качестве: {capacity}").
ru_fact(affected_by_private_decision(person, act),
        "в связи с обстоятельствами, изложенными в частном постановлении {act}, к лицу {person} могут быть применены меры, затрагивающие его права и законные интересы").
ru_fact(majority_reached_on(person, date),
        "лицо {person} достигло совершеннолетия {date} (пока это не указано, лицо считается несовершеннолетним)").
ru_fact(legal_representative_on_other_grounds(agent, principal),
        "лицо {agent} участвует в деле в качестве законного представителя осуждённого {principal} по иным основаниям, предусмотренным законом").
ru_fact(petition(petition, petitioner, act),
        "лицо {petitioner} подало кассационное ходатайство {petition} на акт {act}").
ru_fact(protest(protest, act),
        "на акт {act} принесён протест {protest} (Генеральным Прокурором, если protest_by/2 не называет другого прокурора)").
ru_fact(protest_by(protest, prosecutor),
        "протест {protest} принесён: {prosecutor}").
ru_fact(submission(submission, act),
        "Председатель Верховного Суда внёс представление {submission} на акт {act}").
ru_fact(filed_on(request, date),
        "ходатайство, протест или представление {request} поступило в Верховный Суд {date}").
ru_fact(seeks_worsening(request),
        "в обращении {request} поставлен вопрос об ухудшении положения осуждённого или оправданного").
ru_fact(seeks_improvement(request),
        "в обращении {request} поставлен вопрос об улучшении положения осуждённого или оправданного").
ru_fact(relies_on(request, ground),
        "обращение {request} ссылается на основание статьи 485 УПК: {ground}").
ru_fact(request_limited_to_civil_claim(request),
        "обращение {request} оспаривает акт лишь в части гражданского иска").
ru_fact(petition_states_affected_interests(petition),
        "в ходатайстве {petition} указано, в какой мере акт затрагивает права и законные интересы заявителя, какие нормы нарушены и конкретные основания к пересмотру").
ru_fact(law_violation(violation, act, type),
        "при досудебном или судебном рассмотрении дела, приведшем к акту {act}, допущено нарушение {violation}; вид нарушения: {type}").
ru_fact(entailed(violation, consequence),
        "нарушение {violation} повлекло последствие (одно из восьми последствий части первой статьи 485 УПК): {consequence}").
ru_fact(innocence_finding(act, finding),
        "обвинительный акт {act} вынесен, хотя имело место: {finding}").
ru_fact(acquittal_defect(act, defect),
        "оправдательный акт или акт о прекращении дела {act} имеет порок: {defect}").
ru_fact(acquittal_actually_challenged(request),
        "ходатайство или протест {request} действительно оспаривает оправдание, прекращение дела или иное решение в пользу подсудимого, на которое оно принесено").
ru_fact(punishment_defect(act, defect),
        "наказание, назначенное актом {act}, имеет порок: {defect}").
ru_fact(punishment_too(act, direction),
        "наказание, назначенное актом {act}, не соответствует тяжести уголовного правонарушения и личности осуждённого; оно слишком: {direction}").
ru_fact(victim_protection_defect(act, defect),
        "в производстве, приведшем к акту {act}, потерпевший был лишён судебной защиты: {defect}").
ru_fact(civil_claim_wrongly_resolved(act),
        "актом {act} гражданский иск разрешён неправильно вследствие неправильного применения закона").
ru_fact(civil_claim_left_without_consideration(act),
        "актом {act} гражданский иск оставлен без рассмотрения").
ru_fact(other_consequence(act, consequence),
        "по акту {act} имеется последствие части первой статьи 485 УПК, не раскрытое в постановлении: {consequence}").
ru_fact(part_two_circumstance(act, circumstance),
        "по акту {act} имеет место случай части второй статьи 485 УПК: {circumstance}").
ru_fact(sentenced_to_death_or_life(person),
        "лицо {person} осуждено к смертной казни или пожизненному лишению свободы").
ru_fact(distorting_interpretation(act),
        "толкование закона судом в акте {act} искажает действительный смысл применённой нормы").
ru_fact(resulting_in_unlawful_act(act),
        "такое толкование привело к ошибочной оценке деяния, квалификации или наказания либо к существенному процессуальному нарушению, повлёкшему незаконность и необоснованность акта {act}").
ru_fact(jury_trial(act),
        "акт {act} вынесен по делу, рассмотренному с участием присяжных заседателей").
ru_fact(case_called_up(act, official),
        "дело по акту {act} истребовано для проверки в кассационном порядке; истребовал: {official}").
ru_fact(suspension_ground(act, ground),
        "имеется основание для приостановления исполнения акта {act}: {ground}").
ru_fact(suspension_grounds_documented(act),
        "основания для приостановления исполнения акта {act} подтверждены надлежаще оформленными документами").
ru_fact(execution_suspended(act, official, date, months),
        "исполнение акта {act} приостановлено мотивированным постановлением {date} на {months} мес.; приостановил: {official}").
ru_fact(considered_in_cassation_on(act, date),
        "кассационная инстанция рассмотрела ходатайство, протест или представление на акт {act} {date}").
ru_fact(defect_under_art_488(request, defect),
        "обращение {request} не соответствует требованиям статьи 488 УПК: {defect}").
ru_fact(request_withdrawn(request),
        "обращение {request} отозвано до его рассмотрения по существу").
ru_fact(earlier_refusal(decision, act, person, arguments),
        "постановлением {decision} судья кассационной инстанции уже проверил акт {act} в отношении лица {person} по доводам {arguments} и отказал в передаче ходатайства").
ru_fact(request_arguments(request, arguments),
        "основания и доводы обращения {request}, в той или иной интерпретации, — это {arguments}").
ru_fact(defence_circumstance(person, circumstance),
        "к лицу {person} относится обстоятельство части первой статьи 67 УПК: {circumstance}").
ru_fact(request_concerns(request, person),
        "обращение {request} подано или принесено в отношении лица {person}").
ru_fact(scientific_conclusion(conclusion, act),
        "{conclusion} — научное заключение специалистов, запрошенное по делу акта {act}").
ru_fact(conclusion_addresses(conclusion, topic),
        "научное заключение {conclusion} касается вопроса: {topic}").
ru_fact(present_at_hearing(person),
        "участник {person} присутствует в заседании кассационной коллегии").
ru_fact(case_material(material, act, origin),
        "материал {material} относится к акту {act}; происхождение: {origin}").
ru_fact(investigated_by_lower_courts(material),
        "материал {material} исследовался судами первой и апелляционной инстанций (установлен или отвергнут в их актах)").
ru_fact(appeared_after_entry_into_force(material),
        "материал {material} касается обстоятельств, возникших после вступления приговора в законную силу").
ru_fact(shows_error_of_lower_courts(material),
        "материал {material} имеет значение для дела и свидетельствует об ошибке суда первой или апелляционной инстанции (применённый закон, достоверность или допустимость доказательств, роль и степень вины, недоказанность вины)").
ru_fact(petition_subject(request, subject),
        "обращение {request} просит о следующем: {subject}").
ru_fact(amnesty_covers(person),
        "акт об амнистии распространяется на уголовное правонарушение осуждённого {person}").
ru_fact(acts_inseparably_linked(person, other),
        "действия лица {person} неразрывно связаны с действиями лица {other}").
ru_fact(qualification_change_extends_to(person),
        "изменение квалификации уголовного правонарушения, совершённого в соучастии, влечёт изменение квалификации действий лица {person} или прекращение дела в отношении него").
ru_fact(review_would_worsen(person),
        "пересмотр акта в отношении не обжаловавшего его соосуждённого {person} ухудшил бы его положение").
ru_fact(new_law_mitigates(person),
        "после совершения деяния новый закон устранил или смягчил ответственность за деяние лица {person}").
ru_fact(worsening_basis(request, basis),
        "обращение {request} просит ухудшить положение осуждённого по причине: {basis}").
ru_fact(art_433_circumstance(act, circumstance),
        "для акта {act} установлено обстоятельство статьи 433 УПК: {circumstance}").
ru_fact(unlawful_leniency_by_higher_instance(act, kind),
        "апелляционный или кассационный акт {act} содержит: {kind} (незаконное прекращение дела или смягчение наказания)").
ru_fact(cassation_court_decision(decision, act, outcome),
        "суд кассационной инстанции после судебного заседания вынес по акту {act} постановление {decision}: {outcome} (часть седьмая статьи 494 УПК)").
ru_fact(decision_on_arguments(decision, arguments),
        "постановлением {decision} суд кассационной инстанции рассмотрел основания и доводы {arguments}").
ru_fact(decision_reviewed_for(decision, person),
        "постановлением {decision} суд кассационной инстанции пересмотрел акт в отношении лица {person}").
ru_fact(review_limited_to_arguments(decision, person),
        "постановлением {decision} суд кассационной инстанции пересмотрел акт в отношении лица {person} только по доводам обращения, а в остальной части не пересматривал").
ru_fact(conclusion_for_hearing(conclusion, request),
        "научное заключение {conclusion} запрошено для заседания по обращению {request}").
ru_fact(resolution_first_published_on(date),
        "Нормативное постановление № 5 впервые официально опубликовано {date}").
ru_fact(relevant_date(date),
        "дело оценивается на дату {date} (иначе — на даты поступления его обращений)").

%!  ru_word(?Value, ?Words) is nondet.
%
%   Words is the Russian for Value: an enumeration value of the
%   vocabulary, a constant of a rule head, or the name of a compound value
%   (`part_one(...)`), in the nominative.

% --- act_kind, court_instance, act_outcome, offence_category ----------------
ru_word(verdict, "приговор").
ru_word(decision, "постановление").
ru_word(private_decision, "частное постановление").
ru_word(first_instance, "суд первой инстанции").
ru_word(appellate, "суд апелляционной инстанции").
ru_word(cassation, "суд кассационной инстанции").
ru_word(conviction, "осуждение").
ru_word(acquittal, "оправдание").
ru_word(termination, "прекращение дела").
ru_word(other, "иное").
ru_word(criminal_misconduct, "уголовный проступок").
ru_word(minor_gravity, "преступление небольшой тяжести").
ru_word(medium_gravity, "преступление средней тяжести").
ru_word(grave, "тяжкое преступление").
ru_word(especially_grave, "особо тяжкое преступление").
% --- participant_role, prosecutor_office, outcomes ------------------------
ru_word(convicted, "осуждённый").
ru_word(acquitted, "оправданный").
ru_word(defence_counsel, "защитник").
ru_word(representative, "представитель").
ru_word(legal_representative, "законный представитель").
ru_word(victim, "потерпевший").
ru_word(private_prosecutor, "частный обвинитель").
ru_word(civil_plaintiff, "гражданский истец").
ru_word(civil_defendant, "гражданский ответчик").
ru_word(prosecutor, "прокурор").
ru_word(prosecutor_general, "Генеральный Прокурор").
ru_word(deputy_prosecutor_general, "заместитель Генерального Прокурора").
ru_word(regional_prosecutor, "прокурор области").
ru_word(district_prosecutor, "прокурор района").
ru_word(chairman_of_supreme_court, "Председатель Верховного Суда").
ru_word(upheld, "оставлен без изменения").
ru_word(changed, "изменён").
ru_word(cancelled, "отменён").
ru_word(leave_unchanged, "оставить акт без изменения, ходатайство — без удовлетворения").
ru_word(change, "изменить акт").
ru_word(cancel_and_terminate, "отменить акт и прекратить дело").
ru_word(cancel_and_send_for_new_trial, "отменить акт и направить дело на новое рассмотрение").
ru_word(cancel_appellate_and_cassation_decisions, "отменить постановления апелляционной и кассационной инстанций").
% --- grounds and consequences of CPC art. 485 -----------------------------
ru_word(innocent_convicted, "осуждение невиновного").
ru_word(unfounded_acquittal_or_termination, "необоснованное оправдание или прекращение дела").
ru_word(wrong_qualification, "неправильная квалификация деяния").
ru_word(victim_deprived_of_protection, "лишение потерпевшего судебной защиты").
ru_word(excessive_severity, "явная несправедливость наказания вследствие чрезмерной суровости").
ru_word(excessive_leniency, "явная несправедливость наказания вследствие чрезмерной мягкости").
ru_word(wrong_punishment, "несоответствие наказания тяжести правонарушения и личности осуждённого").
ru_word(wrong_civil_claim_or_confiscation, "неправильное разрешение гражданского иска или вопроса о конфискации").
ru_word(unlawful_decision_on_new_circumstances_or_medical_measures, "незаконное решение по вновь открывшимся или новым обстоятельствам либо о принудительных мерах медицинского характера").
ru_word(contradicting_judicial_acts, "наличие противоречащих друг другу судебных актов").
ru_word(affects_state_or_public_interests, "акт затрагивает интересы государства или общества").
ru_word(death_or_life_sentence, "назначена смертная казнь или пожизненное лишение свободы").
ru_word(uniformity_violated, "нарушено единообразие в толковании и применении норм права").
ru_word(severe, "суровое").
ru_word(lenient, "мягкое").
ru_word(mortgagor, "залогодатель").
ru_word(seized_property_owner, "собственник арестованного имущества").
ru_word(denied_victim_status, "лицо, которому причинён вред уголовным правонарушением, но которое суд не признал потерпевшим").
ru_word(constitutional_rights_violation, "нарушение конституционных прав и свобод").
ru_word(erroneous_interpretation, "ошибочное толкование закона").
ru_word(non_compliance_with_norm, "неприменение или неправильное применение нормы").
ru_word(other_court_violation, "иное нарушение, допущенное судом").
ru_word(no_offence_event, "отсутствие события уголовного правонарушения").
ru_word(no_elements_of_offence, "отсутствие состава уголовного правонарушения").
ru_word(no_evidence_of_participation, "недоказанность участия в совершении уголовного правонарушения").
ru_word(improper_evaluation_of_evidence, "ненадлежащая оценка доказательств").
ru_word(conclusions_contradict_circumstances, "выводы суда не соответствуют фактическим обстоятельствам дела").
ru_word(law_improperly_applied, "неправильное применение закона").
ru_word(other_circumstance_excluding_legality, "иное обстоятельство, исключающее законность акта").
ru_word(other_procedural_violation, "иное процессуальное нарушение").
ru_word(individualisation_ignored, "не соблюдён принцип индивидуализации наказания").
ru_word(exceeds_sanction, "наказание выходит за пределы санкции статьи").
ru_word(below_sanction_without_art_55, "наказание ниже низшего предела санкции без применения статьи 55 УК").
ru_word(wrong_size_or_term, "неправильно определены размер или срок наказания").
ru_word(art_54_circumstances_ignored, "не учтены отягчающие обстоятельства статьи 54 УК").
ru_word(recidivism_ignored, "не учтён рецидив").
ru_word(unreasonable_conditional_conviction, "необоснованное условное осуждение").
ru_word(other_leniency_defect, "иная чрезмерная мягкость наказания").
ru_word(clearly_disproportionate_severity, "явная несоразмерность наказания по суровости").
ru_word(non_custodial_options_ignored, "не обсуждены наказания, не связанные с лишением свободы").
ru_word(arts_52_53_ignored, "не учтены статьи 52 и 53 УК").
ru_word(unjustified_non_recognition_as_victim, "необоснованное непризнание потерпевшим").
ru_word(significant_violation_of_victim_rights, "существенное нарушение прав потерпевшего").
ru_word(private_prosecutor_not_recognised, "лицо не признано частным обвинителем").
ru_word(denied_participation_in_proceedings, "лишение права участвовать в судебном разбирательстве").
ru_word(denied_judicial_debates, "лишение права участвовать в судебных прениях").
ru_word(civil_claim_of_victim_wrongly_resolved, "неправильное разрешение гражданского иска потерпевшего").
ru_word(other_substantial_deprivation, "иное существенное лишение судебной защиты").
ru_word(wrong_confiscation, "неправильное решение о конфискации").
% --- suspension, art. 488, art. 67, the hearing ----------------------------
ru_word(life_imprisonment_or_death_penalty, "пожизненное лишение свободы или смертная казнь").
ru_word(serious_illness_of_convicted, "тяжёлая болезнь осуждённого").
ru_word(other_ground_of_the_convicted, "иное основание, касающееся осуждённого").
ru_word(negative_impact_on_close_relatives, "негативные последствия для близких родственников").
ru_word(art_423_particulars_missing, "нет сведений, требуемых статьёй 423 УПК").
ru_word(violations_not_stated, "не указаны нарушения закона").
ru_word(grounds_of_art_485_not_stated, "не указаны основания статьи 485 УПК").
ru_word(participation_wish_not_stated, "не указано, желает ли заявитель участвовать в заседании").
ru_word(supporting_materials_not_attached, "не приложены подтверждающие материалы").
ru_word(addressed_to_other_body, "обращение адресовано иному органу").
ru_word(requested_by_defendant, "об этом ходатайствует подсудимый").
ru_word(minor, "несовершеннолетний").
ru_word(physical_or_mental_disability, "физические или психические недостатки").
ru_word(language_not_known, "незнание языка судопроизводства").
ru_word(charge_over_ten_years_life_or_death, "обвинение в преступлении, за которое может быть назначено свыше десяти лет лишения свободы, пожизненное лишение свободы или смертная казнь").
ru_word(in_custody, "содержание под стражей в качестве меры пресечения").
ru_word(conflicting_interests, "противоречие интересов подсудимых").
ru_word(representative_of_victim_or_civil_plaintiff, "участие представителя потерпевшего или гражданского истца").
ru_word(state_prosecutor_participates, "участие государственного обвинителя").
ru_word(abroad_evading, "нахождение за пределами Республики Казахстан и уклонение от явки").
ru_word(procedural_agreement, "процессуальное соглашение").
ru_word(analysis_of_legal_norms, "анализ норм права").
ru_word(disputed_issue_of_applying_law, "спорный вопрос применения закона").
ru_word(evidence_or_proof_of_guilt, "доказательства или доказанность вины").
ru_word(qualification_of_offence, "квалификация уголовного правонарушения").
ru_word(sentencing, "назначение наказания").
ru_word(case_file, "материалы дела").
ru_word(attached_to_request, "приложено к обращению").
ru_word(outside_case_file, "вне материалов дела").
ru_word(retroactive_criminal_law, "применение нового уголовного закона, имеющего обратную силу").
ru_word(amnesty, "амнистия").
ru_word(suspension_of_execution, "приостановление исполнения").
ru_word(mitigation, "смягчение").
ru_word(law_on_graver_offence, "применение уголовного закона о более тяжком уголовном правонарушении").
ru_word(law_on_milder_offence, "применение уголовного закона о менее тяжком уголовном правонарушении").
ru_word(new_trial, "новое судебное рассмотрение").
ru_word(unlawful_mitigation_on_appeal, "незаконное смягчение в апелляционной инстанции").
ru_word(arithmetic_or_offset_error, "арифметическая ошибка или ошибка при зачёте").
ru_word(civil_suit_amount, "размер гражданского иска").
ru_word(other_worsening_basis, "иное основание ухудшения").
ru_word(one_sided_incomplete_investigation, "односторонность и неполнота судебного следствия").
ru_word(conclusions_contradict_facts, "несоответствие выводов суда фактическим обстоятельствам дела").
ru_word(substantial_procedural_violation, "существенное нарушение уголовно-процессуального закона").
ru_word(wrong_application_of_criminal_law, "неправильное применение уголовного закона").
ru_word(unjust_punishment, "несоответствие наказания тяжести правонарушения и личности осуждённого").
ru_word(unlawful_termination, "незаконное прекращение дела").
ru_word(unlawful_mitigation, "незаконное смягчение наказания").
% --- constants of the rules' conclusions ---------------------------------
ru_word(acquittal_or_termination, "оправдание или прекращение дела").
ru_word(act_not_open_to_petition, "акт не может быть обжалован ходатайством").
ru_word(act_not_reviewable_in_cassation, "акт не подлежит пересмотру в кассационном порядке").
ru_word(affected_interests_not_stated, "не указано, как акт затрагивает права и законные интересы").
ru_word(already_decided_by_cassation_court, "дело уже рассмотрено судом кассационной инстанции").
ru_word(appeared_after_entry_into_force, "обстоятельства возникли после вступления приговора в законную силу").
ru_word(art_485, "статья 485 УПК").
ru_word(art_485_part_one, "часть первая статьи 485 УПК").
ru_word(art_485_part_two, "часть вторая статьи 485 УПК").
ru_word(circumstances_confirming_presence_or_absence_of_grounds, "обстоятельства, подтверждающие наличие или отсутствие оснований").
ru_word(civil_claim_part, "часть акта о гражданском иске").
ru_word(considered_by_cassation_court, "рассмотрено судом кассационной инстанции").
ru_word(copy_of_protest_or_submission_or_online_access, "копия протеста или представления либо доступ к ним онлайн").
ru_word(copy_of_transfer_decision_or_online_access, "копия постановления о передаче ходатайства либо доступ к нему онлайн").
ru_word(date_time_place, "дата, время и место заседания").
ru_word(improvement, "улучшение").
ru_word(improvement_of_the_convicted, "улучшение положения осуждённого").
ru_word(judge_decision, "постановление судьи").
ru_word(jury_trial_art_666, "дело с участием присяжных заседателей (статья 666 УПК)").
ru_word(letter_within_three_days, "письмо в течение трёх суток").
ru_word(no_grounds, "нет оснований").
ru_word(no_personal_appeal, "лицо само не обжаловало акт в апелляционном порядке").
ru_word(no_right_to_petition, "нет права на подачу ходатайства").
ru_word(no_right_to_protest, "нет права на принесение протеста").
ru_word(not_in_case_file, "нет в материалах дела").
ru_word(not_investigated_by_lower_courts, "не исследовался судами первой и апелляционной инстанций").
ru_word(one_year, "один год").
ru_word(other_defence_counsel, "другой защитник").
ru_word(petition, "ходатайство").
ru_word(preliminary_consideration, "предварительное рассмотрение").
ru_word(prosecutor_in_cassation_is_not_state_prosecutor, "прокурор в кассационной инстанции не является государственным обвинителем").
ru_word(protest, "протест").
ru_word(refusal_to_transfer, "отказ в передаче ходатайства").
ru_word(repeated_petition, "повторное ходатайство").
ru_word(same_person, "то же лицо").
ru_word(submission, "представление").
ru_word(time_limit_expired, "истёк срок").
ru_word(transfer_to_hearing, "передача ходатайства для рассмотрения в судебном заседании").
ru_word(unlawful_leniency_by_higher_instance, "незаконное смягчение вышестоящей инстанцией").
ru_word(unlimited, "без ограничения срока").
ru_word(whole_act, "весь акт").
ru_word(withdrawn, "отозвано").
ru_word(worsening, "ухудшение").
% --- names of the compound values of the rules ---------------------------
ru_word(art_488, "статья 488 УПК").
ru_word(for_court_at_place_of_execution, "для суда по месту исполнения").
ru_word(part_one, "часть первая статьи 485 УПК").
ru_word(part_two, "часть вторая статьи 485 УПК").
ru_word(return_to_cure_defects, "возвращение для устранения недостатков").
ru_word(return_without_consideration, "возвращение без рассмотрения").
ru_word(worsening_barred, "ухудшение недопустимо").

%!  ru_phrase(?Key, ?Format) is nondet.
%
%   Format is the Russian of the fixed phrase Key (format/2 directives
%   `~w` for its arguments, in the order of the English phrase, en.pl).

ru_phrase(not_stated_in_case, "в деле не указано, что ~w").
ru_phrase(not_shown_by_facts, "из фактов не следует, что ~w").
ru_phrase(is_one_of, "~w — одно из: ~w").
ru_phrase(date_before, "~w раньше, чем ~w").
ru_phrase(date_on_or_before, "~w не позднее ~w").
ru_phrase(one_year_later, "год, исчисляемый с ~w, истекает ~w").
ru_phrase(months_later, "~w мес., исчисляемые с ~w, истекают ~w").
ru_phrase(at_most, "~w не больше ~w").
ru_phrase(less_than, "~w меньше ~w").
ru_phrase(differs_from, "~w отличается от ~w").
ru_phrase(reading_in_force, "действует прочтение «~w» неоднозначного места ~w").
ru_phrase(yes, "Да — ~w.").
ru_phrase(yes_aspects, "Да — ~w (~w).").
ru_phrase(yes_for_several, "Да — для ~w~w (ответов: ~w).").
ru_phrase(no_no_change, "Нет — ~w; ни одно из небольших изменений дела, опробованных поиском (до трёх фактов добавлено или отменено), не сделало бы это так.").
ru_phrase(no_on_facts_given, "Нет, по приведённым фактам — ответ был бы «да», если бы было установлено, что ~w.").
ru_phrase(no_because, "Нет — ~w, потому что ~w.").
ru_phrase(no_because_and_missing, "Нет — ~w, потому что ~w (и в деле не указано, что ~w).").
ru_phrase(no_plain, "Нет — ~w.").
ru_phrase(does_not_follow, "не следует, что ~w").
ru_phrase(does_not_follow_for_any, "ни для какого ~w не следует, что ~w").
ru_phrase(or_alternatives, "~w (или: ~w)").
ru_phrase(and_list, "~w и ~w").
ru_phrase(and_names, " и ").
ru_phrase(is_it_so, "Так ли, что ~w?").
ru_phrase(no_fact_given, "факт ~w не приведён").
ru_phrase(does_not_follow_from_facts, "~w не следует из фактов").
ru_phrase(depends_on_not_encoded, "зависит от: ~w (не закодировано; дано как факт)").
ru_phrase(validity_no_date, "в деле нет даты (relevant_date/1 или filed_on/2): нельзя сказать, применялось ли Нормативное постановление № 5 (действовало с 2017-06-29 по 2022-06-30)").
ru_phrase(validity_not_in_force, "Нормативное постановление № 5 не действовало на ~w: оно применялось со дня первого официального опубликования (п. 27; считая со дня принятия 29 июня 2017 года, если в деле не указана дата опубликования) до утраты силы с 1 июля 2022 года (Нормативное постановление № 2 от 10 марта 2022 года)").
ru_phrase(unofficial_translation, "неофициальный английский перевод постановления").
ru_phrase(warn_matches_case_name, "~w совпадает с именем ~w из дела: чтобы спросить об этом лице, напишите ~w (в кавычках); как написано, ~w — переменная и обозначает любого").
ru_phrase(warn_looks_like_name, "~w похоже на имя: чтобы спросить о лице по имени ~w, напишите ~w (в кавычках); как написано, ~w — переменная и обозначает любого").
ru_phrase(warn_occurs_nowhere, "~w нигде в деле не встречается").
ru_phrase(fact_number, "факт ~w").
ru_phrase(contradicts, "~w противоречит ~w: ~w (~w)").
ru_phrase(one_paragraph, "п. ~w").
ru_phrase(several_paragraphs, "пп. ~w").
ru_phrase(interview_which, "~w — какое значение «~w»?~w").
ru_phrase(interview_which_is_so, "~w — что из этого верно?").
ru_phrase(does_it_follow_that, "Следует ли, что ~w?").
ru_phrase(which_values, "При каком значении ~w: ~w?").
ru_phrase(interview_date_hint, " (дата, ГГГГ-ММ-ДД)").
ru_phrase(interview_count_hint, " (целое число)").

%!  ru_not_encoded(?Name, ?Text) is nondet.
%
%   Text names in Russian the law outside the resolution that the case
%   fact Name stands for (vocabulary:not_encoded_article/2).

ru_not_encoded(offence_category, "ст. 11 УК РК (категории уголовных правонарушений)").
ru_not_encoded(appeal_withdrawn, "установленный законом порядок отзыва апелляционных жалоб").
ru_not_encoded(majority_reached_on, "возраст совершеннолетия (восемнадцать лет), установленный законом вне постановления").
ru_not_encoded(legal_representative_on_other_grounds, "иные предусмотренные законом основания для участия в качестве законного представителя").
ru_not_encoded(other_consequence, "пп. 3, 6, 7, 8 ч. 1 ст. 485 УПК РК (не раскрыты в постановлении)").
ru_not_encoded(part_two_circumstance, "пп. 1, 2 ч. 2 ст. 485 УПК РК (не раскрыты в постановлении)").
ru_not_encoded(defence_circumstance, "ч. 1 ст. 67 УПК РК (какой пункт применим, решается вне базы знаний)").
ru_not_encoded(art_433_circumstance, "ст. 433 УПК РК (основания к отмене или изменению приговора)").
ru_not_encoded(victim_protection_defect, "ст. 71, 72, 73, 76 УПК РК (права потерпевшего, частного обвинителя, гражданского истца и представителей)").
ru_not_encoded(punishment_defect, "ст. 52–55 УК РК (общие начала назначения наказания, смягчающие и отягчающие обстоятельства, исключительные обстоятельства)").
ru_not_encoded(new_law_mitigates, "ст. 6 УК РК (обратная сила уголовного закона)").

%!  ru_contradiction(?Id, ?Reason) is nondet.
%
%   Reason is the Russian of the reason of the contradiction Id
%   (consistency:contradiction/6): why the two facts cannot both be true.

ru_contradiction(withdrawn_appeal_decided, "отозванная апелляционная жалоба не рассматривается судом апелляционной инстанции").
ru_contradiction(returned_appeal_decided, "возвращённая апелляционная жалоба не рассматривалась судом апелляционной инстанции").
ru_contradiction(appellant_took_no_part, "лицо, подавшее апелляционную жалобу, участвовало в предыдущей инстанции").
ru_contradiction(affected_person_is_participant, "лицо, чьи права затронуты, — это лицо, не признанное участником процесса, поэтому оно не может быть и участником").
ru_contradiction(act_kind_or_instance, "один акт имеет один вид и вынесен одной инстанцией").
ru_contradiction(act_outcome, "у одного акта один исход").
ru_contradiction(entry_into_force_date, "акт вступает в законную силу один раз, в одну дату").
ru_contradiction(filing_date, "одно обращение поступает в Верховный Суд один раз, в одну дату").
ru_contradiction(one_appeal_two_appellants_or_acts, "одна апелляционная жалоба подаётся одним лицом на один акт").
ru_contradiction(appeal_outcome, "суд апелляционной инстанции решает по апелляционной жалобе один раз").
ru_contradiction(one_petition_two_authors_or_acts, "одно ходатайство подаётся одним лицом на один акт").
ru_contradiction(one_protest_two_acts, "один протест приносится на один акт").
ru_contradiction(petition_is_protest, "одно обращение — это либо ходатайство, либо протест, либо представление").
ru_contradiction(petition_is_submission, "одно обращение — это либо ходатайство, либо протест, либо представление").
ru_contradiction(protest_is_submission, "одно обращение — это либо ходатайство, либо протест, либо представление").

%!  ru_argument(?ArgName, ?Words) is nondet.
%
%   Words names, in Russian, the argument ArgName of a case fact
%   (vocabulary:case_fact/4), as the interview asks for its value:
%   "… — какое значение «акт»?".

ru_argument(act, "акт").
ru_argument(agent, "лицо, действующее в чужих интересах").
ru_argument(appeal, "апелляционная жалоба").
ru_argument(appellant, "автор апелляционной жалобы").
ru_argument(appellate_act, "акт апелляционной инстанции").
ru_argument(arguments, "доводы").
ru_argument(basis, "основание ухудшения").
ru_argument(capacity, "в каком качестве").
ru_argument(category, "категория").
ru_argument(circumstance, "обстоятельство").
ru_argument(conclusion, "заключение").
ru_argument(consequence, "последствие").
ru_argument(date, "дата").
ru_argument(decision, "постановление").
ru_argument(defect, "порок").
ru_argument(direction, "в какую сторону").
ru_argument(finding, "установленное обстоятельство").
ru_argument(ground, "основание").
ru_argument(instance, "инстанция").
ru_argument(kind, "вид акта").
ru_argument(material, "материал").
ru_argument(months, "месяцев").
ru_argument(official, "должностное лицо").
ru_argument(origin, "источник").
ru_argument(other, "другое лицо").
ru_argument(outcome, "исход").
ru_argument(person, "лицо").
ru_argument(petition, "ходатайство").
ru_argument(petitioner, "автор ходатайства").
ru_argument(principal, "лицо, в чьих интересах").
ru_argument(prosecutor, "прокурор").
ru_argument(protest, "протест").
ru_argument(request, "обращение").
ru_argument(role, "процессуальное положение").
ru_argument(subject, "предмет").
ru_argument(submission, "представление").
ru_argument(topic, "вопрос заключения").
ru_argument(type, "вид нарушения").
ru_argument(violation, "нарушение").

%!  ru_passage_note(?Passage, ?Text) is nondet.
%
%   Text says in Russian why the passage Passage is ambiguous
%   (readings:ambiguous_passage/4, its last argument).  The passage itself
%   is quoted from the resolution's English translation only.

ru_passage_note(p3_took_no_part_earlier, "В предложении нет сказуемого: неясно, освобождает ли оно таких лиц от требования личного апелляционного обжалования, установленного пунктом 1, или только подтверждает их право на обращение.").
ru_passage_note(p1_appellate_act_against_petitioner, "Предложение говорит об акте первой инстанции, который автор ходатайства не обжаловал; оно не говорит, требуется ли личное обжалование и против акта апелляционной инстанции, который впервые обернулся против него (осуждение в апелляции лица, оправданного судом первой инстанции, оправдание в апелляции лица, осуждённого судом первой инстанции), — против такого акта никакая его жалоба не могла быть подана (ч. 2 ст. 31; ч. 1 ст. 484 УПК).").
ru_passage_note(p1_agent_petition, "Пункт 1 засчитывает жалобу представителя в пользу представляемого; об обратном — о ходатайстве защитника или представителя, когда представляемый обжаловал акт лично, — он молчит (право защитника по ч. 1 ст. 414 УПК производно от права подзащитного).").
ru_passage_note(p1_withdrawn_appeal, "Пункт 1 говорит, что такие акты вовсе не подлежат кассационному пересмотру; пункт 2 (ч. 3 ст. 484 УПК) — что акты, по которым не соблюдён апелляционный порядок обжалования, могут быть пересмотрены по протесту Генерального Прокурора или представлению Председателя Верховного Суда.").
ru_passage_note(p4_acquittal_time_limit, "Ч. 2 ст. 487 УПК ограничивает годом пересмотр оправдательного приговора или прекращения дела, не различая, кто обращается; пункт 11 (ст. 666) считает ухудшающим только обращение против подсудимого. Связано ли годичным сроком собственное ходатайство оправданного (об изменении оснований оправдания), не сказано.").
ru_passage_note(p5_part_two_grounds, "Пункт 5 не говорит, против каких актов; ч. 2 ст. 485 УПК делает свои основания основаниями для актов ч. 3 и 4 ст. 484 (пересматриваемых только по протесту или представлению), а ч. 1 ст. 485 относится к актам ч. 1 ст. 484.").
ru_passage_note(p7_innocence_cases, "Перевод перечисляет «the event of criminal infraction, a criminal offense»; в свете пп. 1–2 ч. 1 ст. 35 УПК среднее звено — скорее всего, самостоятельный случай, отсутствие состава уголовного правонарушения, а не приложение.").
ru_passage_note(p8_other_violations, "Предложение содержит запрет; оно не говорит, что иные процессуальные нарушения становятся достаточным основанием, когда решение фактически оспорено.").
ru_passage_note(p10_victim_ground_authors, "Основание оставлено за лицами, признанными потерпевшими, однако первый пример самого пункта — необоснованное непризнание лица потерпевшим, то есть лицо, по определению не признанное потерпевшим.").
ru_passage_note(p23_new_law_conditions, "«При тех же условиях» может относиться к условиям предыдущего предложения (действия неразрывно связаны с действиями лица, о котором обращение) или только к улучшению положения осуждённого.").
ru_passage_note(p12_suspension_request, "Пункт 12 говорит об акте, на который подано ходатайство или принесён протест; ст. 493 УПК позволяет Председателю Верховного Суда и Генеральному Прокурору приостановить исполнение «одновременно с истребованием дела» для проверки в кассационном порядке, а ч. 3–4 ст. 486 УПК позволяют истребовать дело ещё до принесения протеста (по ходатайству о его принесении).").
ru_passage_note(p24_worsening_cases, "Пункт перечисляет три случая; закрыт ли перечень, не сказано.").

%!  ru_reading(?Passage, ?Reading, ?Meaning) is nondet.
%
%   Meaning is the Russian wording of the named reading Reading of the
%   ambiguous passage Passage (readings:reading/4).

ru_reading(p3_took_no_part_earlier, exempt_if_reviewed_on_appeal, "Лицо, указанное в ч. 1 ст. 414 УПК и не участвовавшее в предыдущих судебных инстанциях, может подать ходатайство без личного апелляционного обжалования при условии, что приговор был пересмотрен в апелляционном порядке.").
ru_reading(p3_took_no_part_earlier, standing_only, "Предложение лишь подтверждает, что такие лица вправе подать ходатайство; требование личного апелляционного обжалования по пункту 1 распространяется и на них.").
ru_reading(p1_appellate_act_against_petitioner, exempt_if_outcome_turned_against, "Личное обжалование не требуется от лица против акта апелляционной инстанции, который обратил исход первой инстанции против него: от осуждённого в апелляции после оправдания или прекращения дела судом первой инстанции, от потерпевшего — когда обвинительный приговор первой инстанции заменён оправданием или прекращением дела.").
ru_reading(p1_appellate_act_against_petitioner, strict_personal_appeal, "Требование личного апелляционного обжалования относится к каждому ходатайству, в том числе против акта апелляционной инстанции, который впервые обернулся против автора ходатайства.").
ru_reading(p1_agent_petition, principal_appeal_serves_agent, "Личная жалоба представляемого засчитывается для ходатайства его защитника, представителя или законного представителя, чьё право производно от права представляемого.").
ru_reading(p1_agent_petition, own_appeal_only, "Представитель должен был обжаловать акт сам (или быть освобождён как не участвовавший ранее); жалоба представляемого ему не засчитывается.").
ru_reading(p1_withdrawn_appeal, protest_or_submission_only, "Акт первой инстанции, по которому все апелляционные жалобы отозваны, не был рассмотрен в апелляционном порядке: как и любой акт, по которому не соблюдён апелляционный порядок обжалования, он может быть пересмотрен только по протесту Генерального Прокурора или представлению Председателя Верховного Суда (п. 2; ч. 3 ст. 484 УПК).").
ru_reading(p1_withdrawn_appeal, not_reviewable_at_all, "Акт первой инстанции, по которому все апелляционные жалобы отозваны, вовсе не подлежит кассационному пересмотру, как буквально говорит пункт 1.").
ru_reading(p4_acquittal_time_limit, every_request, "Всякое обращение о пересмотре оправдательного приговора или прекращения дела должно поступить в течение года со дня его вступления в законную силу, как буквально говорит ч. 2 ст. 487 УПК, в том числе собственное ходатайство оправданного.").
ru_reading(p4_acquittal_time_limit, worsening_requests_only, "Годичным сроком связано только обращение, направленное на ухудшение положения оправданного; его собственное ходатайство им не связано.").
ru_reading(p5_part_two_grounds, acts_of_484_parts_3_4, "На основания ч. 2 ст. 485 УПК можно ссылаться только против актов ч. 3 и 4 ст. 484, как говорит ч. 2 ст. 485.").
ru_reading(p5_part_two_grounds, any_act, "На основания ч. 2 ст. 485 УПК протест или представление могут ссылаться против любого вступившего в законную силу акта.").
ru_reading(p7_innocence_cases, three_cases, "Три случая: отсутствие события уголовного правонарушения, отсутствие в деянии состава уголовного правонарушения, отсутствие доказательств участия лица (пп. 1–2 ч. 1 ст. 35 УПК).").
ru_reading(p7_innocence_cases, two_cases, "Два случая: отсутствие события уголовного правонарушения («a criminal offense» — приложение), отсутствие доказательств участия.").
ru_reading(p8_other_violations, bar_only, "Иные процессуальные нарушения сами по себе никогда не служат основанием пересмотра оправдательного приговора, прекращения дела или иного решения в пользу подсудимого; предложение не добавляет оснований.").
ru_reading(p8_other_violations, sufficient_if_challenged, "Иные процессуальные нарушения служат основанием пересмотра такого решения, когда обращение фактически его оспаривает.").
ru_reading(p10_victim_ground_authors, includes_person_denied_recognition, "На основание потерпевшего может ссылаться и лицо, обращающееся как лицо, чьи права затронуты актом, потому что оно необоснованно не было признано потерпевшим.").
ru_reading(p10_victim_ground_authors, recognised_victim_side_only, "На основание потерпевшего могут ссылаться только признанный потерпевший, частный обвинитель или их представители.").
ru_reading(p23_new_law_conditions, same_conditions, "Акт в отношении соосуждённого, не подавшего ходатайства, может быть пересмотрен ввиду нового смягчающего закона, только если его действия неразрывно связаны с действиями лица, о котором обращение (новый закон заменяет изменение квалификации из предыдущего предложения).").
ru_reading(p23_new_law_conditions, new_law_alone, "Акт в отношении соосуждённого, не подавшего ходатайства, может быть пересмотрен всякий раз, когда новый закон устранил или смягчил ответственность за его деяние.").
ru_reading(p12_suspension_request, request_filed, "Исполнение может быть приостановлено лишь по акту, на который подано (и не возвращено) ходатайство, принесён протест или внесено представление, как говорит пункт 12.").
ru_reading(p12_suspension_request, called_up_for_checking, "Исполнение может быть приостановлено по любому акту, дело по которому Председатель Верховного Суда или Генеральный Прокурор истребовали для проверки в кассационном порядке, одновременно с истребованием, ещё до принесения протеста (ст. 493, ч. 3–4 ст. 486 УПК).").
ru_reading(p24_worsening_cases, closed_list, "Изменение в сторону ухудшения без нового судебного разбирательства допускают только три перечисленных случая.").
ru_reading(p24_worsening_cases, open_list, "Три случая — примеры; иные изменения в сторону ухудшения по протесту прокурора или ходатайству потерпевшего без нового судебного разбирательства тоже допустимы.").

%!  ru_not_encoded_reason(?Paragraph, ?What, ?Why) is nondet.
%
%   Why says in Russian why the passage What of Paragraph is not encoded
%   (coverage:not_encoded/3; What is its English quotation, the key).

ru_not_encoded_reason(3, "The petitions of persons who are not participants ... what norms of the law are violated ..., as well as the essence of the request indicating specific grounds", "Проверяется как одно утверждение: petition_states_affected_interests/1 означает все три элемента (как акт затрагивает автора ходатайства, какие нормы нарушены, основания), и ходатайство без них возвращается для устранения недостатка (p3_non_participant_must_state_interests); те же элементы для любого обращения — требования ст. 488 УПК, задаваемые фактом defect_under_art_488/2 (п. 13).").
ru_not_encoded_reason(10, "explanations, provided in the Regulatory Resolution ... dated June 20, 2005 no. 1 \"On consideration of a civil claim in the criminal proceeding\"", "Этого постановления нет среди источников; было ли оно неправильно применено, задаётся фактом дела civil_claim_wrongly_resolved/1.").
ru_not_encoded_reason(11, "B kKaccallMOHHOW MHCTAHIIMKA ... cyoM (mis-encoded Russian in the translation)", "Восстановлено по русскому тексту как «в кассационной инстанции вступивших в законную силу приговоров и постановлений, вынесенных судом»; круг актов затем определяют ст. 665 УПК (p11_jury_grounds_of_665) и ст. 666 (p11_no_worsening_in_jury_cases), поэтому прочтения не нужны.").
ru_not_encoded_reason(12, "a reasoned decision ... indicating the term of the suspension, which should immediately be sent to the relevant bodies for execution", "Служебная обязанность должностного лица, без условия, которое нужно решать; дата и срок постановления — факт дела execution_suspended/4.").
ru_not_encoded_reason(12, "may be suspended ... in whole or in part", "Приостановить исполнение акта полностью или в части — усмотрение должностного лица, без условия, которое нужно решать; база знаний отвечает, допустимо ли приостановление (suspension_allowed/3), причём только акта, названного в обращении.").
ru_not_encoded_reason(16, "When assigning a court proceeding of the cassation instance, it should be guided by the requirements of article 492 of the CPC.", "Отсылка к порядку ст. 492 (сроки рассмотрения), который постановление не толкует.").
ru_not_encoded_reason(16, "Right for defense in the court of cassation shall be provided in accordance with requirements of articles 26, 27 of the CPC, as well as clarifications, contained in the Regulatory Resolution ... dated December 6, 2002 no. 26", "Ст. 26–27 и нормативное постановление № 26 от 2002 года не закодированы; правило об обязательном участии защитника по ст. 495/67 закодировано (p16_*).").
ru_not_encoded_reason(18, "If necessary, these specialists can be summoned to a court of cassation for clarification.", "Усмотрение суда, без условия, которое нужно решать.").
ru_not_encoded_reason(19, "The court hearing on the consideration of petitions, protests, pleas shall be carried out in the manner provided for in article 494 of the CPC.", "Порядок судебного заседания (ч. 1–6 ст. 494) — процедура, которую постановление не толкует.").
ru_not_encoded_reason(21, "The concept of ensuring uniform judicial practice is provided for in paragraphs 4) and 5) Regulatory Resolution ... dated January 15, 2016 no. 1", "Этого постановления нет среди источников; определение, данное в самом п. 21, закодировано (p21_uniformity_violated).").
ru_not_encoded_reason(22, "The limits of consideration of a case in the court of cassation, set out in article 494 of the CPC, are exhaustive and not subject to broad interpretation.", "Указание о толковании, а не условие; сами пределы (ч. 14 ст. 494) закодированы в пп. 22–24.").
ru_not_encoded_reason(27, "shall be enforced from the date of its first official publication", "Даты опубликования нет в источниках: дело может её указать (resolution_first_published_on/1, p27_in_force); если не указывает, база знаний считает со дня принятия, 29 июня 2017 года, и каждый ответ приводит это как допущение (p27_in_force_from_adoption_if_publication_not_stated).").
ru_not_encoded_reason(8, "or other decision made in favor of the defendant", "Запрет закодирован для оправдательных приговоров и прекращения дел (p8_other_violations_alone_bar); для иного решения в пользу подсудимого (смягчения в апелляции, оспоренного только из-за процессуальных нарушений) в базе знаний нет факта о том, на каких нарушениях основано обращение, поэтому запрет к нему применить нельзя.").
