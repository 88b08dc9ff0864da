import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);
const outcome = (i: TripInputs) => run(i).content.verdict?.outcome;
const route = (i: TripInputs) => {
  const r = run(i);
  return r.kind === 'issued' && r.itinerary ? r.itinerary.route.map((s) => s.destination_id) : [];
};
const place = (id: string) => pack.byId.get(id as never)!;

describe('a place named with nothing else said, whose resident game holds through its rains', () => {
  it('is booked in the rains when the traveler never said they could move, with the rain among the losses', () => {
    const m = place('ngorongoro').months[3]!;
    expect(m.rain).toBe('heavy');
    expect(m.wildlife).toBeGreaterThanOrEqual(4);
    const r = run({ destinations: ['ngorongoro'], month: 4, year: 2027, adults: 2 });
    expect(r.content.verdict?.outcome).toBe('book');
    expect(r.content.tradeoffs.losses.join(' ')).toMatch(/rain/i);
  });

  it('still waits where the rains take the game (3/5), and for a traveler free to move', () => {
    expect(place('masai_mara').months[3]!.wildlife).toBeLessThan(4);
    expect(outcome({ destinations: ['masai_mara'], month: 4, year: 2027, adults: 2 })).toBe('wait');
    expect(outcome({ destinations: ['ngorongoro'], month: 4, year: 2027, adults: 2, flexible_dates: true })).toBe('wait');
  });
});

describe('the Grumeti crossings of June count as river crossings in the Serengeti', () => {
  const crossings: TripInputs = { destinations: ['serengeti'], year: 2027, adults: 2, priorities: ['migration'], migration_phase: 'river_crossings', budget_amount: 6000, budget_currency: 'USD', budget_basis: 'per_person' };

  it('the pack gives June its crossings, the Grumeti in the western corridor, with a source', () => {
    const june = place('serengeti').months[5]!;
    expect(june.migration).toBe('river_crossings');
    expect(june.note).toMatch(/Grumeti/);
    expect(place('serengeti').sources.some((s) => /Grumeti/.test(s.title) && /June/.test(s.supports ?? ''))).toBe(true);
  });

  it('books June for the crossings rather than waiting for July', () => {
    expect(outcome({ ...crossings, month: 6, duration_days: 6 })).toBe('book');
  });

  it('a traveler free from May to September is still sent to the Mara crossings of July, the better month', () => {
    const r = run({ ...crossings, month: 5, flexible_dates: true, flexible_until: { year: 2027, month: 9 } });
    expect(r.content.verdict?.outcome).toBe('wait');
    expect(r.content.verdict?.headline).toMatch(/July|August|September/);
  });
});

describe('a southern safari can end on Zanzibar', () => {
  it('the pack links Zambia and the Falls to Zanzibar by air', () => {
    for (const id of ['south_luangwa', 'victoria_falls'] as const) {
      expect(pack.link(id, 'zanzibar') ?? pack.link('zanzibar', id), id).toBeDefined();
    }
  });

  it('keeps Zanzibar, last, on a Zambia and Falls trip the traveler added it to', () => {
    const r = route({ destinations: ['victoria_falls', 'south_luangwa', 'zanzibar'], month: 9, year: 2027, duration_days: 12, adults: 2, budget_amount: 8000, budget_currency: 'USD', budget_basis: 'per_person' });
    expect(r).toContain('south_luangwa');
    expect(r.at(-1)).toBe('zanzibar');
  });
});

describe('a traveler who will not fly and named only an island is not switched to the mainland', () => {
  const island: TripInputs = { destinations: ['zanzibar'], month: 7, year: 2027, duration_days: 7, adults: 2, priorities: ['big_five'] };

  it('Zanzibar is marked an island in the pack', () => {
    expect(place('zanzibar').island).toBe(true);
    expect(place('serengeti').island).toBeUndefined();
  });

  it('discards the Big Five on Zanzibar with no flights, rather than moving them to a mainland park', () => {
    expect(outcome({ ...island, avoid_flights: true })).toBe('discard');
  });

  it('a traveler who flies is still offered the mainland park that has the Big Five', () => {
    expect(outcome(island)).toBe('switch');
  });
});

describe('a wilderness trail is a walking safari: a switch away from one keeps walking', () => {
  const trail: TripInputs = { destinations: ['kruger'], month: 6, year: 2027, activities: ['wilderness_trail'] };

  it('over the trail age limit, the switch goes to a place known for walking, not to the best game drive', () => {
    const r = run({ ...trail, adult_ages: [70] });
    expect(r.content.verdict?.outcome).toBe('switch');
    const to = pack.pack.destinations.find((d) => r.content.verdict!.headline.includes(d.name));
    expect(to, r.content.verdict!.headline).toBeDefined();
    expect(to!.strengths.walking ?? 0).toBeGreaterThanOrEqual(4);
    expect(to!.id).not.toBe('kruger');
    // The switch is argued on walking, the trip's point, not on the named park's game drives.
    expect(r.content.verdict!.summary).toMatch(/suits walking/);
  });

  it('within the age limit the named trail is booked', () => {
    expect(outcome({ ...trail, adult_ages: [40] })).toBe('book');
  });
});

describe('a honeymoon the budget takes to a camp-led place only at its budget camps moves to a better stay nearby', () => {
  const delta: TripInputs = { destinations: ['okavango_delta'], countries: ['BW'], month: 3, year: 2027, flexible_dates: false, adults: 2, budget_amount: 3000, budget_currency: 'USD', budget_basis: 'per_person' };

  it('switches a Delta honeymoon on a budget that buys only its camping trips to Chobe, saying why', () => {
    expect(place('okavango_delta').strengths.value).toBeLessThanOrEqual(1);
    const r = run({ ...delta, traveler_type: 'honeymoon' });
    expect(r.content.verdict?.outcome).toBe('switch');
    expect(r.content.verdict?.headline).toContain('Chobe');
    expect(r.content.verdict?.summary).toMatch(/budget camps/);
    expect(r.content.verdict?.summary).toMatch(/honeymoon/);
  });

  it('keeps the Delta for a traveler who asked for no particular standard', () => {
    expect(outcome(delta)).toBe('book');
  });

  it('keeps the Delta for a honeymoon whose budget reaches its better camps', () => {
    expect(outcome({ ...delta, traveler_type: 'honeymoon', budget_amount: 12000 })).toBe('book');
  });

  it('keeps a place whose budget tier is its usual way in (Kruger’s rest camps) even when comfort is asked', () => {
    expect(place('kruger').strengths.value).toBeGreaterThan(1);
    expect(outcome({ destinations: ['kruger'], month: 7, year: 2027, adults: 2, priorities: ['comfort'], budget_amount: 600, budget_currency: 'USD', budget_basis: 'per_person' })).toBe('book');
  });
});

describe('value and comfort never earn a second stop of their own', () => {
  it('gorillas on a value budget in Rwanda or Uganda stay a gorilla trip, with no beach added for its cheaper lodges', () => {
    const r = route({ countries: ['RW', 'UG'], month: 9, year: 2027, adults: 2, budget_amount: 2500, budget_currency: 'USD', budget_basis: 'per_person', priorities: ['gorillas', 'value'] });
    const verdict = run({ countries: ['RW', 'UG'], month: 9, year: 2027, adults: 2, budget_amount: 2500, budget_currency: 'USD', budget_basis: 'per_person', priorities: ['gorillas', 'value'] }).content.verdict!;
    expect(verdict.headline).not.toMatch(/Zanzibar/);
    expect(r).not.toContain('zanzibar');
  });

  it('two things the trip is for (gorillas and the beach) still make a two-stop route', () => {
    expect(route({ month: 9, year: 2027, adults: 2, duration_days: 10, priorities: ['gorillas', 'beach'] })).toContain('zanzibar');
  });
});

describe('a value traveler on a permit-led trip is shown the same point across the border for clearly less', () => {
  const trek: TripInputs = { month: 7, year: 2027, duration_days: 4, adults: 2, budget_amount: 3000, budget_currency: 'USD', budget_basis: 'per_person' };

  it('the gorilla permit is most of the price in Rwanda and Uganda’s is cheaper', () => {
    const permit = (id: string) => Math.min(...place(id).permits.map((p) => p.cost_usd));
    expect(permit('bwindi')).toBeLessThan(permit('volcanoes') * 0.7);
  });

  it('moves "Rwanda, best value" to Bwindi, and says the price is why', () => {
    const r = run({ ...trek, countries: ['RW'], priorities: ['value', 'gorillas'] });
    expect(r.content.verdict?.outcome).toBe('switch');
    expect(r.content.verdict?.headline).toContain('Bwindi');
    expect(r.content.verdict?.summary).toMatch(/cheapest way in/);
  });

  it('keeps Rwanda when value was not asked, and when the traveler ruled Uganda out', () => {
    expect(outcome({ ...trek, countries: ['RW'], priorities: ['gorillas'] })).toBe('book');
    expect(outcome({ ...trek, countries: ['RW'], excluded_destinations: ['bwindi'], priorities: ['value', 'gorillas'] })).toBe('book');
  });
});
