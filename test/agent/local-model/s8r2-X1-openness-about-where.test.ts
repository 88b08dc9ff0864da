import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/agent/local-model/normalize';
import { opensElsewhere } from '../../../src/agent/local-model/open-elsewhere';
import { openToKind } from '../../../src/agent/local-model/open-kind';
import { x } from './helpers';

const open = (s: string) => opensElsewhere(normalize(s).text) === true;

// "Anywhere" / "elsewhere" / "any place" / "open to suggestions" say the trip may go to another country only when
// they are about where the trip goes, not about beds, meals, signal, past travel or the days after the trip.
describe('openness read only when it is about where the trip goes', () => {
  it.each([
    'This is our first time on the continent: we have never been anywhere south of Cairo.',
    "We haven't travelled anywhere in Africa yet.",
    'My husband can nap anywhere, even in a bumpy jeep.',
    'We have pitched a tent just about anywhere over the years.',
    "After the safari we'll be elsewhere for a week, with friends in Durban.",
    "Mobile signal isn't needed anywhere, we want to switch off.",
    'As for where we stay, any place works as long as the beds are comfy.',
    "We'll eat whatever is served and we're open to suggestions.",
    'Our kids are open to suggestions for activities.',
  ])('«%s» leaves the place as it is', (s) => expect(open(s)).toBe(false));

  it.each([
    "Honestly we'd travel anywhere in Africa for this.",
    'A walking safari anywhere would be fantastic.',
    'Anywhere good, really.',
    'We are open to going elsewhere if the rains are bad.',
    'Open to suggestions on the country.',
    'Any country works for us.',
  ])('«%s» opens the trip to other countries', (s) => expect(open(s)).toBe(true));

  it('a sleeping-rough remark does not make a Delta camper open to other countries', () => {
    const i = x('Okavango Delta in August 2027, two adults, 6 days, $3,000 each. Simple tents suit us, we can sleep anywhere.');
    expect(i.open_elsewhere).toBeUndefined();
    expect(i.destinations).toEqual(['okavango_delta']);
  });
});

// "Any beach would do" said of the last days after the trek is about an add-on, not the point of the trip.
describe('openness about one part of the trip is not openness about its point', () => {
  it.each([
    'Gorillas in Uganda in July. Afterwards any beach would be fine.',
    'Chimps and gorillas first; for the final couple of days any beach would do.',
    'We want the calving herds, and at the end any island would be great.',
  ])('«%s» names no open kind', (s) => expect(openToKind(normalize(s).text)).toBeUndefined());

  it('the gorillas stay the point when the beach is only the tail of the trip', () => {
    const i = x('Two adults, gorillas in Rwanda in September 2027, 9 days, $10,000 each. After the trek, any beach would do for the last days.');
    expect(i.priorities).toContain('gorillas');
    expect(i.open_elsewhere).toBeUndefined();
  });

  it('a whole trip of a broader kind still releases the plan', () => {
    expect(openToKind(normalize('We thought of gorillas in Rwanda, but any good wildlife trip would do.').text)).toBe('wildlife_density');
  });
});

describe('a negation a few words before the openness', () => {
  it.each([
    "We don't want to go anywhere too hot.",
    'We would never fly anywhere else, honestly.',
  ])('«%s» is not openness', (s) => expect(open(s)).toBe(false));

  it('«we do not mind where» is still openness', () => expect(open("We don't mind where, as long as there are lions.")).toBe(true));
});
