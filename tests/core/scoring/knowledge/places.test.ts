import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileCandidatePlaces,
  findPlaces,
  findRelocation,
  placeRelation,
  relocationMentions,
  type PlaceHit,
} from '../../../../src/core/scoring/knowledge/places';
import { analyse } from '../../../../src/core/text';

function keys(text: string): string[] {
  return findPlaces(analyse(text)).map((h) => h.key);
}

function hit(text: string, key: string): PlaceHit {
  const found = findPlaces(analyse(text)).find((h) => h.key === key);
  if (!found) throw new Error(`${key} not found in ${text}`);
  return found;
}

describe('findPlaces: names', () => {
  it('finds cities, regions and countries with their kind and the name as written', () => {
    const hits = findPlaces(analyse('The team sits in Lyon, France, and partly in Ontario.'));
    expect(hits.map((h) => [h.key, h.kind, h.country, h.name])).toEqual([
      ['fr/lyon', 'city', 'fr', 'Lyon'],
      ['fr', 'country', 'fr', 'France'],
      ['ca/on', 'region', 'ca', 'Ontario'],
    ]);
  });

  it('token offsets point at the name', () => {
    const a = analyse('Hiring now in Gothenburg for a lab role');
    const [h] = findPlaces(a);
    expect(h).toBeDefined();
    expect(a.tokens.slice(h!.from, h!.to).map((t) => t.raw).join(' ')).toBe('Gothenburg');
  });

  it.each([
    ['München', 'de/munich'],
    ['Munich', 'de/munich'],
    ['Köln', 'de/cologne'],
    ['Cologne', 'de/cologne'],
    ['Wien', 'at/vienna'],
    ['Zürich', 'ch/zurich'],
    ['Zurich', 'ch/zurich'],
    ['Lisboa', 'pt/lisbon'],
    ['Bruxelles', 'be/brussels'],
    ['Montréal', 'ca/montreal'],
    ['Québec City', 'ca/quebec-city'],
    ['Den Haag', 'nl/the-hague'],
    ['The Hague', 'nl/the-hague'],
    ['Milano', 'it/milan'],
    ['Frankfurt am Main', 'de/frankfurt'],
    ['Bengaluru', 'in/bangalore'],
    ['Ciudad de México', 'mx/mexico-city'],
    ['São Paulo', 'br/sao-paulo'],
    ['New York City', 'us/new-york'],
    ['Washington, D.C.', 'us/washington-dc'],
  ])('native and English names: %s → %s', (name, key) => {
    expect(keys(`Our office is in ${name}.`)).toContain(key);
  });

  it('takes the longest name: "New York" is not York, "Quebec City" is not the province', () => {
    expect(keys('Based in New York.')).toEqual(['us/new-york']);
    expect(keys('Based in Quebec City.')).toEqual(['ca/quebec-city']);
    expect(keys('Anywhere in Quebec.')).toEqual(['ca/qc']);
  });

  it('reads country names in several languages', () => {
    expect(keys('remoto desde España')).toEqual(['es']);
    expect(keys('Arbeiten von überall in Deutschlands Norden')).toEqual([]);
    expect(keys('remote within Deutschland')).toEqual(['de']);
    expect(keys('basé en Allemagne ou aux Pays-Bas')).toEqual(['de', 'nl']);
    expect(keys('Estados Unidos e Reino Unido')).toEqual(['us', 'gb']);
  });

  it('unambiguous city names count even in lower case', () => {
    expect(keys('relocating to toronto? or maybe rotterdam')).toEqual(['ca/toronto', 'nl/rotterdam']);
  });
});

describe('findPlaces: codes right after a city', () => {
  it('takes a state or province code after a city, and uses it to choose the city', () => {
    expect(keys('Chicago, IL')).toEqual(['us/chicago', 'us/il']);
    expect(keys('Toronto, ON, Canada')).toEqual(['ca/toronto', 'ca/on', 'ca']);
    expect(keys('London, ON')).toEqual(['ca/london-on', 'ca/on']);
    expect(keys('London, UK')).toEqual(['gb/london', 'gb']);
    expect(keys('Portland, ME')).toEqual(['us/portland-me', 'us/me']);
    expect(keys('Portland, OR')).toEqual(['us/portland', 'us/or']);
    expect(keys('Perth, WA')).toEqual(['au/perth', 'au/wa']);
    expect(keys('Vancouver, WA')).toEqual(['us/vancouver-wa', 'us/wa']);
    expect(keys('Birmingham, AL')).toEqual(['us/birmingham-al', 'us/al']);
    expect(keys('Cambridge, MA')).toEqual(['us/cambridge-ma', 'us/ma']);
  });

  it('a region name after a city works the same way', () => {
    expect(keys('London, Ontario')).toEqual(['ca/london-on', 'ca/on']);
    expect(keys('Atlanta, Georgia')).toEqual(['us/atlanta', 'us/ga']);
    expect(keys('Melbourne, Victoria')).toEqual(['au/melbourne', 'au/vic']);
  });

  it('does not take two capital letters alone for a state', () => {
    expect(keys('IL and IN are hiring hot spots; so is OR.')).toEqual([]);
    expect(keys('Our IT team in Berlin')).toEqual(['de/berlin']);
  });

  it('a default city stays when the code after it fits no namesake', () => {
    expect(keys('Paris, TX is lovely')).toEqual(['fr/paris']);
  });

  it('"US" must be written in capitals; "usa" is a Portuguese verb', () => {
    expect(keys('Remote within the US only.')).toEqual(['us']);
    expect(keys('A equipe usa React e TypeScript.')).toEqual([]);
    expect(keys('Only for US citizens; see us at the fair.')).toEqual(['us']);
  });
});

describe('findPlaces: names that are also words or first names', () => {
  it('needs capitals and a place context', () => {
    expect(keys('I was reading your profile. Nice work! Split the cost?')).toEqual([]);
    expect(keys('Based in Reading, UK.')).toEqual(['gb/reading', 'gb']);
    expect(keys('An office in Nice and another in Bath.')).toEqual(['fr/nice', 'gb/bath']);
    expect(keys('The client is in Split, Croatia.')).toEqual(['hr/split', 'hr']);
    expect(keys('Our Reading office is new.')).toEqual(['gb/reading']);
  });

  it('does not take a person for a city', () => {
    expect(keys('Hi, Austin here, I run hiring for a clinic.')).toEqual([]);
    expect(keys("Victoria's team is growing.")).toEqual([]);
    expect(keys('Please talk to Charlotte first.')).toEqual([]);
    expect(keys('Florence will call you.')).toEqual([]);
  });

  it('the same names count in place contexts', () => {
    expect(keys('Roles in Austin, TX.')).toEqual(['us/austin', 'us/tx']);
    expect(keys('We are relocating you to Charlotte.')).toEqual(['us/charlotte']);
    expect(keys('Jackson, MS or Mobile, AL')).toEqual(['us/jackson', 'us/ms', 'us/mobile', 'us/al']);
    expect(keys('Offices in Dallas, Austin and Houston')).toEqual(['us/dallas', 'us/austin', 'us/houston']);
  });

  it('Orange, Mobile and Cork as common words are not places', () => {
    expect(keys('The Orange button in the Mobile app. Cork the bottle.')).toEqual([]);
    expect(keys('A hospital in Cork is hiring.')).toEqual(['ie/cork']);
  });

  it('a regulation named after a city is not the city', () => {
    expect(keys('Experience with Basel III reporting.')).toEqual([]);
    expect(keys('A bank in Basel.')).toEqual(['ch/basel']);
  });
});

describe('compileCandidatePlaces', () => {
  it('reads city, region and country', () => {
    expect(compileCandidatePlaces(['Berlin, Germany'])).toEqual({ cities: ['de/berlin'], regions: ['de/be'], countries: ['de'] });
    expect(compileCandidatePlaces(['Toronto, ON, Canada'])).toEqual({ cities: ['ca/toronto'], regions: ['ca/on'], countries: ['ca'] });
    expect(compileCandidatePlaces(['Chicago, IL, USA'])).toEqual({ cities: ['us/chicago'], regions: ['us/il'], countries: ['us'] });
    expect(compileCandidatePlaces(['London, UK'])).toEqual({ cities: ['gb/london'], regions: ['gb/eng'], countries: ['gb'] });
  });

  it('trusts the candidate: an ambiguous name in their own field is a place', () => {
    expect(compileCandidatePlaces(['Reading']).cities).toEqual(['gb/reading']);
    expect(compileCandidatePlaces(['nice, france']).cities).toEqual(['fr/nice']);
  });

  it('expands groups of countries', () => {
    const eu = compileCandidatePlaces(['Remote EU']);
    expect(eu.cities).toEqual([]);
    expect(eu.countries).toContain('de');
    expect(eu.countries).toContain('pt');
    expect(eu.countries).not.toContain('gb');
    expect(compileCandidatePlaces(['DACH']).countries.toSorted()).toEqual(['at', 'ch', 'de']);
  });

  it('merges several locations and tolerates empty input', () => {
    const both = compileCandidatePlaces(['Lisbon, Portugal', 'Madrid']);
    expect(both.cities).toEqual(['pt/lisbon', 'es/madrid']);
    expect(compileCandidatePlaces(undefined)).toEqual({ cities: [], regions: [], countries: [] });
    expect(compileCandidatePlaces(['', '   '])).toEqual({ cities: [], regions: [], countries: [] });
  });
});

describe('placeRelation', () => {
  const chicago = compileCandidatePlaces(['Chicago, IL, USA']);
  const toronto = compileCandidatePlaces(['Toronto, ON, Canada']);
  const berlin = compileCandidatePlaces(['Berlin, Germany']);
  const london = compileCandidatePlaces(['London, UK']);

  it('same city, including a district of it', () => {
    expect(placeRelation(hit('in Chicago', 'us/chicago'), chicago)).toBe('same-city');
    expect(placeRelation(hit('our Bloomsbury studio', 'gb/london'), london)).toBe('same-city');
  });

  it('same metro for suburbs and satellite cities', () => {
    expect(placeRelation(hit('a clinic in Evanston', 'us/evanston'), chicago)).toBe('same-metro');
    expect(placeRelation(hit('HQ in Brampton', 'ca/brampton'), toronto)).toBe('same-metro');
    expect(placeRelation(hit('an office in Potsdam', 'de/potsdam'), berlin)).toBe('same-metro');
    expect(placeRelation(hit('a studio in Watford', 'gb/watford'), london)).toBe('same-metro');
  });

  it('same region, same country, elsewhere', () => {
    expect(placeRelation(hit('Peoria, IL', 'us/peoria'), chicago)).toBe('same-region');
    expect(placeRelation(hit('Peoria, IL', 'us/il'), chicago)).toBe('same-region');
    expect(placeRelation(hit('in Denver, CO', 'us/denver'), chicago)).toBe('same-country');
    expect(placeRelation(hit('onsite in Calgary', 'ca/calgary'), toronto)).toBe('same-country');
    expect(placeRelation(hit('in Dresden', 'de/dresden'), berlin)).toBe('same-country');
    expect(placeRelation(hit('anywhere in Germany', 'de'), berlin)).toBe('same-country');
    expect(placeRelation(hit('in Singapore', 'sg/singapore'), london)).toBe('elsewhere');
    expect(placeRelation(hit('Remote (Canada)', 'ca'), chicago)).toBe('elsewhere');
  });

  it('a suburb candidate and a city role share the metro', () => {
    const evanston = compileCandidatePlaces(['Evanston, IL']);
    expect(placeRelation(hit('in Chicago', 'us/chicago'), evanston)).toBe('same-metro');
  });
});

function reloc(text: string) {
  return findRelocation(analyse(text));
}

describe('findRelocation', () => {

  it.each([
    ['A relocation package is included.'],
    ['We offer relocation support to Munich.'],
    ['Are you open to a move?'],
    ['Could you picture yourself moving to Denmark?'],
    ['Are you open to relocating?'],
    ['Wir unterstützen beim Umzug nach Hamburg.'],
    ['Seriez-vous prêt à déménager à Nantes ?'],
    ['Ofrecemos ayuda para la mudanza.'],
    ['Você toparia mudar-se para Curitiba?'],
    ['Wij vergoeden de verhuiskosten.'],
  ])('%s → required', (text) => {
    expect(reloc(text)?.required).toBe(true);
  });

  it.each([
    ['Fully remote, no relocation needed.'],
    ['You can stay where you are: no need to relocate.'],
    ['Relocation is not required.'],
    ['100 % remote, ohne Umzug.'],
    ['Poste en télétravail, sans déménagement.'],
    ['Trabajo remoto, sin necesidad de mudarte.'],
    ['Trabalho remoto, sem precisar se mudar.'],
    ['Je kunt werken zonder te verhuizen.'],
  ])('%s → not required', (text) => {
    expect(reloc(text)).toMatchObject({ required: false });
  });

  it('gives the words as written', () => {
    expect(reloc('Relocation is not required.')?.evidence).toBe('Relocation is not required');
    expect(reloc('A relocation budget is part of the offer.')?.evidence).toBe('relocation budget');
  });

  it('ignores moving to a tool and the company moving offices', () => {
    expect(reloc('We are moving to a new test framework.')).toBeNull();
    expect(reloc('We are relocating our office next spring.')).toBeNull();
    expect(reloc('Der Umzug in neue Büros ist geplant.')).toBeNull();
    expect(reloc('Thanks for your message!')).toBeNull();
  });

  it('someone else moving is not a move asked of the candidate', () => {
    expect(reloc('Our CTO is moving to Madrid in spring, so we need a successor.')).toBeNull();
    expect(reloc('Our founder is relocating to Dublin next year.')).toBeNull();
    expect(reloc('Would you be willing to relocate?')?.required).toBe(true);
    expect(reloc('We would love you to move to Madrid.')?.required).toBe(true);
  });

  it('relocation offered to those who need it is not required', () => {
    expect(reloc('Hybrid in Utrecht; relocation help for candidates from abroad.')).toMatchObject({
      required: false,
      evidence: 'relocation help for candidates from abroad',
    });
    expect(reloc('Umzugshilfe bei Bedarf.')?.required).toBe(false);
  });

  it('relocationMentions reports each mention with its negation', () => {
    const m = relocationMentions(analyse('No relocation needed now. Later a relocation package may come.'));
    expect(m.map((x) => x.negated)).toEqual([true, false]);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary strings', () => {
    const home = compileCandidatePlaces(['Chicago, IL, USA']);
    for (const unit of ['binary', 'grapheme'] as const) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 300 }), (s) => {
          const a = analyse(s);
          for (const h of findPlaces(a)) expect(placeRelation(h, home)).toBeTypeOf('string');
          findRelocation(a);
          compileCandidatePlaces([s]);
        }),
        { numRuns: 200 },
      );
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => findPlaces(analyse(s))).not.toThrow();
      }),
    );
  });

  it('place words in any order do not throw and offsets stay in range', () => {
    const vocab = ['Chicago', ',', 'IL', 'London', 'ON', 'UK', 'in', 'Reading', 'Nice', 'to', 'New', 'York', 'relocate', 'no', '(', ')'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { maxLength: 30 }), (words) => {
        const a = analyse(words.join(' '));
        for (const h of findPlaces(a)) {
          expect(h.from).toBeGreaterThanOrEqual(0);
          expect(h.to).toBeLessThanOrEqual(a.tokens.length);
          expect(h.from).toBeLessThan(h.to);
        }
      }),
    );
  });

  it('handles a 1 MB message quickly', () => {
    const unit = 'Offices in Chicago, IL and London, UK; relocation to Reading, Berkshire possible; Nice team. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const start = performance.now();
    const a = analyse(big);
    const hits = findPlaces(a);
    findRelocation(a);
    compileCandidatePlaces([big]);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(hits.length).toBeGreaterThan(100);
  });
});
