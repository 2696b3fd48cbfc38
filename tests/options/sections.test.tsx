// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../src/core/profile';
import { OPTIONS } from '../../src/i18n/options';
import { useFallbackMessages } from '../../src/i18n/t';
import type { MessageType, RequestOf, Result, SyncStatus } from '../../src/messaging/protocol';

// The sections talk to the worker through send(); here a table of answers stands in for it.
const answers = new Map<MessageType, (payload: unknown) => Result<unknown>>();
const sent: { type: MessageType; payload: unknown }[] = [];
vi.mock('../../src/messaging/send', () => ({
  send: async (type: MessageType, payload: RequestOf<MessageType>) => {
    sent.push({ type, payload });
    const answer = answers.get(type);
    return answer ? answer(payload) : { ok: false, error: { code: 'handler-failed', message: 'Not built yet.' } };
  },
}));

const { ProfileSection } = await import('../../src/options/profile-section');
const { SyncSection } = await import('../../src/options/sync-section');

beforeAll(() => useFallbackMessages(OPTIONS));
let root: HTMLElement;
beforeEach(() => {
  answers.clear();
  sent.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
};

/** The text of the label a control is named by: a wrapping label, a label for it, or a legend for radios and checkboxes. */
function labelOf(control: Element): string {
  const id = control.getAttribute('id');
  const byFor = id ? root.querySelector(`label[for="${id}"]`) : null;
  return (byFor ?? control.closest('label'))?.textContent?.trim() ?? '';
}

const MARA: Profile = {
  name: 'Mara Köhler',
  headline: 'Senior Frontend Engineer',
  currentCompany: 'Lindwurm Mobility',
  pastCompanies: ['Sternfeld Bank'],
  education: ['TU Dresden'],
  titles: ['Frontend Engineer'],
  skills: ['TypeScript'],
  seniority: 'senior',
  locations: ['Berlin, Germany'],
  workplace: ['remote'],
  minSalary: 85000,
  currency: 'EUR',
  languages: ['de'],
  avoid: ['crypto'],
};

describe('ProfileSection', () => {
  it('has a labelled control for every FORMAT.md field, filled from the stored profile', async () => {
    answers.set('profile/get', () => ({ ok: true, value: { profile: MARA } }));
    render(<ProfileSection />, root);
    await settle();
    const controls = [...root.querySelectorAll('input, select, textarea')];
    for (const control of controls) expect(labelOf(control), control.outerHTML).not.toBe('');
    const names = new Set(controls.map((c) => c.getAttribute('name')));
    for (const field of Object.keys(MARA)) expect(names.has(field), field).toBe(true);
    expect(root.querySelector<HTMLTextAreaElement>('textarea[name="locations"]')!.value).toBe('Berlin, Germany');
    expect(root.querySelector<HTMLInputElement>('input[name="workplace"][value="remote"]')!.checked).toBe(true);
  });

  it('still opens an empty form, with the error in an alert, when the profile cannot be loaded', async () => {
    render(<ProfileSection />, root);
    await settle();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Could not load this part: Not built yet.');
    expect(root.querySelector<HTMLInputElement>('input[name="name"]')!.value).toBe('');
  });

  it('lists every problem the worker names when a save is refused, keeping what was typed', async () => {
    answers.set('profile/get', () => ({ ok: true, value: { profile: MARA } }));
    answers.set('profile/save', () => ({
      ok: false,
      error: { code: 'bad-request', message: 'The profile has problems.', details: ['"currency" must be a three-letter currency code such as EUR or USD.'] },
    }));
    render(<ProfileSection />, root);
    await settle();
    const currency = root.querySelector<HTMLInputElement>('input[name="currency"]')!;
    await act(async () => {
      currency.value = 'euros';
      currency.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect(sent.at(-1)).toMatchObject({ type: 'profile/save', payload: { profile: { currency: 'euros', name: 'Mara Köhler' } } });
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('The profile has problems.');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['"currency" must be a three-letter currency code such as EUR or USD.']);
    expect(currency.value).toBe('euros');
  });
});

describe('SyncSection', () => {
  const status = (patch: Partial<SyncStatus>): SyncStatus => ({
    enabled: true,
    lastPushedAt: null,
    lastPulledAt: null,
    bytesInUse: 102_400,
    quotaBytes: 102_400,
    error: null,
    ...patch,
  });

  it('shows the toggle on with the usage, and the error sentence in an alert', async () => {
    answers.set('sync/status', () => ({ ok: true, value: status({ error: 'Sync storage is full (100 KB); nothing more was sent.' }) }));
    render(<SyncSection />, root);
    await settle();
    const toggle = root.querySelector<HTMLInputElement>('input[name="sync-enabled"]')!;
    expect(toggle.checked).toBe(true);
    expect(labelOf(toggle)).toBe('Sync my settings between my browsers');
    expect(root.textContent).toContain('Sync is on.');
    expect(root.textContent).toContain('Using 100 KB of 100 KB');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Sync stopped: Sync storage is full (100 KB); nothing more was sent.');
  });

  it('says when turning sync on failed, and the toggle stays off', async () => {
    answers.set('sync/status', () => ({ ok: true, value: status({ enabled: false, bytesInUse: 0 }) }));
    answers.set('sync/set-enabled', () => ({ ok: false, error: { code: 'storage-failed', message: 'The browser refused to write.' } }));
    render(<SyncSection />, root);
    await settle();
    const toggle = root.querySelector<HTMLInputElement>('input[name="sync-enabled"]')!;
    await act(async () => {
      toggle.click();
    });
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'sync/set-enabled', payload: { enabled: true } });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('The browser refused to write.');
    expect(toggle.checked).toBe(false);
  });
});
