import type { ProtocolError } from '../messaging/protocol';

/** What happened after an action, or why it failed, with every problem when the worker listed several. */
export type Notice = { tone: 'status' | 'error'; text: string; details?: string[] } | null;

export function errorNotice(text: string, error?: ProtocolError): Notice {
  return { tone: 'error', text, ...(error?.details?.length ? { details: error.details } : {}) };
}

/** Rendered only when there is something to say, so each section has at most one live region at a time. */
export function NoticeLine({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return (
    <div role={notice.tone === 'error' ? 'alert' : 'status'} class={`notice ${notice.tone}`}>
      {notice.text}
      {notice.details && (
        <ul>
          {notice.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
