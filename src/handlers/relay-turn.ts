/** Lambda entry point of the relays' hand-off: a stored message's turn, from the channel_contacts stream. */
import { relayTurnFunction } from './relay-function';

export const handler = relayTurnFunction();
