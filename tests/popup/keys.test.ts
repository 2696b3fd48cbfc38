// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commandForKey, focusKindOf, moveCursor, type KeyInput } from '../../src/popup/keys';

const press = (key: string, extra: Partial<KeyInput> = {}) => commandForKey({ key, focus: 'other', ...extra });

describe('commandForKey', () => {
  it('maps the list keys to their commands', () => {
    expect(press('j')).toEqual({ type: 'move', by: 1 });
    expect(press('k')).toEqual({ type: 'move', by: -1 });
    expect(press('ArrowDown')).toEqual({ type: 'move', by: 1 });
    expect(press('ArrowUp')).toEqual({ type: 'move', by: -1 });
    expect(press('Home')).toEqual({ type: 'first' });
    expect(press('End')).toEqual({ type: 'last' });
    expect(press('Enter')).toEqual({ type: 'open' });
    expect(press('d')).toEqual({ type: 'reply', kind: 'decline' });
    expect(press('r')).toEqual({ type: 'reply', kind: 'refer' });
    expect(press('i')).toEqual({ type: 'reply', kind: 'keep-in-touch' });
    expect(press('a')).toEqual({ type: 'reply', kind: 'ask-details' });
    expect(press('t')).toEqual({ type: 'trust' });
    expect(press('m')).toEqual({ type: 'mute' });
    expect(press('/')).toEqual({ type: 'search' });
    expect(press('Escape')).toEqual({ type: 'escape' });
  });

  it('leaves every key but Escape to a text field, so typing "jam" in the search box types it', () => {
    for (const key of ['j', 'k', 'a', 'm', 'd', '/', 'Enter', 'ArrowDown']) {
      expect(press(key, { focus: 'text' }), key).toBeNull();
    }
    expect(press('Escape', { focus: 'text' })).toEqual({ type: 'escape' });
  });

  it('keeps Enter, arrows and Space for a focused button, but letters still act', () => {
    expect(press('Enter', { focus: 'control' })).toBeNull();
    expect(press(' ', { focus: 'control' })).toBeNull();
    expect(press('ArrowDown', { focus: 'control' })).toBeNull();
    expect(press('j', { focus: 'control' })).toEqual({ type: 'move', by: 1 });
    expect(press('t', { focus: 'control' })).toEqual({ type: 'trust' });
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(press('r', { ctrlKey: true })).toBeNull();
    expect(press('d', { metaKey: true })).toBeNull();
    expect(press('k', { altKey: true })).toBeNull();
    // Capitals are not ours either: Shift+J is not j.
    expect(press('J')).toBeNull();
    expect(press('x')).toBeNull();
  });
});

describe('moveCursor', () => {
  it('moves within the list and stops at both ends', () => {
    expect(moveCursor(0, { type: 'move', by: 1 }, 3)).toBe(1);
    expect(moveCursor(2, { type: 'move', by: 1 }, 3)).toBe(2);
    expect(moveCursor(0, { type: 'move', by: -1 }, 3)).toBe(0);
    expect(moveCursor(1, { type: 'first' }, 3)).toBe(0);
    expect(moveCursor(0, { type: 'last' }, 3)).toBe(2);
  });

  it('brings a cursor left past the end of a shrunken list back onto it, and stays at 0 when empty', () => {
    expect(moveCursor(7, { type: 'open' }, 3)).toBe(2);
    expect(moveCursor(4, { type: 'move', by: 1 }, 0)).toBe(0);
  });
});

describe('focusKindOf', () => {
  const make = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild;
  };

  it('counts text inputs, text areas, selects and editable elements as text fields', () => {
    expect(focusKindOf(make('<input type="search">'))).toBe('text');
    expect(focusKindOf(make('<input>'))).toBe('text');
    expect(focusKindOf(make('<textarea></textarea>'))).toBe('text');
    expect(focusKindOf(make('<select><option>a</option></select>'))).toBe('text');
    expect(focusKindOf(make('<div contenteditable="true"></div>'))).toBe('text');
  });

  it('counts buttons, links, radios and checkboxes as controls, and the listbox as neither', () => {
    expect(focusKindOf(make('<button>Go</button>'))).toBe('control');
    expect(focusKindOf(make('<a href="#x">x</a>'))).toBe('control');
    expect(focusKindOf(make('<input type="radio">'))).toBe('control');
    expect(focusKindOf(make('<input type="checkbox">'))).toBe('control');
    expect(focusKindOf(make('<div role="listbox" tabindex="0"></div>'))).toBe('other');
    expect(focusKindOf(null)).toBe('other');
  });
});
