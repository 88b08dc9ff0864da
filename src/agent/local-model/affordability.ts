// Whether the traveler asks if they can pay for the trip, on normalized text: "can we afford
// the Delta in August?", "is it within our means", "what budget would we need", "how much
// would that set us back", and the same in French, Spanish and German. A question, not a
// statement: "we can afford $5k" states a budget, which the budget reader takes. A budget said
// to be tight with no amount known asks the same question.
const ASKS = new RegExp(
  [
    `\\b(?:can|could|would) (?:we|i|they) (?:\\w+ )?afford\\b(?![^.!?]{0,40}\\d)`,
    `\\b(?:is|would|will|are)\\b[^.!?]{0,60}\\b(?:affordable|within (?:our|my) (?:means|reach))\\b[^.!?]{0,40}\\?`,
    `\\b(?:how much|what budget|what sort of budget|what kind of budget|how big a budget) (?:money )?(?:do|would|will|should) (?:we|i) (?:need|budget|have to (?:spend|budget)|set aside)\\b`,
    `\\bhow much (?:would|will|does|is) (?:it|that|this|the trip)(?: all)? (?:cost|set (?:us|me) back|come to|run)\\b`,
    `\\b(?:peut-on|pouvons-nous|on peut) se (?:le )?permettre\\b|\\bavons-nous les moyens\\b|\\bpodemos permitirn(?:os|oslo)\\b|\\bk(?:o|oe)nnen (?:wir|we) uns\\b[^.!?]{0,40}\\bleisten\\b`,
  ].join('|'),
  'i',
);

// "our budget is tight", "money's tight" with no amount: whether the trip fits is the question, so the amount is asked.
const TIGHT = /\b(?:(?:our|my|the) budget(?:'s| is) (?:(?:a bit|quite|very|really|pretty|rather) )?(?:tight|limited|small|modest)|(?:money|cash|funds)(?:'s| is| are) (?:(?:a bit|quite|very|really|pretty) )?(?:tight|limited)|(?:on )?a (?:tight|limited|small|modest) budget)\b/;

/** True when the message asks whether the traveler can afford the trip, or says money is tight without an amount; undefined otherwise. */
export function asksAffordability(t: string, amountKnown = false): true | undefined {
  return ASKS.test(t) || (!amountKnown && TIGHT.test(t)) ? true : undefined;
}
