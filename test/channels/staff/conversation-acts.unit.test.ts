import { describe, expect, it } from 'vitest';
import { conversationBody } from '../../../src/channels/staff/console/pages/conversation';
import type { Session } from '../../../src/domain/entities/session';
import type { TranscriptMessage } from '../../../src/domain/entities/message';

// Staff read, under each reply of the transcript, what the traveler's message was taken as
// (its dialogue act, the place it was about, its language) and what answered it, escaped.

const at = '2026-03-01T10:00:00.000Z';
const session = { session_id: 'ses_01J00000000000000000000000', tenant_id: 'demo-tenant', traveler_id: 'trv_01J00000000000000000000000', channel: 'web', created_at: at, turn_count: 2 } as unknown as Session;
const msg = (id: string, direction: 'inbound' | 'outbound', text: string, extra: Partial<TranscriptMessage> = {}) =>
  ({ message_id: id, tenant_id: 'demo-tenant', session_id: session.session_id, direction, channel: 'web', text, created_at: at, ...extra }) as TranscriptMessage;

async function render(messages: TranscriptMessage[]): Promise<string> {
  return String(await conversationBody({ session, messages, decisions: [], canAct: false }));
}

describe('the transcript shows each reply’s dialogue act', () => {
  it('names the act, the place, the language and what answered it', async () => {
    const page = await render([
      msg('msg_a', 'inbound', 'et pourquoi pas Ruaha ?'),
      msg('msg_b', 'outbound', 'Ruaha en août…', { reply_to: 'msg_a', dialogue: { act: 'why_not', about: 'ruaha', answered: 'why not ruaha: compared with the standing decision in the pack; nothing changed', language: 'fr' } }),
    ]);
    expect(page).toMatch(/data-act="why_not">Read as <strong>why not<\/strong> about ruaha, in French · answered: why not ruaha: compared with the standing decision/);
    // Only the reply carries the act; the traveler's message is shown as written.
    expect(page.match(/class="meta act"/g)).toHaveLength(1);
  });

  it('escapes what it shows', async () => {
    const page = await render([msg('msg_c', 'outbound', 'ok', { dialogue: { act: 'thanks', answered: '<img src=x onerror=alert(1)> & more', language: 'en' } })]);
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; more');
  });

  it('shows nothing for a reply recorded before acts existed', async () => {
    const page = await render([msg('msg_d', 'outbound', 'Book: Kruger in July.')]);
    expect(page).not.toContain('Read as');
  });
});
