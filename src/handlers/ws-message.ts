/** Lambda entry point of the WebSocket API's hello and sendMessage routes. */
import { messageFunction } from './message-function';

export const handler = messageFunction();
