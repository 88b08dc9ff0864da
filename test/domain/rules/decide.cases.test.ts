import { describe, expect, it } from 'vitest';
import { DecisionContentSchema, ItineraryDraftSchema, type DecisionType, type LodgingTier, type Outcome, type RefusalReason } from '../../../src/domain/entities';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { floorsIn, type Destination, type MonthFacts } from '../../../src/domain/knowledge-pack/schema';
import { decide, type GuardSignal } from '../../../src/domain/rules';
import type { DestinationId, TripInputField, TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const dest = (id: DestinationId): Destination => pack.byId.get(id)!;
const month = (id: DestinationId, m: number): MonthFacts => dest(id).months[m - 1]!;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Expect = {
  outcome: Outcome;
  type?: DecisionType;
  /** book: the itinerary's route, in order. */
  stops?: DestinationId[];
  /** switch/wait: the place the headline sends them to. */
  to?: DestinationId;
  /** wait: the month the headline says to wait for. */
  waitFor?: number;
  /** switch: places it must never suggest. */
  notTo?: DestinationId[];
  tier?: LodgingTier;
  transfers?: ('road' | 'flight')[];
  cost?: number;
  nights?: number[];
  reason?: RefusalReason;
  missing?: TripInputField[];
  summaryHas?: string[];
  lossHas?: string[];
  nextActionHas?: string;
};

type Case = {
  /** What is decided, and the pack fact (or rule) it rests on. */
  name: string;
  /** The pack fact the case relies on; checked first so a changed fact fails loudly, not the verdict silently. */
  fact?: () => boolean;
  inputs: TripInputs;
  guard?: GuardSignal;
  now?: Date;
  expect: Expect;
};

const refusals: Case[] = [
  { name: 'no place and no priority: ask for destinations (rule: focus is essential)', inputs: { month: 8 }, expect: { outcome: 'refused', reason: 'missing_inputs', missing: ['destinations', 'budget_amount'] } },
  { name: 'Serengeti named but no timing: ask for the month (fact: Serengeti months differ, calving Jan–Feb vs crossings Jul–Sep)', fact: () => month('serengeti', 2).migration === 'calving' && month('serengeti', 8).migration === 'river_crossings', inputs: { destinations: ['serengeti'] }, expect: { outcome: 'refused', reason: 'missing_inputs', missing: ['month', 'budget_amount'] } },
  { name: 'nothing known: ask for destinations and month', inputs: {}, expect: { outcome: 'refused', reason: 'missing_inputs', missing: ['destinations', 'month', 'budget_amount'] } },
  { name: 'gorillas wanted but no timing (fact: gorilla trails are muddiest in April at Bwindi)', fact: () => month('bwindi', 4).rain === 'heavy', inputs: { priorities: ['gorillas'], adults: 2 }, expect: { outcome: 'refused', reason: 'missing_inputs', missing: ['month', 'budget_amount'] } },
  { name: 'Bwindi with two children, no month: ask for the month and, because gorilla permits need 15, the children’s ages', fact: () => dest('bwindi').min_age?.age === 15, inputs: { destinations: ['bwindi'], children: 2 }, expect: { outcome: 'refused', reason: 'missing_inputs', missing: ['month', 'child_ages', 'budget_amount'] } },
  { name: 'Kruger with two children, no month: the month and the budget, not the ages (Kruger has no permit age, its 12+ is for bush walks)', fact: () => dest('kruger').kind === 'safari' && dest('kruger').permits.every((p) => p.min_age === undefined), inputs: { destinations: ['kruger'], children: 2 }, expect: { outcome: 'refused', reason: 'missing_inputs', missing: ['month', 'budget_amount'] } },
  { name: 'only a budget: ask for destinations and month', inputs: { budget_amount: 3000, budget_currency: 'USD', adults: 2 }, expect: { outcome: 'refused', reason: 'missing_inputs', missing: ['destinations', 'month'] } },
  { name: 'an exclusion is not a focus: ask for destinations', inputs: { excluded_destinations: ['zanzibar'], month: 7 }, expect: { outcome: 'refused', reason: 'missing_inputs', missing: ['destinations', 'budget_amount'] } },
  { name: 'an empty destination list is not a focus', inputs: { destinations: [], month: 7 }, expect: { outcome: 'refused', reason: 'missing_inputs', missing: ['destinations', 'budget_amount'] } },
  { name: 'end date before start date at Kruger', inputs: { destinations: ['kruger'], start_date: '2027-06-10', end_date: '2027-06-01' }, expect: { outcome: 'refused', reason: 'contradictory', missing: ['start_date', 'end_date'] } },
  { name: 'two children but one age given, on a gorilla trek: the other child may be under 15, so which is right decides', inputs: { destinations: ['bwindi'], month: 7, children: 2, child_ages: [16] }, expect: { outcome: 'refused', reason: 'contradictory', missing: ['children', 'child_ages'] } },
  { name: 'two children but one age given in Amboseli (no age rule): the same verdict either way, so it books', inputs: { destinations: ['amboseli'], month: 8, children: 2, child_ages: [8] }, expect: { outcome: 'book', stops: ['amboseli'] } },
  { name: 'group of 2 cannot hold 2 adults and a child', inputs: { destinations: ['tsavo'], month: 9, group_size: 2, adults: 2, children: 1 }, expect: { outcome: 'refused', reason: 'contradictory', missing: ['group_size', 'adults', 'children'] } },
  { name: 'July stated but the start date is in August', inputs: { destinations: ['masai_mara'], month: 7, start_date: '2027-08-03' }, expect: { outcome: 'refused', reason: 'contradictory', missing: ['month', 'start_date'] } },
  { name: 'ten days stated but the dates span a week', inputs: { destinations: ['etosha'], start_date: '2027-08-01', end_date: '2027-08-08', duration_days: 10 }, expect: { outcome: 'refused', reason: 'contradictory', missing: ['duration_days', 'start_date', 'end_date'] } },
  { name: 'Zanzibar both wanted and ruled out', inputs: { destinations: ['zanzibar', 'serengeti'], excluded_destinations: ['zanzibar'], month: 9 }, expect: { outcome: 'refused', reason: 'contradictory', missing: ['destinations', 'excluded_destinations'] } },
  { name: 'a start date that has already passed (now is 21 Nov 2026)', inputs: { destinations: ['chobe'], start_date: '2026-10-01' }, expect: { outcome: 'refused', reason: 'contradictory', missing: ['start_date'] } },
  { name: 'March 2026 has already passed', inputs: { destinations: ['serengeti'], month: 3, year: 2026 }, expect: { outcome: 'refused', reason: 'contradictory', missing: ['month', 'year'] } },
  { name: 'year 2027 stated but the start date is in 2028', inputs: { destinations: ['ruaha'], year: 2027, start_date: '2028-08-01' }, expect: { outcome: 'refused', reason: 'contradictory', missing: ['year', 'start_date'] } },
  { name: 'visa question on a Kenya trip: out of scope, points to the official source', inputs: { destinations: ['masai_mara'], month: 8 }, guard: { reason: 'out_of_scope', topic: 'visa' }, expect: { outcome: 'refused', reason: 'out_of_scope', missing: [], nextActionHas: 'official' } },
  { name: 'vaccines for Bwindi: out of scope, points to a doctor, gives no health advice', inputs: { destinations: ['bwindi'], month: 7 }, guard: { reason: 'out_of_scope', topic: 'health' }, expect: { outcome: 'refused', reason: 'out_of_scope', missing: [], nextActionHas: 'doctor' } },
  { name: 'asking to guarantee a Serengeti lodge price: out of scope, suggests a written quote', inputs: { destinations: ['serengeti'], month: 8 }, guard: { reason: 'out_of_scope', topic: 'price_guarantee' }, expect: { outcome: 'refused', reason: 'out_of_scope', missing: [], nextActionHas: 'quote' } },
  { name: 'an unsafe request is refused even with complete inputs', inputs: { destinations: ['kruger'], month: 8, adults: 2 }, guard: { reason: 'unsafe', topic: 'non_travel' }, expect: { outcome: 'refused', reason: 'unsafe', missing: [] } },
];

const books: Case[] = [
  { name: 'Maasai Mara in August: river crossings, 5/5, dry; fly in because the 5.5 h road beats the assumed 4 h tolerance', fact: () => month('masai_mara', 8).migration === 'river_crossings' && month('masai_mara', 8).wildlife === 5 && dest('masai_mara').gateway.drive_hours === 5.5 && dest('masai_mara').gateway.fly_in, inputs: { destinations: ['masai_mara'], month: 8 }, expect: { outcome: 'book', type: 'itinerary_reco', stops: ['masai_mara'], transfers: ['flight'], tier: 'fair_value', summaryHas: ['August', '5.5 h'] } },
  { name: 'Maasai Mara in August with a 6 h drive tolerance: by road from Nairobi (gateway 5.5 h)', fact: () => dest('masai_mara').gateway.drive_hours === 5.5, inputs: { destinations: ['masai_mara'], month: 8, drive_tolerance_hours: 6 }, expect: { outcome: 'book', stops: ['masai_mara'], transfers: ['road'], summaryHas: ['5.5 h drive'] } },
  { name: 'Serengeti in February for the migration: calving season', fact: () => month('serengeti', 2).migration === 'calving', inputs: { destinations: ['serengeti'], month: 2, priorities: ['migration'] }, expect: { outcome: 'book', stops: ['serengeti'], summaryHas: ['February'] } },
  { name: 'Serengeti on fixed January dates: calving on the southern plains, 6 nights from the dates', fact: () => month('serengeti', 1).migration === 'calving' && !month('serengeti', 1).closed, inputs: { destinations: ['serengeti'], start_date: '2027-01-10', end_date: '2027-01-16' }, expect: { outcome: 'book', stops: ['serengeti'], nights: [6] } },
  { name: 'Kruger in August for the big five: 5/5 and dry; 1.5 h road from the gateway', fact: () => month('kruger', 8).wildlife === 5 && month('kruger', 8).rain === 'dry' && dest('kruger').gateway.drive_hours === 1.5, inputs: { destinations: ['kruger'], month: 8, priorities: ['big_five'] }, expect: { outcome: 'book', stops: ['kruger'], transfers: ['road'] } },
  { name: 'Zanzibar in February for the beach: dry, 5/5; typical 5 nights at $180 + $44 insurance', fact: () => month('zanzibar', 2).rain === 'dry' && dest('zanzibar').cost_floor_usd_pppn.fair_value === 180 && dest('zanzibar').nights.ideal === 5, inputs: { destinations: ['zanzibar'], month: 2, priorities: ['beach'] }, expect: { outcome: 'book', stops: ['zanzibar'], cost: 5 * 180 + 44 } },
  { name: 'Volcanoes in July, 2 adults: dry; cost includes the $1,500 Rwanda permit and half the $100-a-day car (3 nights x $300 + 1,500 + 3 x 100 / 2)', fact: () => month('volcanoes', 7).rain === 'dry' && dest('volcanoes').permits[0]!.cost_usd === 1500 && dest('volcanoes').cost_floor_usd_pppn.fair_value === 300 && dest('volcanoes').vehicle_usd_per_day === 100, inputs: { destinations: ['volcanoes'], month: 7, adults: 2 }, expect: { outcome: 'book', stops: ['volcanoes'], cost: 3 * 300 + 1500 + (3 * 100) / 2 } },
  { name: 'Bwindi in July with a 16-year-old: permit age 15 is met; cheapest permit ($800) counted once', fact: () => dest('bwindi').min_age?.age === 15 && Math.min(...dest('bwindi').permits.map((p) => p.cost_usd)) === 800, inputs: { destinations: ['bwindi'], month: 7, priorities: ['gorillas'], adults: 2, children: 1, child_ages: [16] }, expect: { outcome: 'book', stops: ['bwindi'], cost: 3 * dest('bwindi').cost_floor_usd_pppn.fair_value + 800 + (3 * dest('bwindi').vehicle_usd_per_day!) / 3 } },
  { name: 'Chobe then Victoria Falls in September: linked by a 1.5 h road via Kazungula', fact: () => pack.link('chobe', 'victoria_falls')?.drive_hours === 1.5, inputs: { destinations: ['chobe', 'victoria_falls'], month: 9 }, expect: { outcome: 'book', stops: ['chobe', 'victoria_falls'], transfers: ['road', 'road'] } },
  { name: 'Serengeti and Ngorongoro, 8 days (7 nights) in August: 3 h road link, nights split 6 + 1 by typical stays (4 and 1)', fact: () => pack.link('serengeti', 'ngorongoro')?.drive_hours === 3 && dest('ngorongoro').nights.ideal === 1, inputs: { destinations: ['serengeti', 'ngorongoro'], month: 8, duration_days: 8 }, expect: { outcome: 'book', stops: ['serengeti', 'ngorongoro'], nights: [6, 1], transfers: ['flight', 'road'] } },
  { name: 'Okavango in August for comfort with $20,000 each: premium tier fits (4 nights x $1,800)', fact: () => dest('okavango_delta').cost_floor_usd_pppn.premium === 1800 && month('okavango_delta', 8).wildlife === 5, inputs: { destinations: ['okavango_delta'], month: 8, priorities: ['comfort'], budget_amount: 20000, budget_currency: 'USD', budget_basis: 'per_person' }, expect: { outcome: 'book', tier: 'premium', cost: 7200 } },
  { name: 'Etosha in August for value, no drive limit stated: the 5 h road from Windhoek is a trade-off, not a reason to switch', fact: () => dest('etosha').gateway.drive_hours === 5 && !dest('etosha').gateway.fly_in && month('etosha', 8).rain === 'dry', inputs: { destinations: ['etosha'], month: 8, priorities: ['value'], adults: 2 }, expect: { outcome: 'book', stops: ['etosha'], transfers: ['road'] } },
  { name: 'Etosha in August with at most 3 h of driving a day: 5 h by road and no usual fly-in rules it out', fact: () => dest('etosha').gateway.drive_hours === 5 && !dest('etosha').gateway.fly_in, inputs: { destinations: ['etosha'], month: 8, priorities: ['value'], adults: 2, drive_tolerance_hours: 3 }, expect: { outcome: 'switch' } },
  { name: 'Etosha in August, 5 nights on $1,000 each: fair value ($220) is over, budget tier ($90) fits', fact: () => dest('etosha').cost_floor_usd_pppn.fair_value === 220 && dest('etosha').cost_floor_usd_pppn.budget === 90, inputs: { destinations: ['etosha'], month: 8, duration_days: 6, budget_amount: 1000, budget_currency: 'USD', budget_basis: 'per_person', drive_tolerance_hours: 6 }, expect: { outcome: 'book', tier: 'budget', cost: 450 } },
  { name: 'beach and big five in September, 10 days: a two-stop route with Zanzibar (the only beach 5)', fact: () => dest('zanzibar').strengths.beach === 5 && month('zanzibar', 9).rain === 'dry', inputs: { priorities: ['beach', 'big_five'], month: 9, duration_days: 10 }, expect: { outcome: 'book', type: 'itinerary_reco', stops: ['masai_mara', 'zanzibar'] } },
  { name: 'gorillas in July, adults only: Volcanoes (dry) over Bwindi (light rain)', fact: () => month('volcanoes', 7).rain === 'dry' && month('bwindi', 7).rain === 'light', inputs: { priorities: ['gorillas'], month: 7, adults: 2 }, expect: { outcome: 'book', stops: ['volcanoes'] } },
  { name: 'walking safaris in August: South Luangwa (walking 5, August 5/5 dry)', fact: () => dest('south_luangwa').strengths.walking === 5 && month('south_luangwa', 8).wildlife === 5, inputs: { priorities: ['walking'], month: 8 }, expect: { outcome: 'book', stops: ['south_luangwa'] } },
  { name: 'slow pace, 9 days (8 nights), three northern Tanzania parks: two stops (4 nights each minimum), Tarangire left out', fact: () => pack.link('serengeti', 'ngorongoro') !== undefined, inputs: { destinations: ['serengeti', 'ngorongoro', 'tarangire'], month: 8, duration_days: 9, pace: 'slow' }, expect: { outcome: 'book', stops: ['serengeti', 'ngorongoro'], lossHas: ['Tarangire'] } },
  { name: 'Amboseli in August with children of 8 and 10: no minimum age, 4 h road within tolerance', fact: () => dest('amboseli').min_age === undefined && dest('amboseli').gateway.drive_hours === 4, inputs: { destinations: ['amboseli'], month: 8, adults: 2, children: 2, child_ages: [8, 10] }, expect: { outcome: 'book', stops: ['amboseli'], transfers: ['road'] } },
  { name: 'Tsavo in September for value: dry season at the waterholes, 3 h road from Mombasa', fact: () => month('tsavo', 9).rain === 'dry' && dest('tsavo').gateway.drive_hours === 3, inputs: { destinations: ['tsavo'], month: 9, priorities: ['value'] }, expect: { outcome: 'book', stops: ['tsavo'], transfers: ['road'] } },
  { name: 'Victoria Falls in August: the cheapest entry ($20 Zambia side) counted once, 2 nights at $200', fact: () => dest('victoria_falls').cost_floor_usd_pppn.fair_value === 200 && Math.min(...dest('victoria_falls').permits.map((p) => p.cost_usd)) === 20, inputs: { destinations: ['victoria_falls'], month: 8 }, expect: { outcome: 'book', cost: 420 } },
  { name: 'Maasai Mara in July on KES 400,000 for two: 129 KES per USD makes about $1,550 each, fair value fits', fact: () => pack.pack.currency.per_usd.KES === 129 && dest('masai_mara').cost_floor_usd_pppn.fair_value === 450, inputs: { destinations: ['masai_mara'], month: 7, adults: 2, budget_amount: 400000, budget_currency: 'KES', budget_basis: 'total' }, expect: { outcome: 'book', tier: 'fair_value', summaryHas: ['$1,550'] } },
  { name: 'Lake Manyara in January for birding: wet-season birding at its best (birding 5)', fact: () => dest('lake_manyara').strengths.birding === 5 && month('lake_manyara', 1).rain === 'light', inputs: { destinations: ['lake_manyara'], month: 1, priorities: ['birding'] }, expect: { outcome: 'book', stops: ['lake_manyara'] } },
  { name: 'Serengeti in July, 5 nights on EUR 2,500 each: 0.86 EUR per USD makes about $2,910, fair value (5 x $450) fits', fact: () => pack.pack.currency.per_usd.EUR === 0.86 && dest('serengeti').cost_floor_usd_pppn.fair_value === 450, inputs: { destinations: ['serengeti'], month: 7, duration_days: 6, budget_amount: 2500, budget_currency: 'EUR', budget_basis: 'per_person' }, expect: { outcome: 'book', tier: 'fair_value', cost: 2250 } },
  { name: 'Laikipia in August for privacy: privacy 5, crowding 3', fact: () => dest('laikipia').strengths.privacy === 5 && month('laikipia', 8).crowding === 3, inputs: { destinations: ['laikipia'], month: 8, priorities: ['privacy'] }, expect: { outcome: 'book', stops: ['laikipia'] } },
  { name: 'Zanzibar in April with fixed dates: beach weather 2/5 in the long rains and no other beach in the pack; dates that cannot move are booked with the rain named (blind-17 labellers), not discarded', fact: () => month('zanzibar', 4).rain === 'heavy' && month('zanzibar', 4).wildlife === 2 && !month('zanzibar', 4).closed && dest('zanzibar').strengths.beach === 5, inputs: { destinations: ['zanzibar'], month: 4, priorities: ['beach'], flexible_dates: false }, expect: { outcome: 'book', stops: ['zanzibar'], summaryHas: ['Zanzibar', 'April', 'heavy rain'] } },
  { name: 'Maasai Mara this month (November, now 21 Nov): short notice is a loss', fact: () => !month('masai_mara', 11).closed, inputs: { destinations: ['masai_mara'], month: 11 }, expect: { outcome: 'book', lossHas: ['Short notice'], summaryHas: ['November 2026'] } },
  { name: 'Serengeti in March for the migration: herds on the southern plains; March is past, so March 2027', fact: () => month('serengeti', 3).migration !== 'none', inputs: { destinations: ['serengeti'], month: 3, priorities: ['migration'] }, expect: { outcome: 'book', summaryHas: ['March 2027'] } },
  { name: 'Maasai Mara and Zanzibar, 9 days in August: linked by flights via Nairobi', fact: () => pack.link('masai_mara', 'zanzibar')?.flight === true, inputs: { destinations: ['masai_mara', 'zanzibar'], month: 8, duration_days: 9 }, expect: { outcome: 'book', stops: ['masai_mara', 'zanzibar'], transfers: ['flight', 'flight'] } },
  { name: 'Bwindi and Volcanoes in July: 4 h road across the border, within the assumed 4 h', fact: () => pack.link('bwindi', 'volcanoes')?.drive_hours === 4, inputs: { destinations: ['bwindi', 'volcanoes'], month: 7, adults: 2 }, expect: { outcome: 'book', stops: ['bwindi', 'volcanoes'], transfers: ['flight', 'road'] } },
];

const waits: Case[] = [
  { name: 'Maasai Mara in April, flexible: long rains (heavy) now, July is 5/5 and dry', fact: () => month('masai_mara', 4).rain === 'heavy' && month('masai_mara', 7).wildlife === 5 && month('masai_mara', 7).rain === 'dry', inputs: { destinations: ['masai_mara'], month: 4, flexible_dates: true }, expect: { outcome: 'wait', type: 'timing_verdict', to: 'masai_mara', waitFor: 7 } },
  { name: 'South Luangwa in February, flexible: bush camps closed in the rains, open again by May', fact: () => month('south_luangwa', 2).closed && month('south_luangwa', 3).closed && !month('south_luangwa', 5).closed, inputs: { destinations: ['south_luangwa'], month: 2, flexible_dates: true }, expect: { outcome: 'wait', to: 'south_luangwa', waitFor: 5 } },
  { name: 'Ruaha in April, month only: closed April and May, June dry (within two months)', fact: () => month('ruaha', 4).closed && month('ruaha', 5).closed && month('ruaha', 6).rain === 'dry', inputs: { destinations: ['ruaha'], month: 4 }, expect: { outcome: 'wait', to: 'ruaha', waitFor: 6 } },
  { name: 'Nyerere in May, month only: most camps still closed; July is 4/5 and dry', fact: () => month('nyerere', 5).closed && month('nyerere', 7).rain === 'dry' && month('nyerere', 7).wildlife === 4, inputs: { destinations: ['nyerere'], month: 5 }, expect: { outcome: 'wait', to: 'nyerere', waitFor: 7 } },
  { name: 'Zanzibar in April, flexible: long rains (heavy), July dry and 5/5', fact: () => month('zanzibar', 4).rain === 'heavy' && month('zanzibar', 7).rain === 'dry', inputs: { destinations: ['zanzibar'], month: 4, priorities: ['beach'], flexible_dates: true }, expect: { outcome: 'wait', to: 'zanzibar', waitFor: 7 } },
  { name: 'Amboseli in April, flexible: moderate rain, 3/5; July 5/5 and dry', fact: () => month('amboseli', 4).rain === 'moderate' && month('amboseli', 7).wildlife === 5, inputs: { destinations: ['amboseli'], month: 4, flexible_dates: true }, expect: { outcome: 'wait', to: 'amboseli', waitFor: 7 } },
];

const switches: Case[] = [
  { name: 'Etosha with a 4 h drive limit: 5 h road from Windhoek and no usual fly-in', fact: () => dest('etosha').gateway.drive_hours === 5 && !dest('etosha').gateway.fly_in, inputs: { destinations: ['etosha'], month: 8, drive_tolerance_hours: 4 }, expect: { outcome: 'switch', type: 'comparison', notTo: ['etosha'] } },
  { name: 'Kruger on fixed December dates for the big five: summer rain and crowds, but the big five are resident and the trip still fair → book Kruger, not Ngorongoro (5/5)', fact: () => month('kruger', 12).rain === 'moderate' && month('kruger', 12).crowding === 5 && month('ngorongoro', 12).wildlife === 5, inputs: { destinations: ['kruger'], month: 12, priorities: ['big_five'], flexible_dates: false }, expect: { outcome: 'book', to: 'kruger' } },
  // A named place weak only by its rain (game still 3/5) is not left for another region (East Africa's dry season): booked with the rain named.
  { name: 'Chobe on fixed February dates for dense game: heavy rain disperses the elephants, game still 3/5 → booked with the rain named, not sent to East Africa', fact: () => month('chobe', 2).rain === 'heavy' && month('chobe', 2).wildlife === 3, inputs: { destinations: ['chobe'], month: 2, priorities: ['wildlife_density'], flexible_dates: false }, expect: { outcome: 'book', stops: ['chobe'], summaryHas: ['heavy rain'] } },
  { name: 'Maasai Mara in April, dates fixed: long rains (heavy), resident game still 3/5 → booked with the rain named (blind-17 labellers), never a park in southern Africa', fact: () => month('masai_mara', 4).rain === 'heavy' && month('masai_mara', 4).wildlife >= 3, inputs: { destinations: ['masai_mara'], month: 4, flexible_dates: false }, expect: { outcome: 'book', stops: ['masai_mara'], summaryHas: ['heavy rain'] } },
  { name: 'South Luangwa on fixed February dates: closed in the rains', fact: () => month('south_luangwa', 2).closed, inputs: { destinations: ['south_luangwa'], start_date: '2027-02-03', end_date: '2027-02-10' }, expect: { outcome: 'switch', notTo: ['south_luangwa'] } },
  { name: 'Maasai Mara in April, fixed, with Kruger, Ngorongoro and Serengeti ruled out: never to an excluded place', fact: () => month('masai_mara', 4).rain === 'heavy', inputs: { destinations: ['masai_mara'], month: 4, flexible_dates: false, excluded_destinations: ['kruger', 'ngorongoro', 'serengeti'] }, expect: { outcome: 'book', stops: ['masai_mara'] } },
  { name: 'Ruaha on fixed April dates: closed by the long rains', fact: () => month('ruaha', 4).closed, inputs: { destinations: ['ruaha'], start_date: '2027-04-12', end_date: '2027-04-18' }, expect: { outcome: 'switch', notTo: ['ruaha'] } },
  // Value says how to go; Tsavo's own draw is weighed beside it, so Amboseli or Samburu (both flown in, same fair-value floor) may serve.
  { name: 'Tsavo with a 2 h drive limit: 3 h road from Mombasa, no fly-in → a flown-in Kenyan park, not Kruger (value 5) across the continent', fact: () => dest('tsavo').gateway.drive_hours === 3 && !dest('tsavo').gateway.fly_in && dest('amboseli').gateway.fly_in && dest('samburu').gateway.fly_in && dest('kruger').strengths.value === 5, inputs: { destinations: ['tsavo'], month: 9, drive_tolerance_hours: 2, priorities: ['value'] }, expect: { outcome: 'switch', notTo: ['kruger', 'tsavo', 'serengeti', 'masai_mara', 'laikipia'] } },
  { name: 'Nyerere on fixed May dates: most camps closed', fact: () => month('nyerere', 5).closed, inputs: { destinations: ['nyerere'], start_date: '2027-05-05', end_date: '2027-05-10' }, expect: { outcome: 'switch', notTo: ['nyerere'] } },
];

const discards: Case[] = [
  { name: 'Okavango in June on $500 for two: $250 each is far under the Delta ($380 x 4 nights), and Chobe at $120 a night reaches two nights, not the four pictured', fact: () => dest('okavango_delta').cost_floor_usd_pppn.budget === 380 && floorsIn(dest('chobe'), 6).budget === 120, inputs: { destinations: ['okavango_delta'], month: 6, budget_amount: 500, budget_currency: 'USD', budget_basis: 'total', adults: 2 }, expect: { outcome: 'discard' } },
  { name: 'Bwindi for gorillas with a 10-year-old: permits need 15, and Volcanoes has the same rule', fact: () => dest('bwindi').min_age?.age === 15 && dest('volcanoes').min_age?.age === 15, inputs: { destinations: ['bwindi'], month: 7, priorities: ['gorillas'], children: 1, child_ages: [10] }, expect: { outcome: 'discard', type: 'fit_assessment', summaryHas: ['15', '10'] } },
  { name: 'Volcanoes with children of 12 and 16: the youngest is under the permit age of 15', fact: () => dest('volcanoes').min_age?.age === 15, inputs: { destinations: ['volcanoes'], month: 8, children: 2, child_ages: [12, 16] }, expect: { outcome: 'discard', summaryHas: ['15', '12'] } },
  { name: 'big five on $100 each for 5 nights: under every floor (lowest is $60 a night plus fees)', fact: () => Math.min(...pack.pack.destinations.map((d) => d.cost_floor_usd_pppn.budget)) === 60, inputs: { priorities: ['big_five'], month: 8, duration_days: 6, budget_amount: 100, budget_currency: 'USD', budget_basis: 'per_person' }, expect: { outcome: 'discard' } },
  { name: 'Serengeti on $300 each for 4 nights: budget floor $320 a night; no safari is that cheap', fact: () => dest('serengeti').cost_floor_usd_pppn.budget === 320, inputs: { destinations: ['serengeti'], month: 8, duration_days: 5, budget_amount: 300, budget_currency: 'USD', budget_basis: 'per_person' }, expect: { outcome: 'discard', summaryHas: ['$1,280'] } },
  { name: 'gorillas with a 12-year-old, no place named: both gorilla parks need 15', fact: () => dest('bwindi').min_age?.age === 15 && dest('volcanoes').min_age?.age === 15, inputs: { priorities: ['gorillas'], month: 7, children: 1, child_ages: [12] }, expect: { outcome: 'discard', summaryHas: ['15'] } },
  { name: 'Okavango on $100 for two: $50 each is under every place’s floor', fact: () => Math.min(...pack.pack.destinations.map((d) => d.cost_floor_usd_pppn.budget)) > 50, inputs: { destinations: ['okavango_delta'], month: 8, budget_amount: 100, budget_currency: 'USD', budget_basis: 'total', adults: 2 }, expect: { outcome: 'discard' } },
  { name: 'gorillas on $900 each: the cheapest permit alone is $800 (Bwindi) plus $90 a night and half a $100-a-day car', fact: () => Math.min(...dest('bwindi').permits.map((p) => p.cost_usd)) === 800 && dest('bwindi').cost_floor_usd_pppn.budget === 90 && dest('bwindi').vehicle_usd_per_day === 100, inputs: { priorities: ['gorillas'], month: 7, budget_amount: 900, budget_currency: 'USD', budget_basis: 'per_person' }, expect: { outcome: 'discard', summaryHas: ['$1,220'] } },
  { name: 'gorillas in GBP: 600 GBP at 0.75 per USD is $800 each, below Bwindi’s 3-night floor ($1,070)', fact: () => pack.pack.currency.per_usd.GBP === 0.75, inputs: { priorities: ['gorillas'], month: 8, budget_amount: 600, budget_currency: 'GBP', budget_basis: 'per_person' }, expect: { outcome: 'discard' } },
];

const all = [...refusals, ...books, ...waits, ...switches, ...discards];

describe('decide() table: verdicts grounded in the pack', () => {
  it('has at least 60 cases across all outcomes', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    const outcomes = new Set(all.map((c) => c.expect.outcome));
    expect([...outcomes].sort()).toStrictEqual(['book', 'discard', 'refused', 'switch', 'wait']);
    const reasons = new Set(all.map((c) => c.expect.reason).filter(Boolean));
    expect([...reasons].sort()).toStrictEqual(['contradictory', 'missing_inputs', 'out_of_scope', 'unsafe']);
  });

  it.each(all.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    if (c.fact) expect(c.fact(), 'the pack fact this case relies on no longer holds').toBe(true);
    const r = decide(c.inputs, pack, c.now ?? NOW, c.guard);
    const x = c.expect;
    const content = r.content;
    expect(DecisionContentSchema.safeParse(content).success).toBe(true);
    expect(content.verdict.outcome).toBe(x.outcome);
    if (x.type) expect(content.decision_type).toBe(x.type);
    if (x.reason) expect(content.refusal?.reason).toBe(x.reason);
    if (x.missing) expect(content.refusal?.missing_inputs).toStrictEqual(x.missing);
    if (x.nextActionHas) expect(content.refusal?.next_action.toLowerCase()).toContain(x.nextActionHas);
    for (const s of x.summaryHas ?? []) expect(content.verdict.summary).toContain(s);
    for (const s of x.lossHas ?? []) expect(content.tradeoffs.losses.join(' ')).toContain(s);
    if (x.to) expect(content.verdict.headline).toContain(dest(x.to).name);
    if (x.waitFor) expect(content.verdict.headline).toContain(MONTHS[x.waitFor - 1]);
    if (x.notTo) for (const id of x.notTo) expect(content.verdict.headline).not.toContain(dest(id).name);
    if (x.outcome === 'book') {
      expect(r.kind === 'issued' && r.itinerary).toBeTruthy();
      const it = (r as { itinerary: NonNullable<Extract<typeof r, { kind: 'issued' }>['itinerary']> }).itinerary;
      expect(ItineraryDraftSchema.safeParse(it).success).toBe(true);
      if (x.stops) expect(it.route.map((s) => s.destination_id)).toStrictEqual(x.stops);
      if (x.transfers) expect(it.route.map((s) => s.transfer)).toStrictEqual(x.transfers);
      if (x.nights) expect(it.route.map((s) => s.nights)).toStrictEqual(x.nights);
      if (x.tier) expect(it.route.every((s) => s.lodging_tier === x.tier)).toBe(true);
      if (x.cost !== undefined) expect(it.estimated_cost_usd_per_person).toBe(x.cost);
    } else {
      expect(r.kind === 'issued' ? r.itinerary : undefined).toBeUndefined();
    }
  });
});
