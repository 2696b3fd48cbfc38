import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SITE_NAMES, type SiteStatus } from '../core/sites';
import type { MessageSummary } from '../messaging/protocol';
import { send } from '../messaging/send';
import { describeAge } from './time';

const PAGE = 50;

type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

export function Popup() {
  const [sites, setSites] = useState<Load<SiteStatus[]>>({ state: 'loading' });
  const [messages, setMessages] = useState<Load<{ list: MessageSummary[]; total: number }>>({ state: 'loading' });

  // Ages are measured against the moment the popup opened, so a re-render never shifts them.
  const [openedAt] = useState(Date.now);

  useEffect(() => {
    void (async () => {
      const reply = await send('sites/status', {});
      setSites(reply.ok ? { state: 'ready', value: reply.value.sites } : { state: 'failed', message: reply.error.message });
    })();
    void (async () => {
      const reply = await send('messages/recent', { limit: PAGE });
      setMessages(
        reply.ok
          ? { state: 'ready', value: { list: reply.value.messages, total: reply.value.total } }
          : { state: 'failed', message: reply.error.message },
      );
    })();
  }, []);

  return (
    <main class="popup">
      <header class="bar">
        <h1>Recruiter Ally</h1>
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>

      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">Recruiter messages</h2>
        {messages.state === 'loading' && <p class="muted">Loading…</p>}
        {messages.state === 'failed' && <p role="alert">Could not load messages: {messages.message}</p>}
        {messages.state === 'ready' && <MessageList list={messages.value.list} total={messages.value.total} now={openedAt} />}
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        {sites.state === 'loading' && <p class="muted">Loading…</p>}
        {sites.state === 'failed' && <p role="alert">Could not load the sites: {sites.message}</p>}
        {sites.state === 'ready' && (
          <ul class="sites" aria-label="Sites">
            {sites.value.map((site) => (
              <li key={site.site} data-site={site.site}>
                <span class="site-name">{SITE_NAMES[site.site]}</span>
                <span class="site-state">{describeSite(site, openedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

function MessageList({ list, total, now }: { list: MessageSummary[]; total: number; now: number }) {
  if (!list.length) {
    return (
      <p class="empty">
        No recruiter messages yet. Open LinkedIn messaging, Gmail or Outlook and they will appear here.
      </p>
    );
  }
  return (
    <>
      <p class="muted">{total === 1 ? '1 message stored on this device' : `${total} messages stored on this device`}</p>
      <ul class="messages" aria-label="Messages">
        {list.map((message) => (
          <li key={message.key} class={`message label-${message.label}`}>
            <div class="line">
              <strong class="sender">{message.sender.name}</strong>
              {message.sender.company && <span class="company"> · {message.sender.company}</span>}
              <span class="chip">{message.label === 'unscored' ? 'not scored yet' : message.label}</span>
            </div>
            {message.subject && <div class="subject">{message.subject}</div>}
            <div class="preview">{message.preview}</div>
            <div class="muted">
              {SITE_NAMES[message.site]} · {describeAge(message.receivedAt, now)}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

function describeSite(site: SiteStatus, now: number): string {
  if (!site.enabled) return 'Off';
  if (site.lastSeenAt === null) return 'Not opened yet';
  if (site.health === 'layout-not-recognised') return 'Layout not recognised';
  return `Active · seen ${describeAge(site.lastSeenAt, now)}`;
}
