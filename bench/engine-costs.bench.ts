/**
 * What a TransactWriteItems costs DynamoDB Local, by shape: the figures behind the load
 * run's engine floor (README "Benchmarks"). The engine prices a transaction by the
 * tables it touches and the indexes those tables declare far more than by its bytes.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../src/store/client';
import { createTables } from '../src/store/create-tables';
import { startDynamoDbLocal } from '../src/store/engine/dynamodb-local';
import { TABLES, tableNames, type LogicalTable, type TableDefinition } from '../src/store/tables';
import { figure } from './format';
import { cpuSeconds, javaPid } from './proc';
import { pool, rawTransactWritesPerSecond } from './raw-transactions';
import { COMMIT_TABLES, indexKeys } from './turn-floor';

const COUNT = 300;
const IN_FLIGHT = 16;

export async function run(): Promise<void> {
  const engine = await startDynamoDbLocal({ inMemory: true });
  const { client, doc } = createDocumentClient({ endpoint: engine.endpoint, region: 'local' });
  try {
    const tables = tableNames('costs');
    await createTables(client, tables);
    const jvm = javaPid(engine.pid);
    await rawTransactWritesPerSecond(doc, tables.inbound_dedupe, 500, 50); // warm the JVM
    let n = 0;
    const shape = async (label: string, items: LogicalTable[], withIndexKeys: boolean) => {
      const cpu0 = cpuSeconds(jvm);
      const start = performance.now();
      await pool(COUNT, IN_FLIGHT, async () => {
        const id = `c${n++}`;
        await doc.send(
          new TransactWriteCommand({
            TransactItems: items.map((table, j) => {
              const item: Record<string, string> = { pk: `costs#${id}-${j}`, tenant_id: 'costs', body: 'x'.repeat(800) };
              const def: TableDefinition = TABLES[table];
              if (def.sortKey) item[def.sortKey] = 'sk';
              if (withIndexKeys) Object.assign(item, indexKeys(table, `${id}-${j}`));
              return { Put: { TableName: tables[table], Item: item, ConditionExpression: 'attribute_not_exists(pk)' } };
            }),
          }),
        );
      });
      const seconds = (performance.now() - start) / 1000;
      figure(`${label}: engine CPU per transaction`, ((cpuSeconds(jvm) - cpu0) * 1000) / COUNT, 'ms');
      figure(`${label}: transactions/s (${IN_FLIGHT} in flight)`, COUNT / seconds, '/s');
    };
    await shape('2 items, 1 table, no index', ['inbound_dedupe', 'inbound_dedupe'], false);
    await shape('14 items, 1 table, no index', Array<LogicalTable>(14).fill('inbound_dedupe'), false);
    await shape('14 items, events (4 GSIs), with index keys', Array<LogicalTable>(14).fill('events'), true);
    await shape('14 items, events (4 GSIs), no index keys', Array<LogicalTable>(14).fill('events'), false);
    await shape("14 items over a turn commit's 7 tables", [...COMMIT_TABLES], true);
  } finally {
    client.destroy();
    await engine.stop();
  }
}
