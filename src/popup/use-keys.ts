import { useEffect, useRef } from 'preact/hooks';
import { commandForKey, focusKindOf, type KeyCommand } from './keys';

/**
 * Sends the list's key commands to `handle` while `enabled` (off while a dialog has the keys).
 * Letters act only outside text fields; Escape acts everywhere. A handler answering false leaves
 * the key to the browser (Escape then still closes the popup).
 */
export function useKeys(handle: (command: KeyCommand, event: KeyboardEvent) => boolean, enabled: boolean): void {
  // The latest handler, without re-adding the listener on every render.
  const latestRef = useRef(handle);
  useEffect(() => {
    latestRef.current = handle;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        focus: focusKindOf(document.activeElement),
      });
      if (!command) return;
      if (latestRef.current(command, event)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
