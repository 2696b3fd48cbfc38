import type { Label } from '../core/message';
import type { ReplyKind, TemplateLanguage } from '../core/replies/drafts';
import { t } from '../i18n/t';
import type { CorrectionLabel } from '../messaging/protocol';

export function labelName(label: Label): string {
  switch (label) {
    case 'targeted':
      return t('labelTargeted');
    case 'unsure':
      return t('labelUnsure');
    case 'spam':
      return t('labelSpam');
    default:
      return t('labelOther');
  }
}

export function kindName(kind: ReplyKind): string {
  switch (kind) {
    case 'decline':
      return t('popup_action_decline');
    case 'refer':
      return t('popup_action_refer');
    case 'keep-in-touch':
      return t('popup_action_keep');
    case 'ask-details':
      return t('popup_action_ask');
    default:
      return t('popup_action_interested');
  }
}

/** The key that starts each reply from the list (interested has none: it is never a reflex). */
export const KIND_KEYS: Partial<Record<ReplyKind, string>> = { decline: 'd', refer: 'r', 'keep-in-touch': 'i', 'ask-details': 'a' };

export function languageName(language: TemplateLanguage): string {
  return t(`popup_lang_${language}`);
}

export function correctionName(label: CorrectionLabel): string {
  return label === 'targeted' ? t('popup_correct_targeted') : label === 'spam' ? t('popup_correct_spam') : t('popup_correct_other');
}
