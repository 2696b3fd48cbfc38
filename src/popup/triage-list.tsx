import type { RefObject } from 'preact';
import { t } from '../i18n/t';
import type { TriageCounts, TriageItem, TriageSection } from '../messaging/protocol';
import { TriageRow, rowId } from './triage-row';

interface ListProps {
  sections: Record<TriageSection, TriageItem[]>;
  counts: TriageCounts;
  activeKey: string | null;
  spamOpen: boolean;
  now: number;
  /** One listbox per section; the page focuses the one holding the active row. */
  listRefs: Record<TriageSection, RefObject<HTMLDivElement | null>>;
  onToggleSpam: () => void;
  onPick: (key: string) => void;
}

const HEADINGS: Record<TriageSection, (count: number) => string> = {
  targeted: (count) => t('popup_section_targeted', count),
  unsure: (count) => t('popup_section_unsure', count),
  spam: (count) => t('popup_section_spam', count),
};

/**
 * The triage list: targeted awaiting a reply, unsure, and spam folded away. Each section is a
 * listbox whose active row is announced through aria-activedescendant; focus stays on the listbox.
 */
export function TriageList({ sections, counts, activeKey, spamOpen, now, listRefs, onToggleSpam, onPick }: ListProps) {
  const total: Record<TriageSection, number> = {
    targeted: Math.max(counts.awaiting, sections.targeted.length),
    unsure: Math.max(counts.unsure, sections.unsure.length),
    spam: Math.max(counts.spam, sections.spam.length),
  };

  const section = (name: TriageSection) => {
    const items = sections[name];
    const active = items.find((item) => item.key === activeKey);
    const headingId = `section-${name}`;
    return (
      <section class={`section section-${name}`} aria-labelledby={headingId} key={name}>
        <h2 id={headingId}>{HEADINGS[name](total[name])}</h2>
        {items.length > 0 && (
          // A <select> cannot hold rows of rich text: this is the ARIA listbox pattern; its keys are the page's (use-keys.ts).
          // oxlint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            ref={listRefs[name]}
            // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
            role="listbox"
            tabIndex={0}
            aria-labelledby={headingId}
            aria-activedescendant={active ? rowId(active.key) : undefined}
            class="listbox"
            data-section={name}
            onFocus={() => {
              // Tabbing into a section puts the cursor on its first row.
              if (!active && items[0]) onPick(items[0].key);
            }}
            onClick={(event) => {
              const row = (event.target as Element).closest<HTMLElement>('[role="option"]');
              if (row?.dataset.key) onPick(row.dataset.key);
            }}
          >
            {items.map((item) => (
              <TriageRow key={item.key} item={item} section={name} active={item.key === activeKey} now={now} />
            ))}
          </div>
        )}
      </section>
    );
  };

  return (
    <div class="triage">
      {sections.targeted.length > 0 && section('targeted')}
      {sections.unsure.length > 0 && section('unsure')}
      {sections.spam.length > 0 && (
        <>
          <button type="button" class="fold" aria-expanded={spamOpen} aria-controls="section-spam-list" onClick={onToggleSpam}>
            {spamOpen ? t('popup_spam_hide') : t('popup_spam_show', total.spam)}
          </button>
          <div id="section-spam-list">{spamOpen && section('spam')}</div>
        </>
      )}
    </div>
  );
}
