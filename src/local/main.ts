/**
 * `npm start`: the product on a laptop, on its embedded defaults (no AWS, no network).
 * Prints `listening on http://127.0.0.1:<port>` once it serves.
 */
import { ConfigError, loadConfig } from '../config';
import { startLocalStack } from './stack';
import { demoConsoleLink } from '../channels/staff/demo-sign-in';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const stack = await startLocalStack({ config, log: config.LOG_LEVEL === 'silent' ? () => {} : (line) => console.error(line) });
  console.log(`demo page ${stack.url}/ (the widget; in French: ${stack.url}/demo/fr.html)`);
  console.log(`DynamoDB endpoint ${stack.dynamoEndpoint ?? '(AWS default)'}`);
  console.log(`WebSocket ${stack.wsUrl}?tenant=demo`);
  console.log(`staff console ${await demoConsoleLink(stack.store.ctx, stack.app.clock, stack.url)} (one-time sign-in for the demo tenant; later: token ${config.DEMO_STAFF_TOKEN})`);
  console.log(`Phone (SMS and WhatsApp) ${stack.phoneUrl}`);
  console.log(`listening on ${stack.url}`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      // A second Ctrl-C does not wait: exit now (the exit hook stops the engine).
      console.error(`${signal} again: exiting without waiting`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    stopping = true;
    console.error(`${signal}: finishing running turns and stopping`);
    stack.stop().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
