/**
 * What every repository shares: the store context, sending with error translation,
 * item <-> entity conversion (key attributes added on write, stripped on read, the
 * entity parsed with its zod schema) and cursor-paginated queries.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { safeParse, type $ZodType, type output } from 'zod/v4/core';
import { decodeCursor, encodeCursor } from './cursor';
import { ConflictError, CorruptItemError, DuplicateError, NotFoundError, isConditionFailed, translateError } from './errors';
import { TABLES, keyAttributes, type LogicalTable, type TableNames } from './tables';

/** What a repository needs: the document client and the physical table names. */
export interface StoreContext {
  doc: DynamoDBDocumentClient;
  tables: TableNames;
}

/** One page of a list; `cursor` is present when more items may follow. */
export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface ListOptions {
  /** Page size, 1–100; default 25. */
  limit?: number;
  /** The cursor of the previous page. */
  cursor?: string;
}

export type Item = Record<string, unknown>;

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

/** Sends one request, translating SDK errors into typed store errors. */
export async function send<T>(context: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (err) {
    throw translateError(err, context);
  }
}

const keyAttrCache = new Map<LogicalTable, string[]>();
function keysOf(table: LogicalTable): string[] {
  let attrs = keyAttrCache.get(table);
  if (!attrs) keyAttrCache.set(table, (attrs = keyAttributes(TABLES[table])));
  return attrs;
}

/**
 * Parses a stored item into its entity: key attributes are stripped, then the entity
 * schema parses the rest, so a corrupt item becomes a typed error instead of a crash.
 */
export function fromItem<S extends $ZodType>(schema: S, table: LogicalTable, raw: Item): output<S> {
  const entity: Item = { ...raw };
  for (const attr of keysOf(table)) delete entity[attr];
  // zod's own parse function: entities are zod or zod/mini schemas (domain/zod-mini.ts).
  const parsed = safeParse(schema, entity);
  if (!parsed.success) {
    throw new CorruptItemError(table, String(raw.pk ?? '?'), parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

/** Reads one item by key; undefined when absent or when it belongs to another tenant. */
export async function getItem<S extends $ZodType>(
  ctx: StoreContext,
  table: LogicalTable,
  schema: S,
  tenantId: string,
  key: Item,
  consistent = false,
): Promise<output<S> | undefined> {
  const out = await send(`get ${table}`, () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.tables[table], Key: key, ConsistentRead: consistent })),
  );
  if (!out.Item || out.Item.tenant_id !== tenantId) return undefined;
  return fromItem(schema, table, out.Item);
}

export interface QuerySpec {
  tenantId: string;
  table: LogicalTable;
  /** The index to query, or the table itself when absent. */
  index?: string;
  /** A name for the list, bound into its cursors. */
  list: string;
  partition: { attr: string; value: string };
  /** Optional sort-key range, inclusive: `between`, or `after` (exclusive). */
  range?: { attr: string; between?: [string, string]; after?: string };
  newestFirst: boolean;
}

/**
 * Runs one Query page. Reads one item more than asked, so the cursor is only returned
 * when another item really follows (no empty last page).
 */
export async function queryPage<S extends $ZodType>(
  ctx: StoreContext,
  spec: QuerySpec,
  schema: S,
  options: ListOptions = {},
): Promise<Page<output<S>>> {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  const names: Record<string, string> = { '#p': spec.partition.attr };
  const values: Item = { ':p': spec.partition.value };
  let condition = '#p = :p';
  if (spec.range?.between) {
    names['#r'] = spec.range.attr;
    values[':a'] = spec.range.between[0];
    values[':b'] = spec.range.between[1];
    condition += ' AND #r BETWEEN :a AND :b';
  } else if (spec.range?.after !== undefined) {
    names['#r'] = spec.range.attr;
    values[':a'] = spec.range.after;
    condition += ' AND #r > :a';
  }
  const start = options.cursor ? decodeCursor(spec.tenantId, spec.list, options.cursor) : undefined;
  const out = await send(`query ${spec.table}${spec.index ? '.' + spec.index : ''}`, () =>
    ctx.doc.send(
      new QueryCommand({
        TableName: ctx.tables[spec.table],
        ...(spec.index ? { IndexName: spec.index } : {}),
        KeyConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: !spec.newestFirst,
        Limit: limit + 1,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    ),
  );
  const raw = (out.Items ?? []).filter((i) => i.tenant_id === spec.tenantId);
  const page = raw.slice(0, limit);
  let last: Item | undefined;
  if (raw.length > limit) last = pageKey(spec, page[page.length - 1]!);
  else if (out.LastEvaluatedKey) last = out.LastEvaluatedKey; // the 1 MB page cap hit first
  return {
    items: page.map((i) => fromItem(schema, spec.table, i)),
    ...(last ? { cursor: encodeCursor(spec.tenantId, spec.list, last) } : {}),
  };
}

/** The ExclusiveStartKey that resumes a query after this item: table keys plus index keys. */
function pageKey(spec: QuerySpec, item: Item): Item {
  const def = TABLES[spec.table];
  const attrs: string[] = [def.partitionKey, ...('sortKey' in def && def.sortKey ? [def.sortKey] : [])];
  const index = def.indexes.find((i) => i.name === spec.index);
  if (index) attrs.push(index.partitionKey, ...(index.sortKey ? [index.sortKey] : []));
  const key: Item = {};
  for (const a of attrs) key[a] = item[a];
  return key;
}

/** Drops undefined entries so optional index keys are simply absent (sparse indexes). */
export function compact(item: Item): Item {
  const out: Item = {};
  for (const [k, v] of Object.entries(item)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Writes a record updated in place under optimistic concurrency: `expectedVersion`
 * null creates it (must not exist), otherwise the stored version must equal it. The
 * stored version becomes expected + 1 (0 on create), and is returned.
 */
export async function putVersioned(
  ctx: StoreContext,
  table: LogicalTable,
  item: Item,
  expectedVersion: number | null,
): Promise<number> {
  const version = expectedVersion === null ? 0 : expectedVersion + 1;
  try {
    await ctx.doc.send(
      new PutCommand({ ...versionedPut(ctx, table, item, expectedVersion), ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }),
    );
  } catch (err) {
    if (isConditionFailed(err)) {
      // The old item (raw attribute values, see LOCAL-AWS-FACTS.md) tells a stale version from a missing record.
      const old = (err as { Item?: Item }).Item;
      if (expectedVersion === null) throw new DuplicateError(`${table}: ${String(item.pk)} already exists`, { cause: err });
      if (!old) throw new NotFoundError(table, String(item.pk));
      throw new ConflictError(`${table}: ${String(item.pk)} changed since version ${expectedVersion}`, { cause: err });
    }
    throw translateError(err, `write ${table}`);
  }
  return version;
}

/** The Put request of `putVersioned`, also used inside transactions. */
export function versionedPut(ctx: StoreContext, table: LogicalTable, item: Item, expectedVersion: number | null) {
  const version = expectedVersion === null ? 0 : expectedVersion + 1;
  return {
    TableName: ctx.tables[table],
    Item: { ...item, version },
    ...(expectedVersion === null
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : {
          ConditionExpression: 'version = :expected AND tenant_id = :tenant',
          ExpressionAttributeValues: { ':expected': expectedVersion, ':tenant': item.tenant_id },
        }),
  };
}

/** The Put request of an immutable record: it must not exist yet. */
export function createPut(ctx: StoreContext, table: LogicalTable, item: Item) {
  return { TableName: ctx.tables[table], Item: item, ConditionExpression: 'attribute_not_exists(pk)' };
}

/** Puts an immutable record once; a second put of the same id is a DuplicateError. */
export async function putNew(ctx: StoreContext, table: LogicalTable, item: Item): Promise<void> {
  try {
    await ctx.doc.send(new PutCommand(createPut(ctx, table, item)));
  } catch (err) {
    if (isConditionFailed(err)) {
      throw new DuplicateError(`${table}: ${String(item.pk)} already exists`, { cause: err });
    }
    throw translateError(err, `create ${table}`);
  }
}

/**
 * Updates an existing record of the tenant. The update's own condition (if any) is
 * ANDed with "exists"; a failed condition is a NotFoundError when the record is absent
 * (or another tenant's) and a ConflictError otherwise. Returns the new item.
 */
export async function updateExisting(
  ctx: StoreContext,
  table: LogicalTable,
  key: Item,
  update: Pick<UpdateCommandInput, 'UpdateExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> & { condition?: string },
): Promise<Item> {
  const { condition, ...rest } = update;
  try {
    const out = await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.tables[table],
        Key: key,
        ...rest,
        ConditionExpression: condition ? `attribute_exists(pk) AND (${condition})` : 'attribute_exists(pk)',
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return out.Attributes ?? {};
  } catch (err) {
    if (isConditionFailed(err)) {
      if (!(err as { Item?: Item }).Item) throw new NotFoundError(table, String(key.pk));
      throw new ConflictError(`${table}: ${String(key.pk)} is not in the expected state`, { cause: err });
    }
    throw translateError(err, `update ${table}`);
  }
}
