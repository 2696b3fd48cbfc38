import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ReplyKind } from '../core/replies/drafts';
import type { TrustState } from '../db/records';
import { t } from '../i18n/t';
import type { CorrectionLabel, TriageItem, TriageSection } from '../messaging/protocol';
import { send } from '../messaging/send';
import { openThread } from './browser-actions';
import type { KeyCommand } from './keys';
import { moveCursor } from './keys';
import { labelName } from './labels';
import { NoticeLine, type Notice } from './notice-line';
import { ReplyChooser } from './reply-chooser';
import { RowActions } from './row-actions';
import { SiteHealth } from './site-health';
import { TriageList } from './triage-list';
import { filterSections, hasMore, keepCursor, visibleRows, type TriageData } from './triage-rows';
import { useKeys } from './use-keys';

/** Rows fetched per page: the first render stays small however many messages are stored. */
export const PAGE = 50;
/** The worker answers at most this many rows per section; past it, search narrows the list instead. */
const MAX_LIMIT = 200;
/** The worker is asked again this long after the last keystroke in the search box. */
const SEARCH_DELAY_MS = 200;

type Load = { state: 'loading' } | { state: 'ready'; data: TriageData } | { state: 'failed'; message: string };

export function PopupPage() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [limit, setLimit] = useState(PAGE);
  const [query, setQuery] = useState('');
  const [askedQuery, setAskedQuery] = useState('');
  const [spamOpen, setSpamOpen] = useState(false);
  // The active row: its key, and its place for when that message leaves the list.
  const [cursor, setCursor] = useState<{ key: string | null; index: number }>({ key: null, index: 0 });
  const activeKey = cursor.key;
  // The target object is made once per opening: the chooser drafts again whenever it changes.
  const [chooser, setChooser] = useState<{ target: { type: 'message'; item: TriageItem }; kind: ReplyKind } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [reloads, setReloads] = useState(0);
  // Ages are measured against the moment the popup opened, so a re-render never shifts them.
  const [openedAt] = useState(Date.now);

  const search = useRef<HTMLInputElement>(null);
  const listRefs: Record<TriageSection, { current: HTMLDivElement | null }> = {
    targeted: useRef<HTMLDivElement>(null),
    unsure: useRef<HTMLDivElement>(null),
    spam: useRef<HTMLDivElement>(null),
  };
  const ticketRef = useRef(0);

  useEffect(() => {
    const timer = setTimeout(() => setAskedQuery(query.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    const mine = ++ticketRef.current;
    void (async () => {
      const reply = await send('messages/triage', askedQuery ? { limit, query: askedQuery } : { limit });
      if (mine !== ticketRef.current) return;
      // Lets a speed test tell the worker's share of the first render from the page's own.
      performance.mark('popup:triage-answered');
      setLoad(reply.ok ? { state: 'ready', data: reply.value } : { state: 'failed', message: reply.error.message });
    })();
  }, [limit, askedQuery, reloads]);

  const reload = () => setReloads((n) => n + 1);

  // The worker filters by the query it was sent; the loaded rows are filtered at once as the candidate types.
  const sections = useMemo(
    () => (load.state === 'ready' ? filterSections(load.data, query) : { targeted: [], unsure: [], spam: [] }),
    [load, query],
  );
  const rows = useMemo(() => visibleRows(sections, spamOpen), [sections, spamOpen]);
  const setActiveKey = (key: string) => setCursor({ key, index: Math.max(0, rows.findIndex((row) => row.item.key === key)) });
  const index = keepCursor(rows, activeKey, cursor.index);
  const active = rows[index] ?? null;

  // Keep the announced row and the drawn one the same after the list changed under the cursor.
  useEffect(() => {
    if (active && active.item.key !== activeKey) setCursor({ key: active.item.key, index });
  }, [active, activeKey, index]);

  function focusActive(key: string) {
    const row = rows.find((entry) => entry.item.key === key);
    if (!row) return;
    requestAnimationFrame(() => {
      const list = listRefs[row.section].current;
      if (list && document.activeElement !== list) list.focus();
      list?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    });
  }

  async function setTrust(item: TriageItem, wanted: TrustState) {
    if (!item.recruiterId) {
      setNotice({ tone: 'error', text: t('popup_no_recruiter') });
      return;
    }
    const trust = item.trust === wanted ? 'neutral' : wanted;
    const reply = await send('recruiters/set-trust', { recruiterId: item.recruiterId, trust });
    if (!reply.ok) {
      setNotice({ tone: 'error', text: t('popup_error_action', reply.error.message) });
      return;
    }
    const said = trust === 'trusted' ? 'popup_trust_done' : trust === 'muted' ? 'popup_mute_done' : 'popup_neutral_done';
    setNotice({ tone: 'status', text: t(said, item.sender.name) });
    reload();
  }

  async function correct(item: TriageItem, label: CorrectionLabel) {
    const reply = await send('messages/correct', { key: item.key, label });
    if (!reply.ok) {
      setNotice({ tone: 'error', text: t('popup_error_action', reply.error.message) });
      return;
    }
    setNotice({ tone: 'status', text: t('popup_corrected', labelName(label)), undoCorrection: reply.value.correctionId });
    reload();
  }

  async function undo(id: number) {
    const reply = await send('corrections/undo', { id });
    setNotice(reply.ok ? { tone: 'status', text: t('popup_undone') } : { tone: 'error', text: t('popup_error_action', reply.error.message) });
    reload();
  }

  async function openItem(item: TriageItem) {
    if (!item.threadUrl) {
      setNotice({ tone: 'error', text: t('popup_no_thread_url') });
      return;
    }
    try {
      await openThread(item.threadUrl);
    } catch (error) {
      setNotice({ tone: 'error', text: t('popup_error_action', error instanceof Error ? error.message : String(error)) });
    }
  }

  function onCommand(command: KeyCommand): boolean {
    if (command.type === 'escape') {
      if (document.activeElement === search.current) {
        if (query) setQuery('');
        else if (active) focusActive(active.item.key);
        else search.current?.blur();
        return true;
      }
      return false;
    }
    if (command.type === 'search') {
      search.current?.focus();
      search.current?.select();
      return true;
    }
    if (!active) return false;
    switch (command.type) {
      case 'move':
      case 'first':
      case 'last': {
        const next = rows[moveCursor(index, command, rows.length)];
        if (next) {
          setActiveKey(next.item.key);
          focusActive(next.item.key);
        }
        return true;
      }
      case 'open':
        void openItem(active.item);
        return true;
      case 'reply':
        setChooser({ target: { type: 'message', item: active.item }, kind: command.kind });
        return true;
      case 'trust':
        void setTrust(active.item, 'trusted');
        return true;
      case 'mute':
        void setTrust(active.item, 'muted');
        return true;
    }
  }

  useKeys(onCommand, chooser === null);

  function closeChooser() {
    const key = chooser?.target.item.key;
    setChooser(null);
    if (key) focusActive(key);
  }

  const empty = load.state === 'ready' && rows.length === 0 && sections.spam.length === 0;
  const nothingStored =
    load.state === 'ready' &&
    !query &&
    !load.data.targeted.length &&
    !load.data.unsure.length &&
    !load.data.spam.length;

  return (
    <div class="popup">
      <main>
        <header class="bar">
          <h1>Recruiter Ally</h1>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup_options')}
          </button>
        </header>

        <div class="search">
          <label for="search" class="visually-hidden">
            {t('popup_search_label')}
          </label>
          <input
            id="search"
            ref={search}
            type="search"
            value={query}
            placeholder={t('popup_search_placeholder')}
            aria-keyshortcuts="/"
            autocomplete="off"
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          />
        </div>

        <NoticeLine notice={notice} onUndo={(id) => void undo(id)} />

        {load.state === 'loading' && <p class="muted">{t('popup_loading')}</p>}
        {load.state === 'failed' && <p class="error-text load-error">{t('popup_error_triage', load.message)}</p>}
        {nothingStored && <p class="empty">{t('popup_empty')}</p>}
        {empty && !nothingStored && <p class="empty">{t('popup_no_match', query)}</p>}
        {load.state === 'ready' && (
          <TriageList
            sections={sections}
            counts={load.data.counts}
            activeKey={active?.item.key ?? null}
            spamOpen={spamOpen}
            now={openedAt}
            listRefs={listRefs}
            onToggleSpam={() => setSpamOpen((was) => !was)}
            onPick={(key) => {
              setActiveKey(key);
              focusActive(key);
            }}
          />
        )}
        {load.state === 'ready' && limit < MAX_LIMIT && hasMore(load.data) && (
          <button type="button" class="more" onClick={() => setLimit((n) => Math.min(MAX_LIMIT, n + PAGE))}>
            {t('popup_show_more')}
          </button>
        )}

        {active && (
          <RowActions
            item={active.item}
            onOpen={() => void openItem(active.item)}
            onReply={(kind) => setChooser({ target: { type: 'message', item: active.item }, kind })}
            onTrust={() => void setTrust(active.item, 'trusted')}
            onMute={() => void setTrust(active.item, 'muted')}
            onCorrect={(label) => void correct(active.item, label)}
          />
        )}

        <p class="muted small keys-hint">{t('popup_keys_hint')}</p>
        <SiteHealth now={openedAt} />
      </main>

      {chooser && (
        <ReplyChooser
          target={chooser.target}
          kind={chooser.kind}
          onClose={closeChooser}
          onDone={(done) => {
            setNotice(done);
            closeChooser();
            reload();
          }}
        />
      )}
    </div>
  );
}
