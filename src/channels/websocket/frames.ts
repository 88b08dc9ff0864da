import type { DialogueAct, Language } from '../../domain/dialogue';
import type { Decision } from '../../domain/entities/decision';
import type { ItineraryBrief } from '../../domain/entities/message';
import { miniIdSchema } from '../../domain/ids';
import * as z from '../../domain/zod-mini';

/** Largest client frame accepted and largest server frame ever sent (API Gateway: 32 KB). */
export const MAX_FRAME_BYTES = 32 * 1024;
/** Most characters of traveler text in one message, after trimming (PROTOCOL.md §1). */
export const MAX_TEXT_CHARS = 2000;

export const ERROR_CODES = ['bad_request', 'too_large', 'unknown_action', 'rate_limited', 'unauthorized', 'not_found', 'unavailable', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Client → server frames (PROTOCOL.md §1), validated before anything is stored. Fields
 * this version does not know are ignored, so a newer client's additions do not break it.
 * zod/mini (domain/zod-mini.ts): the connection functions answer pings with these.
 */
export const HelloFrameSchema = z.object({
  action: z.literal('hello'),
  session_id: z.optional(miniIdSchema('sess')),
  after_message_id: z.optional(miniIdSchema('msg')),
  /** Addition: the client's language (the widget's `data-locale`), for a new session's replies. */
  locale: z.optional(z.string().check(z.minLength(2), z.maxLength(35))),
});

// Characters that show nothing: controls other than line breaks and tabs, format characters
// (zero-width, direction marks, tags), variation selectors and the Hangul fillers.
const INVISIBLE = /(?![\n\r\t])[\p{Cc}\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0]/gu;

export const SendMessageFrameSchema = z.object({
  action: z.literal('sendMessage'),
  client_message_id: z.string().check(z.minLength(1), z.maxLength(64)),
  text: z.pipe(
    z.pipe(
      z.string(),
      z.transform((t: string) => t.trim()),
    ),
    // Text made only of characters that show nothing is empty. (The text is kept as typed:
    // a zero-width joiner inside an emoji belongs to it.)
    z.string().check(
      z.refine((t) => t.replace(INVISIBLE, '').trim().length > 0, 'text is empty'),
      z.maxLength(MAX_TEXT_CHARS, `text is over ${MAX_TEXT_CHARS} characters`),
    ),
  ),
});

export const PingFrameSchema = z.object({ action: z.literal('ping') });

export type HelloFrame = z.infer<typeof HelloFrameSchema>;
export type SendMessageFrame = z.infer<typeof SendMessageFrameSchema>;

/**
 * The `reply` frame of PROTOCOL.md §1, built from a neutral reply (./reply-frame.ts).
 * Additions: `itinerary` on book, `followup: true` on a follow-up the sweep sent, `dialogue` (act and language) on an answer.
 */
export interface ReplyFrame {
  type: 'reply';
  message_id: string;
  reply_to: string;
  text: string;
  decision: Omit<Decision, 'tenant_id' | 'review'>;
  itinerary?: ItineraryBrief;
  followup?: true;
  /** Addition: the dialogue act the reply answered and the language it is written in (the widget shows an answer's text, not the card again). */
  dialogue?: { act: DialogueAct; language: Language };
}

/** Server → client frames. */
export type ServerFrame =
  | { type: 'session'; session_id: string; traveler_id: string; resumed: boolean }
  | { type: 'ack'; client_message_id: string; message_id: string; duplicate: boolean }
  | { type: 'typing'; on: boolean }
  | { type: 'pong' }
  | { type: 'error'; code: ErrorCode; message: string; client_message_id?: string }
  | ReplyFrame;

export function errorFrame(code: ErrorCode, message: string, clientMessageId?: string): ServerFrame {
  return { type: 'error', code, message, ...(clientMessageId ? { client_message_id: clientMessageId } : {}) };
}

/** Parses a frame's JSON text into an object, or says what is wrong with it. */
export function parseFrameText(body: string | undefined): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  if (body === undefined || body.length === 0) return { ok: false, message: 'empty frame' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, message: 'frames are JSON text' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'a frame is one JSON object' };
  return { ok: true, value: value as Record<string, unknown> };
}

/** One readable line from a zod error, naming the field, never internals. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
