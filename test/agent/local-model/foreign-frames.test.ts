import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../src/domain/trip-inputs';
import { FRAME_TABLES } from '../../../src/agent/local-model/foreign-frames';
import { x } from './helpers';

// A place of each country, to check a limit rules out the others and keeps its own.
const PLACE_IN: Readonly<Record<string, string>> = { BW: 'okavango_delta', ZA: 'kruger', KE: 'masai_mara', NA: 'etosha' };

// Country names per language, and the three frames of a limit (must be in, only, or nothing) per language.
const LIMITS: ReadonlyArray<{ lang: string; names: Record<string, string>; frames: readonly string[] }> = [
  { lang: 'fr', names: { BW: 'Botswana', ZA: 'Afrique du Sud', KE: 'Kenya', NA: 'Namibie' }, frames: ['Ça doit être en {c}, on part en août', 'Uniquement en {c}, en août', '{c} ou rien, en août'] },
  { lang: 'es', names: { BW: 'Botsuana', ZA: 'Sudáfrica', KE: 'Kenia', NA: 'Namibia' }, frames: ['Tiene que ser en {c}, en agosto', 'Solamente {c}, en agosto', '{c} o nada, en agosto'] },
  { lang: 'it', names: { BW: 'Botswana', ZA: 'Sudafrica', KE: 'Kenya', NA: 'Namibia' }, frames: ['Deve essere in {c}, ad agosto', 'Soltanto {c}, ad agosto', '{c} o niente, ad agosto'] },
  { lang: 'pt', names: { BW: 'Botsuana', ZA: 'África do Sul', KE: 'Quénia', NA: 'Namíbia' }, frames: ['Tem que ser em {c}, em agosto', 'Somente {c}, em agosto', '{c} ou nada, em agosto'] },
  { lang: 'de', names: { BW: 'Botswana', ZA: 'Südafrika', KE: 'Kenia', NA: 'Namibia' }, frames: ['Es muss in {c} sein, im August', 'Nur {c}, im August', '{c} oder nichts, im August'] },
  { lang: 'nl', names: { BW: 'Botswana', ZA: 'Zuid-Afrika', KE: 'Kenia', NA: 'Namibië' }, frames: ['Het moet in {c} blijven, in augustus', 'Alleen {c}, in augustus', '{c}, anders niks, in augustus'] },
];

describe('a country limit in six languages (countries × languages × frames)', () => {
  for (const { lang, names, frames } of LIMITS) {
    for (const frame of frames) {
      for (const [code, name] of Object.entries(names)) {
        const text = frame.replace('{c}', name);
        it(`${lang}: "${text}" keeps ${code} and rules out the rest`, () => {
          const e = x(text);
          expect(e.countries).toEqual([code as CountryCode]);
          expect(e.excluded_destinations).not.toContain(PLACE_IN[code]);
          for (const [other, place] of Object.entries(PLACE_IN)) if (other !== code) expect(e.excluded_destinations).toContain(place);
        });
      }
    }
  }

  it('a country named without a limit rules nothing out, and "alleen" meaning alone is no limit', () => {
    expect(x('Sudáfrica en agosto, somos dos').excluded_destinations).toBeUndefined();
    expect(x('ik reis alleen, Zuid-Afrika in augustus').excluded_destinations).toBeUndefined();
    expect(x('Zuid-Afrika in augustus').countries).toEqual(['ZA']);
  });
});

describe('a place ruled out or taken out of the plan, in six languages', () => {
  const before = { destinations: ['serengeti', 'ruaha'] } as const;
  const removals = ['on retire la Ruaha', 'quitemos Ruaha', 'togliamo il Ruaha', 'tiramos o Ruaha', 'Ruaha streichen wir', 'lass Ruaha weg', 'Ruaha eruit', 'schrap de Ruaha'];
  for (const text of removals) {
    it(`"${text}" removes Ruaha and keeps the Serengeti`, () => {
      const e = x(text, { ...before, destinations: [...before.destinations] });
      expect(e.remove_destinations).toEqual(['ruaha']);
      expect(e.destinations ?? []).not.toContain('ruaha');
    });
  }

  const exclusions = ['on évite le Serengeti cette fois', 'descartamos el Serengeti esta vez', 'evitiamo il Serengeti stavolta', 'excluímos o Serengeti desta vez', 'we vermijden de Serengeti deze keer'];
  for (const text of exclusions) {
    it(`"${text}" rules the Serengeti out`, () => {
      const e = x(text);
      expect(e.excluded_destinations).toEqual(['serengeti']);
      expect(e.destinations).toBeUndefined();
    });
  }

  it('a Dutch place added beside a removal stays wanted: "Etosha eruit, Chobe erbij"', () => {
    const e = x('Etosha eruit, Chobe erbij', { destinations: ['etosha'] });
    expect(e.remove_destinations).toEqual(['etosha']);
    expect(e.destinations).toEqual(['chobe']);
  });

  it('German "lass uns …" (let us) removes nothing', () => {
    const e = x('lass uns nach Namibia fahren, zwei Wochen', { destinations: ['etosha'] });
    expect(e.remove_destinations).toBeUndefined();
  });
});

describe('crowds shunned and a quiet place asked for are privacy, not pace', () => {
  const crowds = [
    'on fuit les touristes, Zambie en juin',
    'odiamos las aglomeraciones, Namibia en mayo',
    'poca gente e tanti animali, Zambia a giugno',
    'longe das multidões, Namíbia em maio',
    'lieber weniger Touristen, Sambia im Juni',
    'niet te druk graag, Namibië in mei',
    'quelque chose de plus tranquille que le Kruger',
    'un lugar más tranquilo, Zambia en junio',
    'un posto tranquillo, Zambia a giugno',
    'um lugar sossegado, Zâmbia em junho',
    'een plek wat rustiger, Zambia in juni',
    'Kenya is too crowded nowadays, Zambia instead',
  ];
  for (const text of crowds) {
    it(`"${text}"`, () => {
      const e = x(text);
      expect(e.priorities).toContain('privacy');
      expect(e.pace).toBeUndefined();
    });
  }

  it('busy people, a busy schedule and a calm pace are not crowds', () => {
    expect(x("we're too busy until June, then Kruger").priorities).toBeUndefined();
    expect(x('the plan is too busy, fewer parks please').priorities).toBeUndefined();
    expect(x('sin prisas, a un ritmo tranquilo').pace).toBe('slow');
  });
});

describe('drive limits, the party, a total and a first trip in other languages', () => {
  it('"al massimo 3 ore di macchina al giorno", "max 3 uur rijden per dag", "no máximo 3 horas de estrada" are 3 hours', () => {
    expect(x('Namibia, al massimo 3 ore di macchina al giorno').drive_tolerance_hours).toBe(3);
    expect(x('Namibië, geen lange autoritten, max 3 uur per dag').drive_tolerance_hours).toBe(3);
    expect(x('Namíbia, no máximo 3 horas de estrada por dia').drive_tolerance_hours).toBe(3);
  });

  it('"seremos 5" and "vamos em 4" are the group; "vamos 2 semanas" is a length, not a party', () => {
    expect(x('seremos 5, Kenia en marzo').group_size).toBe(5);
    expect(x('vamos em 4, Quénia em março').group_size).toBe(4);
    const weeks = x('vamos 2 semanas a Kenia');
    expect(weeks.group_size).toBeUndefined();
    expect(weeks.duration_days).toBe(14);
  });

  it('"zusammen haben wir 8000 Euro" and "en total tenemos 9000 dólares" are totals', () => {
    expect(x('zusammen haben wir 8000 Euro, Sambia').budget_basis).toBe('total');
    expect(x('en total tenemos 9000 dólares, Zambia').budget_basis).toBe('total');
  });

  it('"primera vez en África", "prima volta in Africa" are a first trip; "a piedi", "zu Fuß" are walking; "fotografar" is photography', () => {
    expect(x('primera vez en África, Kenia en julio').traveler_type).toBe('first_time');
    expect(x('prima volta in Africa, Kenya a luglio').traveler_type).toBe('first_time');
    expect(x('safari a piedi in Zambia').priorities).toContain('walking');
    expect(x('Safaris zu Fuß in Sambia').priorities).toContain('walking');
    expect(x('queremos fotografar leopardos na Zâmbia').priorities).toContain('photography');
  });
});

describe('an amount in a currency code before "for N" is the party', () => {
  it('"AUD 24k for two", "NZD 30000 for 3", "18000 chf for two" give the group; "for 2 weeks" does not', () => {
    expect(x('AUD 24k for two, Tanzania in July').group_size).toBe(2);
    expect(x('NZD 30000 for 3, Kenya in August').group_size).toBe(3);
    expect(x('18000 chf for two, Botswana').group_size).toBe(2);
    expect(x('CAD 9000 for 2 weeks in Kenya').group_size).toBeUndefined();
  });
});

describe('the Mexican peso, now that the pack has its rate', () => {
  it('"MXN 90,000 en total", "90 000 pesos mexicanos" and "90000 mxn" are MXN', () => {
    expect(x('MXN 90,000 en total, Kenia en agosto')).toMatchObject({ budget_amount: 90000, budget_currency: 'MXN', budget_basis: 'total' });
    expect(x('90000 pesos mexicanos por persona, Tanzania').budget_currency).toBe('MXN');
    expect(x('unos 90000 mxn para los dos').budget_currency).toBe('MXN');
  });
});

describe('places and countries by their other names', () => {
  it('the falls in Spanish, Italian, German and Dutch', () => {
    for (const text of ['Cataratas Victoria en mayo', 'le cascate Vittoria a maggio', 'die Victoriafälle im Mai', 'de Victoriawatervallen in mei']) expect(x(text).destinations).toEqual(['victoria_falls']);
  });

  it('"the crater" said bare in a list is Ngorongoro', () => {
    expect(x('Serengeti and crater, 6 days').destinations).toEqual(['serengeti', 'ngorongoro']);
  });

  it('"Zim" is Zimbabwe, and the Zimbabwe side of the falls is a trip there', () => {
    expect(x('the Zim side of the falls in June').countries).toEqual(['ZW']);
    expect(x('Zimbabwe side of Vic Falls, June').countries).toEqual(['ZW']);
  });

  it('the limit, place and crowd tables have a row in at least five of the six languages', () => {
    for (const table of [FRAME_TABLES.LIMITS, FRAME_TABLES.PLACES, FRAME_TABLES.CROWDS]) for (const frame of table) expect(Object.keys(frame.rows).length, frame.english).toBeGreaterThanOrEqual(5);
  });
});
