import { TenantId } from '../ids';
import { IsoDateTime } from '../time';
import * as z from '../zod-mini';

// The entities are written with zod/mini (../zod-mini.ts): the message function parses them
// from its first `hello`, and classic zod builds costly schema objects at module load.

/** Channels a traveler can reach the agent through. */
export const CHANNELS = ['web', 'sms', 'whatsapp'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

/** Fields every stored record carries: its tenant and its times. */
export const recordBase = {
  tenant_id: TenantId,
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
};

/** Optimistic-concurrency version for records updated in place (sessions, leads). */
export const Version = z.number().check(z.int(), z.minimum(0));
