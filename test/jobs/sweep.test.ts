import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutralReply } from '../../src/agent/conversation/neutral-reply';
import { managementApiSender, managementClient } from '../../src/channels/websocket/frame-sender';
import { replyFrame } from '../../src/channels/websocket/reply-frame';
import type { TranscriptMessage } from '../../src/domain/entities/message';
import type { Lead } from '../../src/domain/entities/lead';
import type { Tenant } from '../../src/domain/entities/tenant';
import { ulidIdGenerator } from '../../src/domain/ids';
import { addDays } from '../../src/domain/time';
import { FOLLOWED_UP_REASON, RECOVERY_CONTACT_DELAY_DAYS } from '../../src/jobs/run-sweep';
import { createSweepJob } from '../../src/jobs/sweep-job';
import { createRepositories, type Repositories } from '../../src/store/repositories';
import { createTestStore, type TestStore } from '../support/dynamodb';
import { scanEvents } from '../support/scan-events';
import { recordFactory } from '../store/fixtures';
import { startConnectionsServer, type ConnectionsServer } from '../deploy/support/connections-server';

const NOW = new Date('2026-06-01T09:00:00.000Z');
const ago = (days: number) => addDays(NOW, -days);
/** DynamoDB Local's TTL reaper runs on the real clock: a live connection expires an hour after the later of both clocks. */
const liveTtl = () => Math.floor(Math.max(Date.now(), NOW.getTime()) / 1000) + 3600;

function tenant(id: string, status: Tenant['status'] = 'active'): Tenant {
  const at = '2026-01-01T00:00:00.000Z';
  return { tenant_id: id, name: id, status, created_at: at, updated_at: at, allowed_origins: [], allow_missing_origin: false, rate_limits: { per_connection_per_minute: 30, per_tenant_per_minute: 600 }, locale: 'en' };
}

let store: TestStore;
let repos: Repositories;
let connections: ConnectionsServer;

/** Seeds a lead; a WAITING one gets the session, wait decision and reply it came from. */
async function seedLead(tenantId: string, over: Partial<Lead>, opts: { connectionId?: string } = {}) {
  const f = recordFactory(tenantId, ago(60));
  const trav = f.traveler(over.channel ? { contact: {} } : {});
  await repos.travelers.create(trav);
  const leadId = f.ids('lead');
  const session = f.session(trav, { lead_id: leadId, channel: over.channel ?? 'web' });
  await repos.sessions.save(session, null);
  let lead = f.lead(trav, { lead_id: leadId, ...over });
  if (lead.lead_state === 'WAITING') {
    const inbound = f.inbound(session, 'Mara in March, 4 of us');
    const decision = f.decision(session, { lead_id: leadId });
    await repos.messages.append(inbound);
    await repos.decisions.create(decision);
    await repos.messages.append(f.outbound(inbound, decision, { delivery: 'sent' }));
    lead = { ...lead, last_decision_id: decision.decision_id };
  }
  await repos.leads.save(lead, null);
  if (opts.connectionId) {
    await repos.connections.put({ connection_id: opts.connectionId, tenant_id: tenantId, session_id: session.session_id, connected_at: NOW.toISOString(), ttl: liveTtl() });
  }
  return { lead, session };
}

/** A stored follow-up as the widget receives it (live, or replayed on resume): a reply frame; none without its decision. */
async function asFrame(m: TranscriptMessage) {
  const decision = m.decision_id && m.reply_to ? await repos.decisions.get(m.tenant_id, m.decision_id) : undefined;
  return decision && m.channel === 'web' ? replyFrame(neutralReply(m, decision)) : undefined;
}

const sweep = () =>
  createSweepJob({
    ctx: store.ctx,
    repos,
    ids: ulidIdGenerator(() => NOW.getTime()),
    dormancyDays: 30,
    sender: managementApiSender(managementClient(connections.endpoint, 'local', { accessKeyId: 'x', secretAccessKey: 'x' })),
  });

const events = (tenantId: string, leadId: string) => scanEvents(store.ctx, tenantId, { lead_id: leadId });
const lead = async (tenantId: string, leadId: string) => (await repos.leads.get(tenantId, leadId, true))!;

describe('dormancy sweep and follow-ups (DynamoDB Local, injected clock)', () => {
  let s: Record<string, Awaited<ReturnType<typeof seedLead>>>;
  let first: Awaited<ReturnType<ReturnType<typeof sweep>>>;

  beforeAll(async () => {
    store = await createTestStore();
    repos = createRepositories(store.ctx, () => NOW);
    connections = await startConnectionsServer();
    for (const t of [tenant('acme'), tenant('beta'), tenant('shut', 'disabled')]) await repos.tenants.put(t);
    s = {
      inactive: await seedLead('acme', { lead_state: 'ASSESSING', last_activity_at: ago(31) }),
      atCutoff: await seedLead('acme', { lead_state: 'PLAN_READY', last_activity_at: ago(30) }),
      recent: await seedLead('acme', { lead_state: 'ASSESSING', last_activity_at: ago(29) }),
      booked: await seedLead('acme', { lead_state: 'BOOKED', last_activity_at: ago(90) }),
      waitingDue: await seedLead('acme', { lead_state: 'WAITING', state_reason: 'STATE_REASON.TIMING_NOT_OPTIMAL', last_activity_at: ago(14), next_action_at: ago(0.01) }),
      waitingLive: await seedLead('acme', { lead_state: 'WAITING', state_reason: 'STATE_REASON.TIMING_NOT_OPTIMAL', last_activity_at: ago(15), next_action_at: ago(1) }, { connectionId: 'conn-live=' }),
      waitingLater: await seedLead('acme', { lead_state: 'WAITING', state_reason: 'STATE_REASON.TIMING_NOT_OPTIMAL', last_activity_at: ago(40), next_action_at: addDays(NOW, 20) }),
      waitingSms: await seedLead('acme', { lead_state: 'WAITING', channel: 'sms', state_reason: 'STATE_REASON.TIMING_NOT_OPTIMAL', last_activity_at: ago(20), next_action_at: ago(2) }),
      betaInactive: await seedLead('beta', { lead_state: 'SWITCHED', last_activity_at: ago(45) }),
      betaRecent: await seedLead('beta', { lead_state: 'DISCARDED', last_activity_at: ago(3) }),
      disabledTenant: await seedLead('shut', { lead_state: 'ASSESSING', last_activity_at: ago(100) }),
    };
    first = await sweep()(NOW);
  });

  afterAll(async () => {
    await connections.close();
    await store.close();
  });

  it('counts what it did', () => {
    expect(first).toEqual({ dormant: 3, followups: 3, delivered: 1, skipped: 0 });
  });

  it('moves a lead silent past the threshold to DORMANT, with next_action_at and both events', async () => {
    for (const key of ['inactive', 'atCutoff', 'betaInactive']) {
      const { lead: before } = s[key]!;
      const after = await lead(before.tenant_id, before.lead_id);
      expect(after.lead_state, key).toBe('DORMANT');
      expect(after.next_action_at).toBe(addDays(NOW, RECOVERY_CONTACT_DELAY_DAYS));
      expect(after.last_activity_at, 'the sweep is not traveler activity').toBe(before.last_activity_at);
      expect(after.version).toBe(before.version + 1);
      const evs = await events(before.tenant_id, before.lead_id);
      expect(evs.map((e) => e.event_type)).toEqual(['LEAD_STATE_CHANGED', 'FOLLOWUP_SCHEDULED']);
      expect(evs[0]!.payload).toMatchObject({ from: before.lead_state, to: 'DORMANT', trigger: 'inactivity', next_action_at: after.next_action_at });
      expect(evs.every((e) => e.tenant_id === before.tenant_id)).toBe(true);
    }
  });

  it('leaves recent, booked and still-waiting leads, and disabled tenants, untouched', async () => {
    for (const key of ['recent', 'booked', 'waitingLater', 'betaRecent', 'disabledTenant']) {
      const { lead: before } = s[key]!;
      expect(await lead(before.tenant_id, before.lead_id), key).toEqual(before);
      expect(await events(before.tenant_id, before.lead_id), key).toEqual([]);
    }
  });

  it('stores a due web follow-up on the transcript, pending when no connection is open', async () => {
    const { lead: before, session } = s.waitingDue!;
    const after = await lead('acme', before.lead_id);
    expect(after).toMatchObject({ lead_state: 'WAITING', state_reason: FOLLOWED_UP_REASON, next_action_at: addDays(NOW, 30), last_activity_at: before.last_activity_at });
    const evs = await events('acme', before.lead_id);
    expect(evs.map((e) => e.event_type)).toEqual(['FOLLOWUP_SCHEDULED', 'FOLLOWUP_SENT']);
    const transcript = (await repos.messages.transcript('acme', session.session_id)).items;
    const followup = transcript.at(-1)!;
    expect(followup).toMatchObject({ direction: 'outbound', delivery: 'pending', lead_id: before.lead_id, decision_id: before.last_decision_id });
    expect(await asFrame(followup)).toMatchObject({ type: 'reply', message_id: followup.message_id, reply_to: transcript[0]!.message_id, followup: true, decision: { decision_id: before.last_decision_id } });
    expect(evs[1]!.payload).toMatchObject({ channel: 'web', message_id: followup.message_id, delivered: false });
  });

  it('posts a due web follow-up to the live connection through @connections and marks it sent', async () => {
    const { lead: before, session } = s.waitingLive!;
    expect(connections.posted.map((p) => p.connectionId)).toEqual(['conn-live=']);
    const transcript = (await repos.messages.transcript('acme', session.session_id)).items;
    const followup = transcript.at(-1)!;
    expect(connections.posted[0]!.frame).toEqual(await asFrame(followup));
    expect(followup.delivery).toBe('sent');
    const sent = (await events('acme', before.lead_id)).find((e) => e.event_type === 'FOLLOWUP_SENT')!;
    expect(sent.payload).toMatchObject({ delivered: true, message_id: followup.message_id });
  });

  it('records an SMS follow-up as pending text: no SMS sender exists yet', async () => {
    const { lead: before, session } = s.waitingSms!;
    const followup = (await repos.messages.transcript('acme', session.session_id)).items.at(-1)!;
    expect(followup).toMatchObject({ channel: 'sms', direction: 'outbound', delivery: 'pending' });
    expect(await asFrame(followup)).toBeUndefined();
    const sent = (await events('acme', before.lead_id)).find((e) => e.event_type === 'FOLLOWUP_SENT')!;
    expect(sent.payload).toMatchObject({ channel: 'sms', delivered: false });
  });

  it('is idempotent: a second run at the same instant changes nothing', async () => {
    const snapshot = await Promise.all(Object.values(s).map(({ lead: l }) => lead(l.tenant_id, l.lead_id)));
    expect(await sweep()(NOW)).toEqual({ dormant: 0, followups: 0, delivered: 0, skipped: 0 });
    expect(await Promise.all(Object.values(s).map(({ lead: l }) => lead(l.tenant_id, l.lead_id)))).toEqual(snapshot);
    expect(connections.posted).toHaveLength(1);
  });

  it('sends a followed-up lead that never answered to DORMANT once its answer window closes', async () => {
    const later = new Date(addDays(NOW, 30));
    const result = await createSweepJob({ ctx: store.ctx, repos, ids: ulidIdGenerator(() => later.getTime()), dormancyDays: 30 })(later);
    // Three unanswered follow-ups, plus the two leads that were recent 30 days ago.
    expect(result).toMatchObject({ dormant: 5, followups: 1 });
    for (const key of ['waitingDue', 'waitingLive', 'waitingSms']) {
      const after = await lead('acme', s[key]!.lead.lead_id);
      expect(after.lead_state, key).toBe('DORMANT');
      expect(after.next_action_at).toBe(addDays(later, RECOVERY_CONTACT_DELAY_DAYS));
    }
    // The lead told to wait 20 more days got its follow-up at last, instead of going dormant.
    expect(await lead('acme', s.waitingLater!.lead.lead_id)).toMatchObject({ lead_state: 'WAITING', state_reason: FOLLOWED_UP_REASON });
  });
});
