import { TranscriptMessageSchema, type TranscriptMessage } from '../../domain/entities/message';
import * as z from '../../domain/zod-mini';
import { entityKey } from '../keys';
import { compact, getItem, putNew, queryPage, type Item, type ListOptions, type Page, type StoreContext } from '../repository-kit';

/**
 * The stored item of a transcript message: one partition per session, sorted by the
 * message id (a ULID, so in order); replies are also indexed by their decision.
 */
export function messageItem(m: TranscriptMessage): Item {
  return compact({
    ...m,
    // The reply frame is only ever read whole (replay, the standing decision), so it is
    // kept as JSON text: far cheaper for DynamoDB and the SDK than a deep nested map.
    frame: m.frame ? JSON.stringify(m.frame) : undefined,
    pk: entityKey(m.tenant_id, m.session_id),
    sk: m.message_id,
    by_decision_pk: m.decision_id ? entityKey(m.tenant_id, m.decision_id) : undefined,
    by_decision_sk: m.decision_id ? m.message_id : undefined,
    // Only what travelers wrote is searchable by staff, so replies cost the index nothing.
    by_tenant_pk: m.direction === 'inbound' ? m.tenant_id : undefined,
    by_tenant_sk: m.direction === 'inbound' ? m.message_id : undefined,
  });
}

/** A stored message as read back: the frame decoded from its JSON text. */
export const StoredMessageSchema = z.extend(TranscriptMessageSchema, {
  frame: z.optional(
    z.pipe(
      z.pipe(
        z.string(),
        z.transform((text: string, ctx) => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            ctx.issues.push({ code: 'custom', message: 'frame is not JSON', input: text });
            return z.NEVER;
          }
        }),
      ),
      z.record(z.string(), z.unknown()),
    ),
  ),
});

/** The key of a message in the messages table. */
export function messageKey(tenantId: string, sessionId: string, messageId: string): Item {
  return { pk: entityKey(tenantId, sessionId), sk: messageId };
}

export interface TranscriptOptions extends ListOptions {
  /** Only messages after this message id (resume after the last one the client saw). */
  after?: string;
}

/** Transcript messages: a session's transcript in order, and the messages of a decision. */
export function createMessagesRepository(ctx: StoreContext) {
  return {
    /** Appends a message; DuplicateError when the id exists in the session. */
    append: (message: TranscriptMessage): Promise<void> => putNew(ctx, 'messages', messageItem(message)),
    get: (tenantId: string, sessionId: string, messageId: string): Promise<TranscriptMessage | undefined> =>
      getItem(ctx, 'messages', StoredMessageSchema, tenantId, messageKey(tenantId, sessionId, messageId)),
    /** A session's messages in order (oldest first), optionally after a message id. */
    transcript: (tenantId: string, sessionId: string, options: TranscriptOptions = {}): Promise<Page<TranscriptMessage>> =>
      queryPage(
        ctx,
        {
          tenantId,
          table: 'messages',
          list: `messages:session:${sessionId}:${options.after ?? ''}`,
          partition: { attr: 'pk', value: entityKey(tenantId, sessionId) },
          ...(options.after ? { range: { attr: 'sk', after: options.after } } : {}),
          newestFirst: false,
        },
        StoredMessageSchema,
        options,
      ),
    /** The messages of a decision in order: the inbound that led to it and the reply carrying it. */
    listByDecision: (tenantId: string, decisionId: string, options?: ListOptions): Promise<Page<TranscriptMessage>> =>
      queryPage(
        ctx,
        { tenantId, table: 'messages', index: 'by_decision', list: `messages:decision:${decisionId}`, partition: { attr: 'by_decision_pk', value: entityKey(tenantId, decisionId) }, newestFirst: false },
        StoredMessageSchema,
        options,
      ),
  };
}

export type MessagesRepository = ReturnType<typeof createMessagesRepository>;
