import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { defaultPack } from '../../../src/domain/knowledge-pack/load';
import { ISO_CODES } from '../../../src/agent/local-model/currencies';
import { x } from './helpers';

// Currencies a traveler plausibly writes a safari budget in: each must be read as itself and convert.
const TRAVELER_CODES = [
  'JPY', 'CNY', 'INR', 'BRL', 'MXN', 'COP', 'ARS', 'CLP', 'AUD', 'NZD', 'CAD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF',
  'SGD', 'HKD', 'AED', 'SAR', 'ILS', 'TRY', 'RUB', 'KRW', 'THB', 'MYR', 'IDR', 'PHP', 'NGN', 'GHS', 'EGP', 'MAD',
  'KES', 'TZS', 'UGX', 'RWF', 'ZAR', 'BWP', 'NAD', 'ZMW', 'ETB', 'MZN', 'MWK',
];

describe('budgets written in the world’s currencies', () => {
  it('an ISO code after the amount is that money, never dollars', () => {
    for (const code of TRAVELER_CODES) {
      const r = x(`Kenya in August, budget 4.000.000 ${code} per person`);
      expect(r.budget_currency, code).toBe(code);
      expect(r.budget_amount, code).toBe(4_000_000);
    }
  });

  it('an ISO code before the amount is that money too', () => {
    for (const code of ['COP', 'KRW', 'SEK', 'NGN', 'THB', 'ILS']) {
      expect(x(`${code} 3,500,000 for the two of us, Tanzania in July`).budget_currency, code).toBe(code);
    }
  });

  it('every code the reader knows that travelers use has a dated rate in the pack', () => {
    const pack = defaultPack();
    expect(pack.currency.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pack.currency.source.length).toBeGreaterThan(20);
    const index = defaultPackIndex();
    for (const code of TRAVELER_CODES) expect(index.toUsd(1000, code), code).toBeGreaterThan(0);
    for (const code of ISO_CODES) if (code !== 'rmb') expect(index.toUsd(1000, code.toUpperCase()), code).toBeGreaterThan(0);
  });

  it('the money’s symbol or name is read as its code', () => {
    expect(x('₩9,000,000 for both of us, Masai Mara in September').budget_currency).toBe('KRW');
    expect(x('about ฿150,000 each, Serengeti in February').budget_currency).toBe('THB');
    expect(x('S$ 7000 per person, Kruger in June').budget_currency).toBe('SGD');
    expect(x('RM 20000 per person for Kenya in August').budget_currency).toBe('MYR');
    expect(x('we have 1.2 million yen for two, Tanzania in October').budget_currency).toBe('JPY');
    expect(x('45,000 yuan total, Kenya in August').budget_currency).toBe('CNY');
    expect(x('¥40000 for us, paying in RMB, Kruger in May').budget_currency).toBe('CNY');
    expect(x('60 000 Swedish kronor for two, Botswana in June').budget_currency).toBe('SEK');
    expect(x('30000 zł together, Zanzibar in January').budget_currency).toBe('PLN');
    expect(x('5 million naira each, Kenya in August').budget_currency).toBe('NGN');
    expect(x('200,000 Egyptian pounds in total, Tanzania in July').budget_currency).toBe('EGP');
  });

  it('pesos take their country from the message, and are never dollars when it names none', () => {
    expect(x('Somos colombianos, 9.000.000 pesos por persona, Kenia en agosto').budget_currency).toBe('COP');
    expect(x('From Argentina: 4.000.000 pesos each, Tanzania in July').budget_currency).toBe('ARS');
    const unknown = x('3000000 pesos for the Mara in August');
    expect(unknown.budget_currency).not.toBe('USD');
    expect(unknown.budget_currency).not.toBeUndefined();
  });

  it('a code that is also a word is money only for a sizeable amount', () => {
    expect(x('we might try 2 nights in the Mara in August').budget_amount).toBeUndefined();
    expect(x('mad 3 days in Kruger, July').budget_currency).toBeUndefined();
    expect(x('250000 TRY for two, Serengeti in August').budget_currency).toBe('TRY');
  });

  it('a later message that names only the money changes it, for any currency, but not for an everyday word', () => {
    const before = { destinations: ['masai_mara'], month: 8, budget_amount: 600000, budget_currency: 'USD' } as const;
    expect(x("sorry, that's in yen", { ...before, destinations: [...before.destinations] }).budget_currency).toBe('JPY');
    expect(x('make that Swedish kronor', { ...before, destinations: [...before.destinations] }).budget_currency).toBe('SEK');
    expect(x("it's mad how dear the Mara is", { ...before, destinations: [...before.destinations] }).budget_currency).toBeUndefined();
  });
});
