/**
 * Writes a sample of every traveler-facing template in French and German (and English for
 * comparison) for a fluent reviewer (issue 15): the decision record of every outcome and
 * refusal reason as each channel renders it (widget text and card, SMS, WhatsApp, the
 * signed web view as text), then one conversation per language through every dialogue act.
 *
 *   npx tsx scripts/dialogue-review-sample.ts [out.md]
 */
import { writeFileSync } from 'node:fs';
import { planDialogue } from '../src/agent/dialogue/plan-dialogue';
import { simulateConversation } from '../src/agent/dialogue/score-dialogue';
import type { Extraction } from '../src/agent/extraction-schema';
import { localizedFull } from '../src/agent/render/in-language';
import { renderReply } from '../src/agent/render/render-reply';
import { guardMessage } from '../src/agent/turn/guard';
import { decisionLinks } from '../src/channels/relay/decision-link';
import { decisionView } from '../src/channels/relay/decision-view';
import { phoneText } from '../src/channels/relay/phone-sink';
import type { Channel } from '../src/domain/entities/common';
import type { Decision, DecisionContent } from '../src/domain/entities/decision';
import type { Itinerary, ItineraryDraft } from '../src/domain/entities/itinerary';
import type { Language } from '../src/domain/dialogue';
import { defaultPackIndex } from '../src/domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../src/domain/merge-trip-inputs';
import { decide } from '../src/domain/rules/decide';
import { LOGIC_VERSION } from '../src/domain/rules/version';
import type { TripInputs } from '../src/domain/trip-inputs';
import { sampleDecision } from '../test/support/sample-decision';

const pack = defaultPackIndex();
const now = new Date('2026-03-01T10:00:00Z');
const links = decisionLinks({ secret: 'review-sample', publicBaseUrl: 'https://trips.example' });

const CASES: Array<{ name: string; inputs: TripInputs; kind?: 'out_of_scope' | 'unsafe'; topic?: string }> = [
  { name: 'Book, one stop', inputs: { destinations: ['masai_mara'], month: 8, adults: 2, duration_days: 7 } },
  { name: 'Book, two stops, budget in euros', inputs: { destinations: ['kruger', 'victoria_falls'], month: 9, adults: 2, duration_days: 10, budget_amount: 5000, budget_currency: 'EUR', budget_basis: 'per_person' } },
  { name: 'Book, gorillas with no place named', inputs: { priorities: ['gorillas'], month: 6 } },
  { name: 'Wait', inputs: { destinations: ['masai_mara'], month: 4, adults: 2 } },
  { name: 'Switch (budget)', inputs: { destinations: ['okavango_delta'], month: 7, adults: 2, budget_amount: 800, budget_currency: 'EUR', budget_basis: 'per_person', duration_days: 8 } },
  { name: 'Switch (a country without the priority)', inputs: { countries: ['ZA'], month: 7, priorities: ['gorillas'] } },
  { name: 'Discard (age rule)', inputs: { destinations: ['bwindi'], month: 7, adults: 2, children: 1, child_ages: [9], priorities: ['gorillas'] } },
  { name: 'Discard (migration out of season, fixed dates)', inputs: { destinations: ['masai_mara'], month: 4, adults: 2, flexible_dates: false, priorities: ['migration'] } },
  { name: 'Refused: missing inputs', inputs: {} },
  { name: 'Refused: contradictory dates', inputs: { destinations: ['serengeti'], start_date: '2026-08-20', end_date: '2026-08-10' } },
  { name: 'Refused: out of scope (visa)', inputs: {}, kind: 'out_of_scope', topic: 'visa' },
  { name: 'Refused: unsafe', inputs: {}, kind: 'unsafe', topic: 'unsafe' },
];

const SAY: Record<Language, string> = { en: 'Here are the details of our trip.', fr: 'Voici les informations sur notre voyage.', de: 'Hier sind die Angaben zu unserer Reise.' };

const CONVERSATIONS: Record<'fr' | 'de', string[]> = {
  fr: ['Bonjour !', 'Nous sommes deux adultes et rêvons du Serengeti en juillet, 9 jours.', 'Pourquoi ce choix ?', 'Et pourquoi pas le Masai Mara ?', 'Combien coûterait le haut de gamme ? Il y a moins cher ?', 'Que nous conseillez-vous ?', 'On aimerait ajouter Zanzibar à la fin.', 'Faut-il un visa pour la Tanzanie ?', 'Notre assurance couvre-t-elle le trekking ?', 'Merci beaucoup', '👍', 'détails', 'Oubliez la Tanzanie, on part au Botswana finalement.', 'Au revoir !'],
  de: ['Hallo!', 'Wir sind zwei Erwachsene und möchten im August in die Masai Mara, 7 Tage.', 'Warum gerade dort?', 'Was ist mit Amboseli?', 'Was kostet das in der Luxusklasse? Geht es günstiger?', 'Was würden Sie uns empfehlen?', 'Können wir am Ende noch Sansibar dranhängen?', 'Brauchen wir ein Visum für Kenia?', 'Wie lange muss der Reisepass gültig sein?', 'Danke schön', '🦁', 'Details', 'Vergiss Kenia, wir machen lieber Botswana.', 'Tschüss!'],
};

const asDecision = (content: DecisionContent, itinerary?: ItineraryDraft): Decision => sampleDecision(content, now, itinerary);

/** The web view's visible text, one block per line. */
async function viewText(decision: Decision, itinerary?: Itinerary): Promise<string> {
  const app = decisionView({ links, clock: () => now, decision: async () => decision, itinerary: async () => itinerary });
  const html = await (await app.request(new URL(links.linkFor('demo-tenant', decision.decision_id, now)).pathname)).text();
  return html
    .replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>/g, '')
    .replace(/<li>/g, '\n- ')
    .replace(/<(?:h1|h2|p)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

const block = (title: string, text: string) => `**${title}**\n\n\`\`\`text\n${text}\n\`\`\`\n`;

async function decisionSection(lang: Language): Promise<string> {
  const out: string[] = [];
  for (const c of CASES) {
    const extraction = { ...c.inputs, message_kind: c.kind ?? 'trip', ...(c.kind === 'out_of_scope' ? { out_of_scope_topic: c.topic } : {}) } as Extraction;
    const guard = guardMessage(extraction);
    out.push(`### ${c.name}\n`);
    for (const channel of ['web', 'sms', 'whatsapp'] as Channel[]) {
      const r = planDialogue({
        text: SAY[lang], channel, extraction, guard, known: {}, language: lang, recent: [], pack, merge: mergeTripInputs,
        decide: (i, g) => decide(i, pack, now, g), logicVersion: LOGIC_VERSION,
        verdict: (content, it) => renderReply(channel, content, it, guard.scopeNote), full: (content, it) => renderReply('web', content, it, guard.scopeNote),
      });
      if (r.result.kind === 'unchanged') continue;
      const itinerary = r.result.kind === 'issued' ? r.result.itinerary : undefined;
      const decision = asDecision(r.result.content, itinerary);
      const stored = itinerary ? ({ ...itinerary, itinerary_id: 'itn_01J00000000000000000000000', decision_id: decision.decision_id } as Itinerary) : undefined;
      if (channel === 'web') {
        out.push(block('Widget reply text', r.text));
        if (lang !== 'en' && decision.localized) out.push(block('"details" (the whole record, as text)', localizedFull(decision.localized, Boolean(decision.refusal))));
        out.push(block('Signed web view (text of the page)', await viewText(decision, stored)));
      } else {
        const brief = stored ? { itinerary_id: stored.itinerary_id, title: stored.title, duration_days: stored.duration_days, route: stored.route, inclusions: stored.inclusions, exclusions: stored.exclusions } : undefined;
        const sent = phoneText({ links }, channel, { tenant_id: 'demo-tenant', decision, ...(brief ? { itinerary: brief } : {}), text: r.text, dialogue: r.dialogue });
        out.push(block(`${channel === 'sms' ? 'SMS' : 'WhatsApp'} message sent`, sent));
      }
    }
  }
  return out.join('\n');
}

async function conversationSection(lang: 'fr' | 'de'): Promise<string> {
  const out: string[] = [];
  let k = 0;
  for (const turn of simulateConversation(CONVERSATIONS[lang], now, pack)) {
    const text = CONVERSATIONS[lang][k++]!;
    out.push(`### ${k}. « ${text} » → act \`${turn.dialogue.act}\`\n`);
    for (const channel of ['web', 'sms', 'whatsapp'] as Channel[]) {
      const decision = asDecision(turn.decision);
      const shown = channel === 'web' ? turn.replies.web : phoneText({ links }, channel, { tenant_id: 'demo-tenant', decision, text: turn.replies[channel], dialogue: turn.dialogue });
      out.push(block(channel === 'web' ? 'Widget' : channel === 'sms' ? 'SMS' : 'WhatsApp', shown));
    }
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? 'review-sample.md';
  const parts = [
    `# Review sample: the traveler's copy in French and German (issue 15)\n`,
    `Generated by \`npx tsx scripts/dialogue-review-sample.ts\` on commit state of ${new Date().toISOString().slice(0, 10)}. Every decision below is made by the rules from the inputs named; every text is what the traveler receives on that channel (the widget's text, the SMS and WhatsApp message as sent, the signed web page as text). Links are placeholders. Part 5 shows English for comparison only.\n`,
    `What to check: grammar, register (vous / Sie), natural wording, agreement with place names (French names carry their article: « le delta de l'Okavango »), number, money and date formats, and that nothing is left in English except proper nouns.\n`,
    `## Part 1: French — every outcome and refusal, per channel\n`,
    await decisionSection('fr'),
    `## Part 2: German — every outcome and refusal, per channel\n`,
    await decisionSection('de'),
    `## Part 3: French — one conversation through every act\n`,
    await conversationSection('fr'),
    `## Part 4: German — one conversation through every act\n`,
    await conversationSection('de'),
    `## Part 5 (comparison): English — every outcome and refusal, per channel\n`,
    await decisionSection('en'),
  ];
  writeFileSync(file, parts.join('\n'));
  console.log(`wrote ${file}`);
}

await main();
