import { describe, expect, it } from 'vitest';
import { guardMessage } from '../../../src/agent/turn/guard';
import { converse, x } from './helpers';

// Issue 14 items 3 and 5, sixteenth round: guarantees and admin asked in new shapes, camping where no
// camp is allowed, and essentials said two ways (own phrasings of each class, never a set's case).
describe('a certainty asked about the weather or safety is refused beside trip facts', () => {
  it.each([
    // "can it for sure be dry …?" asks which season the month is (review s6 P2-1): only the promise of no rain is a guarantee.
    ['Can it for sure stay dry on Mafia Island in May? Anniversary trip for the two of us, $4k each.', 'safety_guarantee'],
    ['Will it certainly not be rainy in the Mara in November? 3 adults, $5k pp.', 'safety_guarantee'],
    ['Is Botswana 100% safe for a family of four? Chobe in July, $20k total.', 'safety_guarantee'],
    ['How safe is Nairobi after dark? We arrive at midnight.', 'safety_guarantee'],
    ['Hoe veilig is Arusha in de avond?', 'safety_guarantee'],
    ['¿Qué tan seguro es Kampala para turistas?', 'safety_guarantee'],
  ])('%s', (text, topic) => {
    const e = x(text);
    expect(e.out_of_scope_topic).toBe(topic);
    expect(guardMessage(e).signal?.reason).toBe('out_of_scope');
  });

  it.each(['Serengeti in February, hopefully dry, 2 adults, $6k each', 'Kruger is definitely dry in August, right? 2 adults, $4k each'])('a trip that hopes for or states dry weather stays a trip: %s', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });
});

describe('changing a booking held elsewhere is booking admin', () => {
  it.each(['Could you rebook our Qatar Airways flights to the 12th?', 'Please cancel my lodge reservation at Kwando.', 'I need to modify our hotel booking in Arusha'])('%s', (text) => {
    expect(x(text).out_of_scope_topic).toBe('booking_admin');
  });

  it('a plan to change dates of the trip itself is not admin', () => {
    expect(x('We could change our plans and go in March instead, Tarangire, 2 adults').out_of_scope_topic).toBeUndefined();
  });
});

describe('camping where no camp is allowed is unsafe', () => {
  it.each(['Can we pitch a tent in Etosha without permission, 2 adults in May?', 'We plan to wild camp inside the Serengeti to save on lodges, August, 3 of us.', 'We want to go camping illegally near the Mara river in July.'])('%s', (text) => {
    expect(x(text).message_kind).toBe('unsafe');
  });

  it.each(['A tented camp in the Okavango in June, 2 adults, $9k each', 'We want to camp at Skukuza rest camp in Kruger, 2 adults in July'])('a camp the park runs stays a trip: %s', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });
});

describe('essentials said two ways', () => {
  it('a group travelling alone is not one traveler', () => {
    const e = x('Three friends travelling alone through Kenya, Amboseli in October, $3500 each');
    expect(e.contradicts ?? []).not.toContain('group_size');
  });

  it('one person said as alone beside two adults is still a conflict', () => {
    expect(x('I am travelling alone, 2 adults, Amboseli in October, $3500 each').contradicts).toContain('group_size');
  });

  it('no children beside a child named by age is refused naming both', () => {
    const { result, said } = converse(['Just the two of us, no kids. The eldest of our two is 11. Bwindi in July, $7k each.']);
    expect(result.kind).toBe('refused');
    expect(said.join(' ')).toMatch(/no children.*2 children/);
  });

  it('a grown child named after no children is no conflict', () => {
    expect(x('No kids with us this time; our son is 27 and minds the house. Kruger in August, 2 adults, $4k each').contradicts).toBeUndefined();
  });

  it('a budget claimed unchanged while its figure changed is refused naming both', () => {
    const { result, said } = converse(['Tanzania, 9 days in September, $5,000 per person, 2 adults.', 'oh and the budget is $3000 total for us both, nothing changed']);
    expect(result.kind).toBe('refused');
    expect(said.join(' ')).toMatch(/\$5,000 per person.*\$3,000 in total/);
  });

  it('an event elsewhere inside the dates said before is refused, even after "actually"', () => {
    const { result, said } = converse(['Ruaha 4-14 September, 2 adults, $6k each', 'Actually we also have to be in Paris on Sept 9 for a conference']);
    expect(result.kind).toBe('refused');
    expect(said.join(' ')).toMatch(/back by 9 September 2027, then 4–14 September 2027/);
  });

  it('an event after the dates said before is no conflict', () => {
    expect(converse(['Ruaha 4-14 September, 2 adults, $6k each', 'Also we have to be in Paris on Sept 20 for a conference']).inputs.conflict).toBeUndefined();
  });
});
