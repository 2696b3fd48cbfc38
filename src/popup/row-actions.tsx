import type { ReplyKind } from '../core/replies/drafts';
import { t } from '../i18n/t';
import type { CorrectionLabel, TriageItem } from '../messaging/protocol';
import { KIND_KEYS, correctionName, kindName } from './labels';

interface ActionsProps {
  item: TriageItem;
  onOpen: () => void;
  onReply: (kind: ReplyKind) => void;
  onTrust: () => void;
  onMute: () => void;
  onCorrect: (label: CorrectionLabel) => void;
}

const REPLIES: ReplyKind[] = ['decline', 'refer', 'keep-in-touch', 'ask-details', 'interested'];
const CORRECTIONS: CorrectionLabel[] = ['targeted', 'spam', 'other'];

function Key({ name }: { name: string }) {
  return (
    <kbd aria-hidden="true" class="key">
      {name}
    </kbd>
  );
}

/** What the candidate can do with the active row; each button names its key. */
export function RowActions({ item, onOpen, onReply, onTrust, onMute, onCorrect }: ActionsProps) {
  return (
    <fieldset class="actions">
      <legend class="visually-hidden">{t('popup_actions_for', item.sender.name)}</legend>
      <div class="buttons">
        <button type="button" onClick={onOpen} aria-keyshortcuts="Enter">
          {t('popup_action_open')} <Key name="↵" />
        </button>
        {REPLIES.map((kind) => (
          <button type="button" key={kind} data-kind={kind} onClick={() => onReply(kind)} aria-keyshortcuts={KIND_KEYS[kind]}>
            {kindName(kind)}
            {KIND_KEYS[kind] && <Key name={KIND_KEYS[kind]} />}
          </button>
        ))}
      </div>
      <div class="buttons">
        <button type="button" onClick={onTrust} aria-keyshortcuts="t" aria-pressed={item.trust === 'trusted'}>
          {t('popup_action_trust')} <Key name="t" />
        </button>
        <button type="button" onClick={onMute} aria-keyshortcuts="m" aria-pressed={item.trust === 'muted'}>
          {t('popup_action_mute')} <Key name="m" />
        </button>
        <details class="correct">
          <summary>{t('popup_correct_label')}</summary>
          <div class="buttons">
            {CORRECTIONS.map((label) => (
              <button type="button" key={label} data-correct={label} disabled={label === item.label} onClick={() => onCorrect(label)}>
                {correctionName(label)}
              </button>
            ))}
          </div>
        </details>
      </div>
    </fieldset>
  );
}
