/** Lambda entry point of the WebSocket API's hello and sendMessage routes. */
import { websocketFunction } from './websocket-function';

export const handler = websocketFunction('WsMessageFunction');
