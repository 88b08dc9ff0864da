/**
 * Sign-in pages: a token form, and the one-time demo link's confirmation (a GET never
 * signs anyone in: the button posts the code, so a link preview cannot use it up).
 */
import { html } from 'hono/html';
import type { Html } from '../view';

export function signInBody(error?: string, next?: string): Html {
  return html`${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form class="card" method="post" action="/console/sign-in">
  <label for="token">Staff token</label>
  <input id="token" name="token" type="password" autocomplete="current-password" required minlength="8" maxlength="512">
  ${next ? html`<input type="hidden" name="next" value="${next}">` : ''}
  <button type="submit">Sign in</button>
</form>
<p class="note">Tokens come from an admin (<code>npm run staff-token -- create</code>). On the local stack, <code>npm start</code> prints a one-time sign-in link.</p>`;
}

export function onceBody(code: string, error?: string): Html {
  return html`${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form class="card" method="post" action="/console/sign-in/once">
  <input type="hidden" name="code" value="${code}">
  <p>This one-time link signs you in to the staff console. It works once.</p>
  <button type="submit">Sign in</button>
</form>`;
}
