/**
 * What the local provider emulator has sent, in order (PROTOCOL.md §2: `GET
 * /_local/outbox?to=` → `[{channel, to, from, text, at}]`, oldest first). Bounded, so a
 * long local run or a benchmark does not grow it without end.
 */
import { segmentSms, type SmsEncoding } from '../../channels/relay/sms-segments';

export interface OutboxRecord {
  channel: 'sms' | 'whatsapp';
  /** `+E164` for SMS, `whatsapp:+E164` (or `whatsapp:<BSUID>`) for WhatsApp. */
  to: string;
  from: string;
  text: string;
  at: string;
  /** Added fields: the provider's id of the message, how it was sent, and an SMS's segments. */
  id: string;
  provider: 'twilio' | 'meta';
  template?: { id: string; variables: string[] };
  segments?: number;
  encoding?: SmsEncoding;
}

export const OUTBOX_LIMIT = 20_000;

export class Outbox {
  private readonly records: OutboxRecord[] = [];

  add(r: Omit<OutboxRecord, 'segments' | 'encoding'>): OutboxRecord {
    const record: OutboxRecord = r.channel === 'sms' ? { ...r, ...pick(segmentSms(r.text)) } : r;
    this.records.push(record);
    if (this.records.length > OUTBOX_LIMIT) this.records.splice(0, this.records.length - OUTBOX_LIMIT);
    return record;
  }

  /** Messages sent to `to` (all when absent), oldest first. */
  list(to?: string): OutboxRecord[] {
    return to === undefined ? [...this.records] : this.records.filter((r) => r.to === to);
  }

  get size(): number {
    return this.records.length;
  }
}

function pick(s: ReturnType<typeof segmentSms>): { segments: number; encoding: SmsEncoding } {
  return { segments: s.segments, encoding: s.encoding };
}
