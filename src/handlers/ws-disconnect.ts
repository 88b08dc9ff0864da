/** Lambda entry point of the WebSocket API's $disconnect route. */
import { connectionFunction } from './connection-function';

export const handler = connectionFunction('WsDisconnectFunction');
