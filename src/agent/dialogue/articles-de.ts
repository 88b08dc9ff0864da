/**
 * German running text puts an article before most park names ("die Masai Mara", "das Okavango-Delta",
 * "der Krüger-Nationalpark"); headlines and labels before a colon go without. Names not listed
 * (Bwindi, Chobe, Sansibar, countries) take none.
 */
const GENDER: Record<string, 'm' | 'f' | 'n' | 'pl'> = {
  'Masai Mara': 'f',
  Serengeti: 'f',
  'Okavango-Delta': 'n',
  'Volcanoes-Nationalpark': 'm',
  'Krüger-Nationalpark': 'm',
  'Ngorongoro-Krater': 'm',
  'Manyara-See': 'm',
  Victoriafälle: 'pl',
};

const ARTICLE = {
  nom: { m: 'der', f: 'die', n: 'das', pl: 'die' },
  acc: { m: 'den', f: 'die', n: 'das', pl: 'die' },
  dat: { m: 'dem', f: 'der', n: 'dem', pl: 'den' },
} as const;

// The text may carry a note or month after the name ("Okavango-Delta (selbst …)", "Masai Mara im August"); a list of names is left bare.
function gender(text: string): 'm' | 'f' | 'n' | 'pl' | undefined {
  const name = Object.keys(GENDER).find((k) => text === k || text.startsWith(`${k} (`) || text.startsWith(`${k} im `));
  return name ? GENDER[name] : undefined;
}

/** "die Masai Mara", "dem Okavango-Delta", "Bwindi": the name with its article in the given case. */
export function withArticle(text: string, grammaticalCase: keyof typeof ARTICLE): string {
  const g = gender(text);
  return g ? `${ARTICLE[grammaticalCase][g]} ${text}` : text;
}

/** Whether the name takes a plural verb ("die Victoriafälle sind"). */
export function isPlural(text: string): boolean {
  return gender(text) === 'pl';
}
