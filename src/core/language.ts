/**
 * Which language a message is written in, so a reply can be drafted in the same one.
 * Evidence is frequent function words (plus a few greeting and recruiting words) counted over the
 * folded tokens, and letters only some languages use (ñ, ã, ß, ij…) counted over the cleaned text.
 * Words several languages share count for each of them, divided between them, so the verdict rests
 * on the words only one language has ("y" vs "e", "het" vs "das"). Linear in the text length.
 */
import { analyse, fold, PhraseIndex, type Analysed } from './text';

export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'nl', 'it'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

export interface DetectedLanguage {
  language: LanguageCode | 'und';
  /** 0 when undetermined; grows with the amount of evidence and the lead over the runner-up. */
  confidence: number;
  /** Share of the evidence per language (the shares sum to 1); empty when there is none. */
  scores: Partial<Record<LanguageCode, number>>;
}

// Written as a writer would spell them; folded (lower case, no accents) when the index is built,
// so "está" and "esta" are one entry and the same word in two lists is split between them.
const WORDS: Record<LanguageCode, string> = {
  en: `the and to of a an in is are was be been am you your yours for with on this that these those
    i me my we our us it its they them their he she his her have has had would could should will can
    as at from about if or not no do does did any all how when what which who there here also so by
    up into just some more very really out over per come
    hi hello hey dear thanks thank regards best cheers kind hope well reaching looking wanted
    role opportunity opportunities company experience interested chat call let know great currently
    working position client time week next open new love happy please re ve ll don`,
  es: `el la los las lo un una unos unas y o que de del al en con por para sin sobre entre es son
    está están estoy estamos estás ser estar hay ha he has tengo tienes tiene tenemos me te se le les
    nos mi mis tu tus su sus nuestro nuestra nuestros nuestras usted ustedes muy más pero como cómo
    si sí no ya también este esta estos estas ese esa eso cuando donde porque ahora bien
    hola buenos buenas días tardes gracias saludos atentamente cordial quería queremos gustaría
    encantaría hablar puesto vacante empresa experiencia oportunidad equipo trabajo perfil salario
    proyecto interesa interesaría podemos puedo puedes contigo actualmente buscando buscamos
    posición llamada semana próxima selección desarrollo nuevo nueva nuevos interesado interesada
    gustó encaja encajar encajarías contarte escribo`,
  pt: `o os a as um uma uns umas e é que de do da dos das no na nos nas em ao aos à pelo pela com por
    para sem sobre entre são está estão estou estamos ser estar tem têm tenho temos há me te se lhe
    meu minha seu sua seus suas nosso nossa você vocês muito mais mas como sim não já também este
    esta esse essa isso isto quando onde porque ainda aqui tudo bem agora ou
    olá oi bom boa dia tarde obrigado obrigada abraço abraços atenciosamente cumprimentos gostaria
    adoraria conversar falar vaga empresa experiência oportunidade equipe equipa trabalho perfil
    salário projeto interessa podemos posso pode atualmente procurando buscando chamada semana
    próxima seleção desenvolvimento contratação novo nova numa num interesse
    interessado interessada gostei`,
  fr: `le la les l un une des du de et est sont être je j tu il elle nous vous ils on me te se ce c
    cette ces qui que qu dont où pour dans sur avec sans par chez entre pas ne plus très aussi mais
    ou si au aux votre vos notre nos mon ma mes ton ta tes son sa ses leur ai avez êtes peux pouvez
    pourriez avons suis sommes fait faire bien
    bonjour bonsoir salut merci cordialement belle journée poste entreprise expérience serait serais
    seriez souhaite souhaitez actuellement échanger profil recherche recherchons client nouveau
    nouvelle opportunité équipe candidature rémunération salaire télétravail disponible hésitez
    intéressé intéressée`,
  de: `der die das den dem des ein eine einen einem einer und oder aber ist sind war bin bist sein
    ich du er sie es wir ihr mich mir dich dir uns euch ihnen ihre ihren dein deine deinen mein meine
    unser unsere unseren unserem nicht kein keine mit für auf zu von bei nach aus über um an am im
    zum zur vom auch noch schon sehr gerne gern wenn dass wie was wo hast habe haben hat hätte
    hätten würde würden wäre kann können könnte möchte möchten
    hallo guten tag morgen liebe lieber grüße gruß freundlichen besten viele vielen dank danke
    stelle erfahrung gespräch unternehmen möglichkeit interesse kurz kurze kurzes neue neuen
    spannende spannenden aktuell derzeit suche suchen kunden gehalt vollzeit bewerbung telefonat
    austausch`,
  nl: `de het een en van ik je jij jou jouw u uw we wij ons onze is zijn ben bent was heb hebt heeft
    hebben had wil wilt willen zou zouden kan kun kunt kunnen mag moet niet geen met voor op aan
    bij naar uit over door tot om te in er dat die dit deze wat wie waar hoe als of maar ook nog wel
    al heel erg veel graag
    hoi hallo goedemorgen goedemiddag beste bedankt dank groet groeten vriendelijke vacature functie
    ervaring gesprek kennismaken kennismaking bedrijf organisatie mogelijkheid mogelijkheden
    interessant leuk leuke nieuwe momenteel zoeken zoek opdrachtgever salaris sollicitatie
    vrijblijvend binnenkort uitdaging interesse`,
  it: `il lo la i gli le l un una uno di da in con su per tra fra del della dello dei degli delle nel
    nella al alla ai dal dalla sul sulla e ed o che chi è non sono sei siamo siete ho hai ha abbiamo
    avete hanno mi ti ci vi si ne mio mia tuo tua suo sua nostro nostra vostro molto anche come
    questo questa quello più se ma perché quando dove
    ciao buongiorno buonasera salve gentile grazie saluti cordiali distinti posizione azienda
    esperienza opportunità sarebbe piacerebbe vorrei possiamo colloquio lavoro cliente profilo ruolo
    stipendio retribuzione attualmente cerchiamo stiamo cercando candidatura sede contratto
    settimana prossima disponibile chiamata interesse nuovo nuova interessato interessata`,
};

interface Evidence {
  language: LanguageCode;
  weight: number;
}

let wordIndex: PhraseIndex<Evidence> | undefined;

/** Built once: every folded word, with its weight split between the languages that use it. */
function words(): PhraseIndex<Evidence> {
  if (wordIndex) return wordIndex;
  const byWord = new Map<string, Set<LanguageCode>>();
  for (const language of LANGUAGES) {
    for (const word of WORDS[language].split(/\s+/)) {
      if (!word) continue;
      const key = fold(word);
      const set = byWord.get(key) ?? new Set<LanguageCode>();
      set.add(language);
      byWord.set(key, set);
    }
  }
  const index = new PhraseIndex<Evidence>();
  for (const [word, languages] of byWord) {
    for (const language of languages) index.add(word, { language, weight: 1 / languages.size });
  }
  wordIndex = index;
  return index;
}

// Letters some languages write and others do not: weight per occurrence, in which languages.
const LETTER_HINTS: Readonly<Record<string, readonly (readonly [LanguageCode, number])[]>> = {
  ñ: [['es', 1]],
  '¿': [['es', 1.5]],
  '¡': [['es', 1]],
  ã: [['pt', 1]],
  õ: [['pt', 1]],
  ç: [['fr', 0.4], ['pt', 0.4]],
  ß: [['de', 1]],
  ä: [['de', 0.8]],
  ö: [['de', 0.8]],
  ü: [['de', 0.8]],
  ë: [['nl', 0.6]],
  ï: [['nl', 0.4], ['fr', 0.2]],
  è: [['fr', 0.4], ['it', 0.4]],
  ê: [['fr', 0.4], ['pt', 0.3]],
  â: [['fr', 0.3], ['pt', 0.3]],
  ô: [['fr', 0.3], ['pt', 0.3]],
  î: [['fr', 0.4]],
  û: [['fr', 0.4]],
  œ: [['fr', 0.6]],
  à: [['fr', 0.3], ['it', 0.3], ['pt', 0.2]],
  ì: [['it', 0.6]],
  ò: [['it', 0.6]],
  ù: [['it', 0.3], ['fr', 0.2]],
  á: [['es', 0.25], ['pt', 0.25]],
  í: [['es', 0.25], ['pt', 0.25]],
  ó: [['es', 0.25], ['pt', 0.25]],
  ú: [['es', 0.25], ['pt', 0.25]],
};
/** A letter hint adds at most this much, so a foreign name in the signature cannot outvote the words. */
const LETTER_HINT_CAP = 3;
/** Dutch "ij" (bij, zijn, mij, tijd): per word, capped like a letter hint. */
const IJ_WEIGHT = 0.5;
/** Less evidence than this is no evidence ("OK", a name, a list of technologies). */
const MIN_EVIDENCE = 0.75;

function addLetterHints(text: string, scores: Record<LanguageCode, number>): void {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Every hint is in Latin-1 or Latin Extended-A (œ), so the rest of the text is skipped cheaply.
    if (code < 0xa1 || code > 0x17f) continue;
    const ch = text[i]!.toLowerCase();
    if (LETTER_HINTS[ch]) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  for (const [ch, count] of counts) {
    for (const [language, weight] of LETTER_HINTS[ch] ?? []) {
      scores[language] += Math.min(count * weight, LETTER_HINT_CAP);
    }
  }
}

function emptyScores(): Record<LanguageCode, number> {
  return { en: 0, es: 0, fr: 0, de: 0, pt: 0, nl: 0, it: 0 };
}

const UNDETERMINED: DetectedLanguage = { language: 'und', confidence: 0, scores: {} };

/** The dominant language of a message among LANGUAGES, or 'und' when the text holds no evidence. */
export function detectLanguage(text: string | Analysed): DetectedLanguage {
  const analysed = typeof text === 'string' ? analyse(text) : text;
  if (!analysed || !Array.isArray(analysed.tokens) || typeof analysed.text !== 'string') return { ...UNDETERMINED };
  const scores = emptyScores();

  for (const hit of words().findAll(analysed.tokens)) scores[hit.value.language] += hit.value.weight;
  let ij = 0;
  for (const token of analysed.tokens) if (token.text.includes('ij')) ij += IJ_WEIGHT;
  scores.nl += Math.min(ij, LETTER_HINT_CAP);
  addLetterHints(analysed.text, scores);

  let best: LanguageCode | undefined;
  let bestScore = 0;
  let secondScore = 0;
  let total = 0;
  for (const language of LANGUAGES) {
    const score = scores[language];
    total += score;
    if (score > bestScore) {
      secondScore = bestScore;
      bestScore = score;
      best = language;
    } else if (score > secondScore) {
      secondScore = score;
    }
  }
  if (!best || bestScore < MIN_EVIDENCE || bestScore === secondScore) {
    return { ...UNDETERMINED, scores: shares(scores, total) };
  }
  // Lead over the runner-up, damped while the evidence is thin (a two-word text is a guess).
  const lead = (bestScore - secondScore) / bestScore;
  const amount = 1 - Math.exp(-bestScore / 3);
  return { language: best, confidence: round(lead * amount), scores: shares(scores, total) };
}

function shares(scores: Record<LanguageCode, number>, total: number): Partial<Record<LanguageCode, number>> {
  const result: Partial<Record<LanguageCode, number>> = {};
  if (total <= 0) return result;
  for (const language of LANGUAGES) {
    if (scores[language] > 0) result[language] = round(scores[language] / total);
  }
  return result;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
