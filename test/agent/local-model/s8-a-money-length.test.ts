import { describe, expect, it } from 'vitest';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Phrasings written for these tests: shillings named in other languages, the whole group's amount, and "in N days"
// after a list of stops (how long, not when).
const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');
const read = (text: string) => extractTripInputs(text, { now, pack });

describe('East African shillings named in other languages', () => {
  it.each([
    ['900.000 chelines kenianos en total', 900000, 'KES'],
    ['2,5 millones de chelines tanzanos para todo el grupo', 2500000, 'TZS'],
    ['1,5 Mio. tansanische Schilling insgesamt', 1500000, 'TZS'],
    ['3 milioni di scellini ugandesi in totale', 3000000, 'UGX'],
    ['400 000 shillings kényans au total', 400000, 'KES'],
  ])('«%s» is %i %s', (text, amount, currency) => {
    const out = read(text);
    expect(out.budget_amount).toBe(amount);
    expect(out.budget_currency).toBe(currency);
  });

  it('the whole group’s amount is a total, in several languages', () => {
    expect(read('4000 euros pour tout le groupe').budget_basis).toBe('total');
    expect(read('7000 Euro für die ganze Gruppe').budget_basis).toBe('total');
    expect(read('1,1 millones de chelines kenianos para todo el grupo').budget_basis).toBe('total');
  });
});

describe('"in N days" after a list of stops is the length', () => {
  it('three stops in a list', () => {
    const out = read('Tarangire, Ngorongoro, Serengeti in 9 days');
    expect(out.duration_days).toBe(9);
    expect(out.start_date).toBeUndefined();
  });
  it('after "squeeze in", across commas', () => {
    const out = read('We hope to squeeze in a lot: Chobe, the falls and Etosha in 10 days.');
    expect(out.duration_days).toBe(10);
    expect(out.start_date).toBeUndefined();
  });
  it('a departure in N days is still a start', () => {
    expect(read('we leave in 9 days').start_date).toBe('2026-12-16');
  });
});

describe('the wildebeest calving named in other languages', () => {
  it.each([
    'We willen in februari de kalvertijd zien, Serengeti.',
    'Im Februar die Kalbungszeit in der Serengeti erleben',
    'En février, pour la mise bas des gnous au Serengeti',
    'En febrero, la época de partos de los ñus en el Serengeti',
  ])('«%s» is the migration, its calving', (text) => {
    const out = read(text);
    expect(out.priorities).toContain('migration');
    expect(out.migration_phase).toBe('calving');
  });

  it('a season of births with no wildebeest is not the calving', () => {
    expect(read('Kruger en décembre pour la saison des naissances').migration_phase).toBeUndefined();
  });
});

describe('a budget basis said and denied', () => {
  it('"per head, not in total" is per person', () => {
    expect(read('Oops, the budget is per head, not total: €5,500.').budget_basis).toBe('per_person');
  });
  it('"total, not each" is total', () => {
    expect(read('£7,000 total, not each').budget_basis).toBe('total');
  });
  it('said alone later, it turns the known basis', () => {
    const out = extractTripInputs("that's per person, not in total", { now, pack, previous: { budget_amount: 3000, budget_currency: 'USD', budget_basis: 'total' } });
    expect(out.budget_basis).toBe('per_person');
  });
});

describe('a greeting with its pleasantry in other languages', () => {
  it.each(['Hola, ¿qué tal?', 'Bonjour, ça va ?', 'Salut, comment ça va', 'Hallo, wie geht es dir?', 'Ciao, come va?'])('«%s» is a greeting', (text) => {
    expect(read(text).message_kind).toBe('greeting');
  });
  it('with a trip after it, it is a trip', () => {
    expect(read('Hola, ¿qué tal? Queremos ir a Kenia en julio').message_kind).toBe('trip');
  });
});

describe('few other vehicles wanted is privacy', () => {
  it.each(['Tanzania, somewhere with hardly any other vehicles', 'true wilderness, please', 'we want very few jeeps at sightings', 'as few as possible other tourists'])('«%s»', (text) => {
    expect(read(text).priorities).toContain('privacy');
  });
  it('"a few vehicles is fine" asks nothing of crowds', () => {
    expect(read('a few vehicles is fine').priorities).toBeUndefined();
  });
});
