/** Lambda entry point of the WebSocket API's $connect route. */
import { websocketFunction } from './websocket-function';

export const handler = websocketFunction('WsConnectFunction');
