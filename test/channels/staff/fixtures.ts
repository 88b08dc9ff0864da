/** Conversations the staff tests seed: each outcome, a refusal, a reversal, several channels. */
import type { SeedConversation } from './support/seed';

export const MARA_BOOK = { destinations: ['masai_mara'], month: 8, adults: 2, priorities: ['migration'], duration_days: 7, budget_amount: 6000, budget_currency: 'USD', budget_basis: 'per_person' } as const;
export const MARA_WAIT = { destinations: ['masai_mara'], month: 4, priorities: ['migration'], flexible_dates: true } as const;
export const MARA_SWITCH = { destinations: ['masai_mara'], month: 3, priorities: ['migration'] } as const;
export const BWINDI_DISCARD = { destinations: ['bwindi'], month: 7, adults: 2, children: 1, child_ages: [10], priorities: ['gorillas'] } as const;
export const SERENGETI_ONLY = { destinations: ['serengeti'] } as const;

/** One conversation per shape, started `minutes` after `day`'s midnight. */
export function shapes(tenantId: string, day: string): SeedConversation[] {
  const start = (minutes: number) => new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000).toISOString();
  return [
    { tenantId, startedAt: start(60), turns: [{ text: 'Masai Mara in August, 2 adults, the migration, 7 days, $6000 each', inputs: { ...MARA_BOOK, destinations: [...MARA_BOOK.destinations], priorities: [...MARA_BOOK.priorities] } }] },
    { tenantId, startedAt: start(120), channel: 'sms', turns: [{ text: 'the Mara in April? we can move dates, migration please', inputs: { ...MARA_WAIT, destinations: ['masai_mara'], priorities: ['migration'] } }] },
    {
      tenantId,
      startedAt: start(180),
      turns: [
        { text: 'Serengeti', inputs: { destinations: ['serengeti'] } },
        { text: 'Masai Mara in March for the migration', inputs: { ...MARA_SWITCH, destinations: ['masai_mara'], priorities: ['migration'] } },
        { text: 'actually August, 2 adults, 7 days, $6000 each', inputs: { ...MARA_BOOK, destinations: ['masai_mara'], priorities: ['migration'] } },
      ],
    },
    { tenantId, startedAt: start(240), channel: 'whatsapp', turns: [{ text: 'Gorillas in Bwindi in July with our 10 year old <script>alert(1)</script>', inputs: { ...BWINDI_DISCARD, destinations: ['bwindi'], child_ages: [10], priorities: ['gorillas'] } }] },
    { tenantId, startedAt: start(300), turns: [{ text: 'Do I need a visa?', inputs: {}, guard: { reason: 'out_of_scope', topic: 'visa' } }] },
    { tenantId, startedAt: start(360), turns: [] },
  ];
}
