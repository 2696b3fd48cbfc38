import browser from 'webextension-polyfill';
import { createDispatcher, type Handlers } from './dispatch';

/**
 * Registers the worker's one runtime.onMessage listener. Call it synchronously at the top of the
 * worker so a message that wakes a stopped worker finds the listener in place.
 */
export function handle(handlers: Handlers): void {
  const dispatch = createDispatcher(handlers, browser.runtime.id);
  // An async listener: its native promise carries the reply (Dexie's own thenables would be dropped).
  browser.runtime.onMessage.addListener(async (message: unknown, sender: browser.Runtime.MessageSender) =>
    dispatch(message, {
      ...(sender.id === undefined ? {} : { id: sender.id }),
      ...(sender.tab?.id === undefined ? {} : { tabId: sender.tab.id }),
      ...(sender.url === undefined ? {} : { url: sender.url }),
    }),
  );
}
