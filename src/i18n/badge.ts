import { defineMessages } from './define';

/** The toolbar badge's tooltip (src/background/toolbar-badge.ts). */
export const BADGE = defineMessages({
  badge_title_none: {
    en: 'Recruiter Ally: no targeted messages await your reply',
    es: 'Recruiter Ally: ningún mensaje dirigido espera tu respuesta',
    fr: 'Recruiter Ally : aucun message ciblé n’attend votre réponse',
    de: 'Recruiter Ally: Keine gezielte Nachricht wartet auf Ihre Antwort',
    pt: 'Recruiter Ally: nenhuma mensagem direcionada aguarda a sua resposta',
  },
  badge_title_one: {
    en: '1 targeted message awaits your reply',
    es: '1 mensaje dirigido espera tu respuesta',
    fr: '1 message ciblé attend votre réponse',
    de: '1 gezielte Nachricht wartet auf Ihre Antwort',
    pt: '1 mensagem direcionada aguarda a sua resposta',
  },
  badge_title_many: {
    en: '{1} targeted messages await your reply',
    es: '{1} mensajes dirigidos esperan tu respuesta',
    fr: '{1} messages ciblés attendent votre réponse',
    de: '{1} gezielte Nachrichten warten auf Ihre Antwort',
    pt: '{1} mensagens direcionadas aguardam a sua resposta',
  },
});
