import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('the party in Italian, Portuguese and Dutch', () => {
  it('"siamo in cinque, tre adulti e due ragazzi di 9 e 12 anni" counts both parts', () => {
    const e = x('siamo in cinque, due adulti e tre ragazzi di 8, 11 e 14 anni, Tanzania a luglio 2027');
    expect(e.group_size).toBe(5);
    expect(e.adults).toBe(2);
    expect(e.child_ages).toEqual([8, 11, 14]);
  });

  it('"siamo in tre" is the group; "siamo in 3 amici" still counts three friends', () => {
    expect(x('siamo in tre, Zambia a ottobre').group_size).toBe(3);
    expect(x('siamo in 4 amici, Namibia a maggio').adults).toBe(4);
  });

  it('"due" is a count only before a party word', () => {
    const e = x('due adulti, Etosha in agosto 2027');
    expect(e.adults).toBe(2);
    expect(x('due to work we can only go in May, Chobe').adults).toBeUndefined();
  });

  it('"io e mio marito" is two adults', () => {
    const e = x('io e mio marito, Ruaha a settembre 2027');
    expect(e.adults).toBe(2);
    expect(e.group_size).toBe(2);
  });

  it('"somos um casal" and a Portuguese "no" before a place: a couple going there, not a place refused', () => {
    const e = x('somos um casal e queremos ir no Etosha em maio de 2027');
    expect(e.adults).toBe(2);
    expect(e.destinations).toEqual(['etosha']);
    expect(e.excluded_destinations).toBeUndefined();
  });

  it('an English "no" before a place still rules it out', () => {
    expect(x('no Serengeti please, somewhere quieter in Tanzania').excluded_destinations).toContain('serengeti');
  });

  it('"ons gezin (2 volwassenen, kinderen van 5 en 8)" gives adults and the children\'s ages', () => {
    const e = x('met ons gezin (2 volwassenen, kinderen van 5 en 8) naar Namibië in april 2027, drie weken');
    expect(e.adults).toBe(2);
    expect(e.child_ages).toEqual([5, 8]);
    expect(e.group_size).toBe(4);
    expect(e.duration_days).toBe(21);
  });
});

describe('lengths and shared amounts in Dutch, French and Italian', () => {
  it.each<[string, number]>([
    ['12 dagen Zambia in oktober 2027', 12],
    ['een weekje Zanzibar in maart', 7],
    ['une dizaine de jours en Zambie en août', 10],
  ])('%s', (text, days) => {
    expect(x(text).duration_days).toBe(days);
  });

  it.each<[string, number]>([
    ['ongeveer 11.000 euro voor ons samen, Botswana', 11000],
    ['R 48.000 samen, Kruger in mei', 48000],
    ['circa 9.000 euro in tre, Kenya', 9000],
    ['orçamento total de 12 mil euros, Namíbia', 12000],
  ])('%s is a total', (text, amount) => {
    const e = x(text);
    expect(e.budget_amount).toBe(amount);
    expect(e.budget_basis).toBe('total');
  });

  it('"samen" without an amount is no budget', () => {
    expect(x('we gaan samen naar Kenia in juli').budget_basis).toBeUndefined();
  });
});

describe('a month after "next", and "next year" said after the month', () => {
  it('"next Jan" is January of the coming year, like "next Feb"', () => {
    const e = x('two weeks in Zambia next Jan');
    expect(e.month).toBe(1);
    expect(e.year).toBe(2027);
  });

  it('"Jan" alone as a name is no month', () => {
    expect(x('Jan is coming with us to Kenya').month).toBeUndefined();
  });

  it.each([
    'Namibia im Oktober nächsten Jahres',
    "la Namibie en octobre de l'année prochaine",
  ])('%s', (text) => {
    const e = x(text);
    expect(e.month).toBe(10);
    expect(e.year).toBe(2027);
  });

  it('a bare month keeps no year (the majority of the blind sets label it so)', () => {
    expect(x('Ruaha in October').year).toBeUndefined();
  });
});

describe('questions that are not trips', () => {
  it('antimalarials asked in French or German are a health question', () => {
    expect(x('faut-il prendre un antipaludique pour la Zambie ?').out_of_scope_topic).toBe('health');
    expect(x('Brauchen wir Malariaprophylaxe für Sambia?').out_of_scope_topic).toBe('health');
  });

  it('finding or booking flights is booking admin, not a wish for value', () => {
    const e = x('could you find us cheap flights to Johannesburg?');
    expect(e.message_kind).toBe('out_of_scope');
    expect(e.out_of_scope_topic).toBe('booking_admin');
    expect(e.priorities).toBeUndefined();
  });

  it('shopping advice for electronics is non-travel', () => {
    expect(x('which phone is best for night photos?').out_of_scope_topic).toBe('non_travel');
  });

  it('a refund is still booking admin', () => {
    expect(x('can we get a refund if the park closes?').out_of_scope_topic).toBe('booking_admin');
  });
});

describe('priorities said through animals, lodging and cost', () => {
  it.each<[string, string]>([
    ['rhinos are our big passion', 'big_five'],
    ['hyenas if possible', 'wildlife_density'],
    ['zebras, masses of them', 'wildlife_density'],
    ['we want to see lots of hippos', 'wildlife_density'],
    ['vorremmo vedere i leoni e i leopardi', 'big_five'],
    ['nous voulons voir des guépards', 'wildlife_density'],
    ['basic tented camps to keep costs low', 'value'],
    ['een goede prijs-kwaliteitverhouding', 'value'],
    ['lieber abseits der Touristen', 'privacy'],
    ['Luangwa in July, a plunge pool at the camp please', 'comfort'],
    ['the Mgahinga trek in August', 'gorillas'],
  ])('%s', (text, priority) => {
    expect(x(text).priorities).toContain(priority);
  });

  it('an animal named in passing is still no wish', () => {
    expect(x('Tarangire in October, the elephants there are famous').priorities).toBeUndefined();
  });
});

describe('dates that can move, said in other languages', () => {
  it.each([
    'Zambie en juin 2027 mais on peut décaler de deux mois',
    'Zâmbia em junho de 2027, mas podemos adiar para qualquer mês até setembro',
    'Sambia im Juni 2027, wir können es um ein paar Monate verschieben',
    'Zambia a giugno 2027, flessibili fino a settembre',
  ])('%s keeps June and is flexible', (text) => {
    const e = x(text);
    expect(e.month).toBe(6);
    expect(e.flexible_dates).toBe(true);
  });

  it('"we can change to any month until November" is a window, not a move to November', () => {
    const e = x('Etosha in May 2027, but we can change to any month until November');
    expect(e.month).toBe(5);
    expect(e.flexible_until).toEqual({ year: 2027, month: 11 });
  });
});

describe('a nightly price in other languages is a rate, never a trip total', () => {
  it('"por pessoa por noite" with no length is kept as a nightly rate per person', () => {
    const e = x('somos 3, Chobe em agosto, 700 dólares por pessoa por noite');
    expect(e.budget_amount).toBeUndefined();
    expect(e.budget_rate).toEqual({ amount: 700, currency: 'USD', basis: 'per_person', per: 'night' });
  });

  it('"pppn" is per person', () => {
    const e = x('Chobe, 4 nights, 2 adults, $650 pppn');
    expect(e.budget_basis).toBe('per_person');
    expect(e.budget_amount).toBe(2600);
  });
});

describe("a child's age by verb in Italian, Portuguese and Dutch", () => {
  it.each<[string, number[]]>([
    ['mia figlia ha 9 anni, Kruger ad aprile', [9]],
    ['minha filha tem 12 anos e o meu filho tem 16 anos', [12, 16]],
    ['o meu filho completou 14 anos, gorilas no Uganda', [14]],
    ['mijn zoon is negen', [9]],
  ])('%s', (text, ages) => {
    expect(x(text).child_ages).toEqual(ages);
  });

  it('"onze dochter wordt in mei 15" is 14 now, with the birthday kept and no trip date', () => {
    const e = x('onze dochter wordt in mei 15');
    expect(e.child_ages).toEqual([14]);
    expect(e.start_date).toBeUndefined();
    expect(e.child_birthdays?.[0]).toMatchObject({ age: 15, month: 5 });
  });
});
