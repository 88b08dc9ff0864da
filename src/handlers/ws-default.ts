/** Lambda entry point of the WebSocket API's $default and ping routes. */
import { connectionFunction } from './connection-function';

export const handler = connectionFunction('WsDefaultFunction');
