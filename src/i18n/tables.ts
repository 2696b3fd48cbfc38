import { BADGE } from './badge';
import { COMMON } from './common';
import { CONTENT } from './content';
import type { MessageTable } from './define';
import { OPTIONS } from './options';
import { POPUP } from './popup';

/**
 * Every area's strings. Each area keeps its own file (popup.ts, options.ts, content.ts…) and adds
 * it here; the build turns the union into `_locales/<lang>/messages.json`.
 */
export const TABLES: Record<string, MessageTable> = { common: COMMON, content: CONTENT, popup: POPUP, badge: BADGE, options: OPTIONS };

export type MessageKey = keyof typeof COMMON;
