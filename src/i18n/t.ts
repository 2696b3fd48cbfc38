import type { MessageTable } from './define';

interface I18nApi {
  getMessage(key: string): string;
}

/** In tests there is no extension API: they register the English table here. */
let fallback: MessageTable | null = null;

export function useFallbackMessages(table: MessageTable | null): void {
  fallback = table;
}

function api(): I18nApi | undefined {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/**
 * The UI string `key` in the browser's language, with `{1}`…`{9}` filled from `values`. Values
 * are substituted after lookup, so a value can never be read as a placeholder or as markup.
 * An unknown key gives the key itself: visible in review, never an empty label.
 */
export function t(key: string, ...values: (string | number)[]): string {
  let text = '';
  try {
    text = api()?.getMessage(key) ?? '';
  } catch {
    // A stale content script after an extension update: fall through to the fallback.
  }
  if (!text) text = fallback?.[key]?.en ?? key;
  if (values.length === 0) return text;
  return text.replace(/\{([1-9])\}/g, (whole, n: string) => {
    const value = values[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}
