import { describe, expect, it } from 'vitest';
import { x } from '../../agent/local-model/helpers';

// A permit's price quoted in another language ("das Permit für 1.500 $", «le permis à 1 500 $») is a price, not the
// budget, when the message also says what the traveler will spend; and a price said too dear in those languages is
// value, as "too expensive" is in English. Phrasings written for this test.

describe('a permit price quoted in another language', () => {
  it.each([
    ['Gorillas, aber die Genehmigung für 1.500 $ ist zu viel. Wir haben 2.200 $ pro Person.', 2200],
    ['Le permis à 1 500 $ nous semble cher; nous avons 2 300 $ par personne pour le voyage.', 2300],
    ['El permiso de 1.500 USD no nos va; tenemos 2.400 USD por persona.', 2400],
    ['The permit for $1,500 puts us off; we have $2,100 each.', 2100],
  ])('«%s» budgets %d', (text, amount) => {
    expect(x(text).budget_amount).toBe(amount);
  });

  it.each(['Das Permit ist uns zu teuer.', 'Le permis est trop cher pour nous.', 'El permiso es demasiado caro.', 'Il permesso è troppo caro.'])('«%s» asks for value', (text) => {
    expect(x(text).priorities ?? []).toContain('value');
  });
});
