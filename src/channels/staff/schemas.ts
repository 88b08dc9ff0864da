/**
 * zod schemas of every staff input (query strings, JSON bodies, console forms). A request
 * that does not parse is answered 400 naming the bad field, before anything is read or written.
 */
import { z } from 'zod';
import { CHANNELS } from '../../domain/entities/common';
import { DECISION_STATES, OUTCOMES } from '../../domain/entities/decision';
import { LEAD_STATES } from '../../domain/entities/lead';
import { REVIEW_ACTIONS, REVIEW_REASON_CODES, REVIEW_STATUSES } from '../../domain/entities/review';
import { DecisionId, LeadId, ReviewId, SessionId } from '../../domain/ids';
import { IsoDateTime } from '../../domain/time';
import { STAFF_ROLES } from '../../store/repositories/staff-credentials';
import { StaffError } from './errors';

const LogicVersion = z.string().regex(/^rules_v\d+\.\d+$/, 'a logic version such as rules_v1.0');
const Day = z.iso.date();
/** An instant or a day (a day means its start, UTC). */
const Instant = z.union([IsoDateTime, Day.transform((d) => `${d}T00:00:00.000Z`)]);
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const opt = <T extends z.core.SomeType>(t: T) => z.preprocess(emptyToUndefined, z.optional(t));

export const PageQuery = z.object({
  limit: opt(z.coerce.number().int().min(1).max(100)),
  cursor: opt(z.string().max(2048)),
});

export const LeadsQuery = PageQuery.extend({ state: z.enum(LEAD_STATES) });

export const ConversationsQuery = PageQuery.extend({
  state: opt(z.enum(LEAD_STATES)),
  outcome: opt(z.enum([...OUTCOMES, 'none'])),
  channel: opt(z.enum(CHANNELS)),
  from: opt(Instant),
  to: opt(Instant),
  logic_version: opt(LogicVersion),
  needs_review: opt(z.enum(['true', 'false', 'on']).transform((v) => v !== 'false')),
  destination: opt(z.string().regex(/^[a-z_]{2,40}$/, 'a knowledge-pack destination id such as masai_mara')),
  q: opt(z.string().trim().min(2).max(200)),
});

export const DecisionsQuery = PageQuery.extend({
  from: opt(Instant),
  to: opt(Instant),
  outcome: opt(z.enum(OUTCOMES)),
  logic_version: opt(LogicVersion),
  state: opt(z.enum(DECISION_STATES)),
});

export const ReviewsQuery = PageQuery.extend({ status: z.preprocess(emptyToUndefined, z.enum(REVIEW_STATUSES).default('queued')) });

export const FlagBody = z.object({
  reason_code: z.enum(REVIEW_REASON_CODES),
  notes: z.string().trim().max(4000).default(''),
  expected_updated_at: opt(IsoDateTime),
});

export const ReviewBody = z.discriminatedUnion('status', [
  z.object({ status: z.literal('in_review'), expected_updated_at: opt(IsoDateTime) }),
  z.object({
    status: z.literal('corrected'),
    action_taken: z.enum(REVIEW_ACTIONS),
    logic_version_new: opt(LogicVersion),
    public_note: opt(z.string().trim().max(1000)),
    expected_updated_at: opt(IsoDateTime),
  }),
  z.object({ status: z.literal('closed'), public_note: opt(z.string().trim().max(1000)), expected_updated_at: opt(IsoDateTime) }),
]);

export const LeadChangeBody = z.object({ expected_version: opt(z.coerce.number().int().min(0)) });

export const RangeQuery = z.object({ from: opt(Day), to: opt(Day) });
export const RebuildBody = z.object({ day: opt(Day) });

export const PeriodQuery = z.object({
  from: Instant,
  to: Instant,
  format: z.preprocess(emptyToUndefined, z.enum(['json', 'csv']).default('json')),
  kind: z.preprocess(emptyToUndefined, z.enum(['decisions', 'messages']).default('decisions')),
});

export const SignInBody = z.object({ token: z.string().trim().min(8).max(512) });
export const OnceBody = z.object({ code: z.string().trim().min(8).max(512) });

export const NewTokenBody = z.object({
  name: z.string().trim().min(1).max(120),
  role: z.enum(STAFF_ROLES),
  days: z.coerce.number().int().min(1).max(366).default(90),
});

export const Ids = { decision: DecisionId, lead: LeadId, review: ReviewId, session: SessionId };

/** Parses input or throws a 400 naming each bad field. */
export function parse<S extends z.core.$ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = z.safeParse(schema, input);
  if (r.success) return r.data;
  const detail = r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  throw new StaffError('bad_request', detail);
}

/** An id path parameter: malformed ids are simply not found (they cannot exist). */
export function parseId(kind: keyof typeof Ids, value: string): string {
  if (!Ids[kind].safeParse(value).success) throw new StaffError('not_found', `${kind} not found`);
  return value;
}
