import { useEffect, useState } from 'preact/hooks';
import type { ReplyKind } from '../core/replies/drafts';
import { t } from '../i18n/t';
import type { AdhocVerdict } from '../messaging/protocol';
import { send } from '../messaging/send';
import { kindName, labelName } from './labels';
import { NoticeLine, type Notice } from './notice-line';
import { ReplyChooser, type ReplyTarget } from './reply-chooser';
import { describeAge } from './time';

const KINDS: ReplyKind[] = ['decline', 'refer', 'keep-in-touch', 'ask-details', 'interested'];
const ADHOC: ReplyTarget = { type: 'adhoc' };

type Load = { state: 'loading' } | { state: 'ready'; verdict: AdhocVerdict | null } | { state: 'failed'; message: string };

/**
 * The verdict on text scored from the context menu ("Score this text as a recruiter message"),
 * with replies to copy: there is no site reply box behind this window.
 */
export function ScoreView() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [kind, setKind] = useState<ReplyKind | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [openedAt] = useState(Date.now);

  useEffect(() => {
    void send('adhoc/current', {}).then((reply) =>
      setLoad(reply.ok ? { state: 'ready', verdict: reply.value.verdict } : { state: 'failed', message: reply.error.message }),
    );
  }, []);

  const verdict = load.state === 'ready' ? load.verdict : null;
  return (
    <div class="popup score-view">
      <main>
        <header class="bar">
          <h1>{t('popup_score_title')}</h1>
        </header>
        <NoticeLine notice={notice} onUndo={() => undefined} />
        {load.state === 'loading' && <p class="muted">{t('popup_loading')}</p>}
        {load.state === 'failed' && <p class="error-text load-error">{t('popup_error_score', load.message)}</p>}
        {load.state === 'ready' && !verdict && <p class="empty">{t('popup_score_none')}</p>}
        {verdict && (
          <>
            <p class={`verdict label-${verdict.label}`}>
              <span class="chip">{labelName(verdict.label)}</span> <span class="score">{t('popup_score', verdict.score)}</span>{' '}
              <span class="muted">· {describeAge(verdict.scoredAt, openedAt)}</span>
            </p>
            {verdict.reasons.length > 0 && (
              <section aria-labelledby="reasons-heading">
                <h2 id="reasons-heading">{t('popup_reasons')}</h2>
                <ul class="reason-list">
                  {verdict.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </section>
            )}
            <blockquote class="scored-text">{verdict.text}</blockquote>
            {verdict.label !== 'other' && (
              <section aria-labelledby="reply-heading">
                <h2 id="reply-heading">{t('popup_reply_actions')}</h2>
                <div class="buttons">
                  {KINDS.map((each) => (
                    <button type="button" key={each} aria-pressed={kind === each} onClick={() => setKind(each)}>
                      {kindName(each)}
                    </button>
                  ))}
                </div>
              </section>
            )}
            {kind && <ReplyChooser key={kind} target={ADHOC} kind={kind} inline onClose={() => setKind(null)} onDone={setNotice} />}
          </>
        )}
      </main>
    </div>
  );
}
