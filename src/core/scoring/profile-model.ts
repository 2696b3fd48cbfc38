/**
 * Everything the scorer reads from the candidate's profile, prepared once per profile: the names a
 * message could use for their employers, schools and projects, their skills, role families, places
 * and deal-breakers.
 */
import type { Profile } from '../profile';
import { PhraseIndex, analyse, fold, tokenize, clean } from '../text';
import { compileAvoid, type CompiledAvoid } from './knowledge/dealbreakers';
import { compileCandidatePlaces, findPlaces, type CandidatePlaces } from './knowledge/places';
import { familiesOfTitle, type RoleFamily } from './knowledge/roles';
import { compileProfileSkills, findKnownSkills, type ProfileSkill } from './knowledge/skills';

export interface ProfileModel {
  profile: Profile;
  /** Current employer, past employers, schools, projects: each phrase maps to the name to show. */
  employer: PhraseIndex<string>;
  pastEmployers: PhraseIndex<string>;
  schools: PhraseIndex<string>;
  projects: PhraseIndex<string>;
  titles: PhraseIndex<string>;
  skills: ProfileSkill[];
  families: RoleFamily[];
  places: CandidatePlaces;
  avoid: CompiledAvoid[];
}

// Words too common in organisation names to stand for one on their own.
const GENERIC_ORG_WORDS = new Set(
  [
    'the', 'of', 'and', 'for', 'und', 'de', 'la', 'le', 'el', 'do', 'da', 'st', 'saint', 'sankt', 'san', 'santa', 'sao',
    'health', 'healthcare', 'hospital', 'hospitals', 'medical', 'center', 'centre', 'clinic', 'community', 'general', 'regional',
    'university', 'universite', 'universitat', 'universidad', 'universidade', 'college', 'school', 'institute', 'institut',
    'bank', 'group', 'gruppe', 'groupe', 'grupo', 'digital', 'energy', 'labs', 'lab', 'analytics', 'studio', 'studios',
    'systems', 'solutions', 'software', 'technologies', 'technology', 'tech', 'consulting', 'partners', 'services', 'global',
    'international', 'capital', 'financial', 'finance', 'insurance', 'media', 'mobility', 'logistics', 'retail', 'foods',
    'grocers', 'company', 'co', 'inc', 'ltd', 'llc', 'gmbh', 'ag', 'se', 'sa', 'sas', 'plc', 'corp', 'corporation', 'bv',
    'north', 'south', 'east', 'west', 'new', 'city', 'national', 'first', 'united', 'american', 'european', 'design',
    'data', 'cloud', 'care', 'network', 'works', 'industries', 'holdings', 'ventures', 'agency', 'presbyterian', 'memorial',
    'hospitalier', 'hospitaliere', 'hopital', 'clinique', 'clinica', 'klinik', 'klinikum', 'krankenhaus', 'universitaire',
    'universitario', 'universitaria', 'centro', 'centre', 'colegio', 'escola', 'escuela', 'ecole', 'lycee', 'schule',
    'gymnasium', 'secundaria', 'secundario', 'publico', 'publica', 'geral', 'instituto', 'departement', 'ministere',
    'ministerio', 'stadt', 'stadtwerke', 'gesellschaft', 'verein', 'fondation', 'fundacion', 'fundacao', 'association',
    'societe', 'compagnie', 'empresa', 'grupo', 'caisse', 'banque', 'banco', 'sparkasse', 'volksbank', 'mutuelle',
  ],
);

const LEGAL_SUFFIX = /[\s,]+(gmbh|ag|se|inc\.?|ltd\.?|llc|plc|corp\.?|s\.?a\.?|sas|bv|b\.v\.|pty|limited|co\.)$/i;

/** The ways a message may name an organisation: in full, without its legal form, by its distinctive leading words. */
export function organisationVariants(name: string): string[] {
  const full = clean(name).trim();
  if (!full) return [];
  const variants = new Set<string>([full]);
  const bare = full.replace(LEGAL_SUFFIX, '').trim();
  if (bare) variants.add(bare);
  const words = bare.split(/\s+/);
  // Leading words up to the first generic one: "Northwind Health" → "Northwind", "St. Anne Community Hospital" → "St. Anne".
  const lead: string[] = [];
  for (const word of words) {
    const folded = fold(word).replace(/[^\p{L}\p{N}&]/gu, '');
    if (lead.length && GENERIC_ORG_WORDS.has(folded)) break;
    lead.push(word);
  }
  const leadText = lead.join(' ');
  // Only a lead with a word of its own: "Centre Hospitalier de X" must not become "Centre Hospitalier".
  const distinctive = tokenize(leadText).some((t) => t.text.length >= 4 && !GENERIC_ORG_WORDS.has(t.text));
  if (lead.length < words.length && distinctive) variants.add(leadText);
  return [...variants];
}

/**
 * "HTW Berlin, B.Sc. Applied Computer Science" → the school, "HTW Berlin", and its distinctive
 * words; never a place name alone ("Berlin" says nothing about the candidate's studies).
 */
function schoolVariants(entry: string): string[] {
  const school = entry.split(/[,;(|·]/)[0]!.trim();
  const analysed = analyse(school);
  const placeWords = new Set(findPlaces(analysed).flatMap((p) => analysed.tokens.slice(p.from, p.to).map((t) => t.text)));
  const variants = organisationVariants(school).filter((v) => !tokenize(v).every((t) => placeWords.has(t.text)));
  return variants.concat(
    analysed.tokens
      .filter((t) => /^\p{Lu}/u.test(t.raw) && t.text.length >= 4 && !GENERIC_ORG_WORDS.has(t.text) && !placeWords.has(t.text))
      .map((t) => t.raw),
  );
}

const HEADLINE_NOISE = new Set(
  ['senior', 'junior', 'lead', 'staff', 'principal', 'head', 'at', 'building', 'built', 'leading', 'led', 'ex', 'former',
    'open', 'to', 'work', 'hiring', 'helping', 'i', 'we', 'my', 'our', 'and', 'the', 'with', 'for', 'in', 'on', 'of',
    'system', 'systems', 'platform', 'team', 'teams', 'product', 'products', 'engineer', 'engineering', 'designer', 'design',
    'scientist', 'science', 'nurse', 'manager', 'developer', 'analyst', 'consultant', 'specialist', 'expert', 'passionate',
    'mentor', 'speaker', 'author', 'founder', 'phd', 'msc', 'bsc', 'mba', 'rn', 'bsn', 'msn'],
);

/** Names of the candidate's own projects in their headline: capitalised words no other field explains. */
function projectNames(profile: Profile, known: Set<string>): string[] {
  if (!profile.headline) return [];
  const analysed = analyse(profile.headline);
  const skillWords = new Set(findKnownSkills(analysed).flatMap((hit) => analysed.tokens.slice(hit.from, hit.to).map((t) => t.text)));
  return analysed.tokens
    .filter(
      (t) =>
        /^\p{Lu}/u.test(t.raw) &&
        t.text.length >= 3 &&
        !known.has(t.text) &&
        !skillWords.has(t.text) &&
        !HEADLINE_NOISE.has(t.text) &&
        !GENERIC_ORG_WORDS.has(t.text),
    )
    .map((t) => t.raw);
}

function indexOf(names: readonly string[], variants: (name: string) => string[]): PhraseIndex<string> {
  const ix = new PhraseIndex<string>();
  for (const name of names) for (const variant of variants(name)) ix.add(variant, name.split(/[,;(|·]/)[0]!.trim());
  return ix;
}

const cache = new WeakMap<Profile, ProfileModel>();

export function compileProfile(profile: Profile): ProfileModel {
  const cached = cache.get(profile);
  if (cached) return cached;
  const words = (texts: readonly (string | undefined)[]): string[] =>
    texts.flatMap((text) => (text ? tokenize(clean(text)).map((t) => t.text) : []));
  const known = new Set(
    words([
      profile.name,
      profile.currentCompany,
      ...(profile.pastCompanies ?? []),
      ...(profile.education ?? []),
      ...(profile.titles ?? []),
      ...(profile.skills ?? []),
      ...(profile.locations ?? []),
    ]),
  );
  const model: ProfileModel = {
    profile,
    employer: indexOf(profile.currentCompany ? [profile.currentCompany] : [], organisationVariants),
    pastEmployers: indexOf(profile.pastCompanies ?? [], organisationVariants),
    schools: indexOf(profile.education ?? [], schoolVariants),
    projects: indexOf(projectNames(profile, known), (name) => [name]),
    titles: indexOf(profile.titles ?? [], (title) => [title]),
    skills: compileProfileSkills(profile.skills ?? []),
    families: [...new Set((profile.titles ?? []).flatMap((title) => familiesOfTitle(title)))],
    places: compileCandidatePlaces(profile.locations),
    avoid: compileAvoid(profile.avoid),
  };
  cache.set(profile, model);
  return model;
}
