// The phone page: texts the agent through the local relays as a chosen number, and shows
// the replies from the local provider outbox, with each SMS's segment count. Everything
// shown is set as text (never HTML); links in replies become anchors built node by node.
(() => {
  const $ = (id) => document.getElementById(id);
  const channel = $('channel');
  const from = $('from');
  const text = $('text');
  const thread = $('thread');
  const status = $('status');
  const send = $('send');
  const seen = new Set();
  const STORE = 'trip-phone';

  const saved = JSON.parse(localStorage.getItem(STORE) || '{}');
  from.value = saved.from || `+2547${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  channel.value = saved.channel || 'sms';

  const e164 = () => from.value.replace(/[\s()-]/g, '');
  const address = () => (channel.value === 'sms' ? e164() : `whatsapp:${e164()}`);
  const remember = () => localStorage.setItem(STORE, JSON.stringify({ from: from.value, channel: channel.value }));

  function linkified(body) {
    const frag = document.createDocumentFragment();
    const parts = body.split(/(https?:\/\/[^\s]+)/g);
    for (const part of parts) {
      if (/^https?:\/\//.test(part)) {
        const a = document.createElement('a');
        a.href = part;
        a.textContent = part;
        a.target = '_blank';
        a.rel = 'noopener';
        frag.append(a);
      } else frag.append(document.createTextNode(part));
    }
    return frag;
  }

  function bubble(kind, body, meta) {
    const li = document.createElement('li');
    li.className = `msg ${kind}`;
    li.append(kind === 'agent' ? linkified(body) : document.createTextNode(body));
    if (meta) {
      const m = document.createElement('span');
      m.className = 'meta';
      m.textContent = meta;
      li.append(m);
    }
    thread.append(li);
    li.scrollIntoView({ block: 'end' });
    return li;
  }

  async function poll() {
    try {
      const res = await fetch(`/_local/outbox?to=${encodeURIComponent(address())}`);
      if (res.ok) {
        for (const r of await res.json()) {
          if (seen.has(r.id)) continue;
          seen.add(r.id);
          const meta = r.channel === 'sms' ? `SMS · ${r.segments} segment${r.segments === 1 ? '' : 's'} · ${r.encoding}` : `WhatsApp${r.template ? ' · template' : ''}`;
          bubble('agent', r.text, meta).dataset.segments = String(r.segments ?? '');
        }
      }
    } catch {
      /* the stack is restarting: try again on the next tick */
    }
  }

  function reset() {
    remember();
    seen.clear();
    thread.replaceChildren();
    void poll();
  }
  channel.addEventListener('change', reset);
  from.addEventListener('change', reset);

  $('compose').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = text.value.trim();
    if (!body) return;
    if (!from.checkValidity()) {
      status.textContent = 'Enter your number in international form, starting with +.';
      from.focus();
      return;
    }
    status.textContent = '';
    send.disabled = true;
    bubble('me', body);
    text.value = '';
    try {
      const res = await fetch('/_local/phone/send', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: channel.value, from: e164(), text: body }) });
      const out = await res.json();
      if (!res.ok) status.textContent = out.error ? out.error.message : `The relay answered ${res.status}.`;
    } catch {
      status.textContent = 'The local stack did not answer.';
    } finally {
      send.disabled = false;
      text.focus();
      void poll();
    }
  });
  text.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey) {
      ev.preventDefault();
      $('compose').requestSubmit();
    }
  });

  reset();
  setInterval(poll, 1000);
})();
