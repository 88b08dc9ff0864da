import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { NOW, inputsAfter } from './helpers';

// A child named by kin in Italian, Portuguese or German is a child, so a gorilla or walking
// age rule asks or refuses instead of booking the adults' trip (phrasings of our own).
describe('children named by kin in Italian, Portuguese and German', () => {
  it.each([
    'Gorilla trek in Uganda a luglio 2027 con nostro figlio, 4000 euro a testa',
    'gorilas no Ruanda em julho de 2027 com o nosso bebé, 5000 dólares por pessoa',
    'Im Juli 2027 mit unserem Neffen zu den Gorillas nach Ruanda, 5000 € pro Person',
    'mit meiner Nichte im Juli 2027 zu den Gorillas nach Uganda, 4000 € pro Person',
  ])('%s → one child, never a gorilla booking', (text) => {
    const inputs = inputsAfter(text);
    expect(inputs.children).toBe(1);
    expect(decide(inputs, defaultPackIndex(), NOW).content.verdict.outcome).not.toBe('book');
  });
});

describe('a child’s age said in a relative clause', () => {
  it('"nostra figlia che ha 16 anni" is a daughter of 16, who may trek', () => {
    const inputs = inputsAfter('gorilla in Uganda a settembre con nostra figlia che ha 16 anni. Due adulti più lei, 5000 euro a testa');
    expect(inputs.child_ages).toEqual([16]);
    expect(decide(inputs, defaultPackIndex(), NOW).content.verdict.outcome).toBe('book');
  });
});
