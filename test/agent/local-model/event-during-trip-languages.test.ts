import { describe, expect, it } from 'vitest';
import { converse } from './helpers';

// Fluent review L11: an event elsewhere on a day inside the dates was read only in English; French keeps the
// day after the event («… à Bordeaux le 9 juin»), German before it („am 7. Oktober bei der Beerdigung …“).
describe('an event elsewhere during the trip, said in other languages', () => {
  it.each([
    "Chobe du 3 au 14 juin pour deux adultes, budget 7000 $ ; nous devons aller à l'enterrement de mon oncle à Bordeaux le 9 juin",
    'Parc Kruger du 10 au 20 septembre, 2 adultes, 6000 $ au total, et on doit être au mariage de ma sœur à Lyon le 18 septembre',
    'Serengeti 2.–12. Oktober, zwei Erwachsene, 8000 € insgesamt; wir müssen am 7. Oktober bei der Beerdigung meiner Tante in Köln sein',
    'Kruger vom 10. bis 20. September, 2 Erwachsene, 6000 $ insgesamt, und wir müssen am 18. September zur Hochzeit meines Bruders in Hamburg',
    'Kruger del 10 al 20 de septiembre, 2 adultos, 6000 $ en total, y tenemos que estar en la boda de mi hermana en Sevilla el 18 de septiembre',
    'Kruger dal 10 al 20 settembre, 2 adulti, 6000 $ in totale, e dobbiamo essere al matrimonio di mia sorella a Roma il 18 settembre',
    'Kruger de 10 a 20 de setembro, 2 adultos, 6000 $ no total, e temos que estar no casamento da minha irmã em Porto no dia 18 de setembro',
  ])('is refused naming both: %s', (text) => {
    const { result, said } = converse([text]);
    expect(result.kind).toBe('refused');
    expect(said.join(' ')).toMatch(/back by \d+ \w+ 2027, then \d+–\d+ \w+ 2027/);
  });

  it.each([
    // The event is on the trip itself.
    'Serengeti et Zanzibar du 2 au 16 août, 2 adultes, 9000 $ ; on doit être au mariage de nos amis à Zanzibar le 14 août',
    // After the trip ends.
    'Chobe vom 10. bis 20. Juni, 2 Erwachsene, 7000 $, danach müssen wir am 25. Juni zur Hochzeit in Rom',
  ])('is no contradiction: %s', (text) => {
    expect(converse([text]).inputs.conflict).toBeUndefined();
  });
});
