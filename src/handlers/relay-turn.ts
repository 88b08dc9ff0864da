/** Lambda entry point of the relays' hand-off: a stored message's turn, from the channel_contacts stream. */
import './source-mapped-stacks'; // first: stack traces name src/ lines (see the module)
import { relayTurnFunction } from './relay-function';

export const handler = relayTurnFunction();
