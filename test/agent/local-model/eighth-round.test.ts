import { describe, expect, it } from 'vitest';
import { moneyWordsToDigits } from '../../../src/agent/local-model/money-words';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { x } from './helpers';

// Issue 14, eighth round: the extraction classes blind-8 found, in phrasings written here.
describe('money written the way Brazilians, Canadians, Indians and Romance speakers write it', () => {
  it('reads the real by its R$ sign, never as the rand', () => {
    expect(x('Okavango, R$ 60.000 para o casal')).toMatchObject({ budget_amount: 60000, budget_currency: 'BRL' });
    expect(x('uns R$18 mil cada')).toMatchObject({ budget_amount: 18000, budget_currency: 'BRL', budget_basis: 'per_person' });
    // The rand's bare R is still the rand.
    expect(x('R45 000 for the whole family')).toMatchObject({ budget_amount: 45000, budget_currency: 'ZAR', budget_basis: 'total' });
  });

  it('reads CA$ as Canadian dollars, not as "circa"', () => {
    expect(x('roughly CA$9,500 for both of us')).toMatchObject({ budget_amount: 9500, budget_currency: 'CAD', budget_basis: 'total' });
  });

  it('reads lakh and crore as the Indian multipliers', () => {
    expect(x('we can spend 4.5 lakh rupees each')).toMatchObject({ budget_amount: 450000, budget_currency: 'INR', budget_basis: 'per_person' });
    expect(moneyWordsToDigits('₹1 crore')).toBe('₹10000000');
  });

  it('reads a thousand said after digits in Italian, German, Spanish and Portuguese', () => {
    expect(x('spendiamo 8mila euro in tutto')).toMatchObject({ budget_amount: 8000, budget_currency: 'EUR', budget_basis: 'total' });
    expect(x('etwa 6 Tausend Euro pro Kopf')).toMatchObject({ budget_amount: 6000, budget_currency: 'EUR', budget_basis: 'per_person' });
    expect(x('unos 9,5 mil dólares al todo')).toMatchObject({ budget_amount: 9500, budget_currency: 'USD', budget_basis: 'total' });
  });

  it('leaves the English "mil" (a million) and unrelated words alone', () => {
    expect(moneyWordsToDigits('they sold the farm for $2 mil')).toBe('they sold the farm for $2 mil');
    expect(moneyWordsToDigits('a 40 mile drive')).toBe('a 40 mile drive');
  });
});

describe('what the traveler wants, said in their own language', () => {
  it('reads value for money in Spanish, Italian, Portuguese, French and German', () => {
    expect(x('buscamos buena relación calidad precio').priorities).toEqual(['value']);
    expect(x('ci interessa il rapporto qualità-prezzo').priorities).toEqual(['value']);
    expect(x('gutes Preis-Leistungs-Verhältnis bitte').priorities).toEqual(['value']);
  });

  it('reads luxury, pools and quiet camps', () => {
    expect(x('algo de lujo en el Serengeti').priorities).toEqual(['comfort']);
    expect(x('hotel de luxo com piscina').priorities).toContain('comfort');
    expect(x('wir hätten gern ruhige Lodges in Tansania').priorities).toEqual(['privacy']);
    expect(x('am liebsten ohne zu viele andere Jeeps').priorities).toEqual(['privacy']);
  });

  it('reads an unhurried trip and the migration', () => {
    expect(x('queremos viajar sin prisa por Kenia').pace).toBe('slow');
    expect(x('vamos com calma, sem pressa').pace).toBe('slow');
    expect(x('vogliamo vedere la migrazione a luglio').priorities).toEqual(['migration']);
  });

  it('does not read a quiet word that is not about where they sleep', () => {
    expect(x('die Kinder sind ruhig im Auto').priorities).toBeUndefined();
  });
});

describe('one of the Big Five as the reason for the trip', () => {
  it('reads an animal said to be their thing or what they come for as the Big Five', () => {
    expect(x('lions are our thing').priorities).toEqual(['big_five']);
    expect(x("we're going mainly for the leopards").priorities).toEqual(['big_five']);
    expect(x('we wanna go to Kenya in March, leopards and the crossings').priorities).toEqual(expect.arrayContaining(['big_five', 'migration']));
  });

  it('does not read an animal named as what a place is known for, or elephants alone', () => {
    expect(x('Timbavati for lions').priorities).toBeUndefined();
    expect(x("we're coming for the elephants").priorities).toBeUndefined();
  });
});

describe('children in Italian and Portuguese, and a child named by birth order', () => {
  it('reads the children and their ages said after the child word', () => {
    expect(x('viaggiamo con le nostre figlie di 6 e 10 anni')).toMatchObject({ children: 2, child_ages: [6, 10] });
    expect(x('levamos o nosso filho de 13 anos')).toMatchObject({ children: 1, child_ages: [13] });
    expect(x('con mia figlia di 9 anni, in agosto')).toMatchObject({ children: 1, child_ages: [9], month: 8 });
  });

  it('counts "plus our eldest" as one child whose age is not said', () => {
    const out = x('just me and my husband, plus our eldest');
    expect(out).toMatchObject({ adults: 2, children: 1, group_size: 3 });
    expect(out.child_ages).toBeUndefined();
    expect(x('the two of us and our youngest daughter')).toMatchObject({ children: 1 });
  });
});

describe('countries, drive limits, fixed months and priorities said not to matter', () => {
  it('reads South Africa in Portuguese and Spanish', () => {
    expect(x('queremos ir à África do Sul em maio').countries).toEqual(['ZA']);
    expect(x('viajamos a África del Sur en julio').countries).toEqual(['ZA']);
  });

  it('reads a drive limit written "max." with its dot, and German "Fahrerei"', () => {
    expect(x('keine lange Fahrerei, max. 4 Stunden').drive_tolerance_hours).toBe(4);
    expect(x('driving max. 2 hours a day').drive_tolerance_hours).toBe(2);
  });

  it('reads a month that must be, or holidays the traveler is stuck with, as fixed dates', () => {
    expect(x('Etosha, and it has to be October because of school')).toMatchObject({ month: 10, flexible_dates: false });
    expect(x("We're tied to the half-term break in October.")).toMatchObject({ flexible_dates: false });
    expect(x('the lodge must be comfortable').flexible_dates).toBeUndefined();
  });

  it('does not read a priority said not to be needed', () => {
    expect(x("it doesn't have to be the big five, just nice scenery").priorities).toBeUndefined();
    expect(x('the crossings need to be the highlight').priorities).toEqual(['migration']);
  });
});

describe('another month offered only if needed, or beside the trip in another language', () => {
  const april: TripInputs = { destinations: ['zanzibar'], month: 4, year: 2027 };

  it('keeps the trip month when a move is offered only if needed', () => {
    expect(x('Ruaha in early September? We could shift it to October if necessary.')).toMatchObject({ month: 9, flexible_dates: true, flexible_until: { month: 10 } });
    // A move said outright is still the new month.
    expect(x("let's move it to October").month).toBe(10);
  });

  it('reads "podemos ir em junho também" and "potremmo andare anche a luglio" as a window, not a new month', () => {
    const pt = x('Também podemos ir em julho, tudo bem.', april);
    expect(pt.month).toBeUndefined();
    expect(pt).toMatchObject({ flexible_dates: true, flexible_until: { year: 2027, month: 7 } });
    expect(x('potremmo andare anche a giugno', april)).toMatchObject({ flexible_dates: true, flexible_until: { year: 2027, month: 6 } });
  });
});

describe('ages with an aside, and young animals', () => {
  it('reads a bracketed age list that runs into an aside, and does not count "the N year old" twice', () => {
    expect(x('two kids (5 and 11 - the little one gets carsick) in July')).toMatchObject({ children: 2, child_ages: [5, 11] });
    expect(x('our boys are 7 and 13; the 13 year old wants to see lions')).toMatchObject({ child_ages: [7, 13] });
    // A child named only by "the N year old" is still counted.
    expect(x('me, my wife and our 9 year old').child_ages).toEqual([9]);
  });

  it('reads "baby wildebeest" and "baby elephants" as young animals, not a baby in the party', () => {
    const out = x('we would love to see baby elephants and the calving');
    expect(out.children).toBeUndefined();
    expect(out.child_ages).toBeUndefined();
    expect(x('travelling with our baby, 8 months old').children).toBe(1);
  });
});

describe('a place wanted instead', () => {
  it('drops the plan places not named again', () => {
    expect(x('how about Chobe instead?', { destinations: ['okavango_delta'] })).toMatchObject({ destinations: ['chobe'], remove_destinations: ['okavango_delta'] });
    // A place named again, or "instead of" said of something else, drops nothing.
    expect(x('Etosha in June instead', { destinations: ['etosha'] }).remove_destinations).toBeUndefined();
    expect(x('add Zanzibar instead of the extra night', { destinations: ['serengeti'] }).remove_destinations).toBeUndefined();
  });
});

describe('two months either of which works, and how many travel in French', () => {
  it('reads "July or August, whichever" as flexible dates', () => {
    expect(x('September or October, whichever suits the lodges')).toMatchObject({ flexible_dates: true });
    expect(x('Kenya or Tanzania, whichever').flexible_dates).toBeUndefined();
  });

  it('reads "on part à trois" as the party, and "nous partons le 4 juillet" as a date', () => {
    expect(x('on part à trois en septembre')).toMatchObject({ group_size: 3, month: 9 });
    expect(x('nous partons le 12 août').start_date).toMatch(/-08-12$/);
  });
});

describe('a German span of days without "vom"', () => {
  it('reads "3. bis 17. Februar" as the trip dates', () => {
    expect(x('Reisezeit 3. bis 17. Februar, Namibia')).toMatchObject({ start_date: '2027-02-03', end_date: '2027-02-17', duration_days: 15 });
    expect(x('Pirschfahrten von 6 bis 9 Uhr').start_date).toBeUndefined();
  });
});
