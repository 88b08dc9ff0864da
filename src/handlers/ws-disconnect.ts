/** Lambda entry point of the WebSocket API's $disconnect route. */
import './source-mapped-stacks'; // first: stack traces name src/ lines (see the module)
import { connectionFunction } from './connection-function';

export const handler = connectionFunction('WsDisconnectFunction');
