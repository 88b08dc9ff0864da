import { describe, expect, test } from 'vitest';
import { metaSignature, twilioSignature, verifyMeta, verifyTwilio } from '../../../src/channels/relay/signatures';
import { fixture } from './fixtures';

describe('Twilio X-Twilio-Signature', () => {
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params: Array<[string, string]> = [
    ['Digits', '1234'],
    ['To', '+18005551212'],
    ['From', '+14158675309'],
    ['Caller', '+14158675309'],
    ['CallSid', 'CA1234567890ABCDE'],
  ];

  test("matches Twilio's documented example (token 12345), whatever order the parameters came in", () => {
    expect(twilioSignature('12345', url, params)).toBe('RSOYDt4T1cUTdK1PDd93/VVr8B8=');
    expect(twilioSignature('12345', url, [...params].reverse())).toBe('RSOYDt4T1cUTdK1PDd93/VVr8B8=');
  });

  test('verifies the right signature and refuses a missing, malformed or wrong one', () => {
    const sig = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';
    expect(verifyTwilio('12345', url, params, sig)).toEqual({ ok: true });
    expect(verifyTwilio('12345', url, params, undefined)).toEqual({ ok: false, problem: 'missing' });
    expect(verifyTwilio('12345', url, params, 'not a signature')).toEqual({ ok: false, problem: 'malformed' });
    // Another URL (the one API Gateway shows the function), another token, a changed parameter.
    expect(verifyTwilio('12345', 'https://abc.execute-api.eu-west-1.amazonaws.com/myapp.php?foo=1&bar=2', params, sig)).toEqual({ ok: false, problem: 'mismatch' });
    expect(verifyTwilio('54321', url, params, sig)).toEqual({ ok: false, problem: 'mismatch' });
    expect(verifyTwilio('12345', url, [...params.slice(1), ['Digits', '1235']], sig)).toEqual({ ok: false, problem: 'mismatch' });
  });
});

describe('Meta X-Hub-Signature-256', () => {
  test('is the hex HMAC-SHA256 of the raw bytes (RFC 4231 test case 2)', () => {
    expect(metaSignature('Jefe', 'what do ya want for nothing?')).toBe('sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  test('holds over the raw body with escaped emoji, and breaks on the same JSON re-serialised', () => {
    const raw = Buffer.from(fixture('meta-text-message.json'));
    expect(raw.toString()).toContain('\\ud83e\\udd81');
    const sig = metaSignature('demo-meta-secret', raw);
    expect(verifyMeta('demo-meta-secret', raw, sig)).toEqual({ ok: true });
    // Upper-case hex is the same signature.
    expect(verifyMeta('demo-meta-secret', raw, sig.replace(/[a-f]/g, (c) => c.toUpperCase()))).toEqual({ ok: true });
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString())));
    expect(verifyMeta('demo-meta-secret', reserialised, sig)).toEqual({ ok: false, problem: 'mismatch' });
    expect(verifyMeta('other-secret', raw, sig)).toEqual({ ok: false, problem: 'mismatch' });
    expect(verifyMeta('demo-meta-secret', raw, undefined)).toEqual({ ok: false, problem: 'missing' });
    expect(verifyMeta('demo-meta-secret', raw, 'sha1=abc')).toEqual({ ok: false, problem: 'malformed' });
  });
});
