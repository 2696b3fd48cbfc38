/**
 * One driver per site hides its markup from the rest of the content script (as InboxSDK does):
 * everything site-specific lives behind this interface, in src/content/sites/<site>/.
 */
import type { IncomingMessage } from '../core/message';
import type { SiteId } from '../core/sites';

/** A view the adapter recognises, from the URL and the page. */
export interface SiteView {
  /** e.g. "messaging", "overlay", "thread-list", "thread", "mail-list", "reading-pane". */
  kind: string;
  /** True when the page shows one open conversation whose messages can be read in full. */
  hasOpenThread: boolean;
}

/** One message element in the page, as the adapter found it. */
export interface MessageHandle {
  /** The site's own element for the message: it alone receives the `data-recruiter-ally` attribute. */
  element: HTMLElement;
  /** Where the badge goes: next to the sender or the subject. */
  anchor: HTMLElement;
  /** List rows are previews; thread messages carry the full body. */
  kind: 'row' | 'message';
}

export interface SiteAdapter {
  site: SiteId;
  /** The view this page shows, or null when the URL and page are not a supported view. */
  view(url: URL, doc: Document): SiteView | null;
  /**
   * The smallest element that holds every message of the view: the content script observes only
   * it. Null when the page looks like a supported view but none of the known selectors match.
   */
  root(doc: Document): HTMLElement | null;
  /** Message elements under `scope` (the root, or the subtree a mutation added). */
  findMessages(scope: ParentNode): MessageHandle[];
  /** The normalised message, or null when the element is a placeholder or cannot be read. */
  extract(handle: MessageHandle, doc: Document): IncomingMessage | null;
  /** The reply box of the open thread, opening it if the site needs a click first. */
  openReplyBox(doc: Document, handle: MessageHandle | null): Promise<HTMLElement | null>;
}

/** One selector of a site's registry, with the date it was last seen working and its fallbacks. */
export interface SelectorEntry {
  /** Tried in order: the first that matches wins. Prefer role, aria-*, data-* over classes. */
  css: readonly string[];
  /** ISO date the primary selector was last checked against the site. */
  seen: string;
  note?: string;
}

export type SelectorRegistry<K extends string> = Readonly<Record<K, SelectorEntry>>;
