import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { LOCALE_LANGUAGES, localeFile } from './src/i18n/locales-file';

type Browser = 'chrome' | 'firefox';

const CONTENT_SCRIPT = 'src/content/index.ts';
const GECKO_ID = 'recruiter-ally@recruiter-ally';

/** manifest.json is written for Chrome; Firefox wants background.scripts and gecko settings. */
export function manifestFor(browser: Browser): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
  if (browser === 'firefox') {
    const { service_worker: worker } = baseManifest.background;
    manifest.background = { scripts: [worker], type: 'module' };
    delete manifest.minimum_chrome_version;
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions is understood from Firefox 140 on.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

/** Writes `_locales/<lang>/messages.json` from the TypeScript string tables in src/i18n. */
function locales(): Plugin {
  return {
    name: 'recruiter-ally-locales',
    generateBundle() {
      for (const language of LOCALE_LANGUAGES) {
        this.emitFile({ type: 'asset', fileName: `_locales/${language}/messages.json`, source: localeFile(language) });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  // Vitest loads this file too; the extension plugins only matter for `vite build`.
  const building = !process.env.VITEST;
  return {
    plugins: building
      ? [
          preact(),
          locales(),
          crx({
            manifest: manifestFor(browser),
            browser,
            // One self-contained file: no loader, no chunks, so no web_accessible_resources.
            contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
          }),
        ]
      : [],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: ['chrome120', 'firefox140'],
      // Extension pages load from the package; the preload polyfill only adds bytes.
      modulePreload: false,
      reportCompressedSize: false,
    },
    test: {
      reporters: ['default', './tests/summary-reporter.ts'],
      projects: [
        {
          test: {
            name: 'unit',
            include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
            exclude: ['tests/e2e/**'],
            environment: 'node',
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.e2e.ts'],
            environment: 'node',
            // One browser at a time: the machine has two cores.
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 90_000,
          },
        },
      ],
    },
  };
});
