/** French elision and contraction before a name or month: "d'avril", "du delta", "qu'Amboseli". */
const VOWEL = /^[aeiouyhàâäéèêëîïôöûüAEIOUYHÀÂÉÈÊÎÔÛ]/;

/** "de" before a word: "d'avril", "du delta de l'Okavango" (a name with its article), "de juin". */
export function de(word: string): string {
  if (/^le /i.test(word)) return `du ${word.slice(3)}`;
  if (/^les /i.test(word)) return `des ${word.slice(4)}`;
  return VOWEL.test(word) ? `d'${word}` : `de ${word}`;
}

/** "que" before a word: "qu'Amboseli", "que le delta". */
export function que(word: string): string {
  return VOWEL.test(word) ? `qu'${word}` : `que ${word}`;
}
