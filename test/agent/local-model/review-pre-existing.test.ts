import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { NOW, x } from './helpers';

describe('a child named in Dutch is counted, age unknown', () => {
  it.each(['Gorilla trekking in Rwanda in juli, 2 volwassenen en 1 kind', 'Gorilla trekking in Rwanda in juli, 2 volwassenen en ons kind'])('%s → one child, the trek not booked', (text) => {
    const { message_kind: _k, out_of_scope_topic: _t, ...inputs } = x(text);
    expect(inputs).toMatchObject({ adults: 2, children: 1, group_size: 3 });
    expect(decide(inputs, defaultPackIndex(), NOW).content.verdict.outcome).not.toBe('book');
  });
  it('English "kind of" is not a child', () => {
    expect(x('we are 2 adults, one kind of safari in july in kenya').children).toBeUndefined();
  });
});

describe('a negated feeding frame is not a request', () => {
  it.each([
    'no queremos alimentar a los animales, safari en kenia en agosto, 2 adultos',
    'non dare da mangiare agli animali, safari in kenya ad agosto, 2 adulti',
    "we don't want to feed the animals, Kenya in August, 2 adults",
  ])('%s → a trip', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });
  it.each(['¿Podemos darles de comer a los monos en el Serengeti?', 'no, can we feed the baboons in Chobe?'])('%s → still unsafe', (text) => {
    expect(x(text).message_kind).toBe('unsafe');
  });
});
