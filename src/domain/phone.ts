import * as z from './zod-mini';

/**
 * E.164 phone number, e.g. `+254712345678`. A zod/mini schema (./zod-mini.ts) in a module
 * of its own: the tenant record's relay settings use it, and the connection functions read
 * tenants without the traveler entity's zod schemas.
 */
export const E164 = z.string().check(z.regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number such as +254712345678'));
