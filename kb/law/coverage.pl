:- encoding(utf8).
:- module(coverage,
          [ not_encoded/3               % ?Paragraph, ?What, ?Why
          ]).

/** <module> What the KB deliberately does not encode, and why

Every paragraph 1-27 of Resolution No. 5 is encoded by at least one rule
(`cassation coverage` shows which).  Some sentences are not turned into
rules: they instruct the court without a condition to decide, refer to
acts that are not among the sources, or are only partly decidable.  Each
is listed here, so that `cassation coverage` can say so.
*/

%!  not_encoded(?Paragraph, ?What, ?Why) is nondet.
%
%   The passage What of Paragraph is not encoded, for the reason Why.

not_encoded(3, "The petitions of persons who are not participants ... what norms of the law are violated ..., as well as the essence of the request indicating specific grounds",
            "Checked as one statement: petition_states_affected_interests/1 stands for all three contents (how the act affects the petitioner, the norms violated, the grounds), and a petition without it is returned to cure the defect (p3_non_participant_must_state_interests); the same contents for every request are the requirements of CPC art. 488, given as defect_under_art_488/2 (¶13).").
not_encoded(10, "explanations, provided in the Regulatory Resolution ... dated June 20, 2005 no. 1 \"On consideration of a civil claim in the criminal proceeding\"",
            "That resolution is not among the sources; whether it was misapplied is given as the case fact civil_claim_wrongly_resolved/1.").
not_encoded(11, "B kKaccallMOHHOW MHCTAHIIMKA ... cyoM (mis-encoded Russian in the translation)",
            "Reconstructed from the Russian as \"in the cassation instance of verdicts and decisions in force rendered by a court\"; the scope is then settled by CPC art. 665 (p11_jury_grounds_of_665) and art. 666 (p11_no_worsening_in_jury_cases), so no reading is needed.").
not_encoded(12, "a reasoned decision ... indicating the term of the suspension, which should immediately be sent to the relevant bodies for execution",
            "An administrative duty of the official with no condition to decide; the decision's date and term are the case fact execution_suspended/4.").
not_encoded(12, "may be suspended ... in whole or in part",
            "Whether to suspend the whole act or a part of it is the official's discretion, with no condition to decide; the KB answers whether a suspension is allowed (suspension_allowed/3), of the act the request names only.").
not_encoded(16, "When assigning a court proceeding of the cassation instance, it should be guided by the requirements of article 492 of the CPC.",
            "A reference to the procedure of art. 492 (time limits for the hearing), which the resolution does not interpret.").
not_encoded(16, "Right for defense in the court of cassation shall be provided in accordance with requirements of articles 26, 27 of the CPC, as well as clarifications, contained in the Regulatory Resolution ... dated December 6, 2002 no. 26",
            "Arts. 26-27 and Normative Resolution No. 26 of 2002 are not encoded; the mandatory-defence rule of art. 495/67 is (p16_*).").
not_encoded(18, "If necessary, these specialists can be summoned to a court of cassation for clarification.",
            "A discretion of the court with no condition to decide.").
not_encoded(19, "The court hearing on the consideration of petitions, protests, pleas shall be carried out in the manner provided for in article 494 of the CPC.",
            "The order of the hearing (art. 494 parts 1-6) is procedure the resolution does not interpret.").
not_encoded(21, "The concept of ensuring uniform judicial practice is provided for in paragraphs 4) and 5) Regulatory Resolution ... dated January 15, 2016 no. 1",
            "That resolution is not among the sources; the definition given in ¶21 itself is encoded (p21_uniformity_violated).").
not_encoded(22, "The limits of consideration of a case in the court of cassation, set out in article 494 of the CPC, are exhaustive and not subject to broad interpretation.",
            "A directive on interpretation, not a condition; the limits themselves (art. 494 part 14) are encoded in ¶22-24.").
not_encoded(27, "shall be enforced from the date of its first official publication",
            "The publication date is not in the sources: a case may state it (resolution_first_published_on/1, p27_in_force); where it does not, the KB counts from the adoption, 29 June 2017, and every answer lists that as an assumption (p27_in_force_from_adoption_if_publication_not_stated).").
not_encoded(8, "or other decision made in favor of the defendant",
            "The bar is encoded for acquittals and terminations (p8_other_violations_alone_bar); for another decision in favour of the defendant (an appellate mitigation attacked only for procedural violations) the KB has no fact saying which violations a ground rests on, so the bar cannot be applied to it.").
