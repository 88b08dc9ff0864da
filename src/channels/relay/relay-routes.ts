/**
 * The relays as one Hono application, mounted with `app.http.route('/relay', …)`:
 * Twilio at `/twilio/{tenant}`, Meta's WhatsApp Cloud API at `/whatsapp/{tenant}`. The
 * reply sinks of the `sms` and `whatsapp` channels are registered on the conversation
 * service, so the answer to an older message of a session reaches its own sender.
 */
import { Hono } from 'hono';
import { restSink } from './phone-sink';
import type { RelayDeps } from './relay-deps';
import { twilioRoutes } from '../twilio/twilio-routes';
import { whatsappRoutes } from '../whatsapp/whatsapp-routes';

export function relayRoutes(deps: RelayDeps): Hono {
  deps.conversation.sinks.set('sms', (inbound) => restSink(deps, inbound));
  deps.conversation.sinks.set('whatsapp', (inbound) => restSink(deps, inbound));
  return new Hono().route('/', twilioRoutes(deps)).route('/', whatsappRoutes(deps));
}
