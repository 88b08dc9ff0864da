/** Lambda entry point of the WebSocket API's hello and sendMessage routes. */
import './source-mapped-stacks'; // first: stack traces name src/ lines (see the module)
import { messageFunction } from './message-function';

export const handler = messageFunction();
