import type { Outcome } from './protocol';

/** Every piece of text the widget shows, per locale: the one place to translate. */
export interface Strings {
  title: string;
  launcher: string;
  close: string;
  newConversation: string;
  messageLabel: string;
  placeholder: string;
  send: string;
  typing: string;
  status: { connecting: string; online: string; offline: string };
  queued: string;
  notSent: string;
  /** Why a message was not sent, where the server's English words would not do (its own words in English). */
  tryLater?: string;
  retry: string;
  you: string;
  agent: string;
  outcome: Record<Outcome, string>;
  assumptions: string;
  tradeoffs: string;
  gains: string;
  losses: string;
  changeConditions: string;
  confidence: (percent: number) => string;
  /** A percentage as the language writes it ("62%", "62 %"). */
  percent: (percent: number) => string;
  needs: string;
  /** The label before a refusal's next step, with the colon as the language sets it ("Étape suivante : "). */
  nextStep: string;
  plan: string;
  planLength: (days: number) => string;
  nights: (n: number) => string;
  /** Lodging tiers as a plan line names them. */
  tiers: Record<string, string>;
  /** Chip label and the sentence start a chip puts in the input, per TripInputs field. */
  fields: Record<string, [label: string, prompt: string]>;
  greeting: string;
}

const en: Strings = {
  title: 'Safari decision helper',
  launcher: 'Plan my trip',
  close: 'Close',
  newConversation: 'New conversation',
  messageLabel: 'Your message',
  placeholder: 'Where, when, who, budget…',
  send: 'Send',
  typing: 'Thinking…',
  status: { connecting: 'Connecting…', online: 'Online', offline: 'Offline: messages will be sent when the connection is back' },
  queued: 'Waiting to send',
  notSent: 'Not sent',
  retry: 'Retry',
  you: 'You',
  agent: 'Advisor',
  outcome: { book: 'Book', wait: 'Wait', switch: 'Switch', discard: 'Discard', refused: 'Not yet' },
  assumptions: 'Assumptions',
  tradeoffs: 'Gains and losses',
  gains: 'Gains',
  losses: 'Losses',
  changeConditions: 'What would change this',
  confidence: (p) => `Confidence ${p}%`,
  percent: (p) => `${p}%`,
  needs: 'To decide, I need:',
  nextStep: 'Next step: ',
  plan: 'Your trip in brief',
  planLength: (d) => `${d} days`,
  nights: (n) => (n === 1 ? '1 night' : `${n} nights`),
  tiers: { budget: 'budget lodges', fair_value: 'mid-range lodges', premium: 'top-end lodges' },
  fields: {
    destinations: ['Where', "We'd like to go to "],
    excluded_destinations: ['Places to skip', "We'd rather not go to "],
    countries: ['Country', "We're thinking of travelling in "],
    month: ['When', "We'd like to travel in "],
    year: ['Year', "We're travelling in "],
    start_date: ['Start date', 'We start on '],
    end_date: ['End date', 'We finish on '],
    duration_days: ['How long', "We're going for "],
    adults: ['Adults', 'We are '],
    children: ['Children', "We're bringing "],
    child_ages: ["Children's ages", 'The children are aged '],
    group_size: ['Group size', 'We are '],
    budget_amount: ['Budget', 'Our budget is '],
    budget_currency: ['Currency', 'Our budget is in '],
    budget_basis: ['Per person or total', 'Our budget is '],
    priorities: ['What matters', 'What matters most to us is '],
    drive_tolerance_hours: ['Driving', "We're happy to drive up to "],
    flexible_dates: ['Flexible dates', 'Our dates are '],
    pace: ['Pace', 'We like a pace that is '],
    traveler_type: ['Kind of trip', 'This trip is '],
  },
  greeting: 'Tell me where and when you want to go, who is travelling and your budget. I will tell you whether to book, wait, switch or drop the idea, and why.',
};

const fr: Strings = {
  title: 'Conseiller safari',
  launcher: 'Préparer mon voyage',
  close: 'Fermer',
  newConversation: 'Nouvelle conversation',
  messageLabel: 'Votre message',
  placeholder: 'Où, quand, qui, budget…',
  send: 'Envoyer',
  typing: 'Réflexion…',
  status: { connecting: 'Connexion…', online: 'En ligne', offline: 'Hors ligne : vos messages partiront au retour de la connexion' },
  queued: 'En attente d’envoi',
  notSent: 'Non envoyé',
  tryLater: 'réessayez dans un instant.',
  retry: 'Réessayer',
  you: 'Vous',
  agent: 'Conseiller',
  outcome: { book: 'Réserver', wait: 'Attendre', switch: 'Changer', discard: 'Renoncer', refused: 'Pas encore' },
  assumptions: 'Hypothèses',
  tradeoffs: 'Gains et pertes',
  gains: 'Gains',
  losses: 'Pertes',
  changeConditions: 'Ce qui changerait cette décision',
  confidence: (p) => `Confiance ${p}\u202f%`,
  percent: (p) => `${p}\u202f%`,
  needs: 'Pour décider, il me faut :',
  nextStep: 'Étape suivante : ',
  plan: 'Votre voyage en bref',
  planLength: (d) => `${d} jours`,
  nights: (n) => (n === 1 ? '1 nuit' : `${n} nuits`),
  tiers: { budget: 'lodges économiques', fair_value: 'lodges de milieu de gamme', premium: 'lodges haut de gamme' },
  fields: {
    destinations: ['Où', 'Nous aimerions aller à '],
    excluded_destinations: ['Lieux à éviter', 'Nous préférons éviter '],
    countries: ['Pays', 'Nous pensons voyager en '],
    month: ['Quand', 'Nous aimerions partir en '],
    year: ['Année', 'Nous partons en '],
    start_date: ['Date de départ', 'Nous partons le '],
    end_date: ['Date de retour', 'Nous rentrons le '],
    duration_days: ['Durée', 'Nous partons pour '],
    adults: ['Adultes', 'Nous sommes '],
    children: ['Enfants', 'Nous venons avec '],
    child_ages: ['Âge des enfants', 'Les enfants ont '],
    group_size: ['Groupe', 'Nous sommes '],
    budget_amount: ['Budget', 'Notre budget est de '],
    budget_currency: ['Devise', 'Notre budget est en '],
    budget_basis: ['Par personne ou total', 'Notre budget est '],
    priorities: ['Priorités', 'Ce qui compte le plus pour nous : '],
    drive_tolerance_hours: ['Route', 'Nous acceptons de rouler jusqu’à '],
    flexible_dates: ['Dates flexibles', 'Nos dates sont '],
    pace: ['Rythme', 'Nous aimons un rythme '],
    traveler_type: ['Type de voyage', 'Ce voyage est '],
  },
  greeting: 'Dites-moi où et quand vous voulez partir, qui voyage et votre budget. Je vous dirai s’il faut réserver, attendre, changer ou renoncer, et pourquoi.',
};

const de: Strings = {
  title: 'Safari-Berater',
  launcher: 'Meine Reise planen',
  close: 'Schließen',
  newConversation: 'Neues Gespräch',
  messageLabel: 'Ihre Nachricht',
  placeholder: 'Wohin, wann, wer, Budget…',
  send: 'Senden',
  typing: 'Denke nach…',
  status: { connecting: 'Verbinde…', online: 'Online', offline: 'Offline: Nachrichten werden gesendet, sobald die Verbindung zurück ist' },
  queued: 'Wartet auf Versand',
  notSent: 'Nicht gesendet',
  tryLater: 'Bitte gleich noch einmal versuchen.',
  retry: 'Erneut senden',
  you: 'Sie',
  agent: 'Berater',
  outcome: { book: 'Buchen', wait: 'Warten', switch: 'Wechseln', discard: 'Verwerfen', refused: 'Noch nicht' },
  assumptions: 'Annahmen',
  tradeoffs: 'Vor- und Nachteile',
  gains: 'Vorteile',
  losses: 'Nachteile',
  changeConditions: 'Was diese Entscheidung ändern würde',
  confidence: (p) => `Gewissheit ${p}\u202f%`,
  percent: (p) => `${p}\u202f%`,
  needs: 'Für eine Entscheidung brauche ich:',
  nextStep: 'Nächster Schritt: ',
  plan: 'Ihre Reise in Kürze',
  planLength: (d) => `${d} Tage`,
  nights: (n) => (n === 1 ? '1 Nacht' : `${n} Nächte`),
  tiers: { budget: 'einfache Lodges', fair_value: 'Lodges der Mittelklasse', premium: 'gehobene Lodges' },
  fields: {
    destinations: ['Wohin', 'Wir möchten nach '],
    excluded_destinations: ['Lieber nicht', 'Wir möchten nicht nach '],
    countries: ['Land', 'Wir denken an eine Reise nach '],
    month: ['Wann', 'Wir möchten im '],
    year: ['Jahr', 'Wir reisen '],
    start_date: ['Abreise', 'Wir reisen am '],
    end_date: ['Rückreise', 'Wir kommen am '],
    duration_days: ['Dauer', 'Wir haben '],
    adults: ['Erwachsene', 'Wir sind '],
    children: ['Kinder', 'Mit uns reisen '],
    child_ages: ['Alter der Kinder', 'Die Kinder sind '],
    group_size: ['Gruppe', 'Wir sind '],
    budget_amount: ['Budget', 'Unser Budget liegt bei '],
    budget_currency: ['Währung', 'Unser Budget ist in '],
    budget_basis: ['Pro Person oder gesamt', 'Unser Budget ist '],
    priorities: ['Prioritäten', 'Am wichtigsten ist uns '],
    drive_tolerance_hours: ['Fahrzeit', 'Wir fahren höchstens '],
    flexible_dates: ['Flexible Termine', 'Unsere Termine sind '],
    pace: ['Tempo', 'Wir reisen gern '],
    traveler_type: ['Reiseart', 'Diese Reise ist '],
  },
  greeting: 'Sagen Sie mir, wohin und wann Sie reisen möchten, wer mitkommt und wie hoch Ihr Budget ist. Ich sage Ihnen, ob Sie buchen, warten, wechseln oder die Idee verwerfen sollten, und warum.',
};

const TABLE: Record<string, Strings> = { en, fr, de };

/** The supported locale closest to `requested` (`fr-CA` → `fr`), English otherwise. */
export function pickLocale(requested: string | undefined | null): string {
  const base = (requested ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return base in TABLE ? base : 'en';
}

/** The string table for a locale chosen by `pickLocale`. */
export function stringsFor(locale: string): Strings {
  return TABLE[pickLocale(locale)]!;
}

/** A chip's label and prompt for a TripInputs field, readable even for a field added later. */
export function fieldText(s: Strings, field: string): [label: string, prompt: string] {
  return s.fields[field] ?? [field.replace(/_/g, ' '), ''];
}
