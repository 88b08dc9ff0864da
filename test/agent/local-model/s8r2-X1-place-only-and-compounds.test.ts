import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// "X only." at the end of a sentence binds the trip to X only when the sentence is about this trip: not about a
// past trip, where they have been, or what a cost covers.
describe('a place "only" said of the past or of a cost sets no bound', () => {
  it.each<[string, string]>([
    ['On our honeymoon we visited Amboseli only. Now two adults want the Serengeti in July 2027, 8 days, $6,000 each.', 'serengeti'],
    ['Two adults, Etosha in June 2027, 9 days, $3,500 each. Before, we had been to Hwange only.', 'etosha'],
    ['Two of us, July 2027, 10 days, $7,000 each: Samburu then the Mara. The charter is for Samburu only.', 'masai_mara'],
  ])('«%s» does not exclude %s', (text, place) => {
    expect(x(text).excluded_destinations ?? []).not.toContain(place);
  });

  it('the trip said as one place only still binds it', () => {
    const i = x('Two adults, August 2027, 7 days, $5,000 each. South Luangwa only.');
    expect(i.excluded_destinations).toContain('kruger');
    expect(i.excluded_destinations).not.toContain('south_luangwa');
  });
});

// A German compound names a pack place only when its first part is that place's own name, not a generic word
// ("Krater", "Wild", "See") that happens to look like part of an alias.
describe('generic compounds name no pack place', () => {
  it.each(['Kratersee', 'Kraterwald', 'Kraterpark', 'Wildpark'])('«%s» names no place', (w) => {
    expect(x(`Wir wollen im Juli 2027 nach Kenia, zu zweit, 8 Tage, 4.000 € pro Person, mit einem Ausflug zum ${w}.`).destinations ?? []).toEqual([]);
  });

  it.each<[string, string]>([
    ['Krugerpark', 'kruger'],
    ['Serengetinationalpark', 'serengeti'],
    ['Ngorongorokrater', 'ngorongoro'],
  ])('«%s» still names %s', (w, id) => {
    expect(x(`Wir möchten im Juli 2027 in den ${w}, zu zweit, 8 Tage, 4.000 € pro Person.`).destinations).toEqual([id]);
  });
});
