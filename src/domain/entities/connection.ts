import { TenantId, miniIdSchema } from '../ids';
import { MiniIsoDateTime as IsoDateTime } from '../time';
import * as z from '../zod-mini';

/** How long a WebSocket connection record lives: API Gateway's 2 h maximum. */
export const CONNECTION_TTL_SECONDS = 2 * 60 * 60;

/**
 * A live WebSocket connection (seeds 002/003), removed by TTL if `$disconnect` never comes.
 * zod/mini (../zod-mini.ts): the connection functions read it on every frame.
 */
export const ConnectionSchema = z.object({
  connection_id: z.string().check(z.minLength(1), z.maxLength(128)),
  tenant_id: TenantId,
  session_id: z.optional(miniIdSchema('sess')),
  traveler_id: z.optional(miniIdSchema('trav')),
  connected_at: IsoDateTime,
  last_seen_at: z.optional(IsoDateTime),
  origin: z.optional(z.string().check(z.maxLength(2048))),
  user_agent: z.optional(z.string().check(z.maxLength(512))),
  source_ip: z.optional(z.string().check(z.maxLength(64))),
  /** Epoch seconds after which DynamoDB deletes the record. */
  ttl: z.number().check(z.int(), z.positive()),
});
export type Connection = z.infer<typeof ConnectionSchema>;
