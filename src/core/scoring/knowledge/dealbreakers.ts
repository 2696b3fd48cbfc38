/**
 * The candidate's deal-breakers ("avoid"), in their own words, matched against a message.
 *
 * Common deal-breakers map to a concept with trigger phrases in EN/DE/FR/ES/PT (+NL) and context rules,
 * so "contract" finds "6-month contract", "Freiberufler" and "CDD" but not "permanent employment
 * contract" or "smart contracts"; anything else is matched literally (with plural/singular variants).
 * A trigger is cancelled by a negation a few words before it in the same clause ("no agency, no
 * travel", "kein Umzug", "pas de CDD", "sin guardias") or right after it ("relocation not required").
 *
 * "crypto" means the industry (cryptocurrency, blockchain, tokens, wallets), never cryptography or
 * encryption: a candidate who avoids crypto firms does not avoid security work.
 */
import { analyse, type Analysed, PhraseIndex, spanText, type Token } from '../../text';
import { relocationMentions } from './places';
import {
  breakAfter,
  gapAfter,
  negatedAfter,
  negatedBefore,
  negationScope,
  type NegationScope,
} from './workplace';

export interface CompiledAvoid {
  /** The candidate's words. */
  term: string;
  /** A known deal-breaker concept, or null to match the words literally. */
  concept: string | null;
}

export interface DealBreakerHit {
  term: string;
  /** The text span as written, short. */
  evidence: string;
  /** Token indices: the first and one past the last. */
  from: number;
  to: number;
}

// ---------------------------------------------------------------------------------------------
// Concepts. Trigger syntax: "phrase" (folded words), "=Exact" (one word, written exactly so),
// "stem*" (a word starting so: German and Dutch compounds), then optional " !next:a,b" / " !prev:a,b"
// (the word after / before must not be one of those) and " @group". Weak triggers count only when two
// of different groups appear (a phrase is its own group unless it names one).
// ---------------------------------------------------------------------------------------------

interface ConceptDef {
  id: string;
  /** How candidates write it in their avoid list. */
  aliases: string;
  strong: string;
  weak?: string;
  /** Words that cancel a trigger a few words before it, for this concept only ("away from fossil fuels"). */
  negators?: string;
  /** Words right after a trigger that cancel it ("fossil-free", "weekends off"). */
  cancelAfter?: string;
  /** A trigger next to one of these words and an "or" is an option, not a condition ("contract or permanent"). */
  alternatives?: string;
  /** Weak triggers do not count when one of these phrases is present ("in-house"). */
  weakCancelledBy?: string;
  /** Words 1–3 tokens before any trigger that cancel it ("working with a creative agency"). */
  blockBefore?: string;
  /** Words right after any trigger that cancel it ("agency partners"). */
  blockAfter?: string;
}

const AGENCY_TYPES = `digital creative design advertising ad marketing branding brand media pr web ux product full-service
  integrated boutique communications comms experiential content seo growth software dev performance social-media
  award-winning`;

function agencyTriggers(): string {
  const out: string[] = [];
  for (const type of AGENCY_TYPES.split(/\s+/).filter(Boolean)) {
    const words = type.replaceAll('-', ' ');
    out.push(`${words} agency`, `${words} agencies`);
  }
  return out.join(' | ');
}

const CONCEPTS: ConceptDef[] = [
  {
    id: 'travel-contract',
    aliases: `travel nurse contracts | travel nurse contract | travel nursing contracts | travel nursing | travel nurse
      | travel nurses | travel contracts | travel contract | travel assignments | travel jobs | travel positions | travel rn
      | traveler contracts | traveling nurse | travelling nurse | crisis contracts | travel work | enfermera viajera
      | contratos de viaje`,
    strong: `travel nurse | travel nurses | travel nursing | travel rn | travel rns | travel lpn | travel cna | travel contract
      | travel contracts | travel assignment | travel assignments | travel position | travel positions | travel job
      | travel jobs | travel role | travel roles | travel opportunity | travel opportunities | travel therapist
      | travel nurse contract | traveler contract | traveller contract | local contract | local contracts | crisis contract
      | crisis contracts | crisis rates | crisis rate | crisis pay | crisis assignment | crisis assignments | crisis response
      | rapid response assignment | strike assignment | strike assignments | strike contract | per diem travel
      | enfermera viajera | enfermeras viajeras | enfermero viajero | enfermera de viaje | contrato de viaje | contratos de viaje
      | infirmiere itinerante | enfermeira viajante`,
    weak: `stipend @stipend | stipends @stipend | housing stipend @stipend | housing stipends @stipend
      | tax free stipend @stipend | per diem | travel reimbursement | compact license @license
      | compact state license @license | multistate license @license | multi state license @license
      | hotel provided @housing | housing provided @housing | non locals | weekly pay @weekly pay | paid weekly @weekly pay`,
  },
  {
    id: 'nights',
    aliases: `night shift only | night shifts only | nights only | night shift | night shifts | nights | night work | night
      | overnight shifts | overnights | overnight | permanent nights | night duty | graveyard shift | nachtdienst | nachtdienste
      | nachtschicht | nachtschichten | nachtarbeit | nuit | nuits | travail de nuit | noches | turno de noche | nocturno
      | turno noturno | noturno | plantao noturno | nachtdiensten`,
    strong: `night shift | night shifts | nightshift | nightshifts | nights !prev:late,last,few,sleepless,two,three,good
      | night duty | night duties | night work | night nurse | night position | night role | night rotation | overnight shift
      | overnight shifts | overnights | noc shift | noc shifts | nights only | permanent nights | dedicated nights
      | graveyard shift | nachtdienst* | nachtschicht* | nachtwache* | nachtarbeit | nachts | poste de nuit | travail de nuit
      | equipe de nuit | de nuit !prev:bonne,boite | nuits | turno de noche | turnos de noche | turno nocturno
      | turnos nocturnos | guardias nocturnas | noches !prev:buenas,estas | nocturno !prev:modo,tema | nocturna !prev:vida
      | turno da noite | turno noturno | turnos noturnos | plantao noturno | plantoes noturnos | noturno !prev:modo,tema
      | noturna !prev:vida | nachtdiensten | nachtploeg
      | nachtploegen`,
  },
  {
    id: 'weekends',
    aliases: `weekends | weekend work | weekend shifts | working weekends | weekend | wochenende | wochenenddienst
      | wochenenddienste | week ends | fines de semana | fins de semana | finais de semana | weekenddiensten`,
    strong: `weekends !prev:your,the,great,nice,good,long,lovely,happy | weekend shifts | weekend shift | weekend work
      | weekend working | weekend rotation | weekend coverage | every other weekend | every third weekend
      | every fourth weekend | alternate weekends | alternating weekends | every weekend | weekend duty | wochenenddienst*
      | wochenendarbeit | wochenenden | travail le week end | travail les week ends | los fines de semana
      | trabajo en fines de semana | fins de semana | finais de semana | weekenddienst* | weekendwerk | weekenden`,
    cancelAfter: 'off free frei libres livres vrij libre',
  },
  {
    id: 'agency',
    aliases: `agency work | agency | agencies | agency side | agency roles | agency jobs | agency life | client work
      | client services | creative agencies | digital agencies | ad agencies | advertising agencies | design agencies
      | agentur | agenturen | agenturarbeit | agence | agences | agencia | agencias | agency nursing | agency shifts`,
    strong: `${agencyTriggers()} | design studio | creative studio | digital studio | app studio | product studio
      | web studio | dev shop | development shop | software house | agency side | agency environment | agency work
      | agency role | agency life | agency world | at an agency | in an agency | for an agency | agency nurse
      | agency nurses | agency nursing | agency shifts | agency shift | agency worker | agency workers | agency contract
      | agency contracts | agency assignment | agency assignments
      | agence digitale | agence creative | agence web | agence de communication | agence de design | agence de publicite
      | agence marketing | agence de marketing | agence conseil | agence media | agence ux | agence de creation | en agence
      | cote agence | agencia digital | agencia creativa | agencia de publicidad | agencia de marketing | agencia de diseno
      | agencia de comunicacion | agencia de medios | agencia web | en agencia | en una agencia | lado agencia
      | agencia criativa | agencia de publicidade | agencia de design | agencia de comunicacao | em agencia
      | em uma agencia | numa agencia | reclamebureau | ontwerpbureau | communicatiebureau | marketingbureau
      | internetbureau | digitaal bureau | creatief bureau | designbureau | webbureau`,
    weak: `client projects | client work | client facing projects | clients brands | client brands | client brief
      | client briefs | client accounts | client portfolio | roster of clients | range of clients | variety of clients
      | multiple clients | different clients | various clients | varied client | across our clients | agency experience
      | agency background | agenturerfahrung | kundenprojekte | kundenprojekten | projets clients | proyectos de clientes
      | proyectos para clientes | projetos de clientes | projetos para clientes | klantprojecten`,
    weakCancelledBy: 'in house | inhouse | product company | our own product | our own products',
    blockBefore: `with external partner partners manage managing alongside brief briefing recruitment recruiting staffing
      talent search placement employment headhunting personnel hr house inhouse internal`,
    blockAfter: 'partner partners partnership partnerships relationship relationships relations management fees roster spend',
  },
  {
    id: 'relocation',
    aliases: `relocation | relocating | relocate | relocation required | moving | move | moving cities | moving abroad
      | moving countries | umzug | umziehen | demenagement | demenager | relocalisation | mudanza | mudarse | reubicacion
      | traslado | mudanca | mudar | verhuizen | verhuizing | relocatie`,
    strong: '',
  },
  {
    id: 'commission',
    aliases: `commission only | commission | commissions | commission based | commission only roles | commission pay
      | uncapped commission | provision | provisionsbasis | comision | comisiones | comissao | comissoes
      | provisie`,
    strong: `commission only | commission based | 100 commission | purely commission | pure commission | straight commission
      | uncapped commission | no base salary | no base pay | no fixed salary | no basic salary | unlimited earning potential
      | uncapped earning potential | uncapped earnings | unlimited earnings | unlimited income | book of business
      | build your own book | provisionsbasis | auf provisionsbasis | nur provision | reine provision | 100 provision
      | uniquement a la commission | remuneration a la commission | a la commission | solo comision | solo comisiones
      | comision pura | a comision | 100 comision | so comissao | apenas comissao | somente comissao | 100 comissao
      | comissao pura | op provisiebasis | alleen provisie | no cure no pay`,
  },
  {
    id: 'sales',
    aliases: `sales | sales roles | sales jobs | sales positions | selling | quota | quota carrying | quota carrying sales
      | cold calling | door to door | telesales | business development | vertrieb | verkauf | vente | ventes | commercial
      | ventas | vendas | verkoop | account executive | inside sales | field sales`,
    strong: `sales role | sales roles | sales position | sales positions | sales job | sales jobs | sales representative
      | sales representatives | sales rep | sales reps | sales executive | sales executives | sales associate
      | sales associates | sales consultant | sales agent | sales agents | sales advisor | sales adviser | sales manager
      | sales engineer | sales development | account executive | account executives | business development representative
      | business development manager | business development executive | =BDR | =SDR | inside sales | outside sales
      | field sales | telesales | tele sales | door to door sales | door to door selling | cold calling | cold call
      | cold calls | quota carrying | sales quota | sales quotas | sales target | sales targets | on target earnings | =OTE
      | commission only
      | commission based | uncapped commission | book of business | unlimited earning potential | uncapped earning potential
      | key account manager | vertriebsmitarbeit* | vertriebler* | vertriebsleiter* | vertriebsingenieur*
      | vertriebsaussendienst* | vertriebsinnendienst* | aussendienst* | kaltakquise | provisionsbasis | fixum
      | verkaufer* | verkaufsberater* | poste de commercial | commercial terrain | commercial sedentaire | ingenieur commercial
      | ingenieure commerciale | attache commercial | technico commercial | business developer | charge d affaires
      | conseiller de vente | conseillere de vente | conseiller commercial | conseillere commerciale | vendeur | vendeuse
      | objectifs commerciaux | ejecutivo de ventas | ejecutiva de ventas | representante de ventas | asesor comercial
      | asesora comercial | agente comercial | puesto comercial | vendedor | vendedora | televenta | televentas
      | puerta a puerta | executivo de vendas | executiva de vendas | representante comercial | consultor de vendas
      | consultora de vendas | porta a porta | verkoper | verkoopmedewerker | accountmanager | buitendienst
      | koude acquisitie`,
    weak: `plus commission | salary commission | base commission | commission structure | commission plan
      | commission scheme | bonus commission | commissions | prospecting | new business | closing deals | comisiones
      | comissoes | provisie | quota | quotas | door to door | targets`,
  },
  {
    id: 'crypto',
    aliases: `crypto | cryptocurrency | cryptocurrencies | crypto companies | web3 | web 3 | blockchain | blockchains | nft
      | nfts | defi | bitcoin | krypto | kryptowahrungen | kryptowahrung | cripto | criptomonedas | criptomoedas
      | cryptomonnaies | cryptomonnaie | tokens | token`,
    strong: `crypto !prev:web !next:api,apis,library,libraries,lib,module,modules,primitive,primitives,algorithm,algorithms,hardware,agility,agile,key,keys,accelerator,accelerators,hsm
      | cryptocurrency | cryptocurrencies | cryptocurr* | cryptomonn* | cryptoactif* | cryptoasset* | cryptoexchange*
      | cryptowallet* | cryptovaluta* | criptomoned* | criptomoed* | criptoactiv* | criptoativ* | krypto
      | kryptowahr* | kryptobors* | kryptoasset* | cripto | blockchain | blockchains | web3 | web 3 | defi | nft | nfts
      | dapp | dapps | smart contract | smart contracts | solidity | ethereum | bitcoin | solana | stablecoin | stablecoins
      | tokenomics | token allocation | token allocations | token grant | token grants | token incentives | governance token
      | native token | paid in tokens | paid partly in tokens | token sale | digital asset exchange | virtual assets
      | digital assets !next:management | self custody | non custodial | custodial wallet | hardware wallet | cold wallet
      | seed phrase | on chain | onchain | off chain | play to earn | gamefi | altcoin | altcoins | memecoin | memecoins`,
    weak: `wallet !prev:digital,mobile,leather,apple,google | wallets !prev:digital,mobile,leather
      | token !prev:design,auth,access,api,jwt,bearer,refresh,csrf,oauth,session | tokens !prev:design,auth,access,api,jwt,bearer,refresh,csrf,oauth,session
      | exchange !prev:stock,foreign,data,health,knowledge,student,currency,heat,information,energy,microsoft,email
      | decentralized @decentralised | decentralised @decentralised | ledger !prev:general,sub | coins | staking`,
  },
  {
    id: 'defense',
    aliases: `defense | defence | military | weapons | weapon | arms | arms industry | arms trade | armaments | armament
      | defense industry | defence industry | defense contractors | defence contractors | military contractors
      | defense contractor | warfare | munitions | army | navy | armed forces | rustung | rustungsindustrie | militar
      | militaer | bundeswehr | waffen | armee | armement | armamento | defensa | defesa | defensie | wapens | militair
      | militaire | military industry | defense tech | defence tech`,
    strong: `defense contractor | defence contractor | defense contractors | defence contractors | defense industry
      | defence industry | defense sector | defence sector | defense company | defence company | defense companies
      | defence companies | defense technology | defence technology | defense tech | defence tech | defense systems
      | defence systems | defense platforms | defence platforms | defense programs | defense programmes
      | defence programmes | defence programs | defense customers | defence customers | defense clients | defence clients
      | defence procurement | defense procurement | defence and security | defense and security | defence and aerospace
      | defense and aerospace | aerospace and defense | aerospace and defence | aerospace defense | aerospace defence
      | department of defense | ministry of defence | ministry of defense | =MoD | =DoD
      | military !prev:ex,former,for !next:veteran,veterans,spouse,spouses,family,families,friendly,leave,service,background,experience,time,discount,discounts,personnel,grade,precision,style
      | militaries | armed forces !next:covenant,veterans,veteran,community,day,champion | army !prev:salvation !next:veteran,veterans,of
      | navy !next:blue | naval !next:architecture,architect,architects,architectural | air force !next:veteran,veterans | munitions | ammunition
      | weapons !prev:secret | weapon !prev:secret | weapons systems | weapon systems | missile | missiles | warhead
      | warheads | warfare | combat systems | combat vehicles | combat aircraft | battlefield | fighter jet | fighter jets
      | fighter aircraft | military aircraft | target recognition | target classification | target acquisition
      | automatic target recognition | =NATO | =ITAR | ts sci | c4isr | armoured vehicles
      | armored vehicles | kill chain !prev:cyber | bundeswehr | rustung* | wehrtechni* | verteidigungsindustrie | verteidigungssektor
      | verteidigungsminister* | verteidigungsunternehm* | militar* !next:veteran,veterans,veteranos | militair*
      | streitkrafte | waffen | waffensystem* | munition | luftwaffe | industrie de defense | secteur de la defense
      | secteur defense | defense et securite | armee | armees | armee de terre | ministere des armees | armement*
      | systemes d armes | =BITD | sector de defensa | industria de defensa | defensa y seguridad | ministerio de defensa
      | fuerzas armadas | ejercito | armamento* | armas | municiones | sistemas de armas | setor de defesa
      | industria de defesa | defesa e seguranca | ministerio da defesa | forcas armadas | exercito | municoes | defensie
      | defensie industrie | defensieindustrie | krijgsmacht | wapens | wapensystemen | munitie`,
    weak: `defense !prev:self,criminal,legal,la,of,cyber,best,network,fraud !next:lawyer,lawyers,attorney,attorneys,counsel,solicitor,solicitors,barrister,team,mechanism,mechanisms,in
      | defence !prev:self,criminal,legal,la,of,cyber,best,network,fraud !next:lawyer,lawyers,attorney,attorneys,counsel,solicitor,solicitors,barrister,team,mechanism,mechanisms,in
      | security clearance @clearance | secret clearance @clearance | secret level @clearance | sc clearance @clearance
      | dv clearance @clearance | top secret @clearance | active clearance @clearance | clearance required @clearance
      | sicherheitsuberprufung @clearance | habilitation @clearance | national security | radar | sonar | sensor fusion
      | drone @drone | drones @drone | uav @drone | uavs @drone | unmanned @drone | aerospace | airborne | surveillance
      | verteidigung @defence | defensa @defence | defesa @defence`,
  },
  {
    id: 'gambling',
    aliases: `gambling | betting | casino | casinos | igaming | sportsbook | sports betting | lottery | poker | glucksspiel
      | sportwetten | jeux d argent | paris sportifs | apuestas | juegos de azar | apostas | gokken | kansspelen
      | online gambling | gambling industry`,
    strong: `gambling | gamble !next:on | betting !next:on | sports betting | online betting | casino | casinos | online casino
      | igaming | sportsbook | sportsbooks | bookmaker | bookmakers | bookie | bookies | poker !prev:planning,scrum,agile
      | lottery !prev:visa,card,1b,h1b,housing | lotteries | slot machines | slot games | online slots | wagering | real money gaming | glucksspiel*
      | sportwetten* | wettanbieter* | spielbank* | spielhalle* | jeux d argent | paris sportifs | paris en ligne
      | jeux de hasard | apuestas | apuestas deportivas | casa de apuestas | casas de apuestas | juegos de azar | apostas
      | apostas esportivas | casa de apostas | jogos de azar | gokken | goksector | kansspelen | kansspel`,
  },
  {
    id: 'fossil-fuels',
    aliases: `fossil fuels | fossil fuel | oil and gas | oil gas | oil | coal | petroleum | petrochemicals | fracking | oil industry
      | ol und gas | erdol | fossile brennstoffe | petrole | hydrocarbures | petroleo | combustibles fosiles | petroleo e gas
      | olie en gas | fossiele brandstoffen | oil companies | mining and oil`,
    strong: `oil and gas | oil gas | oil company | oil companies | oil major | oil majors | oil industry | oil sector | oil field
      | oilfield | oilfields | oil sands | tar sands | oil refinery | oil rig | oil rigs | offshore oil | petroleum
      | petrochemical | petrochemicals | refinery | refineries | fossil fuel | fossil fuels | fossil energy | coal !prev:charcoal
      | coal mining | fracking | shale gas | shale oil | natural gas | =LNG | upstream oil | upstream energy
      | upstream and downstream | exploration and production | drilling rig | offshore drilling | hydrocarbon | hydrocarbons
      | ol und gas | ol und gasindustrie | erdol* | erdgas* | mineralol* | raffinerie* | kohlekraft* | braunkohle*
      | steinkohle* | fossile brennstoffe | fossile energien | fossilen brennstoffen | petrole | petroliere | petrolier
      | petroliers | gaz naturel | hydrocarbures | charbon | energies fossiles | combustibles fossiles | parapetrolier
      | petroleo | petrolera | petroleras | petrolero | gas natural | hidrocarburos | refineria | combustibles fosiles
      | petrolifera | carvao | refinaria | combustiveis fosseis | pre sal | olie en gas | olie gas | aardolie | aardgas
      | fossiele brandstoffen | raffinaderij | steenkool | kolencentrale*`,
    weak: `upstream !next:repo,repository,repositories,branch,dependency,dependencies,project,projects,contributions,contribution,open,code,maintainers,api
      | downstream !next:repo,repository,repositories,branch,dependency,dependencies,project,projects,consumers,services,systems,tasks,teams,code,api
      | drilling | offshore !next:development,team,teams,center,centre,delivery,wind,developers,engineers | kohle`,
    negators: `away replace replacing replaces reduce reducing phase phasing decarbonise decarbonize decarbonising
      decarbonizing decarbonisation decarbonization alternative alternatives transition transitioning beyond instead end
      ending abkehr ersetzen ersatz weg sortir sortie remplacer alternativa alternativas sustituir reemplazar substituir
      alternatief vervangen`,
    cancelAfter: 'free frei vrij libre livre',
  },
  {
    id: 'on-call',
    aliases: `on call | oncall | on call rotation | on call duty | pager duty | pager | rufbereitschaft | bereitschaftsdienst
      | bereitschaft | astreinte | astreintes | guardias | guardia | sobreaviso | plantao | bereikbaarheidsdienst | piket
      | on call shifts | out of hours`,
    strong: `oncall | pager duty | pager rotation | out of hours support | out of hours rota | call rota | rufbereitschaft*
      | bereitschaftsdienst* | bereitschaftszeit* | pikett* | astreinte* | d astreinte | guardia !next:civil,urbana,nacional,real
      | guardias !next:civil | de guardia | guardias medicas | sobreaviso | plantao de sobreaviso | regime de sobreaviso
      | bereikbaarheidsdienst* | consignatiedienst* | piketdienst*`,
  },
  {
    id: 'startups',
    aliases: `startups | startup | start ups | start up | early stage | early stage startups | early stage companies
      | seed stage | jeune pousse | empresa emergente | startup companies`,
    strong: `startup !next:time,times,latency,script,scripts,sequence,performance,routine,routines,phase,screen,disk,program,programs,folder,config,configuration,logic,code !prev:from,with,for,help,helping,support,supporting,advise,advising,invest,investing,backs,backing,serve,serving
      | startups !prev:from,with,for,help,helping,support,supporting,advise,advising,invest,investing,backs,backing,serve,serving,and
      | early stage startup | seed stage | seed funded | seed funding | pre seed | founding engineer
      | founding designer | founding team | founding member | jeune pousse | jeunes pousses | empresa emergente
      | grundungsteam | grunderteam`,
    weak: 'early stage | first hire | founding | venture backed | vc backed | series b | newly founded | frisch gegrundet',
  },
  {
    id: 'consulting',
    aliases: `consulting | consultancy | consultancies | consulting firms | management consulting | it consulting | outsourcing
      | body shopping | staff augmentation | beratung | unternehmensberatung | conseil | cabinet de conseil | esn | ssii
      | consultoria | consultora | adviesbureau | consultant roles | consulting firms`,
    strong: `consulting firm | consulting firms | consulting company | consulting companies | consultancy firm
      | management consulting | management consultancy | strategy consulting | it consulting | technology consulting
      | tech consulting | digital consultancy | consulting role | consulting position | consultant role
      | consultant position | consultancy role | as a consultant | client facing consulting | consulting engagements
      | client engagements | big four | big 4 | professional services firm | it services company | outsourcing company
      | staff augmentation | body shop | body shopping
      | consultancy !prev:recruitment,recruiting,search,talent,staffing,executive,headhunting,resourcing,hr,personnel,placement
      | consultancies !prev:recruitment,recruiting,search,talent,staffing,executive,headhunting,resourcing,hr,personnel,placement
      | unternehmensberatung* | beratungsunternehm* | beratungshaus | beratungsfirma | it beratung | managementberatung
      | strategieberatung | als berater | als beraterin | cabinet de conseil | societe de conseil | =ESN | ssii
      | conseil en strategie | conseil en management | poste de consultant | en tant que consultant
      | consultora !prev:una,como | consultoria | empresa de consultoria | firma de consultoria | adviesbureau
      | consultancybureau`,
    weak: `consulting !prev:recruitment,recruiting,talent,search,hr,staffing,placement
      | consultant !prev:recruitment,recruiting,talent,search,hr,staffing,placement,resourcing,senior,principal,lead
      | beratung | outsourcing`,
  },
  {
    id: 'tobacco',
    aliases: 'tobacco | cigarettes | cigarette | vaping | vapes | nicotine | tabak | tabac | tabaco | smoking | smoking products',
    strong: `tobacco | cigarette | cigarettes | e cigarette | e cigarettes | vape | vapes | vaping
      | nicotine !next:replacement,patch,patches,gum,cessation | heated tobacco | tabak* | zigarett* | tabac | tabaco
      | cigarrillo* | cigarros`,
  },
  {
    id: 'alcohol',
    aliases: `alcohol | alcoholic beverages | alcohol industry | drinks industry | beer | breweries | brewery | spirits
      | liquor | alkohol | alcool | bebidas alcoholicas | bebidas alcoolicas`,
    strong: `alcohol !prev:drug,drugs,and !next:abuse,addiction,dependency,dependence,misuse,testing,test,screening,sanitizer,sanitiser,based,free,policy,rub,use,and,or
      | alcoholic beverages | alcoholic drinks | alcohol industry | alcohol brand | alcohol brands | beer brand | beer brands
      | brewery | breweries | brewing company | distillery | distilleries | winery | wineries | spirits brand
      | spirits brands | spirits company | wine and spirits | liquor | alkoholische getranke | spirituosen* | brauerei*
      | vins et spiritueux | spiritueux | distillerie | bebidas alcoholicas | bebidas alcoolicas | destileria | destilaria
      | brouwerij | distilleerderij`,
  },
  {
    id: 'adult',
    aliases: 'adult content | adult entertainment | adult industry | porn | pornography | erotica | adult',
    strong: `adult entertainment | adult content | adult industry | adult website | adult websites | adult platform | porn
      | pornography | pornographic | erotic | erotica`,
  },
  {
    id: 'mlm',
    aliases: `mlm | multi level marketing | network marketing | pyramid schemes | pyramid scheme | direct selling
      | strukturvertrieb`,
    strong: `=MLM | mlm | multi level marketing | network marketing | be your own boss | direct selling | pyramid scheme
      | residual income | strukturvertrieb | marketing multinivel | marketing de rede | marketing de red`,
  },
  {
    id: 'part-time',
    aliases: `part time | part time roles | part time jobs | teilzeit | temps partiel | mi temps | tiempo parcial
      | media jornada | meio periodo | tempo parcial | deeltijd`,
    strong: `part time | teilzeit* | temps partiel | mi temps | tiempo parcial | media jornada | meio periodo | tempo parcial
      | deeltijd*`,
    alternatives: 'full fulltime vollzeit plein completo completa integral voltijd',
  },
  {
    id: 'unpaid',
    aliases: `unpaid | unpaid work | unpaid roles | unpaid internships | equity only | no salary | volunteer | volunteering
      | unbezahlt | benevolat | no remunerado | deferred salary`,
    strong: `unpaid !next:leave,sabbatical,invoice,invoices,bills,overtime | equity only | no salary | without salary | sweat equity | volunteer role | volunteer position
      | volunteer basis | volunteer opportunity | paid in equity | deferred salary | unbezahlt* | ehrenamtlich*
      | non remunere | non remuneree | benevole | benevolat | no remunerado | no remunerada | sin remuneracion
      | nao remunerado | nao remunerada | sem remuneracao | onbetaald | vrijwilliger* | vrijwilligerswerk`,
  },
  {
    id: 'travel',
    aliases: `travel | travelling | traveling | business travel | frequent travel | extensive travel | lots of travel
      | travel heavy | reisen | reisetatigkeit | dienstreisen | deplacements | viajes | viajar | viagens | reizen`,
    strong: `extensive travel | frequent travel | frequent travelling | frequent traveling | regular travel | significant travel
      | travel required | travel is required | required to travel | requires travel | willingness to travel
      | willing to travel | ability to travel | able to travel | travel up to | international travel | domestic travel
      | overnight travel | business travel !next:platform,software,app,company,startup,industry,management,agency,tool,tools
      | travel extensively | travel frequently | travel regularly
      | reisebereitschaft | reisetatigkeit* | reiseanteil | dienstreise* | deplacements | deplacements frequents
      | nombreux deplacements | viajes frecuentes | disponibilidad para viajar | disponibilidad de viajar
      | viagens frequentes | disponibilidade para viajar | reisbereidheid | travel nurse | travel nurses | travel nursing
      | travel rn | travel contract | travel contracts | travel assignment | travel assignments`,
    negators: 'minimal little limited rare rarely occasional occasionally light',
  },
  {
    id: 'contract',
    aliases: `contract | contracts | contract work | contract roles | contract jobs | contract positions | contracting
      | contractor | contractors | contractor roles | freelance | freelancing | freelancer | freelancers | freelance work
      | temporary | temporary work | temporary roles | temporary contracts | temp | temp work | temping | fixed term
      | fixed term contracts | short term contracts | interim | interim roles | locum | locums | c2c | corp to corp | 1099
      | w2 contract | day rate | self employed | gig work | gigs | befristet | befristete | befristete vertrage
      | befristete stellen | befristung | vertrag | vertrage | freiberuflich | freiberufler | zeitarbeit | leiharbeit
      | projektarbeit | cdd | contrat | contrats | mission freelance | missions | contrato | contratos | contrato temporal
      | contratos temporales | temporal | temporales | autonomo | autonomos | pj | temporario | temporarios | tijdelijk
      | tijdelijke contracten | zzp | detachering | contract to hire`,
    strong: `contract role | contract roles | contract position | contract positions | contract job | contract jobs
      | contract basis | contract assignment | contract assignments | contract opportunity | contract work | contract gig
      | contract engagement | contract to hire | contract to perm | contract to permanent | on a contract | fixed term
      | short term contract | long term contract | initial contract | rolling contract | extendable contract
      | freelance contract | temporary contract | hourly contract | day rate contract | w2 contract | contract w2
      | 1099 contract | 1099 contractor | 1099 position | 1099 role | on 1099 | c2c | corp to corp | corp 2 corp
      | contractor !prev:defense,defence,government,federal,general,military,electrical,plumbing,building,construction,roofing,hvac,civil,mechanical,engineering,prime,approved,trusted,licensed,landscaping,painting
      | contractors !prev:defense,defence,government,federal,general,military,electrical,plumbing,building,construction,roofing,hvac,civil,mechanical,engineering,prime,approved,trusted,licensed,landscaping,painting,of,manage,managing,with,coordinate,coordinating,supervise,supervising,our,external
      | contracting role | contracting opportunity | contracting position | contracting work | contracting basis
      | subcontractor | sub contractor | freelance | freelancer
      | freelancers !prev:of,manage,managing,with,coordinate,coordinating,supervise,supervising,our,external
      | freelancing | self employed
      | self employment | sole trader | umbrella company | ir35 | day rate | daily rate | temp role | temp position
      | temp job | temp work | temp assignment | temp to perm | temp to hire | temping | temporary role
      | temporary position | temporary job | temporary assignment | temporary post | temporary work | temporary basis
      | temporary cover | temporary employment | temporary staff | maternity cover | maternity leave cover
      | parental leave cover | mat leave cover | locum | locums | locum tenens | interim role | interim position
      | interim basis | interim assignment | interim mandate | interim manager | interim management | interim contract
      | interim cover | interim cfo | interim cto | interim head | interim director | interim lead | gig work
      | project basis | per project basis
      | freiberufler* | freiberufl* | freie mitarbeit | freier mitarbeiter | freie mitarbeiterin | honorarbasis
      | auf honorarbasis | werkvertrag | befrist* | zeitarbeit* | leiharbeit* | arbeitnehmeruberlassung* | projektbasis
      | auf projektbasis | projekteinsatz | tagessatz* | stundensatz* | elternzeitvertretung | mutterschutzvertretung
      | krankheitsvertretung | aushilfe* | interims* | cdd | contrat a duree determinee | contrat de mission | mission freelance
      | en freelance | tjm | taux journalier | taux journalier moyen | en interim | mission d interim | mission interim
      | interimaire* | portage salarial | auto entrepreneur | micro entrepreneur | statut independant | en independant
      | travailleur independant | consultant independant | vacataire | contrat court | contrato temporal | puesto temporal
      | empleo temporal | trabajo temporal | vacante temporal | contratacion temporal | contrato por obra
      | por obra y servicio | contrato por proyecto | contrato eventual | contrato de interinidad | interinidad
      | como autonomo | como autonoma | trabajador autonomo | trabajadora autonoma | regimen de autonomos
      | regimen de autonomo | contrato mercantil | =PJ | pessoa juridica | contrato pj | vaga pj | regime pj
      | contrato temporario | trabalho temporario | vaga temporaria | vaga temporario | cargo temporario | prazo determinado
      | prestacao de servicos | prestador de servicos | profissional autonomo | freela | tijdelijk contract
      | tijdelijke opdracht | tijdelijke baan | tijdelijke functie | zzp | zzper | detachering | gedetacheerd | inhuur
      | uurtarief | dagtarief | projectbasis | op projectbasis`,
    alternatives: `permanent perm festanstellung festangestellt unbefristet unbefristete unbefristeten cdi indefinido indefinida
      fijo fija efetivo efetiva clt vast vaste`,
  },
];

/** Concept ids, most specific first: ties in compileAvoid go to the earlier one. */
const CONCEPT_ORDER = CONCEPTS.map((c) => c.id);

/** The deal-breaker concepts this module knows ("contract", "crypto", "relocation"…). */
export const DEAL_BREAKER_CONCEPTS: readonly string[] = CONCEPT_ORDER;

// ---------------------------------------------------------------------------------------------
// Indexes, built once
// ---------------------------------------------------------------------------------------------

interface Trigger {
  concept: string;
  weak: boolean;
  /** The phrase or its group ("@clearance"), for counting distinct weak triggers. */
  phrase: string;
  exact: string | null;
  notNext: ReadonlySet<string> | null;
  notPrev: ReadonlySet<string> | null;
}
interface PrefixTrigger extends Trigger {
  prefix: string;
}
interface ConceptRuntime {
  def: ConceptDef;
  negators: ReadonlySet<string>;
  cancelAfter: ReadonlySet<string>;
  alternatives: ReadonlySet<string>;
  blockBefore: ReadonlySet<string>;
  blockAfter: ReadonlySet<string>;
  weakCancelledBy: PhraseIndex<true> | null;
}
interface Knowledge {
  triggers: PhraseIndex<Trigger>;
  prefixes: PrefixTrigger[];
  aliases: PhraseIndex<string>;
  concepts: Map<string, ConceptRuntime>;
}

function wordSet(list: string | undefined): Set<string> {
  return new Set((list ?? '').split(/\s+/).filter(Boolean));
}

function phrases(list: string | undefined): string[] {
  return (list ?? '')
    .split('|')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function parseTrigger(spec: string, concept: string, weak: boolean): { phrase: string; trigger: Trigger; prefix: boolean } {
  const at = spec.indexOf(' @');
  const group = at >= 0 ? spec.slice(at + 2).trim() : null;
  const [head, ...rules] = (at >= 0 ? spec.slice(0, at) : spec).split(' !');
  let phrase = head!.trim();
  let notNext: Set<string> | null = null;
  let notPrev: Set<string> | null = null;
  for (const rule of rules) {
    const [kind, list] = rule.split(':');
    const set = new Set((list ?? '').split(',').map((s) => s.trim()).filter(Boolean));
    if (kind === 'next') notNext = set;
    else if (kind === 'prev') notPrev = set;
  }
  let exact: string | null = null;
  if (phrase.startsWith('=')) {
    exact = phrase.slice(1);
    phrase = exact.toLowerCase();
  }
  const prefix = phrase.endsWith('*');
  if (prefix) phrase = phrase.slice(0, -1);
  return { phrase, prefix, trigger: { concept, weak, phrase: group ?? phrase, exact, notNext, notPrev } };
}

let knowledgeCache: Knowledge | null = null;

function knowledge(): Knowledge {
  if (knowledgeCache) return knowledgeCache;
  const triggers = new PhraseIndex<Trigger>();
  const prefixes: PrefixTrigger[] = [];
  const aliases = new PhraseIndex<string>();
  const concepts = new Map<string, ConceptRuntime>();
  for (const def of CONCEPTS) {
    for (const [list, weak] of [
      [def.strong, false],
      [def.weak, true],
    ] as const) {
      for (const spec of phrases(list)) {
        const { phrase, prefix, trigger } = parseTrigger(spec, def.id, weak);
        if (prefix) prefixes.push({ ...trigger, prefix: phrase });
        else triggers.add(phrase, trigger);
      }
    }
    for (const alias of phrases(def.aliases)) aliases.add(alias, def.id);
    let cancel: PhraseIndex<true> | null = null;
    if (def.weakCancelledBy) {
      cancel = new PhraseIndex<true>();
      for (const p of phrases(def.weakCancelledBy)) cancel.add(p, true);
    }
    concepts.set(def.id, {
      def,
      negators: wordSet(def.negators),
      cancelAfter: wordSet(def.cancelAfter),
      alternatives: wordSet(def.alternatives),
      blockBefore: wordSet(def.blockBefore),
      blockAfter: wordSet(def.blockAfter),
      weakCancelledBy: cancel,
    });
  }
  knowledgeCache = { triggers, prefixes, aliases, concepts };
  return knowledgeCache;
}

// ---------------------------------------------------------------------------------------------
// compileAvoid
// ---------------------------------------------------------------------------------------------

/** Words around a deal-breaker that say nothing about it ("no crypto companies", "anything in defence"). */
const FILLER = new Set(
  `no not any avoid avoiding anything nothing without never only work working jobs job roles role positions position
   companies company industry industries sector sectors related firms firm employers employer businesses the a an
   in for of with at type types kind stuff environment environments please based heavy
   kein keine keinen nicht bitte branche unternehmen firmen stellen bereich im der die das
   pas de du des le la les secteur entreprises emploi postes travail
   sin del el los las empresas trabajo puestos industria
   nao sem do da setor vagas
   geen niet het bedrijven werk banen`.split(/\s+/).filter(Boolean),
);
const SPLIT_WORDS = new Set('and or und oder et ou y e'.split(' '));

function conceptFor(tokens: readonly Token[]): string | null {
  if (!tokens.length) return null;
  const k = knowledge();
  const covered = new Map<string, Set<number>>();
  for (const hit of k.aliases.findAll(tokens)) {
    const set = covered.get(hit.value) ?? new Set<number>();
    for (let i = hit.from; i < hit.to; i += 1) set.add(i);
    covered.set(hit.value, set);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const id of CONCEPT_ORDER) {
    const set = covered.get(id);
    if (!set) continue;
    let ok = true;
    for (let i = 0; i < tokens.length; i += 1) {
      if (!set.has(i) && !FILLER.has(tokens[i]!.text)) {
        ok = false;
        break;
      }
    }
    if (ok && set.size > bestCount) {
      best = id;
      bestCount = set.size;
    }
  }
  return best;
}

/** Splits "crypto/web3", "gambling and tobacco", "defence, weapons" into parts. */
function splitTerm(a: Analysed): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < a.tokens.length; i += 1) {
    const t = a.tokens[i]!;
    if (SPLIT_WORDS.has(t.text)) {
      if (current.length) parts.push(current);
      current = [];
      continue;
    }
    current.push(t);
    if (/[,/;&+|]/.test(gapAfter(a, i))) {
      parts.push(current);
      current = [];
    }
  }
  if (current.length) parts.push(current);
  return parts;
}

/** The candidate's avoid list, each term read as a known concept or kept as words to match literally. */
export function compileAvoid(avoid: readonly string[] | undefined): CompiledAvoid[] {
  const out: CompiledAvoid[] = [];
  const seen = new Set<string>();
  try {
    for (const raw of avoid ?? []) {
      if (typeof raw !== 'string') continue;
      const term = raw.replace(/\s+/g, ' ').trim().slice(0, 200);
      if (!term) continue;
      const a = analyse(term);
      if (!a.tokens.length) continue;
      const push = (t: string, concept: string | null) => {
        const key = `${t.toLowerCase()}\u0000${concept ?? ''}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ term: t, concept });
      };
      const whole = conceptFor(a.tokens);
      if (whole) {
        push(term, whole);
        continue;
      }
      const parts = splitTerm(a);
      const mapped = parts.map((p) => ({ tokens: p, concept: conceptFor(p) }));
      if (parts.length < 2 || mapped.every((m) => !m.concept)) {
        push(term, null);
        continue;
      }
      const concepts = new Set(mapped.map((m) => m.concept));
      if (concepts.size === 1) {
        push(term, mapped[0]!.concept);
        continue;
      }
      for (const m of mapped) {
        const text = term.slice(m.tokens[0]!.start, m.tokens[m.tokens.length - 1]!.end);
        push(text, m.concept);
      }
    }
  } catch {
    // Keep what was compiled.
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

interface Span {
  concept: string;
  weak: boolean;
  phrase: string;
  from: number;
  to: number;
  /** Evidence wider than the trigger ("no relocation needed"), when it differs. */
  evidence?: [number, number];
}

function triggerApplies(a: Analysed, t: Trigger, from: number, to: number): boolean {
  const tokens = a.tokens;
  if (t.exact !== null && tokens[from]!.raw !== t.exact) return false;
  if (t.notNext) {
    const next = tokens[to];
    if (next && t.notNext.has(next.text) && !breakAfter(a, to - 1, true)) return false;
  }
  if (t.notPrev) {
    const prev = tokens[from - 1];
    if (prev && t.notPrev.has(prev.text) && !breakAfter(a, from - 1, true)) return false;
  }
  return true;
}

const MONTH_WORDS = new Set(
  `month months monat monate monaten mois mes meses maand maanden week weeks woche wochen semaine semaines semana semanas
   weken year years jahr jahre jahren an ans ano anos jaar`.split(/\s+/).filter(Boolean),
);
const CONTRACT_WORDS = new Set(
  `contract contrat contrato vertrag projekt projet proyecto projeto mission assignment engagement opdracht
   contracts contratos vertrage missions assignments`.split(/\s+/).filter(Boolean),
);
/** Words between "contract" and its length: "contract for 6 months", "contrato de 6 meses", "Projekt für 6 Monate". */
const DURATION_LINKS = new Set('of for de du d von fur van voor por para da do a an ein einen initial initially'.split(' '));
const DURATION_LABELS = new Set(
  'duration dauer laufzeit projektdauer projektlaufzeit vertragslaufzeit duree duracion duracao looptijd'.split(' '),
);
const TYPE_LABELS = new Set(
  `type employment engagement jobtype vertragsart anstellungsart beschaftigungsart anstellung tipo contratacion
   contrat dienstverband`.split(/\s+/).filter(Boolean),
);
const CONTRACT_VALUES = new Set('contract contractor freelance temporary temp interim befristet cdd temporal temporario'.split(' '));
const EXTENSIONS = new Set(
  'extendable extension extensions renewable verlangerbar verlangerung option renouvelable prorrogable prorrogavel prolongation verlengbaar'.split(' '),
);

const NUMBER_WORDS = new Set(
  `one two three four six nine twelve eighteen ein eine zwei drei sechs zwolf un une deux trois six douze uno una dos tres
   seis doce um uma dois duas doze een twee drie zes twaalf`.split(/\s+/).filter(Boolean),
);

function isNumberToken(t: Token | undefined): boolean {
  return !!t && (/^\d{1,2}\+?$/.test(t.text) || NUMBER_WORDS.has(t.text));
}

/** "6-month contract", "Contract, 12 months", "Duration: 12+ months", "Type: Contract", "(Contract)", "mission de 6 mois". */
function contractRules(a: Analysed, out: Span[]): void {
  const tokens = a.tokens;
  const push = (from: number, to: number, phrase: string) => out.push({ concept: 'contract', weak: false, phrase, from, to });
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (isNumberToken(t) && tokens[i + 1] && MONTH_WORDS.has(tokens[i + 1]!.text)) {
      const unit = tokens[i + 1]!.text;
      const months = /^(?:month|monat|mois|mes|maand|year|jahr|an|ano|jaar)/.test(unit);
      // "6-month contract", "12 months contract"
      const next = tokens[i + 2];
      if (next && CONTRACT_WORDS.has(next.text) && !breakAfter(a, i + 1, true)) {
        // English "project" is too loose: "a 6-month project" happens in permanent jobs.
        push(i, i + 3, 'duration contract');
        continue;
      }
      // "12 months, extendable"
      for (let j = i + 2; j <= i + 4 && j < tokens.length; j += 1) {
        if (breakAfter(a, j - 1)) break;
        if (EXTENSIONS.has(tokens[j]!.text) && months) {
          push(i, j + 1, 'duration extendable');
          break;
        }
      }
      // "Duration: 12+ months", "contract for 6 months", "Projekt für 6 Monate", "mission de 6 mois"
      for (let j = i - 1; j >= i - 3 && j >= 0; j -= 1) {
        if (breakAfter(a, j)) break;
        const w = tokens[j]!.text;
        if (DURATION_LABELS.has(w) || CONTRACT_WORDS.has(w)) {
          push(j, i + 2, 'duration contract');
          break;
        }
        if (!DURATION_LINKS.has(w)) break;
      }
      continue;
    }
    if (CONTRACT_VALUES.has(t.text)) {
      // "Type: Contract", "Employment type - Freelance"
      const prev = tokens[i - 1];
      const gapBefore = i > 0 ? gapAfter(a, i - 1) : '';
      if (prev && TYPE_LABELS.has(prev.text) && /[:\-–]/.test(gapBefore)) {
        push(i - 1, i + 1, 'type contract');
        continue;
      }
      // "(Contract)", "– Contract –"
      const gapAfterIt = gapAfter(a, i);
      if (/\(\s*$/.test(gapBefore) && /^\s*\)/.test(gapAfterIt)) {
        push(i, i + 1, '(contract)');
        continue;
      }
      if (
        i > 0 &&
        /(?:^|\s)[–—|·•](?:\s|$)/.test(gapBefore) &&
        (/(?:^|\s)[–—|·•](?:\s|$)/.test(gapAfterIt) || /\n/.test(gapAfterIt) || i === tokens.length - 1)
      ) {
        push(i, i + 1, 'listed contract');
      }
    }
  }
}

/**
 * Where the amount ending at token `i` starts when it is money ("$2,950", "£350", "EUR 600", "600 €"),
 * or -1 when it is a bare number.
 */
function moneyStart(a: Analysed, i: number): number {
  const tokens = a.tokens;
  let first = i;
  // Thousands groups: "2,950" and "2.950" are two tokens.
  while (first > 0 && /^\d{1,3}$/.test(tokens[first - 1]!.text) && /^[,.]$/.test(gapAfter(a, first - 1))) first -= 1;
  const before = first > 0 ? gapAfter(a, first - 1) : a.text.slice(Math.max(0, tokens[first]!.start - 3), tokens[first]!.start);
  if (/[£€$]/.test(before)) return first;
  if (/^(?:gbp|eur|usd|chf|cad|aud)$/.test(tokens[first - 1]?.text ?? '')) return first - 1;
  return /^\s*[£€$]/.test(gapAfter(a, i)) ? first : -1;
}

const DAY_WORDS = new Set('day days jour jours tag dia dag'.split(' '));
/** "£350/day", "€600 per day": a day rate. */
function dayRateRule(a: Analysed, out: Span[]): void {
  const tokens = a.tokens;
  for (let i = 1; i < tokens.length; i += 1) {
    if (!DAY_WORDS.has(tokens[i]!.text)) continue;
    let n = i - 1;
    const gap = gapAfter(a, n);
    if (tokens[n]!.text === 'per' || tokens[n]!.text === 'a' || tokens[n]!.text === 'par' || tokens[n]!.text === 'pro') n -= 1;
    else if (!/^\s*\/\s*$/.test(gap)) continue;
    if (n < 0 || !/^\d[\d.,]*k?$/.test(tokens[n]!.text)) continue;
    // The number must be money: a currency sign or code next to it.
    const start = moneyStart(a, n);
    if (start >= 0) {
      out.push({ concept: 'contract', weak: false, phrase: 'day rate', from: start, to: i + 1 });
    }
  }
}

const WEEKS = new Set(['week', 'weeks', 'wk', 'wks', 'semanas', 'semana']);
const ASSIGNMENT_WORDS = new Set(['assignment', 'assignments', 'contract', 'contracts', 'travel', 'asignacion', 'asignaciones']);
const TRAVEL_WEEKS = new Set(['4', '6', '8', '12', '13', '26']);

/** "13-week assignments", "$2,950/wk travel", "13 weeks". */
function travelContractRules(a: Analysed, out: Span[]): void {
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (/^\d{1,2}$/.test(t.text) && WEEKS.has(next.text)) {
      const after = tokens[i + 2];
      if (after && ASSIGNMENT_WORDS.has(after.text) && !breakAfter(a, i + 1, true)) {
        out.push({ concept: 'travel-contract', weak: false, phrase: 'week assignment', from: i, to: i + 3 });
      } else if (TRAVEL_WEEKS.has(t.text)) {
        out.push({ concept: 'travel-contract', weak: true, phrase: 'n weeks', from: i, to: i + 2 });
      }
      continue;
    }
    // Weekly pay: "$3,400/week", "$2,950/wk"
    if (WEEKS.has(next.text) && /^\d[\d.,]*k?$/.test(t.text) && /\//.test(gapAfter(a, i))) {
      const start = moneyStart(a, i);
      if (start < 0) continue;
      const travel = [tokens[i + 2], tokens[i + 3]].some((x) => x?.text === 'travel');
      out.push({ concept: 'travel-contract', weak: !travel, phrase: 'weekly pay', from: start, to: i + (travel ? 3 : 2) });
    }
  }
}

/** "on-call", "on call rotation", "be on call". */
const ON_CALL_AFTER = new Set(
  `rotation rota rotas duty duties schedule shift shifts support weekend weekends week weeks pager responsibilities
   responsibility requirement requirements availability engineer coverage cover pay allowance compensation basis roster
   component`.split(/\s+/).filter(Boolean),
);
const ON_CALL_BEFORE = new Set(
  `be being share shared participate participating join joining take taking includes including occasional some rotating
   light involves require requires required weekly`.split(/\s+/).filter(Boolean),
);
function onCallRule(a: Analysed, out: Span[]): void {
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length - 1; i += 1) {
    if (tokens[i]!.text !== 'on' || tokens[i + 1]!.text !== 'call') continue;
    const hyphen = /^\s*[-‐–]\s*$/.test(gapAfter(a, i));
    const next = tokens[i + 2];
    const prev = tokens[i - 1];
    // "On call: one week in six" at the head of a sentence or line.
    const heading = tokens[i]!.raw === 'On' && (i === 0 || breakAfter(a, i - 1));
    const ok =
      hyphen ||
      heading ||
      (next && ON_CALL_AFTER.has(next.text) && !breakAfter(a, i + 1, true)) ||
      (prev && ON_CALL_BEFORE.has(prev.text) && !breakAfter(a, i - 1, true));
    if (ok) out.push({ concept: 'on-call', weak: false, phrase: 'on call', from: i, to: i + 2 });
  }
}

/** "start-up" with a hyphen (a company), not "start up the server". "Series A". */
function startupRule(a: Analysed, out: Span[]): void {
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (t.text === 'start' && (next.text === 'up' || next.text === 'ups') && /^[-‐]$/.test(gapAfter(a, i))) {
      out.push({ concept: 'startups', weak: false, phrase: 'start-up', from: i, to: i + 2 });
    } else if (t.text === 'series' && next.raw === 'A' && t.raw[0] === 'S') {
      out.push({ concept: 'startups', weak: false, phrase: 'series a', from: i, to: i + 2 });
    }
  }
}

const NIGHT_END_HOURS = new Set([4, 5, 6, 7, 8, 9]);
function hourOf(text: string): { hour: number; half: 'am' | 'pm' | 'h' | null } | null {
  const m = /^(\d{1,2})(a|am|p|pm|h|uhr)?$/.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  if (hour > 24) return null;
  const suffix = m[2];
  if (suffix === 'a' || suffix === 'am') return { hour, half: 'am' };
  if (suffix === 'p' || suffix === 'pm') return { hour, half: 'pm' };
  return { hour, half: suffix ? 'h' : null };
}

/** "7p–7a", "7pm-7am", "19:00–07:00", "19h-7h", "22–6 Uhr": an evening-to-morning shift. */
function nightShiftRule(a: Analysed, out: Span[]): void {
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const start = hourOf(tokens[i]!.text);
    if (!start) continue;
    let j = i + 1;
    let clock = start.half === 'h';
    // "19:00": skip the minutes.
    if (/^\s*[:.h]\s*$/.test(gapAfter(a, i)) && /^\d\d$/.test(tokens[j]?.text ?? '')) {
      clock = true;
      j += 1;
    }
    const gap = gapAfter(a, j - 1);
    if (!/^\s*(?:[-–—]|to|bis|a|à)\s*$/.test(gap) && !(tokens[j]?.text === 'to' || tokens[j]?.text === 'bis')) continue;
    if (tokens[j]?.text === 'to' || tokens[j]?.text === 'bis') j += 1;
    const end = hourOf(tokens[j]?.text ?? '');
    if (!end) continue;
    let k = j + 1;
    if (/^\s*[:.h]\s*$/.test(gapAfter(a, j)) && /^\d\d$/.test(tokens[k]?.text ?? '')) {
      clock = true;
      k += 1;
    }
    if (tokens[k]?.text === 'uhr') clock = true;
    const evening =
      (start.half === 'pm' && start.hour >= 6 && start.hour <= 11) || (clock && start.hour >= 18 && start.hour <= 23);
    const morning =
      (end.half === 'am' && NIGHT_END_HOURS.has(end.hour)) || ((clock || end.half === 'h') && NIGHT_END_HOURS.has(end.hour));
    if (evening && morning) out.push({ concept: 'nights', weak: false, phrase: 'night hours', from: i, to: k });
  }
}

const PERCENT_TRAVEL = new Set(['travel', 'travelling', 'traveling', 'reisen', 'reisetatigkeit', 'deplacements', 'viajes', 'viagens']);
/** "50% travel", "travel 30%". */
function travelPercentRule(a: Analysed, out: Span[]): void {
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!/^\d{1,3}$/.test(tokens[i]!.text) || !/^\s*%/.test(gapAfter(a, i))) continue;
    const n = Number(tokens[i]!.text);
    if (n < 10) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (next && PERCENT_TRAVEL.has(next.text)) out.push({ concept: 'travel', weak: false, phrase: '% travel', from: i, to: i + 2 });
    else if (prev && PERCENT_TRAVEL.has(prev.text) && !breakAfter(a, i - 1, true)) {
      out.push({ concept: 'travel', weak: false, phrase: 'travel %', from: i - 1, to: i + 1 });
    }
  }
}

/** German compounds ending in -agentur ("Digitalagentur") unless it is a recruitment or job agency. */
const AGENTUR_NOT = [
  'personal', 'arbeits', 'bundes', 'recruiting', 'vermittlung', 'zeitarbeit', 'job', 'headhunt', 'talent', 'model',
  'reise', 'immobilien', 'versicherung', 'nachrichten', 'presse', 'karriere',
];
function agenturRule(a: Analysed, out: Span[]): void {
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const w = tokens[i]!.text;
    if (w.length < 7 || !(w.endsWith('agentur') || w.endsWith('agenturen') || w.startsWith('agentur'))) continue;
    if (AGENTUR_NOT.some((p) => w.startsWith(p))) continue;
    if (w === 'agentur' || w === 'agenturen') {
      const next = tokens[i + 1]?.text;
      if (next === 'fur' && tokens[i + 2]?.text === 'arbeit') continue;
    }
    if (w.startsWith('agentur') && /^agentur(?:erfahrung|kunden)/.test(w)) continue;
    out.push({ concept: 'agency', weak: false, phrase: 'agentur', from: i, to: i + 1 });
  }
}

type Rule = (a: Analysed, out: Span[]) => void;
const RULES: Record<string, Rule[]> = {
  contract: [contractRules, dayRateRule],
  'travel-contract': [travelContractRules],
  nights: [nightShiftRule],
  'on-call': [onCallRule],
  startups: [startupRule],
  travel: [travelPercentRule, travelContractRules],
  agency: [agenturRule],
};

/** Every trigger of the wanted concepts in the message, before negation. */
function collectSpans(a: Analysed, wanted: ReadonlySet<string>): Span[] {
  const k = knowledge();
  const tokens = a.tokens;
  const spans: Span[] = [];
  for (const hit of k.triggers.findAll(tokens)) {
    const t = hit.value;
    if (!wanted.has(t.concept)) continue;
    if (!triggerApplies(a, t, hit.from, hit.to)) continue;
    spans.push({ concept: t.concept, weak: t.weak, phrase: t.phrase, from: hit.from, to: hit.to });
  }
  const prefixes = k.prefixes.filter((p) => wanted.has(p.concept));
  if (prefixes.length) {
    for (let i = 0; i < tokens.length; i += 1) {
      const text = tokens[i]!.text;
      for (const p of prefixes) {
        if (text.startsWith(p.prefix) && triggerApplies(a, p, i, i + 1)) {
          spans.push({ concept: p.concept, weak: p.weak, phrase: p.prefix, from: i, to: i + 1 });
        }
      }
    }
  }
  // Rules run once each; a rule shared by two concepts (travel weeks) is filed under each that wants it.
  const results = new Map<Rule, Span[]>();
  for (const id of wanted) {
    for (const rule of RULES[id] ?? []) {
      let found = results.get(rule);
      if (!found) {
        found = [];
        rule(a, found);
        results.set(rule, found);
      }
      for (const s of found) spans.push(s.concept === id ? s : { ...s, concept: id });
    }
  }
  if (wanted.has('relocation')) {
    for (const m of relocationMentions(a)) {
      if (!m.negated && !m.optional) {
        spans.push({
          concept: 'relocation',
          weak: false,
          phrase: 'relocation',
          from: m.from,
          to: m.to,
          evidence: [m.evidenceFrom, m.evidenceTo],
        });
      }
    }
  }
  spans.sort((x, y) => x.from - y.from || y.to - x.to);
  // One mention, one span: "housing stipend" is not also a separate "stipend".
  const kept: Span[] = [];
  const reach = new Map<string, number>();
  for (const s of spans) {
    if ((reach.get(s.concept) ?? -1) >= s.to) continue;
    kept.push(s);
    reach.set(s.concept, Math.max(reach.get(s.concept) ?? -1, s.to));
  }
  return kept;
}

const OR_WORDS = new Set(['or', 'oder', 'ou', 'o', 'of', 'either']);

/** "contract or permanent", "CDI ou freelance": an option, not a condition. */
function offeredAsAlternative(a: Analysed, span: Span, alternatives: ReadonlySet<string>): boolean {
  if (!alternatives.size) return false;
  const tokens = a.tokens;
  let sawOr = false;
  let sawAlt = false;
  const lo = Math.max(0, span.from - 4);
  const hi = Math.min(tokens.length, span.to + 4);
  for (let j = span.from - 1; j >= lo; j -= 1) {
    if (breakAfter(a, j)) break;
    if (OR_WORDS.has(tokens[j]!.text) || /\//.test(gapAfter(a, j))) sawOr = true;
    if (alternatives.has(tokens[j]!.text)) sawAlt = true;
  }
  for (let j = span.to; j < hi; j += 1) {
    if (breakAfter(a, j - 1)) break;
    if (OR_WORDS.has(tokens[j]!.text) || /\//.test(gapAfter(a, j - 1))) sawOr = true;
    if (alternatives.has(tokens[j]!.text)) sawAlt = true;
  }
  return sawOr && sawAlt;
}

function conceptNegated(a: Analysed, span: Span, words: ReadonlySet<string>): boolean {
  if (!words.size) return false;
  for (let k = 1; k <= 4; k += 1) {
    const j = span.from - k;
    if (j < 0 || breakAfter(a, j, true)) return false;
    if (words.has(a.tokens[j]!.text)) return true;
  }
  return false;
}

/** "gambling-free", "tabakfrei": the opposite of the trigger. */
const FREE_OF = new Set(['free', 'frei', 'vrij']);

function blocked(a: Analysed, span: Span, rt: ConceptRuntime): boolean {
  const tokens = a.tokens;
  if (rt.blockBefore.size) {
    for (let k = 1; k <= 3; k += 1) {
      const j = span.from - k;
      if (j < 0 || breakAfter(a, j, true)) break;
      if (rt.blockBefore.has(tokens[j]!.text)) return true;
    }
  }
  const next = tokens[span.to];
  if (next && !breakAfter(a, span.to - 1, true)) {
    if (rt.blockAfter.has(next.text) || rt.cancelAfter.has(next.text) || FREE_OF.has(next.text)) return true;
  }
  return false;
}

function isLive(a: Analysed, scope: NegationScope, span: Span, rt: ConceptRuntime): boolean {
  if (negatedBefore(scope, span.from, 4) || negatedAfter(scope, span.to)) return false;
  if (conceptNegated(a, span, rt.negators)) return false;
  if (blocked(a, span, rt)) return false;
  if (offeredAsAlternative(a, span, rt.alternatives)) return false;
  return true;
}

/** The first live hit of a concept: a strong trigger, or two different weak ones. */
function conceptHit(a: Analysed, scope: NegationScope, spans: readonly Span[], id: string): Span | null {
  const rt = knowledge().concepts.get(id);
  if (!rt) return null;
  let firstWeak: Span | null = null;
  const weakPhrases = new Set<string>();
  let weakCancelled: boolean | null = null;
  for (const s of spans) {
    if (s.concept !== id) continue;
    if (!isLive(a, scope, s, rt)) continue;
    if (!s.weak) return s;
    if (weakCancelled === null) {
      weakCancelled = rt.weakCancelledBy
        ? rt.weakCancelledBy.findAll(a.tokens).some((h) => !negatedBefore(scope, h.from, 3))
        : false;
    }
    if (weakCancelled) continue;
    firstWeak ??= s;
    weakPhrases.add(s.phrase);
  }
  return firstWeak && weakPhrases.size >= 2 ? firstWeak : null;
}

/** Plural and singular forms of a term's last word, for literal matching. */
function literalVariants(words: readonly string[]): string[][] {
  const last = words[words.length - 1]!;
  const head = words.slice(0, -1);
  const forms = new Set<string>([last]);
  if (last.length >= 3) {
    forms.add(`${last}s`);
    forms.add(`${last}es`);
    if (last.endsWith('y')) forms.add(`${last.slice(0, -1)}ies`);
    if (last.endsWith('ies')) forms.add(`${last.slice(0, -3)}y`);
    if (last.endsWith('es')) forms.add(last.slice(0, -2));
    if (last.endsWith('s')) forms.add(last.slice(0, -1));
  }
  if (last.length >= 5) {
    forms.add(`${last}e`);
    forms.add(`${last}en`);
    forms.add(`${last}n`);
    if (last.endsWith('en')) forms.add(last.slice(0, -2));
    if (last.endsWith('e')) forms.add(last.slice(0, -1));
  }
  return [...forms].map((f) => head.concat(f));
}

function literalWords(term: string): string[] {
  const tokens = analyse(term).tokens.map((t) => t.text);
  let start = 0;
  let end = tokens.length;
  while (start < end && FILLER.has(tokens[start]!)) start += 1;
  while (end > start && FILLER.has(tokens[end - 1]!)) end -= 1;
  return start < end ? tokens.slice(start, end) : tokens;
}

function evidenceOf(a: Analysed, from: number, to: number): string {
  const start = a.tokens[from]?.start ?? 0;
  // Keep a currency sign that leads the span: "$2,950/wk", not "2,950/wk".
  const sign = start > 0 && /[£€$]/.test(a.text[start - 1] ?? '') ? a.text[start - 1]! : '';
  const text = sign + spanText(a, from, to);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Where the message meets one of the candidate's deal-breakers: at most one hit per avoid term. */
export function findDealBreakers(compiled: readonly CompiledAvoid[], a: Analysed): DealBreakerHit[] {
  try {
    if (!compiled.length || !a.tokens.length) return [];
    const scope = negationScope(a);
    const wanted = new Set<string>();
    for (const c of compiled) if (c.concept && knowledge().concepts.has(c.concept)) wanted.add(c.concept);
    const spans = wanted.size ? collectSpans(a, wanted) : [];
    const conceptHits = new Map<string, Span | null>();
    const out: DealBreakerHit[] = [];
    const done = new Set<string>();
    for (const c of compiled) {
      if (done.has(c.term)) continue;
      let hit: { from: number; to: number; evidence?: [number, number] } | null = null;
      if (c.concept && knowledge().concepts.has(c.concept)) {
        if (!conceptHits.has(c.concept)) conceptHits.set(c.concept, conceptHit(a, scope, spans, c.concept));
        hit = conceptHits.get(c.concept) ?? null;
      } else {
        hit = literalHit(a, scope, c.term);
      }
      if (!hit) continue;
      done.add(c.term);
      const [ef, et] = hit.evidence ?? [hit.from, hit.to];
      out.push({ term: c.term, evidence: evidenceOf(a, ef, et), from: hit.from, to: hit.to });
    }
    return out;
  } catch {
    return [];
  }
}

// A candidate's few terms, each indexed once: built on first use, not for every message.
const literalIndexes = new Map<string, PhraseIndex<true> | null>();
const LITERAL_CACHE_LIMIT = 500;

function literalIndex(term: string): PhraseIndex<true> | null {
  let index = literalIndexes.get(term);
  if (index !== undefined) return index;
  const words = literalWords(term);
  index = null;
  if (words.length) {
    index = new PhraseIndex<true>();
    for (const variant of literalVariants(words)) index.add(variant.join(' '), true);
  }
  if (literalIndexes.size >= LITERAL_CACHE_LIMIT) literalIndexes.clear();
  literalIndexes.set(term, index);
  return index;
}

function literalHit(a: Analysed, scope: NegationScope, term: string): { from: number; to: number } | null {
  const index = literalIndex(term);
  if (!index) return null;
  for (const h of index.findAll(a.tokens)) {
    if (negatedBefore(scope, h.from, 4) || negatedAfter(scope, h.to)) continue;
    return { from: h.from, to: h.to };
  }
  return null;
}
