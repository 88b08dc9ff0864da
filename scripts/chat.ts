/**
 * `npm run chat`: converse with the agent in the terminal, on the embedded stack (DynamoDB
 * Local in memory, the local model unless MODEL_PROVIDER=bedrock). Each reply prints as a
 * verdict card, an answer to a question (why, price, thanks…) as its text. Type /new for a new conversation, /quit (or Ctrl-D) to leave.
 */
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import { buildApp, demoTenant } from '../src/app';
import { loadConfig } from '../src/config';
import { openStore } from '../src/store/open-store';
import { terminalCard } from '../src/agent/render/terminal-card';
import type { Session } from '../src/domain/entities/session';

const config = loadConfig();
const store = await openStore({
  region: config.AWS_REGION,
  ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
  embedded: config.DYNAMODB_ENDPOINT ? false : { inMemory: true },
  tablePrefix: `chat${Date.now().toString(36)}`,
  createTables: true,
});
const app = buildApp({ config, store: store.ctx });
const tenant = demoTenant(app.clock());
await app.repos.tenants.put(tenant);
const colour = stdout.isTTY;

const newSession = (): Promise<Session> => app.startConversation(tenant.tenant_id, 'web');

let counter = 0;
let session = await newSession();

async function turn(text: string): Promise<void> {
  const result = await app.conversation.handle({
    tenant_id: tenant.tenant_id,
    channel: 'web',
    session_id: session.session_id,
    traveler_id: session.traveler_id,
    channel_message_id: `${session.session_id}:cli-${++counter}`,
    text: text.slice(0, 2000),
  });
  if (result.kind !== 'replied') {
    console.log(`(no reply: ${result.reason})`);
    return;
  }
  // An answer (why, price, thanks…) prints as its text: the standing decision's card is not sent again.
  const act = result.reply.dialogue?.act;
  if (act && !['trip', 'suggest', 'add_extend', 'change_mind'].includes(act)) {
    console.log(result.reply.text + '\n');
    return;
  }
  const decision = result.reply.decision;
  const itineraryId = decision.linked_entities.itinerary_id;
  const itinerary = itineraryId ? await app.repos.itineraries.get(tenant.tenant_id, itineraryId) : undefined;
  console.log(terminalCard(decision, itinerary, colour) + '\n');
}
console.log('Tell me about the trip you are weighing (e.g. "Serengeti in February with my two kids, 8 and 11").');
console.log('/new starts over, /quit leaves.\n');
const rl = createInterface({ input: stdin, output: stdout, terminal: stdin.isTTY });
const prompt = () => stdout.write(colour ? '\x1b[1myou>\x1b[0m ' : 'you> ');
prompt();
try {
  // Iterating the lines (rather than question()) keeps piped input intact: `printf 'hi\n' | npm run chat`.
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text === '/new') {
      session = await newSession();
      console.log('(new conversation)\n');
    } else if (text) {
      if (!stdin.isTTY) console.log(text);
      await turn(text);
    }
    prompt();
  }
} finally {
  rl.close();
  await store.close();
}
