import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Round 8, review 9b findings 7 and 10: an amount is a cap on the permits alone only when it is said of the permits and
// nothing more. "For the permit, the lodges and everything" is a budget for the trip; a second amount kept for the
// lodges means the rest is not unlimited; and the permit cap reads the same in French and German as in English.
// Phrasings written for this test.

describe('a budget said of the permit and more is a trip budget', () => {
  it.each([
    'Two of us, gorillas in Uganda in June 2027, 6 days. We can spend up to $2,400 each for the permit, hotels and everything.',
    'Gorillas in Rwanda in August 2027, 2 adults, 4 days; at most $3,000 each on the permits, lodging and all.',
    'Two adults, gorillas in Rwanda in May 2027, 5 days. We have $1,700 each for the permit, and only about $250 each left for the lodges.',
  ])('«%s»', (text) => {
    expect(x(text).budget_permits_only).toBeUndefined();
  });
});

describe('a cap on the permits alone, in French and German', () => {
  it.each([
    'Deux adultes, gorilles en Ouganda en juin 2027, 6 jours. Nous ne voulons pas dépenser plus de 900 € par personne pour le permis.',
    'Zwei Erwachsene, Gorillas in Uganda im Juni 2027, 6 Tage. Für die Genehmigung zahlen wir höchstens 900 € pro Person.',
    'Zwei Erwachsene, Gorillas in Uganda im Juni 2027, 6 Tage. Wir geben höchstens 1.200 € pro Person für das Permit aus.',
  ])('«%s»', (text) => {
    expect(x(text).budget_permits_only).toBe(true);
  });

  it('a French trip budget is not a permit cap', () => {
    expect(x('Deux adultes, gorilles au Rwanda en juin 2027, 6 jours, 4 000 € par personne, permis compris.').budget_permits_only).toBeUndefined();
  });
});
