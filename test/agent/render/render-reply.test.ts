import { describe, expect, it } from 'vitest';
import type { DecisionContent } from '../../../src/domain/entities/decision';
import { DecisionContentSchema } from '../../../src/domain/entities/decision';
import { MAX_SMS_SEGMENTS, renderReply } from '../../../src/agent/render/render-reply';
import { fitSms, isGsm7, smsSegments } from '../../../src/agent/render/sms-segments';

const issued: DecisionContent = DecisionContentSchema.parse({
  decision_type: 'timing_verdict',
  verdict: {
    outcome: 'wait',
    headline: 'Wait for July: the herds reach the Mara then.',
    summary:
      'In April the Masai Mara is in its long rains and the migration herds are still in the southern Serengeti. From mid-July to October the river crossings put the herds on your doorstep. Your dates can move, so waiting costs you little.',
  },
  assumptions: [
    { id: 'a1', text: 'Two adults travelling.', confidence: 0.6 },
    { id: 'a2', text: 'Mid-range camps suit you.', confidence: 0.5 },
  ],
  tradeoffs: { gains: ['Herds and river crossings'], losses: ['Peak-season prices', 'Busier sightings'] },
  change_conditions: ['If your dates become fixed in April, we would suggest a different park instead of waiting.', 'If crowds matter more than the herds, a conservancy changes the picture.'],
  confidence: 0.74,
  inputs_snapshot: { destinations: ['masai_mara'], month: 4, flexible_dates: true },
  logic_version: 'rules_v1.0',
});

const refusal: DecisionContent = DecisionContentSchema.parse({
  decision_type: 'refusal',
  verdict: { outcome: 'refused', headline: 'I need two things to decide.', summary: 'A verdict depends on when you travel and where you are looking.' },
  assumptions: [],
  tradeoffs: { gains: [], losses: [] },
  change_conditions: [],
  confidence: 0,
  inputs_snapshot: {},
  logic_version: 'rules_v1.0',
  refusal: { reason: 'missing_inputs', missing_inputs: ['month', 'destinations'], next_action: 'Tell me the month and the parks you have in mind.' },
});

describe('renderReply', () => {
  it('leads with the verdict on the widget, then summary, assumptions, trade-offs and change conditions in that order', () => {
    const text = renderReply('web', issued);
    // The headline already leads with the verdict: no "Wait: Wait for July".
    expect(text.startsWith('Wait for July')).toBe(true);
    const order = ['In April', 'Assumptions:', 'Two adults travelling. (60%)', 'Gains:', 'Losses:', 'What would change this:', 'Confidence: 74%'].map((s) => text.indexOf(s));
    for (const i of order) expect(i).toBeGreaterThan(0);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('says once what a refusal for missing inputs needs, and points elsewhere for other refusals', () => {
    const text = renderReply('web', refusal);
    expect(text).toBe('Not yet: I need two things to decide.\n\nA verdict depends on when you travel and where you are looking.');
    expect(text).not.toContain('Assumptions:');
    const visa = { ...refusal, refusal: { reason: 'out_of_scope' as const, missing_inputs: [], next_action: 'The official e-visa site has the current rules.' } };
    expect(renderReply('web', visa)).toContain('The official e-visa site has the current rules.');
  });

  it('keeps SMS and WhatsApp replies within three segments, verdict first', () => {
    for (const channel of ['sms', 'whatsapp'] as const) {
      const text = renderReply(channel, issued);
      expect(text.startsWith('WAIT for July')).toBe(true);
      expect(smsSegments(text)).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
    }
  });
});

describe('SMS segments', () => {
  it('counts GSM-7 and UCS-2 segments', () => {
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('a'.repeat(153 * 3))).toBe(3);
    expect(isGsm7('Karibu! €5')).toBe(true);
    expect(isGsm7('Safari 🦁')).toBe(false);
    expect(smsSegments('🦁'.repeat(35))).toBe(1);
    expect(smsSegments('é'.repeat(161))).toBe(2);
  });

  it('cuts long text at a boundary and marks it', () => {
    const long = 'The herds cross the river. '.repeat(40);
    const cut = fitSms(long, 3);
    expect(smsSegments(cut)).toBeLessThanOrEqual(3);
    expect(cut.endsWith('...')).toBe(true);
    const emoji = 'Lions 🦁 everywhere today. '.repeat(20);
    const cut2 = fitSms(emoji, 3);
    expect(smsSegments(cut2)).toBeLessThanOrEqual(3);
    expect(cut2.endsWith('…')).toBe(true);
  });
});
