import { t } from '../i18n/t';

/** A sentence for the candidate after an action: what happened, or why it failed; a correction can be undone. */
export interface Notice {
  tone: 'status' | 'error';
  text: string;
  undoCorrection?: number;
}

/** Both live regions are always in the page, so screen readers announce what lands in them. */
export function NoticeLine({ notice, onUndo }: { notice: Notice | null; onUndo: (id: number) => void }) {
  return (
    <div class="notices">
      <div role="alert" class="notice error">
        {notice?.tone === 'error' ? notice.text : null}
      </div>
      <output class="notice">
        {notice?.tone === 'status' ? notice.text : null}
        {notice?.tone === 'status' && notice.undoCorrection !== undefined && (
          <>
            {' '}
            <button type="button" class="link" onClick={() => onUndo(notice.undoCorrection!)}>
              {t('popup_undo')}
            </button>
          </>
        )}
      </output>
    </div>
  );
}
