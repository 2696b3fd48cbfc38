import { defineMessages } from './define';

/** Strings of the manifest and of more than one page. Keys: letters, digits and underscores (Chrome's rule). */
export const COMMON = defineMessages({
  extDescription: {
    en: 'Tells targeted recruiter messages from blanket outreach on LinkedIn, Gmail and Outlook, and drafts courteous replies. Everything stays on your device.',
    es: 'Distingue los mensajes de reclutadores dirigidos a ti de los envíos masivos en LinkedIn, Gmail y Outlook, y redacta respuestas corteses. Todo se queda en tu dispositivo.',
    fr: 'Distingue les messages de recruteurs ciblés des envois de masse sur LinkedIn, Gmail et Outlook, et rédige des réponses courtoises. Tout reste sur votre appareil.',
    de: 'Unterscheidet gezielte Nachrichten von Recruitern von Massenanschreiben auf LinkedIn, Gmail und Outlook und entwirft höfliche Antworten. Alles bleibt auf Ihrem Gerät.',
    pt: 'Distingue mensagens de recrutadores direcionadas de envios em massa no LinkedIn, Gmail e Outlook e redige respostas cordiais. Tudo fica no seu dispositivo.',
  },
  commandOpenPopup: {
    en: 'Open Recruiter Ally',
    es: 'Abrir Recruiter Ally',
    fr: 'Ouvrir Recruiter Ally',
    de: 'Recruiter Ally öffnen',
    pt: 'Abrir o Recruiter Ally',
  },
  contextMenuScore: {
    en: 'Score this text as a recruiter message',
    es: 'Evaluar este texto como mensaje de reclutador',
    fr: 'Évaluer ce texte comme message de recruteur',
    de: 'Diesen Text als Recruiter-Nachricht bewerten',
    pt: 'Avaliar este texto como mensagem de recrutador',
  },
  labelTargeted: { en: 'Targeted', es: 'Dirigido', fr: 'Ciblé', de: 'Gezielt', pt: 'Direcionada' },
  labelUnsure: { en: 'Unsure', es: 'Dudoso', fr: 'Incertain', de: 'Unklar', pt: 'Incerta' },
  labelSpam: { en: 'Spam', es: 'Spam', fr: 'Spam', de: 'Spam', pt: 'Spam' },
  labelOther: { en: 'Not a recruiter', es: 'No es de un reclutador', fr: "Pas d'un recruteur", de: 'Kein Recruiter', pt: 'Não é de recrutador' },
});
