import { describe, expect, it } from 'vitest';
import { encodeFrame } from '../../src/channels/websocket/frame-sender';
import { MAX_FRAME_BYTES, type ServerFrame } from '../../src/channels/websocket/frames';

const decode = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b));

describe('no frame over 32 KB ever leaves', () => {
  it('sends a normal frame as it is', () => {
    const frame: ServerFrame = { type: 'ack', client_message_id: 'c1', message_id: 'msg_1', duplicate: false };
    expect(decode(encodeFrame(frame))).toEqual(frame);
  });

  it('shortens the text of an oversized reply and keeps its decision', () => {
    const decision = { decision_id: 'dec_1', verdict: { outcome: 'book', headline: 'h', summary: 's' } };
    const frame = { type: 'reply', message_id: 'msg_2', reply_to: 'msg_1', text: 'é'.repeat(40_000), decision } as ServerFrame;
    const bytes = encodeFrame(frame);
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_FRAME_BYTES);
    const sent = decode(bytes);
    expect(sent.decision).toEqual(decision);
    expect(sent.text.length).toBeLessThan(2000);
  });

  it('turns anything else too large into an error frame', () => {
    const huge = { type: 'reply', message_id: 'm', reply_to: 'r', text: 'x', decision: { blob: 'y'.repeat(40_000) } } as unknown as ServerFrame;
    const bytes = encodeFrame(huge);
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_FRAME_BYTES);
    expect(decode(bytes)).toMatchObject({ type: 'error', code: 'internal' });
  });
});
