import type { Animal, MigrationPhase } from '../../domain/trip-inputs';
import { wantedAnimals } from './animals';
import { migrationPhase } from './migration-phase';

// Light aircraft (or any flying) refused, on normalized text: "no small planes", "my wife
// won't fly in them", "I refuse to fly in small planes", "no flying", "no bush flights".
const SMALL = '(?:small|light|little|tiny|bush|propeller|prop) ?(?:planes?|aircraft|aeroplanes?|airplanes?|flights?)';
const NO_FLY = new RegExp(
  [
    `\\b(?:no|not in|never in|avoid|avoiding|without) (?:any )?${SMALL}`,
    `\\b(?:no|avoid|without) (?:flying|flights?(?! (?:included|booked|yet|needed))|internal flights|domestic flights|flights in between|light-aircraft)\\b`,
    `\\b(?:won'?t|will not|wont|can'?t|cannot|don'?t|do not|doesn'?t|does not|refuses? to|refusing to|not going to|never) (?:get on|board|take|go in|go on|ride in|fly in|fly on|fly)\\b[^.;!?]{0,30}\\b(?:${SMALL}|them|those|it)\\b`,
    `\\b(?:won'?t|will not|wont|refuses? to|don'?t want to|do not want to|can'?t|cannot) fly\\b`,
    `\\b(?:afraid of|scared of|terrified of|fear of|hates?|hate) (?:flying|${SMALL})`,
    `\\b(?:by road only|road only|overland only|only by road|only overland)\\b`,
    `\\b(?:(?:pas de|no) petits? avions?|pas d'avion|no avion|keine kleinflugzeuge|kein kleinflugzeug|nicht fliegen|sin avionetas?|no avionetas?|nada de avionetas?)\\b`,
  ].join('|'),
  'i',
);

/** True when the traveler refuses light aircraft or flying within the trip; undefined when they say nothing of it. */
export function avoidsFlights(t: string): true | undefined {
  return NO_FLY.test(t) ? true : undefined;
}

/** What a message says of how the traveler moves, which part of the migration and which animals they want (the rules' additive inputs). */
export function travelAndPhase(t: string): { avoid_flights?: true; migration_phase?: MigrationPhase; animals?: Animal[] } {
  const out: { avoid_flights?: true; migration_phase?: MigrationPhase; animals?: Animal[] } = {};
  const animals = wantedAnimals(t);
  if (animals) out.animals = animals;
  if (avoidsFlights(t)) out.avoid_flights = true;
  const phase = migrationPhase(t);
  if (phase) out.migration_phase = phase;
  return out;
}
