/** Lambda entry point of the WebSocket API's $disconnect route. */
import { websocketFunction } from './websocket-function';

export const handler = websocketFunction('WsDisconnectFunction');
