import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/define';
import { localeFile } from '../../src/i18n/locales-file';
import { t, useFallbackMessages } from '../../src/i18n/t';
import { TABLES } from '../../src/i18n/tables';

const entries = Object.entries(TABLES).flatMap(([area, table]) => Object.entries(table).map(([key, entry]) => ({ area, key, entry })));
const tokens = (text: string) => [...text.matchAll(/\{[1-9]\}/g)].map((m) => m[0]).sort();

describe('UI strings', () => {
  it('have keys Chrome accepts, each defined once', () => {
    const seen = new Set<string>();
    for (const { key } of entries) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(seen.has(key), `${key} is defined twice`).toBe(false);
      seen.add(key);
    }
    expect(seen.size).toBeGreaterThan(5);
  });

  it('exist in every UI language, none empty, with the same {n} values as the English', () => {
    for (const { area, key, entry } of entries) {
      for (const language of UI_LANGUAGES) {
        const text = entry[language];
        expect(typeof text === 'string' && text.trim().length > 0, `${area}.${key} has no ${language} text`).toBe(true);
        expect(tokens(text), `${area}.${key} (${language}) fills other values than the English`).toEqual(tokens(entry.en));
        // Chrome reads "$" as a placeholder mark in messages.json.
        expect(text.includes('$'), `${area}.${key} (${language}) contains "$"`).toBe(false);
      }
    }
  });

  it('become one messages.json per language with every key', () => {
    for (const language of UI_LANGUAGES) {
      const file = JSON.parse(localeFile(language)) as Record<string, { message: string }>;
      expect(Object.keys(file)).toHaveLength(entries.length);
      expect(file.extDescription?.message).toBe(TABLES.common!.extDescription![language]);
    }
  });

  it('fill {n} values as text and fall back to the English table outside the extension', () => {
    useFallbackMessages({ greet: { en: 'Waiting {1} days for {2}', es: '', fr: '', de: '', pt: '' } });
    expect(t('greet', 4, '<b>Ana</b>')).toBe('Waiting 4 days for <b>Ana</b>');
    expect(t('unknown_key')).toBe('unknown_key');
    useFallbackMessages(null);
  });
});
