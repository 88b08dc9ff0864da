import { describe, expect, test } from 'vitest';
import type { DecisionContent } from '../../src/domain/entities/decision';
import type { ItineraryDraft } from '../../src/domain/entities/itinerary';
import { itineraryBrief } from '../../src/domain/entities/message';
import { resolveEndpoint } from '../../widget/src/config';
import { backoffDelay, connectUrl } from '../../widget/src/connection';
import { canRetry, parseServerFrame } from '../../widget/src/protocol';
import { briefFromField } from '../../widget/src/render/itinerary';
import { ConversationStore, HISTORY_LIMIT, type KeyValue } from '../../widget/src/store';
import { fieldText, pickLocale, stringsFor } from '../../widget/src/strings';
import { TRIP_INPUT_FIELDS } from '../../src/domain/trip-inputs';

const book: DecisionContent = {
  decision_type: 'timing_verdict',
  verdict: { outcome: 'book', headline: 'Book the Mara for August', summary: 'Crossings peak in August.' },
  assumptions: [{ id: 'a1', text: 'You fly in from Nairobi', confidence: 0.8 }],
  tradeoffs: { gains: ['River crossings'], losses: ['Peak prices'] },
  change_conditions: ['If the rains come early'],
  confidence: 0.78,
  inputs_snapshot: {},
  logic_version: 'rules_v1.0',
};

const itinerary: ItineraryDraft = {
  title: 'Mara and Laikipia in August',
  duration_days: 8,
  pace: 'balanced',
  route: [
    { destination_id: 'masai_mara', name: 'Masai Mara', nights: 4, lodging_tier: 'fair_value', drive_hours_in: 0, transfer: 'flight' },
    { destination_id: 'laikipia', name: 'Laikipia', nights: 1, lodging_tier: 'premium', drive_hours_in: 0, transfer: 'flight' },
  ],
  lodging_tiers: ['fair_value'],
  daily_plan: [{ day: 1, destination_id: 'masai_mara', summary: 'Fly in', drive_hours: 0 }],
  assumptions: [],
  risks: [],
  inclusions: [],
  exclusions: [],
};

function memory(): KeyValue & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('widget logic', () => {
  test('reads the itinerary brief a book reply frame carries, as the server builds it', () => {
    const stored = {
      ...itinerary,
      itinerary_id: 'itin_01JFQ7F1A0000000000000000A',
      tenant_id: 'demo',
      traveler_id: 'trav_01JFQ719C30000000000000000',
      decision_id: 'dec_01JFQ7F1A0000000000000000A',
      created_at: '2026-11-21T10:00:00.000Z',
      updated_at: '2026-11-21T10:00:00.000Z',
      artifact_links: {},
      version: 1,
    };
    const brief = briefFromField(JSON.parse(JSON.stringify(itineraryBrief(stored))));
    expect(brief).toEqual({
      title: 'Mara and Laikipia in August',
      duration_days: 8,
      stops: [
        { name: 'Masai Mara', nights: 4, lodging_tier: 'fair_value' },
        { name: 'Laikipia', nights: 1, lodging_tier: 'premium' },
      ],
    });
    expect(briefFromField(undefined)).toBeUndefined();
    expect(briefFromField({ title: 'x' })).toBeUndefined();
  });

  test('resolves a relative or missing endpoint against the script host, keeps absolute ws(s) URLs', () => {
    expect(resolveEndpoint(undefined, 'http://127.0.0.1:8787/widget.js')).toBe('ws://127.0.0.1:8787/ws');
    expect(resolveEndpoint('/ws', 'https://shop.example/assets/widget.js')).toBe('wss://shop.example/ws');
    expect(resolveEndpoint('wss://abc.execute-api.eu-west-1.amazonaws.com/prod', 'https://x.example/w.js')).toBe('wss://abc.execute-api.eu-west-1.amazonaws.com/prod');
    expect(resolveEndpoint('/ws', 'file:///tmp/widget.js')).toBeUndefined();
    expect(connectUrl('wss://abc.example/prod?x=1', 'demo')).toBe('wss://abc.example/prod?x=1&tenant=demo');
  });

  test('backs off exponentially with jitter, capped', () => {
    const t = { backoffBaseMs: 1000, backoffMaxMs: 30_000 };
    expect(backoffDelay(0, t, () => 0)).toBe(500);
    expect(backoffDelay(0, t, () => 1)).toBe(1000);
    expect(backoffDelay(3, t, () => 0)).toBe(4000);
    expect(backoffDelay(3, t, () => 1)).toBe(8000);
    expect(backoffDelay(50, t, () => 1)).toBe(30_000);
    const spread = new Set(Array.from({ length: 20 }, (_, i) => backoffDelay(4, t, () => i / 20)));
    expect(spread.size).toBe(20);
  });

  test('parses server frames defensively and drops malformed ones', () => {
    expect(parseServerFrame('not json')).toBeUndefined();
    expect(parseServerFrame('{"type":"reply","message_id":"msg_1"}')).toBeUndefined();
    expect(parseServerFrame('{"type":"nope"}')).toBeUndefined();
    const reply = parseServerFrame(JSON.stringify({ type: 'reply', message_id: 'msg_1', reply_to: 'msg_0', text: 't', decision: { ...book, extra: 1, tradeoffs: { gains: ['g', 3] } } }));
    expect(reply).toMatchObject({ type: 'reply', decision: { verdict: { outcome: 'book' }, tradeoffs: { gains: ['g'], losses: [] }, change_conditions: ['If the rains come early'] } });
  });

  test('a reply in French or German is a card in its language when its decision is; an answer in words or a decision in another language is its text', () => {
    const fr = { ...book, verdict: { ...book.verdict, headline: 'Le Masai Mara en août' }, localized: { language: 'fr' } };
    const frame = (decision: unknown, dialogue?: unknown) => parseServerFrame(JSON.stringify({ type: 'reply', message_id: 'msg_2', reply_to: 'msg_1', text: 't', decision, ...(dialogue ? { dialogue } : {}) })) as { answer: boolean; language?: string; decision: { language: string } };
    // A French trip reply: the French card, as an English one gets its card.
    expect(frame(fr, { act: 'trip', language: 'fr' })).toMatchObject({ answer: false, language: 'fr', decision: { language: 'fr' } });
    expect(frame(fr, { act: 'add_extend', language: 'fr' })).toMatchObject({ answer: false, language: 'fr' });
    expect(frame(book, { act: 'trip', language: 'en' })).toMatchObject({ answer: false, language: 'en' });
    // Without a dialogue record, the decision's own language.
    expect(frame(fr)).toMatchObject({ answer: false, language: 'fr' });
    // A question answered in words, in any language.
    expect(frame(fr, { act: 'why', language: 'fr' })).toMatchObject({ answer: true, language: 'fr' });
    // A German reply carrying a decision written in English is never a half-English card.
    expect(frame(book, { act: 'trip', language: 'de' })).toMatchObject({ answer: true, language: 'de' });
  });

  test('the store keeps session, resume point and a bounded history across instances', () => {
    const kv = memory();
    const a = new ConversationStore('demo', kv);
    a.setSession('sess_A');
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) a.append({ kind: 'user', id: `c${i}`, text: `m${i}`, at: i });
    a.append({ kind: 'reply', id: 'msg_9', text: 't', decision: parseDecision(), at: 1 });
    const b = new ConversationStore('demo', kv);
    expect(b.sessionId).toBe('sess_A');
    expect(b.lastMessageId).toBe('msg_9');
    expect(b.history()).toHaveLength(HISTORY_LIMIT);
    expect(b.hasReply('msg_9')).toBe(true);
    expect(new ConversationStore('other', kv).sessionId).toBeUndefined();
    b.setSession('sess_B');
    expect(new ConversationStore('demo', kv).history()).toEqual([]);
    kv.map.set('tripAgent.demo', '{broken');
    expect(new ConversationStore('demo', kv).history()).toEqual([]);
  });

  test('a refusal (reason and code) is kept across reloads until cleared, and only content refusals offer no retry', () => {
    const kv = memory();
    const a = new ConversationStore('demo', kv);
    a.append({ kind: 'user', id: 'c1', text: 'Mara in August', at: 1 });
    a.markFailed('c1', 'Too many messages.', 'rate_limited');
    const b = new ConversationStore('demo', kv);
    expect(b.history()[0]).toMatchObject({ id: 'c1', failed: 'Too many messages.', code: 'rate_limited' });
    expect(b.userText('c1')).toBe('Mara in August');
    expect(b.userText('nope')).toBeUndefined();
    b.markFailed('c1');
    expect(new ConversationStore('demo', kv).history()[0]).toEqual({ kind: 'user', id: 'c1', text: 'Mara in August', at: 1 });
    for (const code of ['rate_limited', 'unavailable', 'internal', 'something_new', undefined]) expect(canRetry(code), String(code)).toBe(true);
    for (const code of ['too_large', 'bad_request']) expect(canRetry(code), code).toBe(false);
  });

  test('every TripInputs field has a chip label and prompt in every locale', () => {
    for (const locale of ['en', 'fr']) {
      const s = stringsFor(locale);
      for (const field of TRIP_INPUT_FIELDS) {
        const [label, prompt] = fieldText(s, field);
        expect(label, `${locale} ${field}`).not.toContain('_');
        expect(prompt.length, `${locale} ${field}`).toBeGreaterThan(3);
      }
    }
    expect(pickLocale('fr-CA')).toBe('fr');
    expect(pickLocale('sw')).toBe('en');
  });
});

function parseDecision() {
  const frame = parseServerFrame(JSON.stringify({ type: 'reply', message_id: 'msg_9', reply_to: 'msg_8', text: 't', decision: book }));
  if (frame?.type !== 'reply') throw new Error('fixture did not parse');
  return frame.decision;
}

describe('labels before a refusal’s next step', () => {
  test('carry the colon as each language sets it: French with a space before it', () => {
    expect(stringsFor('fr').nextStep).toBe('Étape suivante : ');
    expect(stringsFor('en').nextStep).toBe('Next step: ');
    expect(stringsFor('de').nextStep).toBe('Nächster Schritt: ');
  });
});
