/** Lambda entry point of the WebSocket API's $default and ping routes. */
import './source-mapped-stacks'; // first: stack traces name src/ lines (see the module)
import * as frameSender from '../channels/websocket/frame-sender';
import { connectionFunction } from './connection-function';

// Every frame here is answered through `@connections`: its client loads with the function.
export const handler = connectionFunction('WsDefaultFunction', {}, async () => frameSender);
