/** Lambda entry point of the relays' HTTP API routes (Twilio, WhatsApp Cloud API, the decision view). */
import './source-mapped-stacks'; // first: stack traces name src/ lines (see the module)
import { relayHttpFunction } from './relay-function';

export const handler = relayHttpFunction();
