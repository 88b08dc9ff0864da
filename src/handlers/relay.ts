/** Lambda entry point of the relays' HTTP API routes (Twilio, WhatsApp Cloud API, the decision view). */
import { relayHttpFunction } from './relay-function';

export const handler = relayHttpFunction();
