import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig, type Config } from '../config';
import { createDocumentClient, type StoreClients } from '../store/client';
import type { StoreContext } from '../store/repository-kit';
import { tableNames } from '../store/tables';

/** What tests and the local tools may change about a handler's runtime; Lambda uses the defaults. */
export interface RuntimeOptions {
  /** The environment to parse (default: the process's, read by src/config.ts). */
  env?: Record<string, string | undefined>;
  /** Where `@connections` requests go (default on AWS: `https://{domainName}/{stage}` of the event). */
  managementEndpoint?: string;
  managementCredentials?: { accessKeyId: string; secretAccessKey: string };
  /** Called with the DynamoDB client once it exists (tests count its requests). */
  instrument?: (client: DynamoDBClient) => void;
  log?: (line: string) => void;
}

/**
 * Memoises an async initialiser at module scope: a Lambda container builds its clients
 * once and reuses them across invocations. A failed start is forgotten, so the next
 * invocation retries instead of failing forever.
 */
export function lazy<T>(init: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= init().catch((err: unknown) => {
      value = undefined;
      throw err;
    });
    return value;
  };
}

/** Parses the configuration once per container. */
export function handlerConfig(opts: RuntimeOptions): Config {
  return opts.env ? loadConfig(opts.env) : loadConfig();
}

/** The deployed tables' clients: what a handler reads and writes through. */
export interface HandlerStore extends StoreClients {
  ctx: StoreContext;
}

/**
 * Opens the deployed tables: never the embedded engine, never creating tables (template.yaml
 * owns them), so no handler bundle carries the local engine's code.
 */
export function openHandlerStore(config: Config, opts: RuntimeOptions): HandlerStore {
  const clients = createDocumentClient({ region: config.AWS_REGION, ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}) });
  opts.instrument?.(clients.client);
  return { ...clients, ctx: { doc: clients.doc, tables: tableNames(config.TABLE_PREFIX) } };
}

/** The log line writer of a handler: CloudWatch takes stdout/stderr lines. */
export function handlerLog(config: Config, opts: RuntimeOptions): (line: string) => void {
  if (opts.log) return opts.log;
  return config.LOG_LEVEL === 'silent' ? () => {} : (line) => console.error(line);
}
