import { describe, expect, it } from 'vitest';
import { inputsAfter, x } from './helpers';

describe('a due date or "expecting our first" is a pregnancy only with its subject', () => {
  it.each([
    'gorilla trekking in rwanda in july, 2 adults. what is the due date for the final payment',
    'gorilla trekking in rwanda in july, 2 adults. the permit due date is 60 days before?',
    'we are expecting our first safari to be amazing, gorillas in july',
  ])('%s → not unsafe, not health', (text) => {
    expect(x(text).message_kind).not.toBe('unsafe');
    expect(x(text).out_of_scope_topic).toBeUndefined();
  });

  it.each([
    'gorilla trekking in rwanda in july, my due date is in august',
    'we are expecting our first baby in september, gorillas in july?',
    'gorillas in july, 2 adults, we are expecting our first!',
  ])('%s → still read as a pregnancy', (text) => {
    expect(x(text).message_kind).toBe('unsafe');
  });
});

describe('Spanish "en estado salvaje" is "in the wild", not pregnant', () => {
  it('watching animals in the wild is a trip', () => {
    const e = x('queremos ver animales en estado salvaje en kenia en agosto, 2 adultos');
    expect(e.message_kind).not.toBe('unsafe');
    expect(e.out_of_scope_topic).toBeUndefined();
  });
  it('gorilla trekking in the wild is not unsafe', () => {
    expect(x('trekking de gorilas en estado salvaje en ruanda en julio, 2 adultos').message_kind).not.toBe('unsafe');
  });
  it('embarazada still is', () => {
    expect(x('mi mujer está embarazada, trekking de gorilas en ruanda en julio, 2 adultos').message_kind).toBe('unsafe');
  });
});

describe('"add" counts someone joining only with a person after it; bare "plus" never', () => {
  const before = 'Chobe in August, 2 adults and 2 children aged 8 and 11';
  it.each(['we will add Chobe, and we are 3 now', 'sorry, it is 2 adults plus 1 child aged 8'])('%s → no group_size contradiction', (text) => {
    expect(inputsAfter(before, text).conflict?.fields ?? []).not.toContain('group_size');
  });
});

describe('French "retire" needs its French form', () => {
  it('English "when we retire" excludes nothing', () => {
    expect(x('when we retire the serengeti is our dream, 2 adults in july').excluded_destinations).toBeUndefined();
  });
  it('"on retire le Serengeti" still excludes it', () => {
    expect(x('on retire le Serengeti, 2 adultes en juillet').excluded_destinations).toBeDefined();
  });
});
