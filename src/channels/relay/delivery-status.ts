/**
 * Provider status callbacks (Twilio `MessageStatus`, Meta `statuses[]`): they update the
 * delivery state of a message we sent, and nothing else — never a turn. Statuses arrive
 * in any order, so a receipt only moves forward (queued < sent < delivered < read; a
 * failure is final).
 */
import type { RelayChannel } from './address';
import { applyConsent } from './consent-actions';
import type { RelayDeps } from './relay-deps';

const RANK: Record<string, number> = {
  accepted: 1, scheduled: 1, queued: 1, sending: 2, sent: 3, warning: 3, delivered: 4, read: 5, partially_delivered: 4,
  undelivered: 9, failed: 9, canceled: 9, deleted: 9,
};

/** Provider error codes of an opt-out, on a failed status. */
const OPTED_OUT = new Set(['21610', '131050']);

/** Applies one status; unknown ids (another tenant's, or never ours) change nothing. */
export async function applyStatus(deps: RelayDeps, tenantId: string, channel: RelayChannel, providerMessageId: string, status: string, errorCode?: string): Promise<void> {
  const rank = RANK[status];
  if (rank === undefined) return;
  const at = deps.clock().toISOString();
  const receipt = await deps.contacts.advanceReceipt(tenantId, channel, providerMessageId, status, rank, at, errorCode);
  if (!receipt) return;
  const outcome = rank >= 9 ? 'failed' : rank >= 3 ? 'sent' : undefined;
  if (outcome) await deps.conversation.recordDelivery({ tenant_id: tenantId, session_id: receipt.session_id, message_id: receipt.message_id }, outcome);
  if (outcome === 'failed' && errorCode && OPTED_OUT.has(errorCode)) {
    const contact = await deps.contacts.bySession(tenantId, receipt.session_id);
    if (contact) await applyConsent(deps, contact, 'stop', deps.clock());
  }
}
