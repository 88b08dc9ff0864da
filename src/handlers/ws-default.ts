/** Lambda entry point of the WebSocket API's $default and ping routes. */
import { websocketFunction } from './websocket-function';

export const handler = websocketFunction('WsDefaultFunction');
