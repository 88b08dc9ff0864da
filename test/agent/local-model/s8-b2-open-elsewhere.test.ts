import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/agent/local-model/normalize';
import { opensElsewhere } from '../../../src/agent/local-model/open-elsewhere';

const open = (s: string) => opensElsewhere(normalize(s).text) === true;

describe('a traveler saying any country or place will do (opensElsewhere)', () => {
  it.each([
    'Thinking Tarangire in May. Any country works for us though.',
    'We are happy with any country, really.',
    'Etosha was the plan, but we are open to other countries.',
    'Open to another country if it is better.',
    'Honestly we would go anywhere in Africa.',
    'We are flexible on the country.',
    'Happy to hear alternatives: open to suggestions on where to go.',
    'We don’t mind where, as long as the walking is good.',
  ])('reads «%s» as open', (s) => expect(open(s)).toBe(true));

  it.each([
    'Anywhere in Tanzania is fine.',
    'Any country in East Africa works.',
    'Eastern Africa anywhere is fine.',
    'Anywhere except the Mara, it is too busy.',
    'Zambia or nothing, we will not go anywhere else.',
    'We are not open to other countries.',
    'The dates can move anywhere within 2027.',
    'Open to other parks in Kenya.',
    'South Luangwa in August for walking.',
  ])('does not read «%s» as open', (s) => expect(open(s)).toBe(false));
});
