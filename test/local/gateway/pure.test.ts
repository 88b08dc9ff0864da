import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getHeader } from '../../../src/channels/websocket/api-gateway-event';
import { GATEWAY_ID_PATTERN, newGatewayId } from '../../../src/local/gateway/connection-id';
import { gatewayErrorFrame } from '../../../src/local/gateway/live-connection';
import { matchConnectionPath } from '../../../src/local/gateway/management-api';
import { DEFAULT_ROUTES, selectRoute } from '../../../src/local/gateway/route-selection';
import { formatRequestTime, queryParameters } from '../../../src/local/gateway/websocket-events';

describe('selectRoute ($request.body.action)', () => {
  it('selects declared routes by exact, case-sensitive action', () => {
    for (const route of DEFAULT_ROUTES) expect(selectRoute(JSON.stringify({ action: route }))).toBe(route);
    expect(selectRoute('{"action":"PING"}')).toBe('$default');
    expect(selectRoute('{"action":"custom"}', ['custom'])).toBe('custom');
    expect(selectRoute('{"action":"ping"}', ['custom'])).toBe('$default');
  });

  it('sends reserved keys named by a client to $default', () => {
    expect(selectRoute('{"action":"$connect"}', ['$connect', 'hello'])).toBe('$default');
  });

  it('never throws and only returns $default or a declared route, whatever the frame', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (body) => {
        const route = selectRoute(body);
        expect(route === '$default' || DEFAULT_ROUTES.includes(route)).toBe(true);
      }),
    );
  });
});

describe('matchConnectionPath', () => {
  it('takes the id from /@connections/{id} with or without the stage prefix, URL-decoded', () => {
    expect(matchConnectionPath('/@connections/Ti835f_GEowCETQ%3D', 'dev')).toBe('Ti835f_GEowCETQ=');
    expect(matchConnectionPath('/dev/@connections/a%2Fb?x=1', 'dev')).toBe('a/b');
    expect(matchConnectionPath('/dev/%40connections/abc', 'dev')).toBe('abc');
  });

  it('leaves other paths and other stages alone, and flags undecodable ids', () => {
    expect(matchConnectionPath('/prod/@connections/abc', 'dev')).toBeUndefined();
    expect(matchConnectionPath('/@connections', 'dev')).toBeUndefined();
    expect(matchConnectionPath('/ws', 'dev')).toBeUndefined();
    expect(matchConnectionPath('/@connections/%E0%A4%A', 'dev')).toBeNull();
  });
});

describe('event helpers', () => {
  it('formats requestTime like API Gateway, in UTC', () => {
    expect(formatRequestTime(new Date('2019-01-15T13:09:27.850Z'))).toBe('15/Jan/2019:13:09:27 +0000');
    expect(formatRequestTime(new Date('2026-12-01T00:00:05Z'))).toBe('01/Dec/2026:00:00:05 +0000');
  });

  it('keeps the last query value and all values, and nothing for an empty query', () => {
    expect(queryParameters(new URLSearchParams('a=1&a=2&b='))).toEqual({
      queryStringParameters: { a: '2', b: '' },
      multiValueQueryStringParameters: { a: ['1', '2'], b: [''] },
    });
    expect(queryParameters(new URLSearchParams(''))).toEqual({});
  });

  it('makes API-Gateway-shaped ids that survive URL encoding round trips', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newGatewayId()));
    expect(ids.size).toBe(200);
    for (const id of ids) {
      expect(id).toMatch(GATEWAY_ID_PATTERN);
      expect(decodeURIComponent(encodeURIComponent(id))).toBe(id);
    }
  });

  it('reads headers whatever their case', () => {
    expect(getHeader({ Origin: 'http://a' }, 'origin')).toBe('http://a');
    expect(getHeader({ origin: 'http://b' }, 'Origin')).toBe('http://b');
    expect(getHeader(undefined, 'origin')).toBeUndefined();
  });

  it('writes the integration error frame in AWS spacing and valid JSON', () => {
    const frame = gatewayErrorFrame('Internal server error', 'abc=', 'req=');
    expect(frame).toBe('{"message": "Internal server error", "connectionId":"abc=", "requestId":"req="}');
    expect(JSON.parse(frame).connectionId).toBe('abc=');
  });
});
