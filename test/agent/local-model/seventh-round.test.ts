import { describe, expect, it } from 'vitest';
import { foreignAmountsToDigits } from '../../../src/agent/local-model/foreign-numbers';
import { x } from './helpers';

// Issue 14, seventh round: the extraction classes blind-7 found, in phrasings written here.
describe('amounts in words and local formats', () => {
  it('reads amounts with a thousand said in words in Italian, German, Dutch, French and Spanish', () => {
    expect(foreignAmountsToDigits('seimila euro')).toBe('6000 euro');
    expect(foreignAmountsToDigits('tremilacinquecento')).toBe('3500');
    expect(foreignAmountsToDigits('zweitausendfunfhundert franken')).toBe('2500 franken');
    expect(foreignAmountsToDigits('achtduizend euro')).toBe('8000 euro');
    expect(foreignAmountsToDigits('trois mille deux cents euros')).toBe('3200 euros');
    expect(foreignAmountsToDigits('cuatro mil quinientos dolares')).toBe('4500 dolares');
  });

  it('leaves a thousand word alone, small numbers and look-alike words as they are', () => {
    expect(foreignAmountsToDigits('me and my mil')).toBe('me and my mil');
    expect(foreignAmountsToDigits('mille grazie, tre notti')).toBe('mille grazie, tre notti');
    expect(foreignAmountsToDigits('a few miles from camp')).toBe('a few miles from camp');
  });

  it('reads the budget from those words with its basis', () => {
    expect(x('budget: seimila euro a testa')).toMatchObject({ budget_amount: 6000, budget_currency: 'EUR', budget_basis: 'per_person' });
    expect(x('höchstens dreitausend Euro pro Person')).toMatchObject({ budget_amount: 3000, budget_currency: 'EUR', budget_basis: 'per_person' });
  });

  it('reads rand with a space between the thousands', () => {
    expect(x('Kruger, 8 nights, R12 500 for the family')).toMatchObject({ budget_amount: 12500, budget_currency: 'ZAR', budget_basis: 'total' });
    expect(x('about R 7 000 each')).toMatchObject({ budget_amount: 7000, budget_currency: 'ZAR', budget_basis: 'per_person' });
  });

  it('reads the Italian and Dutch per person and the Dutch party and drive limit', () => {
    expect(x('3.500€ a persona, volo escluso')).toMatchObject({ budget_amount: 3500, budget_currency: 'EUR', budget_basis: 'per_person' });
    expect(x('€4.200 per persoon')).toMatchObject({ budget_amount: 4200, budget_basis: 'per_person' });
    expect(x('€9.000 voor ons drieën')).toMatchObject({ budget_amount: 9000, budget_basis: 'total', group_size: 3 });
    expect(x("we gaan met z'n vijven naar Kenia")).toMatchObject({ group_size: 5, countries: ['KE'] });
    expect(x('hoogstens 3 uur rijden per dag')).toMatchObject({ drive_tolerance_hours: 3 });
  });
});

describe('party composition', () => {
  it('a budget "for me" is a party of one', () => {
    expect(x('£3,000 total for me, flights extra')).toMatchObject({ adults: 1, group_size: 1 });
    expect(x('$5k for me and my wife')).not.toMatchObject({ adults: 1 });
  });

  it('a parent with a child named by age is one adult and the child', () => {
    expect(x('just me and my 9-year-old, Kenya at Easter')).toMatchObject({ adults: 1, children: 1, child_ages: [9], group_size: 2 });
  });

  it('backpackers counted are the adults', () => {
    expect(x('3 backpackers, Tanzania in July')).toMatchObject({ adults: 3, group_size: 3 });
  });

  it('a bare "us" inside a list is the writer and partner', () => {
    expect(x('my parents, us, and the twins (8)')).toMatchObject({ adults: 4, children: 2, child_ages: [8, 8], group_size: 6 });
  });

  it('children joining the known party with their ages after a comma', () => {
    expect(x('the children are joining us after all, 9 and 13', { adults: 2, group_size: 2 })).toMatchObject({ children: 2, child_ages: [9, 13], group_size: 4 });
  });

  it('someone else\u2019s relative in a story is not a companion; one named in the party is', () => {
    expect(x('my husband and I, ever since his brother showed us photos from Kenya')).toMatchObject({ adults: 2, group_size: 2 });
    expect(x('my husband, me and his brother')).toMatchObject({ adults: 3, group_size: 3 });
  });

  it('a companion dropping out or joining in German, French, Italian and Dutch', () => {
    const two = { adults: 2, group_size: 2 };
    expect(x('meine Frau kommt leider doch nicht mit', two)).toMatchObject({ adults: 1, group_size: 1 });
    expect(x('mon père vient aussi', two)).toMatchObject({ adults: 3, group_size: 3 });
    expect(x('mia sorella viene anche', two)).toMatchObject({ adults: 3, group_size: 3 });
    expect(x('mijn broer komt toch niet mee', { adults: 3, group_size: 3 })).toMatchObject({ adults: 2, group_size: 2 });
  });
});

describe('traveler types in more words', () => {
  it('a professional or counted photographers are photographers', () => {
    expect(x('professional photographer, on assignment for a book')).toMatchObject({ traveler_type: 'photographer' });
    expect(x('3 photographers, Mara in August')).toMatchObject({ traveler_type: 'photographer', adults: 3 });
  });

  it('a honeymoon in German, Italian and Dutch', () => {
    expect(x('unsere Hochzeitsreise im Oktober')).toMatchObject({ traveler_type: 'honeymoon' });
    expect(x('viaggio di nozze a settembre')).toMatchObject({ traveler_type: 'honeymoon' });
    expect(x('onze huwelijksreis')).toMatchObject({ traveler_type: 'honeymoon' });
  });
});

describe('a child passed off as older is unsafe', () => {
  it('telling staff a false age or dodging the age check', () => {
    expect(x('we could say our 13 yo is 16 at the permit office')).toMatchObject({ message_kind: 'unsafe' });
    expect(x('any trick to get our daughter past the minimum age for the chimp trek?')).toMatchObject({ message_kind: 'unsafe' });
    expect(x('is there a way to bypass the age limit for canoeing')).toMatchObject({ message_kind: 'unsafe' });
  });

  it('asking the minimum age, or a child old enough, is a trip message', () => {
    expect(x('what is the age limit for gorillas? our son is 16')).toMatchObject({ message_kind: 'trip', child_ages: [16] });
    expect(x('our girl turns 15 in May, so she meets the minimum age')).toMatchObject({ message_kind: 'trip' });
  });
});

describe('flexibility and fixed dates', () => {
  it('another month offered beside the trip\u2019s is flexibility, not a new month', () => {
    expect(x('we could also do October if the game is better then', { destinations: ['etosha'], month: 4 })).toMatchObject({ flexible_dates: true, flexible_until: { month: 10 } });
    expect(x('we could also do October if the game is better then', { destinations: ['etosha'], month: 4 }).month).toBeUndefined();
    const earlier = x('Ndutu in June for the herds, but February to April would also be fine for us');
    expect(earlier).toMatchObject({ month: 6, flexible_dates: true });
  });

  it('"not fussed which", "whenever" in other languages, and either month', () => {
    expect(x('ten days in Chobe, August or September, not bothered which')).toMatchObject({ flexible_dates: true });
    expect(x('nous pouvons partir n\u2019importe quand')).toMatchObject({ flexible_dates: true });
    expect(x('wir können jederzeit, Hauptsache Kenia')).toMatchObject({ flexible_dates: true });
    expect(x('Mara or Serengeti, whichever is better value').flexible_dates).toBeUndefined();
    expect(x('Kenya or Tanzania, either is fine').flexible_dates).toBeUndefined();
  });

  it('a bracketed "fixed" and "only dates" make the dates fixed', () => {
    expect(x('Ruaha in October (fixed), 2 adults')).toMatchObject({ month: 10, flexible_dates: false });
    expect(x('Kruger 3-9 May, these are our only dates')).toMatchObject({ flexible_dates: false });
  });
});

describe('a latest return', () => {
  it('a date to be back by is the trip\u2019s end', () => {
    expect(x('Tarangire, we fly out on 4 March and must be home by 11 March')).toMatchObject({ start_date: '2027-03-04', end_date: '2027-03-11' });
    expect(x('we have to be back at school on 9 January')).toMatchObject({ end_date: '2027-01-09' });
  });

  it('an end before the start is kept for the rules, with no length made up', () => {
    const r = x('we arrive in Arusha on 20 July 2027 and have to be back at work on 15 July');
    expect(r).toMatchObject({ start_date: '2027-07-20', end_date: '2027-07-15' });
    expect(r.duration_days).toBeUndefined();
  });

  it('a bare day to be back by ends the trip in the month said', () => {
    expect(x('Chobe in June, home again by the 18th')).toMatchObject({ month: 6, end_date: '2027-06-18' });
    expect(x('Chobe in June, arriving the 18th').end_date).toBeUndefined();
  });

  it('a latest return before the known end contradicts it', () => {
    const known = { start_date: '2027-07-01', end_date: '2027-07-10', month: 7, year: 2027 };
    expect(x('and we must be home by 5 July', known)).toMatchObject({ end_date: '2027-07-05', contradicts: ['end_date'] });
    expect(x('actually we now need to be home by 5 July', known).contradicts).toBeUndefined();
  });
});

describe('corrections and lengths', () => {
  it('"change X to Y" and "N instead of M" keep the new value', () => {
    expect(x('can we change June to July', { month: 6, year: 2027 })).toMatchObject({ month: 7 });
    expect(x('let\u2019s do 12 nights instead of 8', { duration_days: 9 })).toMatchObject({ duration_days: 13 });
    expect(x('2 weeks rather than 10 days', { duration_days: 10 })).toMatchObject({ duration_days: 14 });
  });

  it('withdrawing the dates keeps their month; not knowing when withdraws it too', () => {
    const known = { month: 9, year: 2027, start_date: '2027-09-04', end_date: '2027-09-12' };
    expect(x('drop the dates, the month is what counts', known).clear_fields?.sort()).toEqual(['end_date', 'start_date']);
    expect(x('forget the dates, we are not sure when any more', known).clear_fields?.sort()).toEqual(['end_date', 'month', 'start_date', 'year']);
  });

  it('a new plan replaces the earlier place and its purpose', () => {
    const r = x('forget all that, new idea: Zanzibar and Nyerere in October', { countries: ['UG'], priorities: ['gorillas'], month: 7 });
    expect(r).toMatchObject({ destinations: expect.arrayContaining(['zanzibar', 'nyerere']), month: 10 });
    expect(r.clear_fields).toEqual(expect.arrayContaining(['countries', 'priorities']));
  });

  it('a rhythm per camp or time off work is not the trip\u2019s length', () => {
    expect(x('relaxed, 2-3 nights at each camp').duration_days).toBeUndefined();
    expect(x('we like to change lodge every 3 nights').duration_days).toBeUndefined();
    expect(x('I have a month off in July but 10 days on safari is enough')).toMatchObject({ month: 7, duration_days: 10 });
    expect(x('two weeks off work in August')).toMatchObject({ duration_days: 14 });
  });
});

describe('interests said as the whole answer', () => {
  it('a message of animals only is a wish for them', () => {
    expect(x('leopards and cheetahs please').priorities).toEqual(expect.arrayContaining(['big_five', 'wildlife_density']));
    expect(x('hyenas!').priorities).toEqual(['wildlife_density']);
    expect(x('zebras, loads of zebras').priorities).toEqual(['wildlife_density']);
    expect(x('elephants and the big migration').priorities).toEqual(expect.arrayContaining(['wildlife_density', 'migration']));
  });

  it('an animal beside a place is what the place has, not a wish', () => {
    expect(x('Chobe for the elephants').priorities).toBeUndefined();
  });
});

describe('more places, scope and crowds', () => {
  it('the Spice Island is Zanzibar', () => {
    expect(x('a few days on the Spice Island after the bush')).toMatchObject({ destinations: ['zanzibar'] });
  });

  it('a food or nightlife question with no trip is out of scope', () => {
    expect(x('where can I get a good burger in Arusha?')).toMatchObject({ message_kind: 'out_of_scope', out_of_scope_topic: 'non_travel' });
  });

  it('a place ruled out for being too crowded is a wish for privacy', () => {
    expect(x('not Amboseli, it gets far too crowded')).toMatchObject({ excluded_destinations: ['amboseli'], priorities: ['privacy'] });
  });
});

describe('limits and names said in passing', () => {
  it('a region asked for beside a place is a limit; a region describing the place is not', () => {
    const asked = x('Etosha in March, East Africa preferably though');
    expect(asked.excluded_destinations).toEqual(expect.arrayContaining(['etosha', 'kruger', 'okavango_delta']));
    expect(asked.excluded_destinations).not.toContain('serengeti');
    expect(x('Chobe, the best elephant park in southern Africa, in August').excluded_destinations).toBeUndefined();
  });

  it('a place name in quotes is still the place', () => {
    expect(x('we want the \u2018Ngorongoro crater\u2019 experience in June')).toMatchObject({ destinations: ['ngorongoro'], month: 6 });
  });

  it('whenever next year reaches the end of that year', () => {
    expect(x('Mara, whenever next year suits')).toMatchObject({ flexible_dates: true, flexible_until: { year: 2027, month: 12 } });
  });
});

describe('exclusions, drive limits and types in five languages', () => {
  const tanzania = ['serengeti', 'ngorongoro', 'tarangire', 'lake_manyara', 'ruaha', 'nyerere', 'zanzibar'];
  it('a country ruled out in French, Spanish, German, Italian and Dutch rules out its places', () => {
    for (const text of ['partout sauf la Tanzanie', 'cualquier sitio excepto Tanzania', 'überall außer Tansania', 'ovunque tranne la Tanzania', 'alles behalve Tanzania', 'pas la Tanzanie cette fois']) {
      expect(x(text).excluded_destinations, text).toEqual(expect.arrayContaining(tanzania));
      expect(x(text).countries, text).toBeUndefined();
    }
  });

  it('a month kept out of an exclusion word is not a place', () => {
    expect(x('Ruaha, sauf en janvier').destinations).toEqual(['ruaha']);
  });

  it('a drive limit in Italian and a "can\u2019t do more than" in English', () => {
    expect(x('al massimo 2 ore di macchina')).toMatchObject({ drive_tolerance_hours: 2 });
    expect(x('we cannot handle more than 3 hours in the car')).toMatchObject({ drive_tolerance_hours: 3 });
  });

  it('first safaris, families, photographers and places done before in Italian and Dutch', () => {
    expect(x('è il mio primo safari')).toMatchObject({ traveler_type: 'first_time' });
    expect(x('een gezinsvakantie in Kenia')).toMatchObject({ traveler_type: 'family', countries: ['KE'] });
    expect(x('siamo due fotografi')).toMatchObject({ traveler_type: 'photographer' });
    expect(x('abbiamo già visitato il Botswana')).toMatchObject({ traveler_type: 'repeat', excluded_destinations: expect.arrayContaining(['okavango_delta', 'chobe']) });
  });
});

describe('next year and Dutch months', () => {
  it('"el año que viene" and "volgend jaar" are next year; Dutch months and party words are read', () => {
    expect(x('Tanzania el próximo año, en agosto')).toMatchObject({ countries: ['TZ'], month: 8, year: 2027 });
    expect(x('Botswana in mei volgend jaar, 2 volwassenen en 2 kinderen')).toMatchObject({ month: 5, year: 2027, adults: 2, children: 2, countries: ['BW'] });
  });
});

describe('what the rules asked of the extractor', () => {
  it('a move "to whenever" with no bound reaches a year from today; a bound said wins', () => {
    expect(x('Etosha in January, but we can move it to any time')).toMatchObject({ flexible_dates: true, flexible_until: { year: 2027, month: 11 } });
    expect(x('Etosha in January, we could shift to any time up to May')).toMatchObject({ flexible_until: { year: 2027, month: 5 } });
  });

  it('a tight budget with no amount asks whether the trip is affordable; with an amount it does not', () => {
    expect(x('Chobe in July, three of us, money is tight')).toMatchObject({ asks_affordability: true, priorities: ['value'] });
    expect(x('Chobe in July, our budget is tight: $2,500 each').asks_affordability).toBeUndefined();
    expect(x('money is tight', { budget_amount: 3000, budget_currency: 'USD' }).asks_affordability).toBeUndefined();
  });

  it('low-season bargains are value', () => {
    expect(x('rainy season deals in Tanzania please')).toMatchObject({ priorities: ['value'] });
  });
});
