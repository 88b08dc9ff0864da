/** Lambda entry point of the WebSocket API's $connect route. */
import { connectionFunction } from './connection-function';

export const handler = connectionFunction('WsConnectFunction');
