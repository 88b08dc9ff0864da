import type { Strings } from '../strings';
import { fieldText } from '../strings';
import { h } from './dom';

/**
 * Quick replies for a refusal's missing inputs. A chip cannot know the
 * traveler's answer (which month? how many?), so it starts the sentence in the
 * input and hands the cursor back: one tap, then type the value and Enter.
 */
export function renderChips(fields: string[], s: Strings, onPick: (prompt: string) => void): HTMLElement | undefined {
  if (fields.length === 0) return undefined;
  return h(
    'div',
    { class: 'chips', role: 'group', 'aria-label': s.needs },
    ...fields.map((field) => {
      const [label, prompt] = fieldText(s, field);
      const chip = h('button', { type: 'button', class: 'chip', 'data-field': field }, label);
      chip.addEventListener('click', () => onPick(prompt));
      return chip;
    }),
  );
}
