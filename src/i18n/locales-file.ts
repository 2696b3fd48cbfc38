import { UI_LANGUAGES, type UiLanguage } from './define';
import { TABLES } from './tables';

/** The `_locales/<language>/messages.json` text for one language, from every area's table. */
export function localeFile(language: UiLanguage): string {
  const messages: Record<string, { message: string }> = {};
  for (const table of Object.values(TABLES)) {
    for (const [key, entry] of Object.entries(table)) {
      if (Object.hasOwn(messages, key)) throw new Error(`UI string "${key}" is defined twice.`);
      messages[key] = { message: entry[language] };
    }
  }
  return `${JSON.stringify(messages, null, 2)}\n`;
}

export const LOCALE_LANGUAGES: readonly UiLanguage[] = UI_LANGUAGES;
