import { describe, expect, it } from 'vitest';
import packJson from '../../src/domain/knowledge-pack/pack.json' with { type: 'json' };
import { defaultPackIndex, indexPack } from '../../src/domain/knowledge-pack/index-pack';
import { defaultPack, KnowledgePackError, parseKnowledgePack } from '../../src/domain/knowledge-pack/load';
import type { Destination, KnowledgePack, MonthFacts } from '../../src/domain/knowledge-pack/schema';
import { decide } from '../../src/domain/rules';
import { COUNTRY_CODES, DESTINATION_IDS, PRIORITIES, type DestinationId } from '../../src/domain/trip-inputs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
type MonthName = (typeof MONTHS)[number];

/** A mutable deep copy of the shipped pack to break on purpose. */
function rawCopy(): any {
  return structuredClone(packJson);
}

function dest(id: DestinationId): Destination {
  const d = defaultPackIndex().byId.get(id);
  if (!d) throw new Error(`no ${id}`);
  return d;
}

function month(id: DestinationId, m: MonthName): MonthFacts {
  return dest(id).months[MONTHS.indexOf(m)]!;
}

function errorOf(raw: unknown): KnowledgePackError {
  try {
    parseKnowledgePack(raw);
  } catch (e) {
    if (e instanceof KnowledgePackError) return e;
    throw e;
  }
  throw new Error('pack parsed but should not have');
}

describe('shipped knowledge pack', () => {
  it('parses, and defaultPack memoizes one frozen copy', () => {
    const pack = defaultPack();
    expect(pack.version).toMatch(/^pack_\d{4}\.\d{2}(\.\d+)?$/);
    expect(defaultPack()).toBe(pack);
    expect(Object.isFrozen(pack.destinations[0]!.months[0])).toBe(true);
    expect(() => parseKnowledgePack(packJson)).not.toThrow();
  });

  it('has every destination once, each with 12 months, sources and a strength for every priority', () => {
    const pack = defaultPack();
    expect(pack.destinations.map((d) => d.id).sort()).toEqual([...DESTINATION_IDS].sort());
    for (const d of pack.destinations) {
      expect(d.months, d.id).toHaveLength(12);
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      for (const s of d.sources) expect(s.url, d.id).toMatch(/^https:\/\//);
      expect(Object.keys(d.strengths).sort(), d.id).toEqual([...PRIORITIES].sort());
      const f = d.cost_floor_usd_pppn;
      expect(f.budget, d.id).toBeLessThanOrEqual(f.fair_value);
      expect(f.fair_value, d.id).toBeLessThanOrEqual(f.premium);
      expect(d.nights.min, d.id).toBeLessThanOrEqual(d.nights.ideal);
      expect(d.nights.ideal, d.id).toBeLessThanOrEqual(d.nights.max);
    }
  });

  it('covers every country a traveler can name with at least one place, and no other country', () => {
    const countries = new Set(defaultPack().destinations.map((d) => d.country));
    expect([...countries].sort()).toEqual([...COUNTRY_CODES].sort());
    const bad = structuredClone(packJson) as { destinations: { country: string }[] };
    bad.destinations[0]!.country = 'FR';
    expect(() => parseKnowledgePack(bad)).toThrow(KnowledgePackError);
  });

  it('every destination is linked to at least one other, so a route can always leave it', () => {
    const ix = defaultPackIndex();
    for (const id of DESTINATION_IDS) {
      expect(DESTINATION_IDS.some((other) => other !== id && ix.link(id, other)), id).toBe(true);
    }
  });
});

describe('aliases', () => {
  it('are unique across destinations and all resolve to their own destination', () => {
    const ix = defaultPackIndex();
    const owners = new Map<string, string>();
    for (const d of defaultPack().destinations) {
      for (const a of d.aliases) {
        expect(owners.get(a) ?? d.id, `"${a}" is listed by ${owners.get(a)} and ${d.id}`).toBe(d.id);
        owners.set(a, d.id);
        expect(ix.aliasToId.get(a), a).toBe(d.id);
      }
      expect(ix.aliasToId.get(d.id)).toBe(d.id);
      expect(ix.aliasToId.get(d.name.toLowerCase())).toBe(d.id);
    }
  });

  it.each([
    ['the mara', 'masai_mara'],
    ['Maasai Mara', 'masai_mara'],
    ['masai-mara', 'masai_mara'],
    ['serengetti', 'serengeti'],
    ['ndutu', 'serengeti'],
    ['ngorongoro crater', 'ngorongoro'],
    ['selous', 'nyerere'],
    ['nyerere', 'nyerere'],
    ['vic falls', 'victoria_falls'],
    ['mosi-oa-tunya', 'victoria_falls'],
    ['okavango', 'okavango_delta'],
    ['the delta', 'okavango_delta'],
    ['kruger park', 'kruger'],
    ['sabi sand', 'kruger'],
    ['volcanoes np', 'volcanoes'],
    ['parc national des volcans', 'volcanoes'],
    ['rwanda gorillas', 'volcanoes'],
    ['bwindi impenetrable forest', 'bwindi'],
    ['ol pejeta', 'laikipia'],
    ['lake manyara', 'lake_manyara'],
    ['south luangwa', 'south_luangwa'],
    ['stone town', 'zanzibar'],
  ] as const)('"%s" resolves to %s', (alias, id) => {
    expect(defaultPackIndex().resolve(alias)).toBe(id);
  });

  it('resolve normalizes case and spacing, and knows nothing of unrelated places', () => {
    const ix = defaultPackIndex();
    expect(ix.resolve('  The   MARA ')).toBe('masai_mara');
    expect(ix.resolve('paris')).toBeUndefined();
    expect(ix.resolve('the crater')).toBeUndefined();
  });
});

describe('pinned facts', () => {
  it('Great Migration: calving in the southern Serengeti, river crossings in the north and the Mara', () => {
    for (const m of ['Jan', 'Feb', 'Mar'] as const) expect(month('serengeti', m).migration, m).toBe('calving');
    for (const m of ['Jul', 'Aug', 'Sep', 'Oct'] as const) {
      expect(month('serengeti', m).migration, m).toBe('river_crossings');
      expect(month('masai_mara', m).migration, m).toBe('river_crossings');
    }
    for (const m of ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'] as const) expect(month('masai_mara', m).migration, m).toBe('none');
    const elsewhere = DESTINATION_IDS.filter((id) => id !== 'serengeti' && id !== 'masai_mara');
    for (const id of elsewhere) expect(dest(id).months.every((f) => f.migration === 'none'), id).toBe(true);
  });

  it('East African long rains fall in April; southern Africa is dry in the austral winter', () => {
    for (const id of ['masai_mara', 'serengeti', 'ngorongoro', 'zanzibar', 'nyerere'] as const) {
      expect(['moderate', 'heavy'], id).toContain(month(id, 'Apr').rain);
    }
    for (const id of ['okavango_delta', 'chobe', 'kruger', 'etosha', 'south_luangwa', 'victoria_falls'] as const) {
      for (const m of ['Jun', 'Jul', 'Aug'] as const) expect(month(id, m).rain, `${id} ${m}`).toBe('dry');
      expect(['moderate', 'heavy'], id).toContain(month(id, 'Jan').rain);
    }
  });

  it('scarce animals: a few dozen black rhino in the Mara and the Serengeti, each scarce animal one the place has', () => {
    for (const id of ['masai_mara', 'serengeti'] as const) expect(dest(id).scarce_animals, id).toContain('rhino');
    for (const id of ['ngorongoro', 'laikipia', 'kruger', 'etosha'] as const) expect(dest(id).scarce_animals ?? [], id).not.toContain('rhino');
    for (const d of defaultPack().destinations) for (const a of d.scarce_animals ?? []) expect(d.animals, d.id).toContain(a);
  });

  it('seasonal closures: South Luangwa in the rains, Ruaha and Nyerere in April–May, never in the dry season', () => {
    for (const m of ['Jan', 'Feb', 'Mar'] as const) expect(month('south_luangwa', m).closed, m).toBe(true);
    for (const id of ['ruaha', 'nyerere'] as const) {
      expect(month(id, 'Apr').closed, id).toBe(true);
      expect(month(id, 'May').closed, id).toBe(true);
    }
    for (const d of defaultPack().destinations) {
      for (const m of ['Jul', 'Aug', 'Sep'] as const) expect(d.months[MONTHS.indexOf(m)]!.closed, `${d.id} ${m}`).toBe(false);
    }
  });

  it('gorilla trekking: minimum age 15 in Bwindi and Volcanoes, permits USD 800 and USD 1,500', () => {
    for (const id of ['bwindi', 'volcanoes'] as const) {
      expect(dest(id).min_age?.age, id).toBe(15);
      expect(dest(id).strengths.gorillas, id).toBe(5);
      expect(dest(id).kind, id).toBe('gorilla_trek');
    }
    expect(dest('bwindi').permits.find((p) => /gorilla trekking/i.test(p.name))).toMatchObject({ cost_usd: 800, min_age: 15 });
    expect(dest('volcanoes').permits.find((p) => /gorilla trekking/i.test(p.name))).toMatchObject({ cost_usd: 1500, min_age: 15 });
    const others = DESTINATION_IDS.filter((id) => id !== 'bwindi' && id !== 'volcanoes');
    for (const id of others) expect(dest(id).strengths.gorillas, id).toBe(0);
  });

  it('Zanzibar is the beach; safari parks are not', () => {
    expect(dest('zanzibar').strengths.beach).toBe(5);
    expect(dest('zanzibar').strengths.gorillas).toBe(0);
    expect(dest('zanzibar').strengths.big_five).toBe(0);
    for (const id of DESTINATION_IDS.filter((x) => x !== 'zanzibar')) expect(dest(id).strengths.beach, id).toBe(0);
  });

  it('big five scores top out only where rhino and leopard are realistic (Kruger), not where buffalo or rhino are absent', () => {
    expect(dest('kruger').strengths.big_five).toBe(5);
    expect(dest('etosha').strengths.big_five).toBeLessThanOrEqual(2); // no buffalo
    expect(dest('amboseli').strengths.big_five).toBeLessThanOrEqual(2); // no rhino
  });

  it('Victoria Falls peaks in April with spray, and runs low in November', () => {
    expect(month('victoria_falls', 'Apr').note).toMatch(/peak flow/i);
    expect(month('victoria_falls', 'Nov').note).toMatch(/low/i);
    expect(month('victoria_falls', 'Jul').wildlife).toBeGreaterThan(month('victoria_falls', 'Nov').wildlife);
  });

  it('the Okavango flood peaks in the dry winter', () => {
    expect(month('okavango_delta', 'Jul').note).toMatch(/flood/i);
    expect(month('okavango_delta', 'Jul').price_season).toBe('peak');
    expect(month('okavango_delta', 'Feb').price_season).toBe('low');
  });

  it('cost floors reflect park fees: the Mara and Serengeti budget tier is above the Kruger budget tier', () => {
    const budget = (id: DestinationId) => dest(id).cost_floor_usd_pppn.budget;
    // The Mara reserve fee alone is USD 200 a day from July to December.
    expect(budget('masai_mara')).toBeGreaterThanOrEqual(200);
    expect(budget('serengeti')).toBeGreaterThan(budget('kruger'));
    expect(dest('okavango_delta').cost_floor_usd_pppn.premium).toBeGreaterThan(dest('kruger').cost_floor_usd_pppn.premium);
  });

  it('links carry the classic circuits', () => {
    const ix = defaultPackIndex();
    expect(ix.link('serengeti', 'ngorongoro')?.drive_hours).toBe(3);
    expect(ix.link('ngorongoro', 'serengeti')).toBe(ix.link('serengeti', 'ngorongoro'));
    expect(ix.link('victoria_falls', 'chobe')?.drive_hours).toBe(1.5);
    expect(ix.link('okavango_delta', 'chobe')?.flight).toBe(true);
    expect(ix.link('bwindi', 'volcanoes')?.drive_hours).toBeGreaterThanOrEqual(3);
    expect(ix.link('etosha', 'zanzibar')).toBeUndefined();
  });
});

describe('reviewed against public sources (docs/knowledge-pack.md)', () => {
  const SEASONS = /\b(rain|rains|rainy|season|dry|flood|flow|wet)\b/i;
  const MONEY = /\b(fee|fees|permit|USD|rates|rest camps|insurance)\b/i;

  it('every source says which claim it supports; each place cites its seasons and its costs or fees', () => {
    for (const d of defaultPack().destinations) {
      for (const s of d.sources) expect(s.supports, `${d.id}: ${s.title}`).toBeTruthy();
      expect(d.sources.some((s) => SEASONS.test(s.supports ?? '')), `${d.id}: no source for its seasons`).toBe(true);
      const needsMoneySource = d.cost_note !== undefined || d.permits.length > 0 || d.min_age !== undefined;
      if (needsMoneySource) expect(d.sources.some((s) => MONEY.test(s.supports ?? '') || /\bage\b/.test(s.supports ?? '')), `${d.id}: no source for its fees, permits or ages`).toBe(true);
    }
  });

  it('permit prices and ages match the sources cited for them (UWA, RDB)', () => {
    const cites = (id: DestinationId, claim: RegExp) => dest(id).sources.some((s) => claim.test(s.supports ?? ''));
    expect(cites('bwindi', /USD 800/)).toBe(true);
    expect(cites('bwindi', /minimum age 15/)).toBe(true);
    expect(cites('volcanoes', /USD 1,500/)).toBe(true);
    expect(cites('volcanoes', /15 or older/)).toBe(true);
    expect(cites('masai_mara', /USD 200 a day from July to December/)).toBe(true);
    expect(dest('masai_mara').cost_note).toMatch(/USD 200 per adult per day Jul–Dec, USD 100 Jan–Jun/);
  });

  it('East Africa: the short rains fall in November and the long rains run into May', () => {
    const eastAfrica = ['masai_mara', 'amboseli', 'samburu', 'laikipia', 'tsavo', 'serengeti', 'ngorongoro', 'tarangire', 'lake_manyara', 'zanzibar', 'bwindi', 'volcanoes'] as const;
    for (const id of eastAfrica) {
      expect(['moderate', 'heavy'], `${id} Nov`).toContain(month(id, 'Nov').rain);
      expect(month(id, 'May').rain, `${id} May`).not.toBe('dry');
    }
    for (const m of ['Apr', 'May'] as const) expect(month('zanzibar', m).rain, m).toBe('heavy');
    // Amboseli's elephants leave the swamps in both rains, so November scores as the long rains do.
    expect(month('amboseli', 'Nov').wildlife).toBe(month('amboseli', 'Apr').wildlife);
    expect(month('amboseli', 'Nov').wildlife).toBeLessThan(month('amboseli', 'Aug').wildlife);
  });

  it('Victoria Falls: high water February to May, low water October to December', () => {
    for (const m of ['Oct', 'Nov', 'Dec'] as const) expect(month('victoria_falls', m).wildlife, m).toBeLessThanOrEqual(3);
    for (const m of ['Feb', 'Mar', 'Apr', 'May'] as const) expect(month('victoria_falls', m).wildlife, m).toBeGreaterThanOrEqual(3);
    expect(month('victoria_falls', 'Oct').note).toMatch(/low water/i);
  });

  it('walking safaris: Kruger and South Luangwa walk no one under 12; gorilla permits need 15', () => {
    expect(dest('kruger').min_age).toMatchObject({ age: 12 });
    expect(dest('kruger').min_age?.activity).toMatch(/walk/);
    expect(dest('south_luangwa').min_age).toMatchObject({ age: 12 });
    expect(dest('south_luangwa').min_age?.activity).toMatch(/walk/);
    for (const id of ['bwindi', 'volcanoes'] as const) expect(dest(id).permits.every((p) => p.min_age === 15), id).toBe(true);
  });

  it('a month note reads as one plain clause inside a sentence, and never makes resident animals seasonal', () => {
    for (const d of defaultPack().destinations) {
      d.months.forEach((f, i) => {
        if (!f.note) return;
        const where = `${d.id} ${MONTHS[i]}: "${f.note}"`;
        // The copy quotes notes after a colon and before a semicolon: a note with its own would read "In April: X: Y; …".
        expect(f.note, where).not.toMatch(/[:;—–]|\.$/);
        expect(f.note, where).toMatch(/^[A-Z]/);
        // Gorillas, rhino and the big cats live there all year: a month note naming them would imply they come and go.
        expect(f.note, where).not.toMatch(/\b(gorillas?|rhinos?|lions?|leopards?|buffalo)\b/i);
      });
    }
  });
});

describe('currency', () => {
  it('toUsd converts with the table, case-insensitively; unknown codes give undefined', () => {
    const ix = defaultPackIndex();
    const table = defaultPack().currency.per_usd;
    expect(ix.toUsd(250, 'USD')).toBe(250);
    expect(ix.toUsd(1000, 'eur')).toBeCloseTo(1000 / table.EUR!, 6);
    expect(ix.toUsd(129_000, 'KES')).toBeCloseTo(129_000 / table.KES!, 6);
    expect(ix.fromUsd(ix.toUsd(5_000_000, 'TZS')!, 'TZS')).toBeCloseTo(5_000_000, 6);
    expect(ix.toUsd(100, 'XYZ')).toBeUndefined();
    expect(ix.toUsd(Number.NaN, 'USD')).toBeUndefined();
  });

  it('lists every currency a traveler in the target markets budgets in', () => {
    const codes = Object.keys(defaultPack().currency.per_usd);
    for (const c of ['USD', 'EUR', 'GBP', 'KES', 'TZS', 'UGX', 'RWF', 'ZAR', 'BWP', 'NAD', 'ZMW', 'CAD', 'AUD', 'CHF', 'JPY', 'INR', 'CNY', 'AED']) {
      expect(codes).toContain(c);
    }
  });

  it('judges a budget in Mexican pesos against the floors at its rate: a short Delta budget switches, a sufficient one books', () => {
    const ix = defaultPackIndex();
    expect(ix.toUsd(185_000, 'MXN')).toBeCloseTo(10_000, 6);
    const trip = { destinations: ['okavango_delta' as const], month: 8, adults: 2, duration_days: 7, budget_currency: 'MXN', budget_basis: 'total' as const };
    expect(decide({ ...trip, budget_amount: 40_000 }, ix, new Date('2026-11-21T10:00:00Z')).content.verdict.outcome).toBe('switch');
    expect(decide({ ...trip, budget_amount: 400_000 }, ix, new Date('2026-11-21T10:00:00Z')).content.verdict.outcome).toBe('book');
  });

  it('indexPack uses the rates of the pack it is given', () => {
    const raw = rawCopy();
    raw.currency.per_usd.EUR = 0.5;
    const ix = indexPack(parseKnowledgePack(raw));
    expect(ix.toUsd(100, 'EUR')).toBe(200);
  });
});

describe('broken packs fail loudly, naming the entry', () => {
  it('a wrong enum in one month names the destination id and the month', () => {
    const raw = rawCopy();
    const i = raw.destinations.findIndex((d: { id: string }) => d.id === 'serengeti');
    raw.destinations[i].months[6].rain = 'drizzle';
    const e = errorOf(raw);
    expect(e.message).toBe(
      `knowledge pack ${raw.version} is invalid: destinations[serengeti].months[Jul].rain: expected one of dry|light|moderate|heavy`,
    );
  });

  it('a missing destination is named', () => {
    const raw = rawCopy();
    raw.destinations = raw.destinations.filter((d: { id: string }) => d.id !== 'etosha');
    expect(errorOf(raw).message).toMatch(/destination etosha is missing/);
  });

  it('an alias shared by two destinations names both', () => {
    const raw = rawCopy();
    // nyerere comes after ruaha in the pack, so the clash is reported on nyerere's alias.
    raw.destinations.find((d: { id: string }) => d.id === 'nyerere').aliases.push('ruaha park');
    const e = errorOf(raw);
    expect(e.message).toMatch(/destinations\[nyerere\]\.aliases\["ruaha park"\]: alias "ruaha park" names both ruaha and nyerere/);
  });

  it('an alias equal to another destination\'s name is also a clash', () => {
    const raw = rawCopy();
    raw.destinations.find((d: { id: string }) => d.id === 'chobe').aliases.push('victoria falls');
    expect(errorOf(raw).message).toMatch(/"victoria falls" names both/);
  });

  it('a missing strength, an upper-case alias and a bad link are each reported', () => {
    const raw = rawCopy();
    delete raw.destinations[0].strengths.beach;
    raw.destinations[1].aliases.push('The Amboseli');
    raw.links[0].flight = 'yes';
    const e = errorOf(raw);
    expect(e.issues).toHaveLength(3);
    expect(e.issues.join('\n')).toMatch(/destinations\[masai_mara\]\.strengths\.beach/);
    expect(e.issues.join('\n')).toMatch(/destinations\[amboseli\]\.aliases\["The Amboseli"\]: aliases must be trimmed lower case/);
    expect(e.issues.join('\n')).toMatch(/links\[masai_mara–amboseli\]\.flight/);
  });

  it('tier floors out of order, duplicated links and a month too few are rejected', () => {
    const tiers = rawCopy();
    tiers.destinations[2].cost_floor_usd_pppn.budget = 10_000;
    expect(errorOf(tiers).message).toMatch(/destinations\[samburu\]\.cost_floor_usd_pppn: samburu: tiers must rise/);

    const links = rawCopy();
    links.links.push({ from: 'ngorongoro', to: 'serengeti', flight: false });
    expect(errorOf(links).message).toMatch(/link ngorongoro–serengeti appears twice/);

    const months = rawCopy();
    months.destinations[3].months.pop();
    expect(errorOf(months).message).toMatch(/destinations\[laikipia\]\.months/);
  });

  it('something that is not a pack at all still gets a readable error', () => {
    expect(errorOf(null).message).toMatch(/^knowledge pack \(unversioned\) is invalid: /);
    const e = errorOf({ version: 'pack_2026.11' });
    expect(e.version).toBe('pack_2026.11');
    expect(e.issues.length).toBeGreaterThan(1);
  });

  it('a valid copy of the pack parses to the same facts', () => {
    const parsed: KnowledgePack = parseKnowledgePack(rawCopy());
    expect(parsed).toEqual(defaultPack());
  });
});
