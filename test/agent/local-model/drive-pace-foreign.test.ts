import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Own phrasings: a drive limit said "up to N hours" in German, and a full schedule in four languages.
describe('"bis N Std. Fahrt" is a daily drive limit', () => {
  it.each([
    ['Hwange im Mai, bis 3 Std. Fahrt am Tag', 3],
    ['Etosha, bis zu 5 Stunden Fahrt pro Tag sind okay', 5],
  ])('%s', (text, hours) => {
    expect(x(text).drive_tolerance_hours).toBe(hours);
  });

  it('"bis" before a date is no drive limit', () => {
    expect(x('Tarangire vom 2. bis 9. September').drive_tolerance_hours).toBeUndefined();
  });
});

describe('a full schedule is a fast pace', () => {
  it.each([
    'Ein straffes Programm in Tansania im Juli',
    'Botswana en juin, un programme chargé nous va',
    'Kenia en agosto con un programa apretado',
    'Uganda a luglio, programma intenso',
  ])('%s', (text) => {
    expect(x(text).pace).toBe('fast');
  });
});
