import { describe, expect, it } from 'vitest';
import { simulateConversation, type SimulatedTurn } from '../../../src/agent/dialogue/score-dialogue';
import { smsSegments } from '../../../src/agent/render/sms-segments';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Whole conversations through the product's turn logic (planDialogue, store aside): what
// each act does to the standing decision and what the traveler reads back.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const run = (...texts: string[]): SimulatedTurn[] => [...simulateConversation(texts, now, pack)];

describe('questions leave the decision in force', () => {
  it('why, why not, price, thanks and an emoji change no input and re-send no verdict', () => {
    const [trip, ...rest] = run('Serengeti in August, 2 adults, 8 days, $7000 per person', 'why?', 'why not Ruaha?', 'how much for top-end lodges?', 'thanks a lot', '🦁');
    expect(trip!.decided).toBe(true);
    for (const turn of rest) {
      expect(turn.decided).toBe(false);
      expect(turn.inputs).toEqual(trip!.inputs);
      expect(turn.replies.web).not.toContain(trip!.decision.verdict.headline);
    }
    expect(rest.map((t) => t.dialogue.act)).toEqual(['why', 'why_not', 'price', 'thanks', 'emoji']);
  });

  it('why-not names the other place in that month and ends on the standing decision', () => {
    const [, whyNot] = run('Masai Mara in September, 2 adults, 6 days', 'why not Tsavo?');
    expect(whyNot!.dialogue.about).toBe('tsavo');
    expect(whyNot!.replies.web).toContain(pack.byId.get('tsavo')!.name);
    expect(whyNot!.replies.web).toMatch(/September/);
    expect(whyNot!.replies.web).toMatch(/Your decision stands: Book/);
  });

  it('a price answer quotes the pack floors of each tier for the plan', () => {
    const [trip, price] = run('Kruger in July, 2 adults, 5 days', 'what would the premium lodges cost?');
    const floors = pack.byId.get('kruger')!.cost_floor_usd_pppn;
    expect(trip!.decision.verdict.outcome).toBe('book');
    for (const v of [floors.budget, floors.fair_value, floors.premium]) expect(price!.replies.web).toContain(`US$${v.toLocaleString('en-GB')}`);
  });

  it('a cheaper question names a cheaper place with good game viewing that month', () => {
    const [, price] = run('Masai Mara in August, 2 adults, 7 days', 'anything cheaper?');
    expect(price!.replies.web).toMatch(/Cheaper with good game viewing in August: /);
  });
});

describe('greetings', () => {
  it('at the start: a welcome that says what the agent does and asks what it needs, not the standing decision', () => {
    const [hello, trip] = run('good morning!', 'Etosha in July, 2 adults, 7 days');
    expect(hello!.answerOnly).toBe(true);
    expect(hello!.decided).toBe(false);
    expect(hello!.replies.web).toMatch(/I help you decide/);
    expect(hello!.replies.web).toMatch(/which month/);
    expect(hello!.replies.web).not.toMatch(/Not yet/);
    expect(trip!.decided).toBe(true);
  });

  it('later: a short answer, never the verdict again', () => {
    const turns = run('Chobe in October, 2 adults, 5 days', 'hello again', 'bye for now');
    expect(turns[1]!.replies.web.length).toBeLessThan(120);
    expect(turns[2]!.dialogue.act).toBe('goodbye');
    expect(turns[2]!.replies.web).not.toContain('Chobe');
  });
});

describe('suggestions', () => {
  it('with only a month: a recommendation decided from the pack, and one question', () => {
    const [s] = run('any ideas for September?');
    expect(s!.dialogue.act).toBe('suggest');
    expect(s!.decided).toBe(true);
    expect(s!.decision.verdict.outcome).not.toBe('refused');
    expect(s!.replies.web).toMatch(/^My suggestion: /);
    expect(s!.replies.web.match(/One question: /g)).toHaveLength(1);
  });

  it('with nothing known: one question for the month, with a pack pick meanwhile', () => {
    const [s] = run('where should we go?');
    expect(s!.replies.web).toMatch(/A strong choice: /);
    expect(s!.replies.web).toMatch(/One question: Which month would you travel\?/);
  });

  it('once a trip stands: the standing plan recommended, nothing changed', () => {
    const [, s] = run('Samburu in February, 2 adults, 5 days', 'what would you do in our place?');
    expect(s!.decided).toBe(false);
    expect(s!.replies.web).toMatch(/In your place I would go with the plan as it stands/);
  });
});

describe('add, extend and change of mind', () => {
  it('a counted addition lengthens the trip by that much, never shortens it to that', () => {
    const [trip, add] = run('Serengeti in July, 2 adults, 7 days', 'could we tack on 3 nights in Zanzibar?');
    expect(trip!.inputs.duration_days).toBe(7);
    expect(add!.inputs.duration_days).toBe(10);
    expect(add!.inputs.destinations).toEqual(['serengeti', 'zanzibar']);
    expect(add!.decided).toBe(true);
  });

  it('a place without a count adds its typical stay; an unnamed stop adds a typical stop and waits for its name', () => {
    const [, add] = run('Kruger in August, 2 adults, 6 days', 'add Victoria Falls at the end');
    expect(add!.inputs.duration_days).toBe(6 + pack.byId.get('victoria_falls')!.nights.ideal);
    const [, stop, named] = run('Kruger in August, 2 adults, 6 days', 'add one more stop please', 'Chobe maybe?');
    expect(stop!.dialogue.pending_add).toBe(true);
    expect(named!.dialogue.act).toBe('add_extend');
    expect(named!.inputs.destinations).toContain('chobe');
    expect(named!.inputs.duration_days).toBe(stop!.inputs.duration_days);
  });

  it('dates the traveler fixed keep the length', () => {
    const [trip, add] = run('Serengeti from 2027-07-01 to 2027-07-08, 2 adults', 'add Zanzibar');
    expect(add!.inputs.end_date).toBe(trip!.inputs.end_date);
    expect(add!.inputs.duration_days).toBe(trip!.inputs.duration_days);
  });

  it('a change of mind replaces the places and keeps the rest', () => {
    const [trip, change] = run('Masai Mara and Amboseli in March, 2 adults, 8 days', 'forget Kenya, we will do Kruger instead');
    expect(change!.dialogue.act).toBe('change_mind');
    expect(change!.inputs.destinations).toEqual(['kruger']);
    expect(change!.inputs.countries ?? []).not.toContain('KE');
    expect(change!.inputs.adults).toBe(trip!.inputs.adults);
    expect(change!.inputs.month).toBe(3);
  });
});

describe("the traveler's language", () => {
  const english = /\b(?:the|and|your|decision|price|night|why|book)\b/i;

  it('French questions are answered wholly in French, with French number and money formats', () => {
    const turns = run('Bonjour !', 'Serengeti en août, 2 adultes, 8 jours', 'pourquoi ?', 'et le Tarangire, pourquoi pas ?', 'combien en haut de gamme ?', 'merci, au revoir');
    for (const t of turns) {
      expect(t.dialogue.language).toBe('fr');
      expect(t.replies.web).not.toMatch(english);
    }
    expect(turns[4]!.replies.web).toMatch(/\d\u202f\d{3}\u00a0\$US|\d{3}\u00a0\$US/);
    expect(turns[1]!.replies.web).toMatch(/^Réserver : /);
  });

  it('German questions are answered wholly in German', () => {
    const turns = run('Guten Tag', 'Masai Mara im September, 2 Erwachsene, 6 Tage', 'Warum?', 'Warum nicht Samburu?', 'Was kostet das?', 'Danke, tschüss');
    for (const t of turns) {
      expect(t.dialogue.language).toBe('de');
      expect(t.replies.web).not.toMatch(english);
    }
    expect(turns[1]!.replies.web).toMatch(/^Buchen: /);
  });

  it('keeps the language on messages too short to tell', () => {
    const turns = run('Kruger en juin, 2 adultes, 6 jours', '👍', 'ok');
    expect(turns.map((t) => t.dialogue.language)).toEqual(['fr', 'fr', 'fr']);
  });
});

describe('length that fits the channel', () => {
  it('a web verdict leads with two reasons and offers details; an SMS stays within three segments', () => {
    const [trip, details] = run('Okavango Delta in September, 2 adults, 6 days', 'details');
    expect(trip!.replies.web.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
    expect(trip!.replies.web).toMatch(/Reply "details"/);
    expect(details!.replies.web).toMatch(/Assumptions:/);
    expect(details!.decided).toBe(false);
    expect(trip!.replies.sms.length).toBeLessThanOrEqual(3 * 153);
  });
});

describe('permits and entry fees', () => {
  it('are quoted per place from the pack, by name in English and as a range in French', () => {
    const [, en] = run('Bwindi gorillas in July, 2 adults, 3 days', 'what will it cost?');
    expect(en!.replies.web).toMatch(/Uganda gorilla trekking permit \(foreign non-resident\): US\$800/);
    const [, fr] = run('Gorilles à Bwindi en juillet, 2 adultes, 3 jours', 'ça coûte combien ?');
    expect(fr!.replies.web).toMatch(/Permis et droits d'entrée pour Bwindi : de 800\u00a0\$US à 1\u202f500\u00a0\$US par personne\./);
  });
});

describe('details on request in text channels', () => {
  it('a WhatsApp verdict offers details; an SMS one only while it fits three segments', () => {
    const [trip] = run('Serengeti in August, 2 adults, 8 days');
    expect(trip!.replies.whatsapp).toMatch(/Reply "details"/);
    expect(smsSegments(trip!.replies.sms)).toBeLessThanOrEqual(3);
  });
});
