import { randomBytes } from 'node:crypto';

/**
 * Makes an id shaped like API Gateway's connection, request and message ids
 * (`Ti835f_GEowCETQ=`): 11 random bytes in URL-safe base64 plus the `=` pad,
 * 16 characters. Keeping the shape means code that stores, logs or
 * URL-encodes ids (`=` becomes `%3D` in `@connections/{id}`) meets the same
 * characters locally as on AWS.
 */
export function newGatewayId(): string {
  return `${randomBytes(11).toString('base64url')}=`;
}

/** The pattern every id from {@link newGatewayId} matches. */
export const GATEWAY_ID_PATTERN = /^[A-Za-z0-9_-]{15}=$/;
