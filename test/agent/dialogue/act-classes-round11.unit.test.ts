import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// The eleventh round's classes (docs/dialogue.md, "Eleventh round"), over phrasings written for
// these tests, none taken from the eval sets: questions that used to make or change a decision
// (a forecast or a sighting guaranteed for one day, a fee's future or how it is paid, a service
// outside the pack, flights to book, „wär … nicht besser?").

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  return [...simulateConversation(texts, now, pack)];
}

describe('a first message asking a guarantee, a forecast, a service or a booking makes no decision', () => {
  it.each<string>([
    'what will the weather be like in the Mara on march 3? we need sunshine for the wedding',
    'quel temps fera-t-il au Kenya le 12 août ? sans pluie garanti ?',
    'wie wird das Wetter in der Serengeti am 5. Januar?',
    'can you guarantee we see gorillas if we go to Bwindi on July 3?',
    'Könnt ihr uns die Flüge nach Nairobi buchen?',
    'vous proposez des safaris au Pérou ?',
    'macht ihr auch Reisen nach Peru?',
  ])('«%s»', (text) => {
    const [turn] = run(text);
    expect(turn!.acts[0]).toBe('out_of_scope');
    expect(turn!.decided).toBe(false);
  });

  it('after a hello, "do you organise safaris in Egypt?" is out of scope and the trip that follows is new', () => {
    const [, asked, trip] = run('hello', 'do you organise safaris in Egypt?', 'ok then Kenya, the Mara, 2 adults, September, $7000 total');
    expect(asked!.acts[0]).toBe('out_of_scope');
    expect(asked!.decided).toBe(false);
    expect(trip!.acts[0]).toBe('trip');
    expect(trip!.decided).toBe(true);
  });

  it('a country of the pack asked with the trip\'s facts is still a trip', () => {
    const [turn] = run('do you do safaris in Kenya? 2 adults, the Mara, August, $8000 total');
    expect(turn!.acts[0]).toBe('trip');
    expect(turn!.decided).toBe(true);
  });

  it('a stated trip with a date is still a trip, weather words and all', () => {
    const [turn] = run('Serengeti from 3 to 10 July 2027, 2 adults, $9000 total, hoping for good weather');
    expect(turn!.acts[0]).toBe('trip');
    expect(turn!.decided).toBe(true);
  });
});

describe('a fee asked about keeps the plan: its figure is the fee, not the budget', () => {
  const bwindi = 'Bwindi in July, 2 adults, 5 days, $12000 total';
  it.each<[string, string]>([
    ['Ngorongoro in June, 2 adults, 7 days, $9000 total', 'is the park fee paid at the entrance or beforehand? I heard it\'s $300 per vehicle'],
    [bwindi, 'will the $800 permit get more expensive? can you guarantee a slot?'],
    [bwindi, 'le permis à 800 $ va augmenter ?'],
  ])('after «%s», «%s»', (first, text) => {
    const [opening, turn] = run(first, text);
    expect(turn!.acts[0]).toBe('out_of_scope');
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(opening!.inputs);
  });

  it('a refund asked about stays a booking question', () => {
    const [opening, turn] = run(bwindi, 'si on doit annuler, vous remboursez le permis ?');
    expect(turn!.acts[0]).toBe('out_of_scope');
    expect(turn!.inputs).toEqual(opening!.inputs);
  });

  it('a fee asked after is still a price question (the tenth round)', () => {
    const [opening, turn] = run(bwindi, 'is the permit still $800?');
    expect(turn!.acts[0]).toBe('price');
    expect(turn!.inputs).toEqual(opening!.inputs);
  });
});

describe('„wär … nicht besser?" puts another place forward, as „wäre" does', () => {
  it('after the Mara in October, another park in October is tried on, not taken', () => {
    const [opening, turn] = run('Mara, Oktober, 2 Erwachsene, 6 Nächte, 3500 $ p.P.', 'wär der Norden der Serengeti im Oktober nicht besser?');
    expect(turn!.acts[0]).toBe('why_not');
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(opening!.inputs);
  });
});

describe('wishes and photos, not trip changes or health', () => {
  const plan = 'Okavango in August, 2 adults, 8 days, $14000 total';

  it('"boat shots" are photos: a why-not about the place, not a vaccination question', () => {
    const [, turn] = run(plan, 'why not Hwange for the elephants? everyone shares those boat shots');
    expect(turn!.acts[0]).toBe('why_not');
    const [, jabs] = run(plan, 'do we need any shots for Botswana?');
    expect(jabs!.acts[0]).toBe('out_of_scope');
  });

  it.each<string>(['happy new year!', 'danke, schönes Wochenende!', 'bonnes fêtes !'])('«%s» once a plan stands closes the conversation', (text) => {
    const [opening, turn] = run(plan, text);
    expect(turn!.acts[0]).toBe('goodbye');
    expect(turn!.inputs).toEqual(opening!.inputs);
  });

  it('season\'s wishes before any trip are a greeting', () => {
    const [turn] = run('merry christmas!');
    expect(turn!.acts[0]).toBe('greeting');
  });
});

describe('„hängen wir X noch an" adds a place, as „häng X dran" does', () => {
  it('after Tarangire, the Serengeti is added and both stand', () => {
    const [, turn] = run('Tarangire im Februar, 2 Erw, 3 Nächte, 2000 € p.P.', 'dann hängen wir den Serengeti noch an');
    expect(turn!.acts[0]).toBe('add_extend');
    expect(turn!.decided).toBe(true);
    expect(turn!.inputs.destinations).toEqual(expect.arrayContaining(['tarangire', 'serengeti']));
  });
});

describe('flights to book, the verb after the flights', () => {
  it('«les vols …, vous pouvez les réserver ?» is a booking question, no decision', () => {
    const [turn] = run('les vols pour Arusha, vous pouvez les réserver ?');
    expect(turn!.acts[0]).toBe('out_of_scope');
    expect(turn!.decided).toBe(false);
  });
});

describe('a one-word delight after a decision is thanks', () => {
  it.each<string>(['fantastic!', 'amazing, cheers'])('«%s» keeps the plan', (text) => {
    const [opening, turn] = run('Okavango in August, 2 adults, 8 days, $14000 total', text);
    expect(turn!.acts[0]).toBe('thanks');
    expect(turn!.inputs).toEqual(opening!.inputs);
  });
});
