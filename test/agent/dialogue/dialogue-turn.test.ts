import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app';

// Dialogue acts through the real turn on DynamoDB Local: what is stored, what stands,
// and what the traveler reads, with the embedded local model.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: '2026-11-21T10:00:00Z' });
});
afterAll(async () => {
  await t?.close();
});

describe('dialogue acts in the turn', () => {
  it('a greeting at the start is a welcome: a stored refusal that does not stand, the act on the reply', async () => {
    const s = await t.newSession();
    const hello = await t.say(s, 'Hi there!');
    expect(hello.decision.refusal?.reason).toBe('missing_inputs');
    expect(hello.reply.text).toMatch(/I help you decide/);
    expect(hello.reply.dialogue).toMatchObject({ act: 'greeting', language: 'en' });
    expect(hello.frame.dialogue).toEqual({ act: 'greeting', language: 'en' });
    const session = await t.app.repos.sessions.get('demo', s.session_id);
    expect(session?.last_decision).toBeUndefined();
  });

  it('why, why not, price and thanks keep the standing decision: no new decision, no input change', async () => {
    const s = await t.newSession();
    const trip = await t.say(s, 'Serengeti in August, 2 adults, 8 days');
    expect(trip.decision.verdict.outcome).toBe('book');
    for (const [text, act] of [['why?', 'why'], ['why not the Mara?', 'why_not'], ['what would luxury lodges cost?', 'price'], ['thanks!', 'thanks']] as const) {
      const r = await t.say(s, text);
      expect(r.decision.decision_id).toBe(trip.decision.decision_id);
      expect(r.reply.dialogue?.act).toBe(act);
      expect(r.reply.dialogue?.answered).toBeTruthy();
    }
    const byLead = await t.app.repos.decisions.listByLead('demo', trip.decision.lead_id!);
    expect(byLead.items).toHaveLength(1);
    const session = await t.app.repos.sessions.get('demo', s.session_id);
    expect(session?.trip_inputs).toEqual(trip.decision.inputs_snapshot);
  });

  it('an addition lengthens the trip and supersedes the decision; a change of mind replaces the places', async () => {
    const s = await t.newSession();
    const trip = await t.say(s, 'Kruger in July, 2 adults, 6 days');
    const add = await t.say(s, 'can we add Victoria Falls at the end?');
    expect(add.reply.dialogue?.act).toBe('add_extend');
    expect(add.decision.supersedes_decision_id).toBe(trip.decision.decision_id);
    expect(add.decision.inputs_snapshot.duration_days).toBeGreaterThan(6);
    const change = await t.say(s, 'forget South Africa, we want Etosha instead');
    expect(change.reply.dialogue?.act).toBe('change_mind');
    expect(change.decision.inputs_snapshot.destinations).toEqual(['etosha']);
  });

  it('a French traveler is answered in French and the session keeps the language', async () => {
    const s = await t.newSession();
    await t.say(s, 'Bonjour !');
    const trip = await t.say(s, 'Masaï Mara en septembre, 2 adultes, 6 jours');
    expect(trip.reply.text).toMatch(/^Réserver : /);
    const ok = await t.say(s, '👍');
    expect(ok.reply.dialogue?.language).toBe('fr');
    const session = await t.app.repos.sessions.get('demo', s.session_id);
    expect(session?.language).toBe('fr');
  });

  it('the language a client asks for at the start is the session language', async () => {
    const s = await t.app.conversation.startConversation('demo', 'web', { language: 'de' });
    expect(s.language).toBe('de');
    const r = await t.say(s, '🐘');
    expect(r.reply.text).toMatch(/^Hallo! Ich helfe Ihnen/);
  });
});
