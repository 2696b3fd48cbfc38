import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/t';

export interface ConfirmRequest {
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/**
 * A modal question before something that cannot be undone. The native dialog keeps focus inside,
 * starts on Cancel and closes on Escape; `request` null means closed.
 */
export function ConfirmDialog({ id, request, onClose }: { id: string; request: ConfirmRequest | null; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (request && !element.open) element.showModal();
    if (!request && element.open) element.close();
  }, [request]);

  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} onClose={onClose}>
      {request && (
        <>
          <h3 id={`${id}-title`}>{request.title}</h3>
          <p id={`${id}-text`}>{request.text}</p>
          <div class="actions">
            <button type="button" autoFocus onClick={onClose}>
              {t('options_cancel')}
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => {
                onClose();
                request.onConfirm();
              }}
            >
              {request.confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
