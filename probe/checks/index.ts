/** Every probe check, in the order they run: floods last, since their limits then hold for a minute. */
import type { Check } from '../check';
import { concurrency } from './concurrency';
import { durability } from './durability';
import { engineKill, enginePause } from './engine';
import { engineStall } from './engine-stall';
import { handshakeFlood, sessionFlood } from './floods';
import { fuzzFrames } from './fuzz-frames';
import { isolation } from './isolation';
import { nothingStored } from './nothing-stored';
import { relayFlood, relayWebhookFuzz } from './relays';
import { slowReaders } from './slow-readers';
import { staffAbuse } from './staff-abuse';

export const ALL_CHECKS: readonly Check[] = [
  concurrency,
  fuzzFrames,
  isolation,
  nothingStored,
  slowReaders,
  enginePause,
  engineStall,
  engineKill,
  durability,
  relayWebhookFuzz,
  staffAbuse,
  handshakeFlood,
  sessionFlood,
  relayFlood,
];
