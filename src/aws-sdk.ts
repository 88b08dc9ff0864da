/**
 * Settings shared by every AWS SDK client we create (DynamoDB, the management API).
 *
 * We configure no SDK logger, yet the SDK's logger middleware still walks every request
 * and response to build a redacted copy for it: on a Query returning a dozen transcript
 * messages that is real work per turn, for output nobody reads. Our own logging says
 * what failed; the middleware goes.
 */
export function withoutSdkLogging<C extends { middlewareStack: { remove(name: string): boolean } }>(client: C): C {
  client.middlewareStack.remove('loggerMiddleware');
  return client;
}
