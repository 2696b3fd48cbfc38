/**
 * Places a message may name: cities (capitals and the job markets of Europe, the Americas, India,
 * Asia-Pacific, the Gulf and Africa), US states, Canadian provinces and a few other regions, and
 * countries, in English and native spellings; a small table of suburbs and districts to their metro;
 * and relocation talk. Names that are also common words or first names ("Reading", "Nice", "Austin")
 * count only when written capitalised and in a place context. Token scanning, linear in the text.
 */
import { type Analysed, analyse, PhraseIndex, type PhraseHit, spanText } from '../../text';
import { breakAfter, gapAfter, negationAfterEnd, negationScope, type NegationScope, negatorBefore } from './workplace';

export type PlaceKind = 'city' | 'region' | 'country';

export interface PlaceHit {
  /** Canonical id: a city 'de/berlin', a region 'us/il', a country 'de'. */
  key: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2, lower case ('gb' for the UK). */
  country: string;
  /** As written. */
  name: string;
  /** Token indices: the first and one past the last. */
  from: number;
  to: number;
}

// ---------------------------------------------------------------------------------------------
// Data. Name flags: "~Name" only capitalised and in a place context (a common word or first name),
// "^Name" only capitalised, "=NAME" only exactly so written. Entry flag "*": only when a region or
// country right after it says so ("London, ON").
// ---------------------------------------------------------------------------------------------

const COUNTRIES = `
de: Germany|Deutschland|Allemagne|Alemania|Alemanha|Duitsland|Germania
at: Austria|Österreich|Oesterreich|Autriche|Áustria|Oostenrijk
ch: Switzerland|Schweiz|Suisse|Svizzera|Suiza|Suíça|Zwitserland
fr: France|Frankreich|Francia|França|Frankrijk
be: Belgium|Belgien|Belgique|Bélgica|België|Belgie
nl: Netherlands|The Netherlands|Nederland|Niederlande|Pays-Bas|Países Bajos|Países Baixos|^Holland|Holanda
lu: Luxembourg|Luxemburg|Luxemburgo
gb: United Kingdom|UK|U.K|Great Britain|Britain|England|Scotland|^Wales|Northern Ireland|Vereinigtes Königreich|Großbritannien|Royaume-Uni|Grande-Bretagne|Reino Unido|Gran Bretaña|Verenigd Koninkrijk|Engeland|Angleterre|Inglaterra|Schottland|Écosse|Escocia
ie: Ireland|Republic of Ireland|Irland|Irlande|Irlanda|Ierland|Éire
es: Spain|Spanien|Espagne|España|Espanha|Spanje
pt: Portugal
it: Italy|Italien|Italie|Italia|Itália|Italië
se: Sweden|Schweden|Suède|Suecia|Suécia|Zweden|Sverige
no: Norway|Norwegen|Norvège|Noruega|Noorwegen|Norge
dk: Denmark|Dänemark|Danemark|Dinamarca|Denemarken|Danmark
fi: Finland|Finnland|Finlande|Finlandia|Finlândia|Suomi
is: Iceland|~Island|Islande|Islandia|Islândia|IJsland
pl: Poland|Polen|Pologne|Polonia|Polônia|Polska
cz: Czech Republic|Czechia|Tschechien|République tchèque|Chequia|República Checa|Tsjechië
sk: Slovakia|Slowakei|Slovaquie|Eslovaquia|Eslováquia
hu: Hungary|Ungarn|Hongrie|Hungría|Hungria|Hongarije
ro: Romania|Rumänien|Roumanie|Rumanía|Roménia|Roemenië
bg: Bulgaria|Bulgarien|Bulgarie|Bulgária
gr: Greece|Griechenland|Grèce|Grecia|Grécia|Griekenland
hr: Croatia|Kroatien|Croatie|Croacia|Croácia|Kroatië|Hrvatska
si: Slovenia|Slowenien|Slovénie|Eslovenia|Eslovênia
rs: Serbia|Serbien|Serbie|Sérvia|Servië
ba: Bosnia and Herzegovina|Bosnia|Bosnien|Bosnie|Bósnia
me: Montenegro|Monténégro
mk: North Macedonia|Nordmazedonien|Macédoine du Nord|Macedonia del Norte
al: Albania|Albanien|Albanie|Albânia
xk: Kosovo
ee: Estonia|Estland|Estonie|Estônia
lv: Latvia|Lettland|Lettonie|Letonia|Letônia|Letland
lt: Lithuania|Litauen|Lituanie|Lituania|Lituânia|Litouwen
ua: Ukraine|Ucrania|Ucrânia|Oekraïne
by: Belarus|Weißrussland|Biélorussie|Bielorrusia
md: Moldova|Moldau|Moldavie
ru: Russia|Russland|Russie|Rusia|Rússia|Rusland
tr: ^Turkey|Türkiye|Turkiye|Türkei|Turquie|Turquía|Turquia|Turkije
cy: Cyprus|Zypern|Chypre|Chipre
mt: ^Malta|Malte
mc: ^Monaco|Mónaco
li: Liechtenstein
ad: Andorra|Andorre
sm: San Marino
us: United States|United States of America|=USA|=US|U.S|U.S.A|=EEUU|EE.UU|Estados Unidos|États-Unis|Etats-Unis|Vereinigte Staaten|Verenigde Staten|=EUA|Stati Uniti
ca: Canada|Kanada|Canadá
mx: Mexico|México|Mexiko|Mexique
br: Brazil|Brasil|Brasilien|Brésil|Brazilië
ar: Argentina|Argentinien|Argentine|Argentinië
cl: ^Chile|~Chili
co: Colombia|Kolumbien|Colombie|Colômbia
pe: ^Peru|Perú|Pérou
uy: Uruguay
py: Paraguay
bo: Bolivia|Bolivien|Bolivie|Bolívia
ec: Ecuador|Équateur|Equador
ve: Venezuela
cr: Costa Rica
pa: ^Panama|Panamá
gt: Guatemala
sv: El Salvador
hn: Honduras
ni: Nicaragua
do: Dominican Republic|República Dominicana|Dominikanische Republik|République dominicaine
cu: ^Cuba|Kuba
jm: ^Jamaica|Jamaika|Jamaïque
pr: Puerto Rico
tt: Trinidad and Tobago
in: ^India|Indien|Inde|Índia
pk: Pakistan|Paquistão
bd: Bangladesh
lk: Sri Lanka
np: Nepal
sg: Singapore|Singapur|Cingapura
my: Malaysia|Malaisie|Malasia|Malásia|Maleisië
id: Indonesia|Indonesien|Indonésie|Indonésia
ph: Philippines|Philippinen|Filipinas|Filipijnen
vn: Vietnam|Viet Nam|Viêt Nam
th: Thailand|Thaïlande|Tailandia|Tailândia
kh: Cambodia|Kambodscha|Cambodge|Camboya|Camboja
jp: Japan|Japon|Japón|Japão
kr: South Korea|Korea|Südkorea|Corée du Sud|Corea del Sur|Coreia do Sul|Zuid-Korea
cn: ^China|Chine|Volksrepublik China
tw: Taiwan|Taïwan
hk: Hong Kong|Hongkong
mn: Mongolia|Mongolei|Mongolie
kz: Kazakhstan|Kasachstan
uz: Uzbekistan|Usbekistan
au: Australia|Australien|Australie|Austrália|Australië
nz: New Zealand|Neuseeland|Nouvelle-Zélande|Nueva Zelanda|Nova Zelândia|Nieuw-Zeeland
ae: United Arab Emirates|UAE|U.A.E|Vereinigte Arabische Emirate|Émirats arabes unis|Emiratos Árabes Unidos|Emirados Árabes Unidos|=VAE|=EAU
sa: Saudi Arabia|Saudi-Arabien|Arabie saoudite|Arabia Saudita|Arábia Saudita|=KSA
qa: Qatar|Katar
kw: Kuwait|Koweït
bh: Bahrain|Bahreïn|Baréin|Bahrein
om: ^Oman|Omã
jo: ~Jordan|Jordanien|Jordanie|Jordania|Jordânia
lb: ^Lebanon|Libanon|Liban|Líbano
il: ~Israel|Israël
eg: Egypt|Ägypten|Égypte|Egipto|Egito|Egypte
ma: Morocco|Marokko|Maroc|Marruecos|Marrocos
tn: Tunisia|Tunesien|Tunisie|Túnez|Tunísia
dz: Algeria|Algerien|Algérie|Argelia|Argélia
ng: Nigeria|Nigéria
gh: Ghana
ke: ^Kenya|Kenia|Quênia
et: Ethiopia|Äthiopien|Éthiopie|Etiopía|Etiópia
rw: Rwanda|Ruanda
tz: Tanzania|Tansania|Tanzanie
ug: Uganda|Ouganda
za: South Africa|Südafrika|Afrique du Sud|Sudáfrica|África do Sul|Zuid-Afrika
sn: Senegal|Sénégal
ci: Ivory Coast|Côte d'Ivoire|Elfenbeinküste|Costa de Marfil
cm: Cameroon|Kamerun|Cameroun|Camerún
zw: Zimbabwe|Simbabwe
zm: Zambia|Sambia|Zambie
mz: Mozambique|Mosambik|Moçambique
ao: Angola
na: Namibia|Namibie
bw: Botswana
mu: Mauritius|~Maurice
ir: ^Iran
iq: Iraq|Irak|Iraque
af: Afghanistan
ge: ~Georgia|Georgien|Géorgie
am: Armenia|Armenien|Arménie
az: Azerbaijan|Aserbaidschan|Azerbaïdjan
`;

// Regions: US states and DC, Canadian provinces, Australian states, and the subdivisions of a few
// countries. Two- and three-letter codes count only right after a city ("Chicago, IL").
const REGIONS = `
us: al Alabama; ak Alaska; az Arizona; ar Arkansas; ca California; co ^Colorado; ct Connecticut; de Delaware;
  dc District of Columbia; fl Florida; ga ~Georgia; hi Hawaii; id Idaho; il Illinois; in ~Indiana; ia Iowa;
  ks Kansas; ky Kentucky; la Louisiana; me ^Maine; md Maryland; ma Massachusetts; mi Michigan; mn Minnesota;
  ms Mississippi; mo Missouri; mt ^Montana; ne Nebraska; nv ^Nevada; nh New Hampshire; nj New Jersey;
  nm New Mexico; ny New York State; nc North Carolina; nd North Dakota; oh Ohio; ok Oklahoma; or Oregon;
  pa Pennsylvania; ri Rhode Island; sc South Carolina; sd South Dakota; tn Tennessee; tx Texas; ut Utah;
  vt Vermont; va ~Virginia; wa ~Washington|Washington State; wv West Virginia; wi Wisconsin; wy Wyoming
ca: on Ontario; qc Quebec|Québec; bc British Columbia|Colombie-Britannique; ab ^Alberta; mb Manitoba;
  sk Saskatchewan; ns Nova Scotia|Nouvelle-Écosse; nb New Brunswick|Nouveau-Brunswick;
  nl Newfoundland and Labrador|Newfoundland|Terre-Neuve; pe Prince Edward Island|PEI|Île-du-Prince-Édouard;
  yt Yukon; nt Northwest Territories; nu Nunavut
au: nsw New South Wales; vic ~Victoria; qld Queensland; wa Western Australia; sa South Australia;
  tas Tasmania; act Australian Capital Territory; nt Northern Territory
de: bw Baden-Württemberg; by Bayern|Bavaria|Bavière|Baviera; be -; bb Brandenburg; hb -; hh -;
  he Hessen|Hesse; mv Mecklenburg-Vorpommern; ni Niedersachsen|Lower Saxony; nw Nordrhein-Westfalen|North Rhine-Westphalia|NRW;
  rp Rheinland-Pfalz|Rhineland-Palatinate; sl Saarland; sn Sachsen|Saxony; st Sachsen-Anhalt|Saxony-Anhalt;
  sh Schleswig-Holstein; th Thüringen|Thuringia
gb: eng -; sct -; wls -; nir -
es: md Comunidad de Madrid; ct Cataluña|Catalunya|Catalonia|Katalonien|Catalogne; an Andalucía|Andalusia|Andalusien|Andalousie;
  pv País Vasco|Basque Country|Euskadi; vc Comunidad Valenciana|Valencian Community; ga ^Galicia
fr: idf Île-de-France|Ile de France
in: mh Maharashtra; ka Karnataka; tn Tamil Nadu; tg Telangana; dl -; wb West Bengal; gj Gujarat; hr Haryana;
  up Uttar Pradesh; kl Kerala; rj Rajasthan; ap Andhra Pradesh
br: sp -; rj -; mg Minas Gerais; rs Rio Grande do Sul; pr Paraná; sc Santa Catarina; df Distrito Federal; ba Bahia;
  pe Pernambuco; ce Ceará; go Goiás; am Amazonas; pa =Pará
`;
/** Countries whose region codes may follow a city name. */
const CODE_COUNTRIES = new Set(['us', 'ca', 'au', 'br']);

const CITIES = `
de: berlin@be Berlin; hamburg@hh Hamburg; munich@by München|Munich|Muenchen|Munchen|Múnich|Munique;
  cologne@nw Köln|Koeln|Cologne|Colonia; frankfurt@he Frankfurt|Frankfurt am Main|Frankfurt/Main|Francfort|Fráncfort;
  stuttgart@bw Stuttgart; dusseldorf@nw Düsseldorf|Duesseldorf|Dusseldorf; leipzig@sn Leipzig; dortmund@nw Dortmund;
  essen@nw ~Essen; bremen@hb Bremen; dresden@sn Dresden|Dresde; hannover@ni Hannover|Hanover; nuremberg@by Nürnberg|Nuernberg|Nuremberg;
  duisburg@nw Duisburg; bochum@nw Bochum; wuppertal@nw Wuppertal; bielefeld@nw Bielefeld; bonn@nw Bonn;
  munster@nw Münster|Muenster; karlsruhe@bw Karlsruhe; mannheim@bw Mannheim; augsburg@by Augsburg; wiesbaden@he Wiesbaden;
  monchengladbach@nw Mönchengladbach; gelsenkirchen@nw Gelsenkirchen; aachen@nw Aachen|Aix-la-Chapelle;
  braunschweig@ni Braunschweig; kiel@sh ^Kiel; chemnitz@sn Chemnitz; halle@st ~Halle; magdeburg@st Magdeburg;
  freiburg@bw Freiburg|Freiburg im Breisgau; krefeld@nw Krefeld; mainz@rp Mainz|Mayence; lubeck@sh Lübeck|Luebeck;
  erfurt@th Erfurt; rostock@mv Rostock; kassel@he Kassel; potsdam@bb Potsdam; heidelberg@bw Heidelberg;
  darmstadt@he Darmstadt; regensburg@by Regensburg; ingolstadt@by Ingolstadt; wolfsburg@ni Wolfsburg; ulm@bw ^Ulm;
  jena@th ^Jena; gottingen@ni Göttingen|Goettingen; saarbrucken@sl Saarbrücken|Saarbruecken; offenbach@he Offenbach|Offenbach am Main;
  erlangen@by Erlangen; leverkusen@nw Leverkusen; neuss@nw Neuss; ratingen@nw Ratingen; eschborn@he Eschborn;
  bad-homburg@he Bad Homburg; garching@by Garching; boblingen@bw Böblingen; sindelfingen@bw Sindelfingen;
  esslingen@bw Esslingen; ludwigsburg@bw Ludwigsburg; norderstedt@sh Norderstedt; walldorf@bw Walldorf;
  oldenburg@ni Oldenburg; osnabruck@ni Osnabrück; paderborn@nw Paderborn; wurzburg@by Würzburg|Wuerzburg;
  heilbronn@bw Heilbronn; trier@rp Trier; koblenz@rp Koblenz; schwerin@mv Schwerin; herzogenaurach@by Herzogenaurach
at: vienna Wien|Vienna|Vienne|Viena; graz Graz; linz ^Linz; salzburg Salzburg|Salzbourg; innsbruck Innsbruck; klagenfurt Klagenfurt
ch: zurich Zürich|Zurich|Zuerich|Zurique; geneva Genève|Geneve|Geneva|Genf|Ginevra|Ginebra|Genebra; basel ~Basel|Bâle|Basilea;
  bern Bern|Berne|Berna; lausanne Lausanne; lucerne Luzern|Lucerne|Lucerna; zug ~Zug; lugano Lugano; winterthur Winterthur;
  st-gallen St. Gallen|St Gallen|Sankt Gallen|Saint-Gall
fr: paris Paris; marseille Marseille|Marseilles|Marsella|Marselha; lyon Lyon|Lyons; toulouse Toulouse; nice ~Nice;
  nantes Nantes; strasbourg Strasbourg|Straßburg|Strassburg|Estrasburgo; montpellier Montpellier; bordeaux Bordeaux|Burdeos;
  lille Lille; rennes ^Rennes; reims Reims; toulon Toulon; grenoble Grenoble; dijon ^Dijon; angers ~Angers;
  nimes Nîmes|Nimes; clermont-ferrand Clermont-Ferrand; le-havre Le Havre; saint-etienne Saint-Étienne|Saint-Etienne;
  tours ~Tours; aix-en-provence Aix-en-Provence; brest ^Brest; metz Metz; nancy ~Nancy; caen Caen; rouen Rouen;
  orleans Orléans|Orleans; sophia-antipolis Sophia Antipolis; boulogne-billancourt Boulogne-Billancourt;
  issy-les-moulineaux Issy-les-Moulineaux; saint-denis Saint-Denis; versailles ^Versailles; neuilly Neuilly-sur-Seine|Neuilly;
  nanterre Nanterre; courbevoie Courbevoie
be: brussels Bruxelles|Brussels|Brussel|Brüssel|Bruselas|Bruxelas; antwerp Antwerpen|Antwerp|Anvers|Amberes|Antuérpia;
  ghent Gent|Ghent|Gand|Gante; liege Liège|Liege|Luik|Lüttich; leuven Leuven|Louvain; charleroi Charleroi;
  bruges Brugge|Bruges|Brujas; namur Namur; mechelen Mechelen|Malines
nl: amsterdam Amsterdam|Ámsterdam|Amesterdão; rotterdam Rotterdam|Róterdam; the-hague Den Haag|The Hague|La Haye|La Haya|Haia|'s-Gravenhage;
  utrecht Utrecht; eindhoven Eindhoven; groningen Groningen; tilburg Tilburg; almere Almere; breda Breda;
  nijmegen Nijmegen; haarlem Haarlem; arnhem Arnhem; delft Delft; leiden ^Leiden; amstelveen Amstelveen;
  hoofddorp Hoofddorp; schiphol Schiphol; zwolle Zwolle; maastricht Maastricht; enschede Enschede;
  apeldoorn Apeldoorn; amersfoort Amersfoort; zaandam Zaandam; hilversum Hilversum
lu: luxembourg-city Luxembourg City|Ville de Luxembourg|Luxemburg-Stadt
gb: london@eng London|Londres|Londen|Londra|Greater London; manchester@eng Manchester; birmingham@eng Birmingham;
  leeds@eng Leeds; glasgow@sct Glasgow; edinburgh@sct Edinburgh|Édimbourg|Edimburgo; liverpool@eng Liverpool;
  bristol@eng Bristol; sheffield@eng Sheffield; newcastle@eng Newcastle|Newcastle upon Tyne; nottingham@eng Nottingham;
  leicester@eng Leicester; southampton@eng Southampton; portsmouth@eng Portsmouth; brighton@eng Brighton|Brighton and Hove;
  cardiff@wls Cardiff; belfast@nir Belfast; aberdeen@sct Aberdeen; dundee@sct Dundee; cambridge@eng Cambridge;
  oxford@eng ^Oxford; reading@eng ~Reading; milton-keynes@eng Milton Keynes; coventry@eng Coventry; bath@eng ~Bath;
  york@eng ^York; exeter@eng Exeter; plymouth@eng Plymouth; norwich@eng Norwich; swansea@wls Swansea;
  stoke@eng Stoke-on-Trent; derby@eng ~Derby; hull@eng ~Hull; sunderland@eng Sunderland; wolverhampton@eng Wolverhampton;
  bournemouth@eng Bournemouth; swindon@eng Swindon; slough@eng ^Slough; watford@eng Watford; guildford@eng Guildford;
  croydon@eng Croydon; salford@eng Salford; stockport@eng Stockport; chester@eng ~Chester; preston@eng ~Preston;
  lancaster@eng ~Lancaster; durham@eng ~Durham; inverness@sct Inverness; stirling@sct ^Stirling; basingstoke@eng Basingstoke;
  crawley@eng ^Crawley; luton@eng Luton; warrington@eng Warrington; northampton@eng Northampton; peterborough@eng Peterborough;
  ipswich@eng Ipswich; middlesbrough@eng Middlesbrough; bradford@eng ~Bradford; huddersfield@eng Huddersfield;
  kingston-upon-thames@eng Kingston upon Thames; worcester@eng ^Worcester; perth-gb@sct *Perth
ie: dublin Dublin|Baile Átha Cliath|Dublín; cork ~Cork; galway Galway; limerick ^Limerick; waterford ^Waterford
es: madrid@md Madrid; barcelona@ct Barcelona|Barcelone; valencia@vc Valencia|València|Valence; seville@an Sevilla|Seville|Séville|Sevilha;
  zaragoza Zaragoza|Saragossa; malaga@an Málaga|Malaga; murcia Murcia; palma Palma de Mallorca|^Palma; las-palmas Las Palmas|Las Palmas de Gran Canaria;
  bilbao@pv Bilbao; alicante@vc Alicante|Alacant; cordoba@an Córdoba|Cordoba|Cordoue; valladolid Valladolid; vigo@ga Vigo;
  gijon Gijón|Gijon; a-coruna@ga A Coruña|La Coruña|A Coruna|La Coruna; granada@an ^Granada; san-sebastian@pv San Sebastián|San Sebastian|Donostia;
  pamplona Pamplona; santander ~Santander; oviedo Oviedo; salamanca Salamanca; cadiz@an Cádiz|Cadiz; tarragona@ct Tarragona;
  girona@ct Girona|Gerona; alcobendas@md Alcobendas; getafe@md Getafe; santiago-de-compostela@ga Santiago de Compostela
pt: lisbon Lisboa|Lisbon|Lissabon|Lisbonne; porto ^Porto|Oporto; braga Braga; coimbra Coimbra; faro ^Faro; aveiro Aveiro;
  funchal Funchal; setubal Setúbal|Setubal; oeiras Oeiras; sintra Sintra; cascais Cascais
it: rome Roma|Rome|=Rom; milan Milano|~Milan|Mailand|Milán|Milão; naples Napoli|Naples|Neapel|Nápoles; turin Torino|Turin|Turim;
  palermo Palermo; genoa Genova|Genoa|Genua|Gênes|Génova; bologna Bologna|Bologne|Bolonia; florence Firenze|~Florence|Florenz|Florencia|Florença;
  bari ^Bari; catania Catania; venice Venezia|Venice|Venedig|Venise|Venecia|Veneza; verona Verona|Vérone; padua Padova|Padua|Padoue;
  trieste Trieste|Triest; brescia Brescia; parma ^Parma; modena Modena; pisa ^Pisa; bergamo Bergamo; trento Trento|Trient;
  cagliari Cagliari; perugia Perugia
se: stockholm Stockholm|Estocolmo; gothenburg Göteborg|Goteborg|Gothenburg; malmo Malmö|Malmo; uppsala Uppsala; linkoping Linköping; lund ^Lund
no: oslo Oslo; bergen ^Bergen; trondheim Trondheim; stavanger Stavanger
dk: copenhagen København|Kobenhavn|Copenhagen|Kopenhagen|Copenhague|Copenhaga; aarhus Aarhus|Århus; odense Odense; aalborg Aalborg
fi: helsinki Helsinki|Helsingfors; espoo Espoo; tampere Tampere; turku Turku; oulu Oulu
is: reykjavik Reykjavík|Reykjavik
pl: warsaw Warszawa|Warsaw|Warschau|Varsovie|Varsovia|Varsóvia; krakow Kraków|Krakow|Cracow|Krakau|Cracovie|Cracovia;
  wroclaw Wrocław|Wroclaw|Breslau; gdansk Gdańsk|Gdansk|Danzig; poznan Poznań|Poznan; lodz Łódź|Lodz; katowice Katowice;
  szczecin Szczecin|Stettin; lublin Lublin; gdynia Gdynia
cz: prague Praha|Prague|Prag|Praga; brno Brno; ostrava Ostrava
sk: bratislava Bratislava|Pressburg; kosice Košice|Kosice
hu: budapest Budapest; debrecen Debrecen
ro: bucharest București|Bucuresti|Bucharest|Bukarest|Bucarest; cluj Cluj-Napoca|Cluj; iasi Iași|Iasi; timisoara Timișoara|Timisoara
bg: sofia ~Sofia|Sofiya; plovdiv Plovdiv; varna ^Varna
gr: athens Athens|Athen|Athènes|Atenas|Atene|Athina; thessaloniki Thessaloniki|Salonique|Tesalónica
hr: zagreb Zagreb; split ~Split; rijeka Rijeka
si: ljubljana Ljubljana
rs: belgrade Beograd|Belgrade|Belgrad|Belgrado; novi-sad Novi Sad
ba: sarajevo Sarajevo
me: podgorica Podgorica
mk: skopje Skopje
al: tirana Tirana
xk: pristina Pristina|Prishtina
ee: tallinn Tallinn; tartu Tartu
lv: riga ^Riga
lt: vilnius Vilnius|Wilna; kaunas Kaunas
ua: kyiv Kyiv|Kiev|Kiew|Kyjiw; lviv Lviv|Lwów|Lemberg|Lvov; kharkiv Kharkiv|Kharkov; odesa Odesa|Odessa
by: minsk Minsk
md: chisinau Chișinău|Chisinau
ru: moscow Moscow|Moskau|Moscou|Moscú|Moscovo; saint-petersburg Saint Petersburg|Sankt Petersburg|Saint-Pétersbourg|San Petersburgo
tr: istanbul Istanbul|İstanbul|Estambul; ankara Ankara; izmir Izmir|İzmir
cy: nicosia Nicosia|Nikosia; limassol Limassol
mt: valletta Valletta|La Valette
mc: monaco-city Monte Carlo|Monte-Carlo
li: vaduz Vaduz
ad: andorra-la-vella Andorra la Vella
us: new-york@ny New York|New York City|NYC|N.Y.C|Manhattan|Brooklyn|~Queens|Bronx|The Bronx|Staten Island|Midtown|Lower Manhattan|Nueva York|New York City Area;
  los-angeles@ca Los Angeles|L.A|Los Ángeles; san-francisco@ca San Francisco|Bay Area|SF Bay Area|San Francisco Bay Area|Silicon Valley;
  chicago@il Chicago|Chicagoland; houston@tx Houston; dallas@tx Dallas|Dallas-Fort Worth|DFW; austin@tx ~Austin;
  san-antonio@tx San Antonio; fort-worth@tx Fort Worth; el-paso@tx El Paso; plano@tx ~Plano; irving@tx ~Irving;
  arlington-tx@tx *Arlington; frisco@tx ^Frisco; richardson@tx ~Richardson; the-woodlands@tx The Woodlands; sugar-land@tx Sugar Land;
  round-rock@tx Round Rock; lubbock@tx Lubbock; corpus-christi@tx Corpus Christi; waco@tx ^Waco;
  phoenix@az ^Phoenix; tucson@az Tucson; scottsdale@az Scottsdale; tempe@az Tempe; mesa@az ~Mesa; chandler@az ~Chandler;
  gilbert@az ~Gilbert; glendale-az@az *Glendale; philadelphia@pa Philadelphia|Philly; pittsburgh@pa Pittsburgh;
  reading-pa@pa *Reading; allentown@pa Allentown; harrisburg@pa Harrisburg; king-of-prussia@pa King of Prussia;
  san-diego@ca San Diego; san-jose@ca San Jose|San José; sacramento@ca Sacramento; fresno@ca Fresno; oakland@ca Oakland;
  berkeley@ca ^Berkeley; palo-alto@ca Palo Alto; mountain-view@ca Mountain View; sunnyvale@ca Sunnyvale; santa-clara@ca Santa Clara;
  cupertino@ca Cupertino; menlo-park@ca Menlo Park; redwood-city@ca Redwood City; san-mateo@ca San Mateo; irvine@ca ~Irvine;
  santa-monica@ca Santa Monica; pasadena@ca Pasadena; burbank@ca Burbank; long-beach@ca Long Beach; anaheim@ca Anaheim;
  santa-ana@ca Santa Ana; culver-city@ca Culver City; el-segundo@ca El Segundo; torrance@ca Torrance; riverside@ca ^Riverside;
  bakersfield@ca Bakersfield; santa-barbara@ca Santa Barbara; orange@ca *Orange;
  denver@co Denver; boulder@co ^Boulder; colorado-springs@co Colorado Springs; aurora-co@co *Aurora; fort-collins@co Fort Collins;
  hartford@ct Hartford; stamford@ct Stamford; new-haven@ct New Haven; wilmington@de ^Wilmington;
  washington-dc@dc Washington DC|Washington D.C|Washington, D.C|D.C|DC Metro;
  miami@fl Miami; orlando@fl ~Orlando; tampa@fl Tampa; jacksonville@fl Jacksonville; fort-lauderdale@fl Fort Lauderdale;
  st-petersburg-fl@fl *St. Petersburg|*Saint Petersburg|*St Petersburg; tallahassee@fl Tallahassee; boca-raton@fl Boca Raton;
  west-palm-beach@fl West Palm Beach; atlanta@ga Atlanta; savannah@ga ~Savannah; alpharetta@ga Alpharetta; augusta@ga ~Augusta;
  honolulu@hi Honolulu; boise@id Boise; evanston@il Evanston; naperville@il Naperville; schaumburg@il Schaumburg;
  oak-park@il Oak Park; skokie@il Skokie; joliet@il Joliet; aurora-il@il *Aurora; elgin@il ~Elgin; springfield-il@il *Springfield;
  peoria@il Peoria; rockford@il Rockford; champaign@il Champaign; oak-brook@il Oak Brook; des-plaines@il Des Plaines;
  arlington-heights@il Arlington Heights; indianapolis@in Indianapolis|^Indy; fort-wayne@in Fort Wayne; carmel-in@in *Carmel;
  des-moines@ia Des Moines; cedar-rapids@ia Cedar Rapids; wichita@ks Wichita; overland-park@ks Overland Park; topeka@ks Topeka;
  louisville@ky Louisville; lexington-ky@ky ~Lexington; new-orleans@la New Orleans|NOLA; baton-rouge@la Baton Rouge;
  portland-me@me *Portland; baltimore@md Baltimore; bethesda@md Bethesda; rockville@md Rockville; silver-spring@md Silver Spring;
  columbia-md@md *Columbia; annapolis@md Annapolis; boston@ma Boston; cambridge-ma@ma *Cambridge; somerville@ma ^Somerville;
  worcester-ma@ma *Worcester; waltham@ma Waltham; lexington-ma@ma *Lexington; burlington-ma@ma *Burlington; woburn@ma Woburn;
  quincy@ma ~Quincy; detroit@mi Detroit; ann-arbor@mi Ann Arbor; grand-rapids@mi Grand Rapids; lansing@mi ^Lansing;
  dearborn@mi Dearborn; minneapolis@mn Minneapolis; saint-paul@mn Saint Paul|St. Paul|St Paul; rochester-mn@mn *Rochester;
  bloomington-mn@mn *Bloomington; jackson@ms ~Jackson; kansas-city@mo Kansas City; st-louis@mo St. Louis|Saint Louis|St Louis;
  bozeman@mt Bozeman; omaha@ne Omaha; lincoln@ne ~Lincoln; las-vegas@nv Las Vegas|Vegas; reno@nv ^Reno;
  manchester-nh@nh *Manchester; newark@nj Newark; jersey-city@nj Jersey City; hoboken@nj Hoboken; princeton@nj ^Princeton;
  new-brunswick-nj@nj *New Brunswick; albuquerque@nm Albuquerque; santa-fe@nm Santa Fe;
  buffalo@ny ~Buffalo; rochester@ny Rochester; albany@ny Albany; syracuse@ny ^Syracuse; white-plains@ny White Plains; yonkers@ny Yonkers;
  charlotte@nc ~Charlotte; raleigh@nc ~Raleigh; durham-nc@nc *Durham; chapel-hill@nc Chapel Hill; cary@nc ~Cary;
  greensboro@nc Greensboro; winston-salem@nc Winston-Salem; fargo@nd ~Fargo; columbus@oh ~Columbus; cleveland@oh ^Cleveland;
  cincinnati@oh Cincinnati; dayton@oh ^Dayton; toledo@oh *Toledo; akron@oh Akron; dublin-oh@oh *Dublin;
  oklahoma-city@ok Oklahoma City; tulsa@ok Tulsa; portland@or Portland; eugene@or ~Eugene; salem-or@or *Salem;
  beaverton@or Beaverton; hillsboro@or Hillsboro; providence@ri ~Providence; charleston@sc ~Charleston; columbia-sc@sc *Columbia;
  greenville@sc ^Greenville; sioux-falls@sd Sioux Falls; nashville@tn Nashville; memphis@tn ^Memphis; knoxville@tn Knoxville;
  chattanooga@tn Chattanooga; salt-lake-city@ut Salt Lake City; provo@ut ^Provo; lehi@ut ^Lehi; burlington-vt@vt *Burlington;
  richmond-va@va ~Richmond; arlington-va@va ~Arlington; alexandria-va@va *Alexandria; reston@va Reston; mclean@va McLean;
  tysons@va Tysons|Tysons Corner; norfolk-va@va *Norfolk; virginia-beach@va Virginia Beach; herndon@va Herndon;
  seattle@wa Seattle; bellevue@wa ^Bellevue; redmond@wa ^Redmond; kirkland@wa ~Kirkland; tacoma@wa Tacoma; spokane@wa Spokane;
  everett@wa ~Everett; vancouver-wa@wa *Vancouver; charleston-wv@wv *Charleston; milwaukee@wi Milwaukee; madison@wi ~Madison;
  green-bay@wi Green Bay; cheyenne@wy ~Cheyenne; anchorage@ak Anchorage; juneau@ak Juneau; birmingham-al@al *Birmingham;
  montgomery@al ~Montgomery; huntsville@al Huntsville; mobile@al ~Mobile; little-rock@ar Little Rock; bentonville@ar Bentonville;
  gary@in *Gary; san-juan@pr San Juan
ca: toronto@on Toronto|Greater Toronto Area|=GTA; montreal@qc Montréal|Montreal; vancouver@bc Vancouver; calgary@ab Calgary;
  edmonton@ab Edmonton; ottawa@on Ottawa; winnipeg@mb Winnipeg; quebec-city@qc Quebec City|Québec City|Ville de Québec;
  hamilton@on ~Hamilton; kitchener@on Kitchener|Kitchener-Waterloo; waterloo@on ~Waterloo; london-on@on *London;
  victoria@bc ~Victoria; halifax@ns ~Halifax; saskatoon@sk Saskatoon; regina@sk ~Regina; st-johns@nl St. John's|St John's;
  mississauga@on Mississauga; brampton@on Brampton; markham@on ~Markham; vaughan@on ~Vaughan; richmond-hill@on Richmond Hill;
  oakville@on Oakville; burlington-on@on *Burlington; surrey-bc@bc *Surrey; burnaby@bc Burnaby; richmond-bc@bc *Richmond;
  north-vancouver@bc North Vancouver; coquitlam@bc Coquitlam; laval@qc ^Laval; longueuil@qc Longueuil; gatineau@qc Gatineau;
  sherbrooke@qc Sherbrooke; kingston@on ~Kingston; guelph@on Guelph; barrie@on ~Barrie; oshawa@on Oshawa; windsor-on@on *Windsor;
  fredericton@nb Fredericton; moncton@nb Moncton; charlottetown@pe Charlottetown; whitehorse@yt Whitehorse;
  yellowknife@nt Yellowknife; iqaluit@nu Iqaluit; kelowna@bc Kelowna; north-york@on North York; scarborough@on *Scarborough;
  etobicoke@on Etobicoke
mx: mexico-city Ciudad de México|Ciudad de Mexico|Mexico City|CDMX|Mexiko-Stadt; guadalajara Guadalajara; monterrey Monterrey;
  puebla Puebla; tijuana Tijuana; leon-mx *León|*Leon; queretaro Querétaro|Queretaro|Santiago de Querétaro; merida-mx *Mérida|*Merida;
  cancun Cancún|Cancun; aguascalientes Aguascalientes; toluca Toluca; san-luis-potosi San Luis Potosí
br: sao-paulo@sp São Paulo|Sao Paulo|Sampa; rio-de-janeiro@rj Rio de Janeiro; belo-horizonte@mg Belo Horizonte; brasilia@df Brasília|Brasilia;
  curitiba@pr Curitiba; porto-alegre@rs Porto Alegre; recife@pe Recife; salvador@ba ~Salvador; fortaleza@ce Fortaleza;
  florianopolis@sc Florianópolis|Florianopolis|Floripa; campinas@sp Campinas; goiania@go Goiânia|Goiania; manaus@am Manaus;
  belem@pa Belém|Belem; guarulhos@sp Guarulhos; osasco@sp Osasco; barueri@sp Barueri; sao-jose-dos-campos@sp São José dos Campos;
  ribeirao-preto@sp Ribeirão Preto; uberlandia@mg Uberlândia
ar: buenos-aires Buenos Aires; cordoba-ar *Córdoba|*Cordoba; rosario ~Rosario; mendoza ~Mendoza
cl: santiago ~Santiago|Santiago de Chile; valparaiso Valparaíso|Valparaiso
co: bogota Bogotá|Bogota; medellin Medellín|Medellin; cali ~Cali; barranquilla Barranquilla; cartagena ^Cartagena
pe: lima ^Lima
uy: montevideo Montevideo
py: asuncion Asunción|Asuncion
bo: la-paz La Paz; sucre ^Sucre
ec: quito Quito; guayaquil Guayaquil
ve: caracas Caracas
cr: san-jose-cr *San José|*San Jose
pa: panama-city Panama City|Ciudad de Panamá
gt: guatemala-city Guatemala City|Ciudad de Guatemala
sv: san-salvador San Salvador
hn: tegucigalpa Tegucigalpa
ni: managua Managua
do: santo-domingo Santo Domingo
cu: havana ^Havana|La Habana|Havanna
jm: kingston-jm *Kingston
tt: port-of-spain Port of Spain
in: mumbai@mh Mumbai|Bombay; delhi@dl Delhi|New Delhi|Delhi NCR; bangalore@ka Bangalore|Bengaluru; hyderabad@tg Hyderabad;
  chennai@tn Chennai|Madras; kolkata@wb Kolkata|Calcutta; pune@mh Pune|Poona; ahmedabad@gj Ahmedabad; gurgaon@hr Gurgaon|Gurugram;
  noida@up Noida; jaipur@rj Jaipur; kochi@kl Kochi|Cochin; thiruvananthapuram@kl Thiruvananthapuram|Trivandrum;
  coimbatore@tn Coimbatore; chandigarh Chandigarh; indore Indore; lucknow@up Lucknow; nagpur@mh Nagpur;
  visakhapatnam@ap Visakhapatnam|Vizag; navi-mumbai@mh Navi Mumbai; thane@mh Thane; mysore@ka Mysore|Mysuru
pk: karachi Karachi; lahore Lahore; islamabad Islamabad
bd: dhaka Dhaka
lk: colombo ~Colombo
np: kathmandu Kathmandu
sg: singapore Singapore|Singapur|Cingapura
hk: hong-kong Hong Kong|Hongkong
jp: tokyo Tokyo|Tokio|Tóquio; osaka Osaka; kyoto Kyoto; yokohama Yokohama; fukuoka Fukuoka; nagoya Nagoya
cn: beijing Beijing|Peking|Pékin|Pequim; shanghai Shanghai|Xangai; shenzhen Shenzhen; guangzhou Guangzhou; hangzhou Hangzhou;
  chengdu Chengdu
tw: taipei Taipei
kr: seoul Seoul|Séoul|Seúl; busan Busan
ph: manila ^Manila; cebu Cebu; makati Makati
my: kuala-lumpur Kuala Lumpur; penang Penang
id: jakarta Jakarta; surabaya Surabaya
th: bangkok Bangkok|Bangkoc
vn: hanoi Hanoi|Hà Nội; ho-chi-minh-city Ho Chi Minh City|Saigon|HCMC
kh: phnom-penh Phnom Penh
mn: ulaanbaatar Ulaanbaatar|Ulan Bator
kz: almaty Almaty; astana Astana
uz: tashkent Tashkent|Taschkent
af: kabul Kabul
ir: tehran Tehran|Teheran|Téhéran
iq: baghdad Baghdad|Bagdad
jo: amman Amman
lb: beirut Beirut|Beyrouth
il: tel-aviv Tel Aviv|Tel Aviv-Yafo|Tel-Aviv; jerusalem Jerusalem|Jérusalem; haifa Haifa
ae: dubai Dubai|Dubaï; abu-dhabi Abu Dhabi; sharjah Sharjah
sa: riyadh Riyadh|Riad; jeddah Jeddah|Dschidda; dammam Dammam
qa: doha Doha
kw: kuwait-city Kuwait City
bh: manama Manama
om: muscat ^Muscat|Maskat|Mascate
eg: cairo Cairo|Kairo|Le Caire|El Cairo; alexandria Alexandria|Alexandrie|Alejandría
ma: casablanca Casablanca; rabat Rabat; marrakech Marrakech|Marrakesh; tangier Tangier|Tanger
tn: tunis Tunis
dz: algiers Algiers|^Alger|Argel
ng: lagos ^Lagos; abuja Abuja
gh: accra Accra
ke: nairobi Nairobi; mombasa Mombasa
et: addis-ababa Addis Ababa|Addis Abeba
rw: kigali Kigali
tz: dar-es-salaam Dar es Salaam; dodoma Dodoma
ug: kampala Kampala
za: johannesburg Johannesburg|Joburg|Jozi; cape-town Cape Town|Kapstadt|Le Cap|Ciudad del Cabo|Cidade do Cabo|Kaapstad;
  durban Durban; pretoria Pretoria
sn: dakar Dakar
ci: abidjan Abidjan
cm: douala Douala; yaounde Yaoundé|Yaounde
zw: harare Harare
zm: lusaka Lusaka
mz: maputo Maputo
ao: luanda Luanda
na: windhoek Windhoek
bw: gaborone Gaborone
mu: port-louis Port Louis
ge: tbilisi Tbilisi|Tiflis
am: yerevan Yerevan|Jerewan|Erevan
az: baku Baku|Bakou
au: sydney@nsw ^Sydney; melbourne@vic Melbourne; brisbane@qld Brisbane; perth@wa ^Perth; adelaide@sa ^Adelaide;
  canberra@act Canberra; gold-coast@qld Gold Coast; hobart@tas Hobart; darwin@nt ~Darwin; newcastle-au@nsw *Newcastle;
  geelong@vic Geelong; parramatta@nsw Parramatta; north-sydney@nsw North Sydney
nz: auckland Auckland; wellington ^Wellington; christchurch Christchurch; hamilton-nz *Hamilton; dunedin Dunedin; queenstown Queenstown
`;

// Districts that belong to a city, written as aliases of it.
const DISTRICTS = `
gb/london: City of London|^Westminster|Canary Wharf|Shoreditch|^Camden|Islington|Hackney|Southwark|Kensington|Hammersmith|Holborn|~Paddington|King's Cross|Kings Cross|Clerkenwell|Farringdon|Bloomsbury|Mayfair|Brixton|^Greenwich|Whitechapel|Marylebone|Fitzrovia|Covent Garden|Docklands
de/berlin: Kreuzberg|Friedrichshain|Prenzlauer Berg|Charlottenburg|Neukölln|Schöneberg|Moabit|Adlershof|Berlin-Mitte
fr/paris: ~La Défense|Paris La Défense
us/washington-dc: Georgetown|Capitol Hill
`;

/** Satellite cities and suburbs to the metro they belong to. Modest on purpose. */
const METROS = `
us/chicago: evanston naperville schaumburg oak-park skokie joliet aurora-il elgin oak-brook des-plaines arlington-heights gary
us/new-york: jersey-city hoboken newark white-plains yonkers stamford
us/san-francisco: oakland berkeley palo-alto mountain-view sunnyvale santa-clara cupertino menlo-park redwood-city san-mateo san-jose
us/los-angeles: santa-monica pasadena burbank long-beach glendale-az irvine anaheim santa-ana culver-city el-segundo torrance orange
us/boston: cambridge-ma somerville waltham lexington-ma burlington-ma woburn quincy worcester-ma
us/washington-dc: arlington-va alexandria-va bethesda silver-spring reston mclean tysons rockville herndon columbia-md
us/seattle: bellevue redmond kirkland tacoma everett
us/dallas: fort-worth plano irving arlington-tx frisco richardson
us/houston: the-woodlands sugar-land
us/atlanta: alpharetta
us/denver: boulder aurora-co
us/minneapolis: saint-paul bloomington-mn
us/philadelphia: king-of-prussia
us/detroit: dearborn
us/miami: fort-lauderdale boca-raton
us/phoenix: scottsdale tempe mesa chandler gilbert
us/austin: round-rock
us/raleigh: durham-nc chapel-hill cary
us/portland: beaverton hillsboro vancouver-wa
ca/toronto: mississauga brampton markham vaughan richmond-hill oakville north-york scarborough etobicoke
ca/vancouver: burnaby surrey-bc richmond-bc north-vancouver coquitlam
ca/montreal: laval longueuil
ca/ottawa: gatineau
ca/kitchener: waterloo
gb/london: croydon watford slough kingston-upon-thames
gb/manchester: salford stockport
de/berlin: potsdam
de/frankfurt: offenbach eschborn bad-homburg wiesbaden darmstadt mainz
de/munich: garching
de/stuttgart: boblingen sindelfingen esslingen ludwigsburg
de/dusseldorf: neuss ratingen
de/cologne: leverkusen
de/hamburg: norderstedt
de/nuremberg: erlangen herzogenaurach
fr/paris: boulogne-billancourt issy-les-moulineaux saint-denis versailles neuilly nanterre courbevoie
nl/amsterdam: amstelveen hoofddorp schiphol zaandam haarlem
es/madrid: alcobendas getafe
pt/lisbon: oeiras sintra cascais
in/delhi: gurgaon noida
in/mumbai: navi-mumbai thane
au/sydney: parramatta north-sydney
`;

/** Groups of countries a candidate may name as where they work ("Remote EU", "DACH"). */
const SUPRA: Record<string, string[]> = {
  eu: 'at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se'.split(' '),
  europe: 'at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se gb ch no is li'.split(' '),
  dach: ['de', 'at', 'ch'],
  benelux: ['be', 'nl', 'lu'],
  nordics: ['se', 'no', 'dk', 'fi', 'is'],
  latam: 'mx br ar cl co pe uy py bo ec ve cr pa gt sv hn ni do'.split(' '),
  northamerica: ['us', 'ca'],
};
const SUPRA_WORDS: Record<string, string> = {
  eu: 'eu', europe: 'europe', european: 'eu', emea: 'europe', eea: 'europe', dach: 'dach', benelux: 'benelux',
  nordics: 'nordics', nordic: 'nordics', scandinavia: 'nordics', latam: 'latam', europa: 'europe',
};

// ---------------------------------------------------------------------------------------------
// Building the gazetteer, once
// ---------------------------------------------------------------------------------------------

interface Place {
  key: string;
  kind: PlaceKind;
  country: string;
  /** Region key for cities ('us/il'), null when unknown. */
  region: string | null;
  /** Taken only when a following region or country names it ("London, ON"). */
  qualifiedOnly: boolean;
}
type NameFlag = 'plain' | 'cap' | 'ctx' | 'exact';
interface NameEntry {
  place: Place;
  flag: NameFlag;
  /** For 'exact': the name as it must be written. */
  exact: string;
}
interface Gazetteer {
  index: PhraseIndex<NameEntry[]>;
  places: Map<string, Place>;
  /** Region codes by country: 'us' → 'IL' → the Illinois place. */
  regionCodes: Map<string, Map<string, Place>>;
  /** Upper-case country codes: 'DE' → Germany; 'UK' → gb. */
  countryCodes: Map<string, Place>;
  metro: Map<string, string>;
}

function entries(block: string): string[] {
  // Lines starting with a two-letter key open a group; indented lines continue it.
  const groups: string[] = [];
  for (const line of block.split('\n')) {
    if (!line.trim()) continue;
    if (/^\S/.test(line)) groups.push(line.trim());
    else if (groups.length) groups[groups.length - 1] += ` ${line.trim()}`;
  }
  return groups;
}

function parseName(name: string): { text: string; flag: NameFlag } {
  const c = name[0];
  if (c === '~') return { text: name.slice(1), flag: 'ctx' };
  if (c === '^') return { text: name.slice(1), flag: 'cap' };
  if (c === '=') return { text: name.slice(1), flag: 'exact' };
  return { text: name, flag: 'plain' };
}

let built: Gazetteer | null = null;

function gazetteer(): Gazetteer {
  if (built) return built;
  const places = new Map<string, Place>();
  const names = new Map<string, NameEntry[]>();
  const regionCodes = new Map<string, Map<string, Place>>();
  const countryCodes = new Map<string, Place>();
  const addName = (raw: string, place: Place) => {
    const { text, flag } = parseName(raw.trim());
    if (!text) return;
    const words = analyse(text).tokens.map((t) => t.text);
    if (!words.length) return;
    const phrase = words.join(' ');
    const list = names.get(phrase) ?? [];
    list.push({ place, flag, exact: text });
    names.set(phrase, list);
  };

  // Cities first, so a name that is both a city and a region ("Victoria") defaults to the city.
  for (const group of entries(CITIES)) {
    const colon = group.indexOf(':');
    const country = group.slice(0, colon).trim();
    for (const item of group.slice(colon + 1).split(';')) {
      const text = item.trim();
      if (!text) continue;
      const space = text.indexOf(' ');
      let head = text.slice(0, space);
      const qualifiedOnly = head.startsWith('*');
      if (qualifiedOnly) head = head.slice(1);
      const [slug, region] = head.split('@') as [string, string | undefined];
      const place: Place = {
        key: `${country}/${slug}`,
        kind: 'city',
        country,
        region: region ? `${country}/${region}` : null,
        qualifiedOnly,
      };
      places.set(place.key, place);
      for (const name of text.slice(space + 1).split('|')) {
        // A '*' on a name alone: this spelling needs a qualifier, others of the entry do not.
        if (name.startsWith('*')) addName(name.slice(1), { ...place, qualifiedOnly: true });
        else addName(name, place);
      }
    }
  }
  for (const group of entries(DISTRICTS)) {
    const colon = group.indexOf(':');
    const place = places.get(group.slice(0, colon).trim());
    if (!place) continue;
    for (const name of group.slice(colon + 1).split('|')) addName(name, place);
  }
  for (const group of entries(REGIONS)) {
    const colon = group.indexOf(':');
    const country = group.slice(0, colon).trim();
    const codes = new Map<string, Place>();
    for (const item of group.slice(colon + 1).split(';')) {
      const text = item.trim();
      if (!text) continue;
      const space = text.indexOf(' ');
      const code = text.slice(0, space);
      const place: Place = { key: `${country}/${code}`, kind: 'region', country, region: null, qualifiedOnly: false };
      places.set(place.key, place);
      codes.set(code.toUpperCase(), place);
      const list = text.slice(space + 1).trim();
      if (list === '-') continue;
      for (const name of list.split('|')) addName(name, place);
    }
    if (CODE_COUNTRIES.has(country)) regionCodes.set(country, codes);
  }
  for (const line of COUNTRIES.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const country = line.slice(0, colon).trim();
    const place: Place = { key: country, kind: 'country', country, region: null, qualifiedOnly: false };
    places.set(country, place);
    countryCodes.set(country.toUpperCase(), place);
    for (const name of line.slice(colon + 1).split('|')) addName(name, place);
  }
  const gb = places.get('gb');
  if (gb) countryCodes.set('UK', gb);
  const us = places.get('us');
  if (us) countryCodes.set('USA', us);
  const ae = places.get('ae');
  if (ae) countryCodes.set('UAE', ae);

  const metro = new Map<string, string>();
  for (const group of entries(METROS)) {
    const colon = group.indexOf(':');
    const centre = group.slice(0, colon).trim();
    const country = centre.split('/')[0]!;
    for (const slug of group.slice(colon + 1).trim().split(/\s+/)) {
      if (slug) metro.set(`${country}/${slug}`, centre);
    }
  }

  const index = new PhraseIndex<NameEntry[]>();
  for (const [phrase, list] of names) index.add(phrase, list);
  built = { index, places, regionCodes, countryCodes, metro };
  return built;
}

// ---------------------------------------------------------------------------------------------
// Finding places
// ---------------------------------------------------------------------------------------------

/** Words before an ambiguous name that make it a place: "in Reading", "based in Nice", "Location: Split". */
const PLACE_BEFORE = new Set(
  `in near around outside to based located location locations office offices hq headquarters campus greater
   downtown central nach bei im aus standort ort en a au aux em na no te naar bij lieu localisation ubicacion
   localizacion localizacao locatie sede ciudad cidade ville stadt pres cerca perto across between`.split(/\s+/),
);
/** Words after it: "Reading-based", "the Nice office", "Austin area". */
const PLACE_AFTER = new Set(
  'based area office offices hq headquarters campus metro region downtown centre center city hub site location'.split(' '),
);
const LIST_WORDS = new Set('or and und oder et ou y e of en'.split(' '));

function isCapitalised(raw: string): boolean {
  const c = raw[0];
  return !!c && c !== c.toLowerCase() && c === c.toUpperCase();
}

interface Qualifier {
  place: Place;
  from: number;
  to: number;
  /** A code ("IL", "UK") that the index does not know: report it as its own hit. */
  code: boolean;
}

/** Place names of region or country kind starting at each token, for qualifiers. */
type HitsByFrom = Map<number, PhraseHit<NameEntry[]>[]>;

function readQualifier(
  a: Analysed,
  g: Gazetteer,
  byFrom: HitsByFrom,
  end: number,
  countries: ReadonlySet<string>,
): Qualifier | null {
  const tokens = a.tokens;
  const next = tokens[end];
  if (!next || end < 1) return null;
  const gap = gapAfter(a, end - 1);
  if (!/^[\s,(]*$/.test(gap) || /\n/.test(gap)) return null;
  const separated = /[,(]/.test(gap);
  if (/^[A-Z]{2,3}$/.test(next.raw)) {
    for (const country of countries) {
      const region = g.regionCodes.get(country)?.get(next.raw);
      if (region) return { place: region, from: end, to: end + 1, code: true };
    }
    // "London, UK", "Berlin, DE": a country code, only after a comma and only for a country the name has.
    const country = g.countryCodes.get(next.raw);
    if (country && separated && countries.has(country.country)) return { place: country, from: end, to: end + 1, code: true };
  }
  for (const hit of byFrom.get(end) ?? []) {
    for (const entry of hit.value) {
      if (entry.place.kind === 'city') continue;
      if (entry.flag === 'exact' && spanText(a, hit.from, hit.to) !== entry.exact) continue;
      if (countries.has(entry.place.country)) return { place: entry.place, from: hit.from, to: hit.to, code: false };
    }
  }
  return null;
}

const MOVE_WORDS = new Set('move moving relocate relocating relocation come welcome'.split(' '));

function hasContextBefore(a: Analysed, from: number): boolean {
  if (from < 1) return false;
  const prev = a.tokens[from - 1]!;
  const gap = gapAfter(a, from - 1);
  if (/\(\s*$/.test(gap)) return true;
  if (/[.!?]/.test(gap)) return false;
  // "relocate to Austin", but not "talk to Austin".
  if (prev.text === 'to') {
    return MOVE_WORDS.has(a.tokens[from - 2]?.text ?? '') || MOVE_WORDS.has(a.tokens[from - 3]?.text ?? '');
  }
  return PLACE_BEFORE.has(prev.text);
}

/** "Austin's team": a person. */
function isPossessive(a: Analysed, to: number): boolean {
  return a.tokens[to]?.text === 's' && /^['’]$/.test(gapAfter(a, to - 1));
}

function hasContextAfter(a: Analysed, to: number): boolean {
  const next = a.tokens[to];
  if (!next) return false;
  const gap = gapAfter(a, to - 1);
  if (/[.!?\n]/.test(gap)) return false;
  return PLACE_AFTER.has(next.text);
}

interface Accepted {
  place: Place;
  from: number;
  to: number;
}

function listAdjacent(a: Analysed, from: number, last: Accepted | null): boolean {
  if (!last || last.place.qualifiedOnly) return false;
  if (last.to === from) return /^[\s,/&–—-]*$/.test(gapAfter(a, from - 1)) && !/\n/.test(gapAfter(a, from - 1));
  if (last.to === from - 1 && LIST_WORDS.has(a.tokens[from - 1]!.text)) return !breakAfter(a, from - 2);
  return false;
}

/** True when an unambiguous place name starts right after `to` (", "/"or"), as in "Reading, Oxford or London". */
function placeFollows(a: Analysed, byFrom: HitsByFrom, to: number): boolean {
  let k = to;
  if (a.tokens[k] && LIST_WORDS.has(a.tokens[k]!.text)) k += 1;
  else if (!/^[\s,/&–—-]*$/.test(gapAfter(a, to - 1)) || /\n/.test(gapAfter(a, to - 1))) return false;
  return (byFrom.get(k) ?? []).some((h) => h.value.some((e) => e.flag === 'plain' && !e.place.qualifiedOnly));
}

function toHit(a: Analysed, place: Place, from: number, to: number): PlaceHit {
  return { key: place.key, kind: place.kind, country: place.country, name: spanText(a, from, to), from, to };
}

function scanPlaces(a: Analysed, trusted: boolean): PlaceHit[] {
  const tokens = a.tokens;
  if (!tokens.length) return [];
  const g = gazetteer();
  const byFrom: HitsByFrom = new Map();
  for (const hit of g.index.findAll(tokens)) {
    const list = byFrom.get(hit.from);
    if (list) list.push(hit);
    else byFrom.set(hit.from, [hit]);
  }
  const out: PlaceHit[] = [];
  let last: Accepted | null = null;
  let next = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (i < next) continue;
    const candidates = byFrom.get(i);
    if (!candidates) continue;
    // Longest phrase first ("New York" before "York").
    const sorted = candidates.toSorted((x, y) => y.to - x.to);
    for (const hit of sorted) {
      const chosen = choose(a, g, byFrom, hit, last, trusted);
      if (!chosen) continue;
      out.push(toHit(a, chosen.entry.place, hit.from, hit.to));
      last = { place: chosen.entry.place, from: hit.from, to: hit.to };
      next = hit.to;
      const q = chosen.qualifier;
      if (q?.code) {
        out.push(toHit(a, q.place, q.from, q.to));
        next = q.to;
        // "Toronto, ON, CA": a country code after the region code.
        const after = tokens[q.to];
        if (q.place.kind === 'region' && after && /^[A-Z]{2,3}$/.test(after.raw) && /,/.test(gapAfter(a, q.from))) {
          const country = g.countryCodes.get(after.raw);
          if (country && country.country === q.place.country) {
            out.push(toHit(a, country, q.to, q.to + 1));
            next = q.to + 1;
          }
        }
      }
      break;
    }
  }
  return out;
}

function choose(
  a: Analysed,
  g: Gazetteer,
  byFrom: HitsByFrom,
  hit: PhraseHit<NameEntry[]>,
  last: Accepted | null,
  trusted: boolean,
): { entry: NameEntry; qualifier: Qualifier | null } | null {
  const written = spanText(a, hit.from, hit.to);
  const usable = hit.value.filter(
    (e) => e.flag !== 'exact' || (trusted ? e.exact.toLowerCase() === written.toLowerCase() : e.exact === written),
  );
  if (!usable.length) return null;
  const countries = new Set(usable.map((e) => e.place.country));
  const cities = usable.some((e) => e.place.kind === 'city');
  const qualifier = cities ? readQualifier(a, g, byFrom, hit.to, countries) : null;

  let entry: NameEntry | undefined;
  let matched = false;
  if (qualifier) {
    const q = qualifier.place;
    entry = usable.find(
      (e) =>
        e.place.kind === 'city' &&
        e.place.country === q.country &&
        (q.kind === 'country' || e.place.region === q.key),
    );
    // A qualifier that fits none of the places of that name is ignored ("Chicago, IN" stays Chicago).
    matched = !!entry;
  }
  if (!entry && last && last.place.kind === 'city' && last.to === hit.from) {
    // "Atlanta, Georgia", "Melbourne, Victoria": read the name in the country of the city before it.
    entry = usable.find((e) => e.place.kind !== 'city' && e.place.country === last.place.country);
  }
  entry ??= usable.find((e) => !e.place.qualifiedOnly);
  if (!entry) return null;

  if (!trusted) {
    const raw = a.tokens[hit.from]!.raw;
    if (entry.flag === 'cap' && !isCapitalised(raw)) return null;
    if (entry.flag === 'ctx') {
      if (!isCapitalised(raw) || isPossessive(a, hit.to)) return null;
      const context =
        matched ||
        hasContextBefore(a, hit.from) ||
        hasContextAfter(a, hit.to) ||
        listAdjacent(a, hit.from, last) ||
        placeFollows(a, byFrom, hit.to);
      if (!context) return null;
    }
  }
  return { entry, qualifier: matched ? qualifier : null };
}

/** Every place the message names, in order. */
// Several signals read the places of one text: found once per analysed text.
const placesOf = new WeakMap<Analysed, PlaceHit[]>();

export function findPlaces(a: Analysed): PlaceHit[] {
  const cached = typeof a === 'object' && a !== null ? placesOf.get(a) : undefined;
  if (cached) return cached.slice();
  let found: PlaceHit[];
  try {
    found = scanPlaces(a, false);
  } catch {
    return [];
  }
  if (typeof a === 'object' && a !== null) placesOf.set(a, found);
  return found.slice();
}

// ---------------------------------------------------------------------------------------------
// The candidate's places and how a named place relates to them
// ---------------------------------------------------------------------------------------------

export interface CandidatePlaces {
  cities: string[];
  regions: string[];
  countries: string[];
}

/** Reads the candidate's own locations ("Berlin, Germany", "Toronto, ON, Canada", "Remote EU"). */
export function compileCandidatePlaces(locations: readonly string[] | undefined): CandidatePlaces {
  const cities = new Set<string>();
  const regions = new Set<string>();
  const countries = new Set<string>();
  try {
    const g = gazetteer();
    for (const location of locations ?? []) {
      if (typeof location !== 'string' || !location.trim()) continue;
      const a = analyse(location.slice(0, 500));
      // The candidate's own field is all places: no context needed for "Reading" or "Victoria".
      for (const hit of scanPlaces(a, true)) {
        countries.add(hit.country);
        if (hit.kind === 'city') {
          cities.add(hit.key);
          const region = g.places.get(hit.key)?.region;
          if (region) regions.add(region);
        } else if (hit.kind === 'region') regions.add(hit.key);
      }
      const words = a.tokens.map((t) => t.text);
      for (let i = 0; i < words.length; i += 1) {
        let supra = SUPRA_WORDS[words[i]!];
        if (words[i] === 'north' && words[i + 1] === 'america') supra = 'northamerica';
        if (words[i] === 'european' && words[i + 1] === 'union') supra = 'eu';
        for (const c of supra ? (SUPRA[supra] ?? []) : []) countries.add(c);
      }
    }
  } catch {
    // Keep whatever was read.
  }
  return { cities: [...cities], regions: [...regions], countries: [...countries] };
}

function metroOf(g: Gazetteer, key: string): string {
  return g.metro.get(key) ?? key;
}

/** How a place named in a message relates to where the candidate is. */
export function placeRelation(
  hit: PlaceHit,
  home: CandidatePlaces,
): 'same-city' | 'same-metro' | 'same-region' | 'same-country' | 'elsewhere' {
  try {
    const g = gazetteer();
    if (hit.kind === 'city') {
      if (home.cities.includes(hit.key)) return 'same-city';
      const metro = metroOf(g, hit.key);
      if (home.cities.some((c) => metroOf(g, c) === metro)) return 'same-metro';
      const region = g.places.get(hit.key)?.region;
      if (region && home.regions.includes(region)) return 'same-region';
    } else if (hit.kind === 'region') {
      if (home.regions.includes(hit.key)) return 'same-region';
    }
    if (home.countries.includes(hit.country)) return 'same-country';
  } catch {
    // fall through
  }
  return 'elsewhere';
}

// ---------------------------------------------------------------------------------------------
// Relocation
// ---------------------------------------------------------------------------------------------

type RelocationKind = 'noun' | 'verb' | 'move' | 'moveTo';

// Nouns speak of the move itself ("relocation package"); verbs need the candidate as their subject
// ("would you relocate?"), since "our lead is relocating to Lisbon" asks nothing of the reader.
const RELOCATION_NOUNS = `relocation | relocations | relo package | relo support | umzug | umzugskosten | umzugspauschale
  | umzugsunterstutzung | umzugshilfe | umzugsbonus | umzugskostenzuschuss | demenagement | demenagements
  | relocalisation | aide au demenagement | reubicacion | mudanza | traslado | relocacion | auxilio mudanca
  | ajuda de custo para mudanca | mudanca de cidade | mudanca de pais | mudanca de estado | realocacao | relocacao
  | verhuizing | verhuiskosten | verhuisvergoeding | relocatie`;
const RELOCATION_VERBS = `relocate | relocating | umziehen | demenager | relocaliser | reubicarse | reubicarte | mudarse
  | mudarte | trasladarse | trasladarte | mudar se | se mudar | verhuizen`;
const RELOCATION_MOVE = `consider a move | consider moving | considering a move | considering moving | open to moving
  | open to a move | willing to move | happy to move | move abroad | moving abroad | move cities | move countries
  | move country | move to a new city | make the move | would you move`;
const RELOCATION_MOVE_TO = `move to | moving to | move over to | ziehen nach | s installer a | venir vivre a | mudarte a | mudar para
  | mudar-te para | verhuizen naar`;

/** "relocating our office", "Umzug in neue Büros": the company moves, not the candidate. */
const OFFICE_WORDS = new Set(
  'office offices headquarters hq campus premises building buro buros bureaux locaux oficina oficinas escritorio escritorios kantoor sede'.split(' '),
);
/** Words that finish a relocation phrase, for evidence: "relocation package", "Umzugshilfe". */
const RELOCATION_TAIL = new Set(
  'package packages support assistance bonus allowance budget costs cost help stipend paket pauschale kosten aide prime ayuda paquete ajuda pacote vergoeding'.split(' '),
);

/** "relocation specialist", "relocation industry": a line of work, not a move. */
const RELOCATION_TRADE_AFTER = new Set('specialist specialists consultant consultants industry company firm coordinator manager'.split(' '));

let relocationIndexCache: PhraseIndex<RelocationKind> | null = null;
function relocationIndex(): PhraseIndex<RelocationKind> {
  if (relocationIndexCache) return relocationIndexCache;
  const index = new PhraseIndex<RelocationKind>();
  const add = (list: string, kind: RelocationKind) => {
    for (const phrase of list.split('|')) if (phrase.trim()) index.add(phrase.trim(), kind);
  };
  add(RELOCATION_NOUNS, 'noun');
  add(RELOCATION_VERBS, 'verb');
  add(RELOCATION_MOVE, 'move');
  add(RELOCATION_MOVE_TO, 'moveTo');
  relocationIndexCache = index;
  return index;
}

const OFFICE_FILLERS = new Set('our the its their of new in unsere unser unseres unserer neue neuen die nos notre nouveaux nouveau nuestra nuestras nuevas nuevo nossa nosso novo nova ons onze nieuwe'.split(' '));

/** "relocating our office", "Umzug in neue Büros", "office relocation": the employer moves, not the candidate. */
function companyMoves(a: Analysed, from: number, to: number): boolean {
  const tokens = a.tokens;
  const before = tokens[from - 1]?.text ?? '';
  if (OFFICE_WORDS.has(before)) return true;
  for (let j = to; j < Math.min(tokens.length, to + 4); j += 1) {
    if (breakAfter(a, j - 1, true)) return false;
    const word = tokens[j]!.text;
    if (OFFICE_WORDS.has(word)) return true;
    if (!OFFICE_FILLERS.has(word)) return false;
  }
  return false;
}

/** Second-person words: the move is asked of the reader. */
const YOU = new Set('you your yourself youre du dich dir dein deine ihnen vous votre tu toi usted ustedes voce voces jij jou jouw'.split(' '));
/** "willing to relocate", "must relocate", "bereit umzuziehen", "prêt à déménager". */
const WILLING = new Set(
  'to must need needs willing able required requires open happy ready consider considering bereit pret disponible dispuesto dispuesta disposto disposta'.split(' '),
);

/** Whether a relocation verb or a "move to X" is about the reader: "you", a question, or "willing to". */
function askedOfReader(a: Analysed, from: number, to: number): boolean {
  const tokens = a.tokens;
  if (WILLING.has(tokens[from - 1]?.text ?? '') || YOU.has(tokens[to]?.text ?? '')) return true;
  for (let j = from - 1; j >= Math.max(0, from - 10); j -= 1) {
    if (breakAfter(a, j)) break;
    if (YOU.has(tokens[j]!.text) || WILLING.has(tokens[j]!.text)) return true;
  }
  for (let j = to - 1; j < Math.min(tokens.length, to + 25); j += 1) {
    const gap = gapAfter(a, j);
    if (/\?/.test(gap)) return true;
    if (/[.!;\n]/.test(gap)) return false;
  }
  return false;
}

const CONDITIONAL_WORDS = new Set(
  'international internacional internationale internationalen internationaux internacionais abroad overseas ausland extranjero etranger exterior buitenland'.split(' '),
);
const CONDITIONAL_PHRASES = new PhraseIndex<true>(
  [
    'if needed', 'if required', 'if necessary', 'where needed', 'where required', 'if applicable', 'when needed',
    'bei bedarf', 'falls notig', 'falls erforderlich', 'si necessaire', 'si besoin', 'le cas echeant',
    'si es necesario', 'si fuera necesario', 'en caso necesario', 'se necessario', 'caso necessario',
    'indien nodig', 'zo nodig', 'non local', 'non locals', 'out of town',
  ].map((p) => [p, true] as const),
);

/** "relocation package for international hires", "Umzugshilfe bei Bedarf": offered, not asked. */
function conditional(a: Analysed, to: number): boolean {
  const tokens = a.tokens;
  const end = Math.min(tokens.length, to + 6);
  for (let j = to; j < end; j += 1) {
    if (j > to && breakAfter(a, j - 1, true)) return false;
    if (CONDITIONAL_WORDS.has(tokens[j]!.text)) return true;
    if (CONDITIONAL_PHRASES.findAll(tokens, j, Math.min(tokens.length, j + 3)).some((h) => h.from === j)) return true;
  }
  return false;
}

export interface RelocationMention {
  from: number;
  to: number;
  negated: boolean;
  /** Offered to those who need it ("for international hires", "if needed"), not asked of everyone. */
  optional: boolean;
  /** Token span of the evidence, negation included. */
  evidenceFrom: number;
  evidenceTo: number;
}

/** Every mention of the candidate moving, negated or not. */
export function relocationMentions(a: Analysed, scope: NegationScope = negationScope(a)): RelocationMention[] {
  const tokens = a.tokens;
  const hits = relocationIndex().findAll(tokens);
  if (!hits.length) return [];
  let places: PlaceHit[] | null = null;
  const out: RelocationMention[] = [];
  let end = 0;
  hits.sort((x, y) => x.from - y.from || y.to - x.to);
  for (const h of hits) {
    if (h.from < end) continue;
    if (h.value === 'moveTo') {
      // "move to Lisbon": only when a place follows, not "move to TypeScript".
      places ??= scanPlaces(a, false);
      const target = places.find((p) => p.from >= h.to && p.from <= h.to + 2);
      if (!target) continue;
    }
    if (companyMoves(a, h.from, h.to)) continue;
    if (h.to < tokens.length && RELOCATION_TRADE_AFTER.has(tokens[h.to]!.text)) continue;
    const negator = negatorBefore(scope, h.from, 4);
    const negationEnd = negationAfterEnd(scope, h.to);
    const negated = negator >= 0 || negationEnd >= 0;
    // "sin necesidad de mudarte" needs no subject; an unnegated verb must be asked of the reader.
    if (!negated && (h.value === 'verb' || h.value === 'moveTo') && !askedOfReader(a, h.from, h.to)) continue;
    // Evidence runs on over the noun it leads: "relocation package", "relocation assistance".
    let evidenceTo = Math.max(h.to, negationEnd);
    while (evidenceTo < tokens.length && RELOCATION_TAIL.has(tokens[evidenceTo]!.text) && !breakAfter(a, evidenceTo - 1, true)) {
      evidenceTo += 1;
    }
    const optional = !negated && conditional(a, h.to);
    if (optional) {
      while (evidenceTo < Math.min(tokens.length, h.to + 5) && !breakAfter(a, evidenceTo - 1, true)) evidenceTo += 1;
    }
    out.push({ from: h.from, to: h.to, negated, optional, evidenceFrom: negator >= 0 ? negator : h.from, evidenceTo });
    end = h.to;
  }
  return out;
}

/**
 * Whether the message asks the candidate to move: `required` true for "relocation package", "would you
 * consider moving to Lisbon?"; false when it says relocation is not needed; null when it says nothing.
 */
export function findRelocation(a: Analysed): { required: boolean; evidence: string } | null {
  try {
    const mentions = relocationMentions(a);
    if (!mentions.length) return null;
    // A clear "no relocation needed" wins: a wrong "required" would bury a message the candidate wants.
    // Relocation offered only to those who need it ("for international hires") is not required either.
    const negated = mentions.find((m) => m.negated);
    const required = negated ? undefined : mentions.find((m) => !m.optional);
    const m = negated ?? required ?? mentions[0]!;
    return { required: !!required, evidence: spanText(a, m.evidenceFrom, m.evidenceTo).slice(0, 120) };
  } catch {
    return null;
  }
}
