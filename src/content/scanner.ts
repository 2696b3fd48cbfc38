/**
 * Finds a site's messages, asks the worker for verdicts, and marks them in the page: each processed
 * message element gets `data-recruiter-ally`, recruiter messages a badge. Observes only the view's
 * root, batches mutations into one pass per frame, and processes each element once.
 */
import type { IncomingMessage } from '../core/message';
import type { SavedMessage } from '../messaging/protocol';
import { send } from '../messaging/send';
import type { MessageHandle, SiteAdapter } from './site-adapter';
import { copyToClipboard, insertReply } from './ui/insert-text';
import { mountBadge, type BadgeActions, type BadgeHandle, type BadgeVerdict } from './ui/badge';
// Aliased: `t` names the tracked entries in this file's loops.
import { t as uiText } from '../i18n/t';

export const ATTRIBUTE = 'data-recruiter-ally';
const BATCH = 100;
/** Budget for one pass over added nodes, so a 10,000-row page never blocks input. */
const PASS_BUDGET_MS = 8;

interface Fresh {
  handle: MessageHandle;
  message: IncomingMessage;
  key: string;
}

/** Tries of a batch the worker dropped because it was stopped while answering. */
const SAVE_RETRIES = 3;

/** False once the extension was reloaded, updated or removed: this content script is an orphan then. */
export function extensionAlive(): boolean {
  try {
    return Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Lets the page run its own tasks (input, rendering) before the next slice of work. A message
 * channel rather than a timer: hidden tabs throttle timers to once a second or less.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => {
      channel.port1.close();
      resolve();
    });
    // addEventListener, unlike onmessage, needs the port started by hand.
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}

type Verdict = Pick<SavedMessage, 'key' | 'label' | 'score' | 'reasons' | 'recruiterId' | 'trust' | 'senderName'>;

interface Tracked {
  key: string;
  handle: MessageHandle;
  badge: BadgeHandle | null;
}

export interface ScannerEvents {
  /** The worker can no longer be reached (extension reloaded or removed): stop everything. */
  lost(): void;
}

export class Scanner {
  private readonly tracked = new Map<HTMLElement, Tracked>();
  private readonly verdicts = new Map<string, Verdict>();
  private readonly hosts = new WeakSet<Node>();
  private observer: MutationObserver | null = null;
  private pending: Node[] = [];
  private scheduled = false;
  private stopped = false;
  /** Messages the adapter could read so far, for telling an unknown layout from an empty view. */
  private found = 0;
  /** The chain of batches on their way to the worker: one at a time, in page order. */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly root: HTMLElement,
    private readonly events: ScannerEvents,
  ) {}

  start(): void {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.root, { childList: true, subtree: true });
    this.enqueue(this.root);
  }

  stop(removeBadges = true): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
    if (removeBadges) for (const t of this.tracked.values()) t.badge?.remove();
    this.tracked.clear();
  }

  get isAttached(): boolean {
    return this.root.isConnected;
  }

  /** How many messages the adapter has read in the view since the start. */
  get foundCount(): number {
    return this.found;
  }

  /** How many message elements carry a verdict now (for tests and health). */
  get markedCount(): number {
    return this.tracked.size;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !this.hosts.has(node)) this.enqueue(node);
      }
      // A site that re-renders a message in place (same element, new content) is read again.
      if (record.type === 'childList' && record.target.nodeType === 1 && record.addedNodes.length && !this.hosts.has(record.target)) {
        const target = record.target as HTMLElement;
        if (target !== this.root) this.enqueue(target);
      }
    }
  }

  private enqueue(node: Node): void {
    this.pending.push(node);
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    // One pass per frame whatever the number of mutations; a timeout covers background tabs.
    const run = (): void => {
      this.scheduled = false;
      this.flush();
    };
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(run);
    else setTimeout(run, 16);
  }

  private flush(): void {
    if (this.stopped) return;
    const started = performance.now();
    const nodes = this.pending;
    this.pending = [];
    const handles: MessageHandle[] = [];
    const seen = new Set<HTMLElement>();
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i]!;
      if (!node.isConnected || !this.root.contains(node)) continue;
      for (const handle of this.adapter.findMessages(node as ParentNode)) {
        if (!seen.has(handle.element)) {
          seen.add(handle.element);
          handles.push(handle);
        }
      }
      if (performance.now() - started > PASS_BUDGET_MS && i < nodes.length - 1) {
        // Out of budget: the rest waits for the next frame.
        for (const rest of nodes.slice(i + 1)) this.enqueue(rest);
        break;
      }
    }
    if (handles.length) void this.process(handles);
  }

  /**
   * Reads each message and asks the worker for verdicts in batches. Reading and marking yield to the
   * page whenever a slice of work passes the budget, so 10,000 rows never freeze it; batches go to
   * the worker one after the other, so messages are stored in the order the page shows them.
   */
  private async process(handles: MessageHandle[]): Promise<void> {
    let fresh: Fresh[] = [];
    let sliceStart = performance.now();
    for (const handle of handles) {
      if (this.stopped) return;
      if (performance.now() - sliceStart > PASS_BUDGET_MS) {
        await yieldToPage();
        if (this.stopped) return;
        sliceStart = performance.now();
      }
      if (!handle.element.isConnected) continue;
      const message = this.adapter.extract(handle, document);
      if (!message) continue;
      this.found += 1;
      const key = `${message.site}:${message.siteMessageId}`;
      const known = this.tracked.get(handle.element);
      if (known?.key === key) continue;
      const verdict = this.verdicts.get(key);
      if (verdict && !(message.isPreview === false && verdict.label === 'unscored')) {
        this.mark(handle, key, verdict);
        if (!message.isPreview) fresh.push({ handle, message, key });
      } else {
        fresh.push({ handle, message, key });
      }
      if (fresh.length >= BATCH) {
        this.queueSave(fresh);
        fresh = [];
      }
    }
    if (fresh.length) this.queueSave(fresh);
  }

  private queueSave(batch: Fresh[]): void {
    this.saving = this.saving.then(() => this.save(batch)).catch(() => undefined);
  }

  private async save(batch: Fresh[]): Promise<void> {
    if (this.stopped) return;
    const messages = batch.map((b) => b.message);
    let reply = await send('messages/save', { messages });
    // A worker stopped mid-request drops the reply; saving is idempotent by key, so ask again.
    for (let attempt = 1; !reply.ok && reply.error.code === 'unreachable' && extensionAlive() && attempt <= SAVE_RETRIES; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      if (this.stopped) return;
      reply = await send('messages/save', { messages });
    }
    if (this.stopped) return;
    if (!reply.ok) {
      if (reply.error.code === 'unreachable' && !extensionAlive()) this.events.lost();
      return;
    }
    let sliceStart = performance.now();
    for (let j = 0; j < reply.value.saved.length; j += 1) {
      const saved = reply.value.saved[j]!;
      const item = batch[j];
      if (!item) continue;
      if (performance.now() - sliceStart > PASS_BUDGET_MS) {
        await yieldToPage();
        if (this.stopped) return;
        sliceStart = performance.now();
      }
      this.verdicts.set(saved.key, saved);
      if (item.handle.element.isConnected) this.mark(item.handle, saved.key, saved);
    }
  }

  private mark(handle: MessageHandle, key: string, verdict: Verdict): void {
    const label = verdict.label === 'unscored' ? 'other' : verdict.label;
    handle.element.setAttribute(ATTRIBUTE, label);
    const existing = this.tracked.get(handle.element);
    const badgeVerdict = this.badgeVerdict(verdict);
    if (existing && existing.key === key && existing.badge) {
      existing.badge.update(badgeVerdict);
      return;
    }
    existing?.badge?.remove();
    let badge: BadgeHandle | null = null;
    if (label !== 'other') {
      badge = mountBadge(handle.anchor, badgeVerdict, this.actionsFor(key, handle));
      this.hosts.add(badge.host);
    }
    this.tracked.set(handle.element, { key, handle, badge });
  }

  private badgeVerdict(verdict: Verdict): BadgeVerdict {
    const label = verdict.label === 'unscored' ? 'other' : verdict.label;
    return {
      label,
      score: verdict.score ?? 0,
      reasons: verdict.reasons,
      recruiterName: verdict.senderName,
      recruiterId: verdict.recruiterId,
      ...(verdict.trust ? { trust: verdict.trust } : {}),
    };
  }

  /** The element of a stored message this scanner has processed and that is still in the page. */
  handleFor(key: string): MessageHandle | null {
    for (const t of this.tracked.values()) if (t.key === key && t.handle.element.isConnected) return t.handle;
    return null;
  }

  /** Re-renders every element showing `key` after the worker changed its verdict. */
  private refresh(key: string, changes: Partial<Verdict>): void {
    const current = this.verdicts.get(key);
    if (!current) return;
    const next = { ...current, ...changes };
    this.verdicts.set(key, next);
    for (const t of this.tracked.values()) if (t.key === key) this.mark(t.handle, key, next);
  }

  private actionsFor(key: string, handle: MessageHandle): BadgeActions {
    // The reply this badge last put into the box: a new one replaces it while it is untouched.
    let inserted = '';
    return {
      reply: async (kind, options) => {
        const draft = await send('replies/draft', { key, kind, ...options });
        if (!draft.ok) return { ok: false, message: uiText('panel_no_reply', draft.error.message) };
        const { text, language } = draft.value;
        const box = await this.adapter.openReplyBox(document, handle);
        if (box && (await insertReply(box, text, inserted))) {
          inserted = text;
          return { ok: true, message: uiText('panel_inserted'), language };
        }
        const copied = await copyToClipboard(text);
        return { ok: copied, message: uiText(copied ? 'panel_clipboard' : 'panel_no_clipboard'), language };
      },
      contacts: async () => {
        const reply = await send('contacts/list', {});
        return reply.ok ? reply.value.contacts : null;
      },
      dismiss: async () => (await send('messages/set-state', { key, state: 'dismissed' })).ok,
      correct: async (label) => {
        const reply = await send('messages/correct', { key, label });
        if (!reply.ok) return null;
        const { verdict, rescored } = reply.value;
        this.refresh(key, { label: verdict.label, score: verdict.score, reasons: verdict.reasons });
        for (const r of rescored) this.refresh(r.key, { label: r.label, score: r.score, reasons: r.reasons });
        const updated = this.verdicts.get(key);
        return updated ? this.badgeVerdict(updated) : null;
      },
      setTrust: async (trust) => {
        const recruiterId = this.verdicts.get(key)?.recruiterId;
        if (!recruiterId) return null;
        const reply = await send('recruiters/set-trust', { recruiterId, trust });
        if (!reply.ok) return null;
        for (const [k, v] of this.verdicts) if (v.recruiterId === recruiterId) this.refresh(k, { trust });
        for (const r of reply.value.rescored) this.refresh(r.key, { label: r.label, score: r.score, reasons: r.reasons });
        const updated = this.verdicts.get(key);
        return updated ? this.badgeVerdict(updated) : null;
      },
    };
  }
}
