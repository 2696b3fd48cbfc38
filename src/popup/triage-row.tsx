import { SITE_NAMES } from '../core/sites';
import { t } from '../i18n/t';
import type { TriageItem, TriageSection } from '../messaging/protocol';
import { labelName } from './labels';
import { describeAge, describeWaiting } from './time';

export function rowId(key: string): string {
  return `row-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

interface RowProps {
  item: TriageItem;
  section: TriageSection;
  active: boolean;
  now: number;
}

/** One message in the list: sender, company, role, verdict and score, the strongest reasons, and its age. */
export function TriageRow({ item, section, active, now }: RowProps) {
  const company = item.company ?? item.sender.company;
  const age = section === 'targeted' && item.state === 'awaiting' ? describeWaiting(item.receivedAt, now) : describeAge(item.receivedAt, now);
  return (
    <div
      id={rowId(item.key)}
      // An <option> holds plain text only; this row holds several lines.
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
      role="option"
      aria-selected={active}
      class={`row label-${item.label}${active ? ' active' : ''}`}
      data-key={item.key}
    >
      <div class="line">
        <strong class="sender">{item.sender.name}</strong>
        {company && <span class="company">{company}</span>}
        <span class="chip">
          {labelName(item.label)} · {item.score}
        </span>
      </div>
      {(item.role ?? item.subject) && <div class="role">{item.role ?? item.subject}</div>}
      {item.preview && <div class="preview">{item.preview}</div>}
      {item.reasons.length > 0 && (
        <div class="reasons">
          {item.reasons.slice(0, 3).map((reason) => (
            <span key={reason} class="reason">
              {reason}
            </span>
          ))}
        </div>
      )}
      <div class="meta">
        <span class="age">{age}</span> · {SITE_NAMES[item.site]}
        {item.trust === 'trusted' && <span class="trust"> · {t('popup_trusted_mark')}</span>}
        {item.trust === 'muted' && <span class="trust"> · {t('popup_muted_mark')}</span>}
      </div>
    </div>
  );
}
