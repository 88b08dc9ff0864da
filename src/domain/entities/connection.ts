import { z } from 'zod';
import { SessionId, TenantId, TravelerId } from '../ids';
import { IsoDateTime } from '../time';

/** How long a WebSocket connection record lives: API Gateway's 2 h maximum. */
export const CONNECTION_TTL_SECONDS = 2 * 60 * 60;

/** A live WebSocket connection (seeds 002/003), removed by TTL if `$disconnect` never comes. */
export const ConnectionSchema = z.object({
  connection_id: z.string().min(1).max(128),
  tenant_id: TenantId,
  session_id: SessionId.optional(),
  traveler_id: TravelerId.optional(),
  connected_at: IsoDateTime,
  last_seen_at: IsoDateTime.optional(),
  origin: z.string().max(2048).optional(),
  user_agent: z.string().max(512).optional(),
  source_ip: z.string().max(64).optional(),
  /** Epoch seconds after which DynamoDB deletes the record. */
  ttl: z.number().int().positive(),
});
export type Connection = z.infer<typeof ConnectionSchema>;
