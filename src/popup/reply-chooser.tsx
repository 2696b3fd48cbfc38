import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { TEMPLATE_LANGUAGES, type DeclineReason, type ReplyKind, type TemplateLanguage } from '../core/replies/drafts';
import type { ContactRecord } from '../db/records';
import { t } from '../i18n/t';
import type { DraftedReply, ReplyOptions, Result, TriageItem } from '../messaging/protocol';
import { send } from '../messaging/send';
import { copyText, deliverReply } from './browser-actions';
import { kindName, languageName } from './labels';
import type { Notice } from './notice-line';

/** A stored message from the list, or the text last scored from the context menu. */
export type ReplyTarget = { type: 'message'; item: TriageItem } | { type: 'adhoc' };

/** The three ways to decline, each with what it does. */
type DeclineWay = 'door-open' | 'close-role' | 'mute';

const DOOR_OPEN_REASONS: { reason: DeclineReason; key: string }[] = [
  { reason: 'not-looking', key: 'popup_reason_not_looking' },
  { reason: 'role', key: 'popup_reason_role' },
  { reason: 'pay', key: 'popup_reason_pay' },
  { reason: 'location', key: 'popup_reason_location' },
  { reason: 'timing', key: 'popup_reason_timing' },
];

interface ChooserProps {
  target: ReplyTarget;
  kind: ReplyKind;
  /** A dialog over the list, or a panel in the score view's page. */
  inline?: boolean;
  onClose: () => void;
  /** The action is done (or failed in a way the page should say): the page shows the notice. */
  onDone: (notice: Notice) => void;
}

type DraftState = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; reply: DraftedReply } | { state: 'failed'; message: string };

const FOCUSABLE = 'input:not([disabled]), select, textarea, button:not([disabled])';

/** Drafts a reply the candidate can edit, in the language they pick, and puts it where they can send it. */
export function ReplyChooser({ target, kind, inline = false, onClose, onDone }: ChooserProps) {
  const [way, setWay] = useState<DeclineWay>('door-open');
  const [reason, setReason] = useState<DeclineReason>('not-looking');
  const [language, setLanguage] = useState<TemplateLanguage | undefined>(undefined);
  const [contacts, setContacts] = useState<ContactRecord[] | null>(null);
  const [contactId, setContactId] = useState<string | undefined>(undefined);
  const [draft, setDraft] = useState<DraftState>({ state: 'idle' });
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const askedRef = useRef(0);

  const adhoc = target.type === 'adhoc';
  const name = target.type === 'message' ? target.item.sender.name : null;

  // A modal <dialog>: the list behind it is inert, Tab stays inside, Escape cancels it.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, []);

  useEffect(() => {
    if (kind !== 'refer') return;
    void (async () => {
      const reply = await send('contacts/list', {});
      if (!reply.ok) {
        setError(t('popup_error_action', reply.error.message));
        setContacts([]);
        return;
      }
      setContacts(reply.value.contacts);
      setContactId(reply.value.contacts[0]?.id);
    })();
  }, [kind]);

  // Every change of kind, way, reason, language or contact asks for a fresh draft; only the last answer counts.
  useEffect(() => {
    if (kind === 'decline' && way === 'mute') return;
    if (kind === 'refer' && !contactId) {
      setDraft({ state: 'idle' });
      return;
    }
    const options: ReplyOptions = {};
    if (language) options.language = language;
    if (kind === 'decline') options.declineReason = way === 'close-role' ? 'do-not-contact' : reason;
    if (kind === 'refer' && contactId) options.contactId = contactId;
    const ticket = ++askedRef.current;
    setDraft({ state: 'loading' });
    void (async () => {
      const reply: Result<DraftedReply> =
        target.type === 'message'
          ? await send('replies/draft', { key: target.item.key, kind, ...options })
          : await send('adhoc/draft', { kind, ...options });
      if (ticket !== askedRef.current) return;
      if (reply.ok) {
        setDraft({ state: 'ready', reply: reply.value });
        setText(reply.value.text);
      } else {
        setDraft({ state: 'failed', message: reply.error.message });
      }
    })();
  }, [kind, way, reason, language, contactId, target]);

  const shownLanguage = language ?? (draft.state === 'ready' ? draft.reply.language : 'en');

  async function copyForAdhoc() {
    try {
      await copyText(text);
      onDone({ tone: 'status', text: t('popup_copied') });
    } catch (failure) {
      setError(t('popup_error_copy', failure instanceof Error ? failure.message : String(failure)));
    }
  }

  async function act() {
    if (busy) return;
    setError(null);
    if (adhoc) {
      await copyForAdhoc();
      return;
    }
    const item = (target as { item: TriageItem }).item;
    setBusy(true);
    try {
      if (kind === 'decline' && way === 'mute') {
        if (!item.recruiterId) {
          setError(t('popup_no_recruiter'));
          return;
        }
        const trust = await send('recruiters/set-trust', { recruiterId: item.recruiterId, trust: 'muted' });
        if (!trust.ok) return setError(t('popup_error_action', trust.error.message));
        const state = await send('messages/set-state', { key: item.key, state: 'dismissed' });
        if (!state.ok) return setError(t('popup_error_action', state.error.message));
        onDone({ tone: 'status', text: t('popup_muted_dismissed', item.sender.name) });
        return;
      }
      const delivery = await deliverReply(item.key, text);
      if (!delivery.ok) return setError(t('popup_error_action', delivery.message));
      const said = delivery.outcome === 'inserted' ? 'popup_inserted' : delivery.outcome === 'copied-opened' ? 'popup_copied_opened' : 'popup_copied_no_url';
      onDone({ tone: 'status', text: t(said) });
    } finally {
      setBusy(false);
    }
  }

  const muting = kind === 'decline' && way === 'mute';
  const titleId = inline ? 'adhoc-chooser-title' : 'chooser-title';
  const title = name ? t('popup_chooser_title', kindName(kind), name) : kindName(kind);
  // A failed draft still lets the candidate write their own text.
  const canAct = muting || (draft.state !== 'loading' && text.trim().length > 0);

  const content = (
    <>
      <h2 id={titleId}>{title}</h2>

      {kind === 'decline' && (
        <fieldset class="ways">
          <legend>{t('popup_decline_how')}</legend>
          <Way value="door-open" current={way} onPick={setWay} label={t('popup_door_open')} help={t('popup_door_open_help')} />
          {way === 'door-open' && (
            <label class="field reason-field">
              <span>{t('popup_reason')}</span>
              <select value={reason} onChange={(event) => setReason((event.currentTarget as HTMLSelectElement).value as DeclineReason)}>
                {DOOR_OPEN_REASONS.map((entry) => (
                  <option key={entry.reason} value={entry.reason}>
                    {t(entry.key)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <Way value="close-role" current={way} onPick={setWay} label={t('popup_close_role')} help={t('popup_close_role_help')} />
          {!adhoc && <Way value="mute" current={way} onPick={setWay} label={t('popup_mute_silent')} help={t('popup_mute_silent_help')} />}
        </fieldset>
      )}

      {kind === 'refer' && contacts !== null && contacts.length === 0 && (
        <p class="hint">
          {t('popup_no_contacts')}{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup_open_options')}
          </button>
        </p>
      )}
      {kind === 'refer' && contacts !== null && contacts.length > 0 && (
        <label class="field">
          <span>{t('popup_contact')}</span>
          <select value={contactId} onChange={(event) => setContactId((event.currentTarget as HTMLSelectElement).value)}>
            {contacts.map((contact) => (
              <option key={contact.id} value={contact.id}>
                {contact.role ? `${contact.name} (${contact.role})` : contact.name}
              </option>
            ))}
          </select>
        </label>
      )}

      {!muting && (
        <>
          <label class="field">
            <span>{t('popup_language')}</span>
            <select value={shownLanguage} onChange={(event) => setLanguage((event.currentTarget as HTMLSelectElement).value as TemplateLanguage)}>
              {TEMPLATE_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
          </label>
          <label class="field" for={`${titleId}-text`}>
            {t('popup_reply_text')}
          </label>
          <textarea
            id={`${titleId}-text`}
            class="reply-text"
            rows={6}
            value={text}
            readOnly={adhoc}
            aria-busy={draft.state === 'loading'}
            onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
            onClick={adhoc && text ? () => void copyForAdhoc() : undefined}
          />
          {draft.state === 'loading' && <p class="muted">{t('popup_drafting')}</p>}
          {draft.state === 'failed' && <p class="error-text">{t('popup_error_draft', draft.message)}</p>}
        </>
      )}

      {error !== null && (
        <p role="alert" class="error-text">
          {error}
        </p>
      )}
      <p class="muted small">{t('popup_never_sent')}</p>
      <div class="buttons end">
        <button type="button" class="primary" disabled={!canAct || busy} onClick={() => void act()}>
          {muting ? t('popup_mute_confirm') : adhoc ? t('popup_copy') : t('popup_insert')}
        </button>
        <button type="button" onClick={onClose}>
          {inline ? t('popup_close') : t('popup_cancel')}
        </button>
      </div>
    </>
  );

  if (inline) {
    return (
      <section class="chooser inline" aria-labelledby={titleId}>
        {content}
      </section>
    );
  }
  return (
    <dialog
      ref={dialogRef}
      class="chooser"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {content}
    </dialog>
  );
}

function Way(props: { value: DeclineWay; current: DeclineWay; onPick: (way: DeclineWay) => void; label: string; help: string }) {
  const helpId = `way-${props.value}-help`;
  return (
    <div class="way">
      <label>
        <input
          type="radio"
          name="decline-way"
          value={props.value}
          checked={props.current === props.value}
          aria-describedby={helpId}
          onChange={() => props.onPick(props.value)}
        />{' '}
        <span class="way-label">{props.label}</span>
      </label>
      <p id={helpId} class="help">
        {props.help}
      </p>
    </div>
  );
}
