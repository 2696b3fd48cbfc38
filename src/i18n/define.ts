/** The languages the extension's own UI is written in (`_locales`). */
export const UI_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** One UI string in every language. `{1}`…`{9}` mark values t() fills in, in the same places in each. */
export type MessageEntry = Record<UiLanguage, string>;
export type MessageTable = Record<string, MessageEntry>;

/** Keeps a table's keys as literal types, so t() accepts only keys that exist. */
export function defineMessages<const T extends MessageTable>(table: T): T {
  return table;
}
