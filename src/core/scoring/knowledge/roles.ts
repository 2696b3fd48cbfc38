/**
 * Role families from job titles, across professions, in English, Spanish, French, German and
 * Portuguese. A title is a head noun ("engineer", "enfermera", "Entwickler", "analyste") with the
 * modifiers around it ("Senior Java Developer", "desarrollador de software", "Frontend-Entwickler",
 * "analyste BI"); the head's rules turn the modifiers into a hierarchical family id such as
 * 'software.frontend' or 'nursing.rn'. German compounds ("Softwareentwickler", "Krankenpfleger")
 * are split at a known head suffix. Everything is token scanning with PhraseIndex.
 */
import { type Analysed, type Token, PhraseIndex, analyse, spanText } from '../../text';
import { findKnownSkills, skillDomain } from './skills';

export type RoleFamily = string;

export interface RoleHit {
  family: RoleFamily;
  /** The title as written, with its seniority words ("Senior Java Developer"). */
  title: string;
  from: number;
  to: number;
}

// ---------------------------------------------------------------------------------------------
// Modifiers: words around a head that say what kind of role it is. Key → phrases.

const MODIFIERS: Readonly<Record<string, string>> = {
  frontend:
    'frontend|front end|front|client side|javascript|js|typescript|react|reactjs|react.js|angular|angularjs|vue|vue.js|vuejs|svelte|ember|next.js|nextjs|css|html|wordpress|shopify|webflow|frontendentwicklung',
  web: 'web|website|websites|webapp',
  ui: 'ui|user interface|interface|interfaces|visual',
  backend:
    'backend|back end|back|server side|java|python|golang|go|node|node.js|nodejs|ruby|rails|ruby on rails|php|laravel|symfony|django|net|dotnet|asp.net|c#|scala|elixir|rust|kotlin|spring|spring boot|api|apis|microservices|erlang|clojure|haskell|blockchain|solidity',
  fullstack: 'fullstack|full stack|mern|mean stack',
  mobile:
    'mobile|ios|android|swift|swiftui|flutter|react native|xamarin|mobil|movil|movel|app|apps|aplicaciones moviles|aplicativos moveis',
  devops:
    'devops|dev ops|devsecops|sre|site reliability|platform|cloud|infrastructure|infra|reliability|build|release|kubernetes|aws|azure|gcp|linux|network|networking|netzwerk|reseau|reseaux|redes|systemintegration|sysadmin|system administration|unix|windows',
  systems: 'systems|system|sistemas|sistema|systeme|systemes',
  qa: 'qa|quality assurance|test|testing|tests|sdet|test automation|software quality|qa automation|automatisation des tests|pruebas|testes|qs|software test',
  automation: 'automation|automatisierung|automatizacion|automacao|automatisation',
  quality: 'quality|qualite|calidad|qualidade|qualitat|qualitats',
  embedded:
    'embedded|firmware|eingebettete|embarque|embarques|embarquee|embebido|embebidos|embarcado|embarcados|iot|fpga|bare metal|systemes embarques|sistemas embebidos|sistemas embarcados',
  security:
    'security|cybersecurity|cyber|appsec|application security|information security|infosec|securite|seguridad|seguranca|sicherheit|it security|it sicherheit|penetration|pentest|soc|cyber security|ciberseguridad|ciberseguranca|cybersecurite|offensive security',
  software:
    'software|logiciel|logiciels|developpement|application|applications|anwendung|anwendungs|informatique|informatica|computer|computer science|c++|c|desarrollo|desenvolvimento|programmation|programacion|programacao|softwareentwicklung',
  it: 'it|ti|edv|informatik',
  game: 'game|games|gaming|unity|unreal|jeux|jeu|video|videojuegos|juegos|jogos|spiele|gameplay',
  data: 'data|donnees|datos|dados|daten|big data|data platform',
  datascience: 'data science|science des donnees|ciencia de datos|ciencia de dados|data-science',
  database: 'database|databases|db|base de donnees|bases de donnees|base de datos|banco de dados|datenbank|datenbanken',
  ml: 'machine learning|ml|mlops|ai|artificial intelligence|deep learning|nlp|computer vision|ia|llm|llms|genai|generative ai|apprentissage automatique|aprendizaje automatico|aprendizado de maquina|ki|maschinelles lernen|intelligence artificielle|inteligencia artificial|perception|robotics',
  applied: 'applied',
  research: 'research|recherche|investigacion|pesquisa|forschung|r&d',
  decision: 'decision|decisions',
  bi: 'bi|business intelligence|power bi|tableau|looker|reporting|decisionnel|inteligencia de negocios|etl',
  analytics: 'analytics|analytic|analytique|analitica|analytica|insights|analytics engineering|measurement',
  product: 'product|produit|producto|produto|produkt|products',
  ux: 'ux|user experience|experience|interaction|service|experiences|usability|ux research|ux design',
  user: 'user|users',
  content: 'content|contenu|contenido|contenidos|conteudo|copy|editorial|content marketing|contents',
  graphic:
    'graphic|graphics|grafik|grafico|grafica|graphique|brand|branding|motion|print|visual communication|communication visuelle|packaging|illustration|art|creative|kommunikations|medien|multimedia|digital design|design graphique|diseno grafico|design grafico',
  design: 'design|diseno|gestaltung|conception|ontwerp|designs|product design|design ops|designops',
  architecture:
    'architectural|architecture|building|buildings|interior|interiors|landscape|bim|cad|batiment|arquitectura|arquitetura|hochbau|bau|interieur|urban',
  instructional: 'instructional|learning experience|e learning|elearning|pedagogique|learning|lernen|didactique',
  fashion: 'fashion|moda|mode|textile|apparel|footwear',
  industrial: 'industrial|manufacturing|process|production|continuous improvement|lean|procesos|produktion|fertigung|industriel|wirtschaft|wirtschafts|processos|industrie|plant',
  chemical: 'chemical|chimique|quimico|quimica|chemie|chemical process',
  biomedical: 'biomedical|biomedico|biomedica|biomedizin|biomedizinische|clinical engineering',
  aerospace: 'aerospace|aeronautical|aeronautique|aeroespacial|avionics|aviation',
  nursing:
    'nurse|nursing|nurses|rn|rns|registered|icu|critical care|intensive care|enfermeria|enfermagem|pflege|kranken|alten|intensiv|pflegedienst|stations|soins infirmiers|cuidados de enfermeria|soins intensifs|cuidados intensivos|terapia intensiva|uti|reanimation|urgences|urgencias|bloc operatoire|quirofano|pronto socorro|intensivstation|notaufnahme|oncologie|pediatrie|pediatria|cardiologie|cardiologia|geriatrie|medecine|kinderkranken|gesundheits|micu|sicu|cvicu|nicu|picu|med surg|telemetry|oncology|perioperative|charge nurse|travel nurse|staff nurse|infirmier|infirmiere|infirmiers',
  np: 'practitioner|nurse practitioner|advanced practice|aprn|anesthetist|anaesthetist|clinical nurse specialist|np|fnp|crna|nurse anesthetist',
  lpn: 'practical|vocational|licensed practical|licensed vocational|lpn|lvn',
  aide: 'aide|aides|nurse aide|nursing assistant|auxiliar|auxiliaire|assistant',
  care: 'care|home|home care|home health|personal care|patient care|direct care|health|soignant|soignante|soignants|vie|domicile|a domicile|cuidados|betreuung|senior care|elderly|residential|support|caregiving|social care|elder care|dependencia|idosos|cuidador',
  midwife: 'midwife|midwifery|sage femme|obstetric|obstetrics|obstetrica',
  medical:
    'medical|medicine|clinical|hospital|medico|medica|clinique|klinik|klinisch|clinico|clinica|medizinisch|medizinische|medizin|healthcare|health care|sante|salud|saude|gesundheit|patient|patients',
  dental: 'dental|dentaire|dentista|zahn|zahnmedizinische|orthodontic',
  lab: 'lab|laboratory|laboratoire|laboratorio|labor|medical laboratory|clinical laboratory|pathology',
  radiology: 'radiology|radiologic|radiography|imaging|x ray|mri|ct|ultrasound|sonography|radiologie|radiologia|nuclear medicine',
  surgical: 'surgical|surgery|operating room|sterile processing|chirurgical|quirurgico|cirurgico',
  therapy: 'physical|occupational|respiratory|speech|massage|physio|ergo|speech and language|rehabilitation|rehab',
  physician: 'physician|doctor|md|medecin|arzt|doctors',
  pharmacy: 'pharmacy|pharmacie|farmacia|apotheke|apotheken|pharmaceutical care|pharmacien',
  pharma: 'pharmaceutical|pharma|pharmaceutique|farmaceutica|farmaceutico|pharmazeutisch|biotech|biopharma|life sciences',
  medicaldevice:
    'medical device|medical devices|medtech|med tech|medical equipment|surgical device|surgical devices|orthopedic|orthopaedic|dispositifs medicaux|dispositivos medicos|medizintechnik|medizinprodukte|device|devices|capital equipment|diagnostics',
  sales:
    'sales|vente|ventes|ventas|venta|vendas|venda|vertrieb|vertriebs|verkauf|verkaufs|new business|business development|biz dev|bizdev|territory|desarrollo de negocio|desarrollo de negocios|developpement commercial|aussendienst|innendienst|field sales|inside sales|enterprise sales|outbound sales|inbound sales|mid market|b2b sales|saas sales',
  account: 'account|accounts|key account|key accounts|national account|strategic account|strategic accounts|enterprise account|cuentas|contas|comptes|grands comptes',
  commercial: 'commercial|commerciale|commerciaux|comercial|comerciales|comerciais|affaires|d affaires|negocios',
  presales:
    'presales|pre sales|solutions|solution|sales engineering|technical sales|avant vente|preventa|pre venta|pre venda|pre vendas|technical account|value',
  erp: 'sap|salesforce|erp|oracle|workday|dynamics|netsuite|servicenow|odoo|sage|guidewire|sap fi|sap fico|sap mm|sap sd|abap|hubspot|crm system',
  crm: 'crm|lifecycle|retention',
  recruiting:
    'recruitment|recruiting|talent|talent acquisition|acquisition|sourcing|recrutement|reclutamiento|recrutamento|seleccion|selection|personalbeschaffung|headhunting|executive search|staffing|hiring|recruiter|recruiters|rekrutierung',
  personalde: 'personal|personalwesen|personalabteilung',
  hr: 'hr|human resources|people|people operations|rh|rrhh|ressources humaines|recursos humanos|payroll|compensation|benefits|hris|employee relations|talent management|people and culture|people & culture|culture|learning and development|l&d|workforce|paie|nomina|folha',
  finance:
    'finance|financial|financier|financiere|financiero|financiera|financeiro|financeira|finanz|finanzen|fp a|fp and a|credit|risk|treasury|controlling|finances|finanzas|financas|banking|bank|fintech',
  accounting:
    'accounting|accounts payable|accounts receivable|comptabilite|comptable|contabilidad|contabilidade|contabil|buchhaltung|rechnungswesen|audit|tax|bookkeeping|fiscal|fiscale|steuer|payables|receivables|billing|general ledger|bilanz|lohn|gehalt',
  investment:
    'investment|investments|investment banking|equity|private equity|asset management|portfolio|mergers and acquisitions|trading|quant|quantitative|equities|fixed income|venture|capital markets|investissement|inversion|investimento|investimentos',
  advisory:
    'wealth|financial planning|retirement|mortgage|mortgages|loan|loans|private banking|patrimoine|gestion de patrimoine|patrimonial|vermogens|vermogen|wealth management|financial advice|credit union|lending|pension|pensions',
  insurance: 'insurance|assurance|assurances|seguros|seguro|versicherung|versicherungs|life insurance|insurance sales|annuities|claims|underwriting',
  legal:
    'legal|law|juridique|juridico|juridica|recht|rechts|contracts|compliance|litigation|corporate law|ip|patent|patents|trademark|regulatory|privacy|legal operations|juristische',
  marketing:
    'marketing|seo|sem|ppc|growth|social media|community|communications|comms|digital marketing|performance marketing|paid media|email marketing|product marketing|mercadeo|mercadotecnia|communication|kommunikation|pr|public relations|media|demand generation|brand marketing|events|event|partnerships|influencer|affiliate|paid social|acquisition marketing|marketing digital|comunicacion|comunicacao|marketings',
  teaching:
    'teaching|teacher|teachers|school|primary|secondary|elementary|high school|middle school|math|maths|mathematics|english|science|history|esl|efl|special education|sen|send|kindergarten|preschool|early years|early childhood|classroom|enseignement|ensenanza|ensino|lehr|education|educacion|educacao|ecole|escuela|escola|schule|grundschule|biology|chemistry|physics|music|art teacher|language|spanish|french|german|geography|reading|literacy|stem|lycee|college teacher',
  civil:
    'civil|structural|geotechnical|site|construction|genie civil|obras|transportation|highway|highways|water|wastewater|environmental|bridge|bridges|infrastructure projects|tiefbau|bauingenieurwesen|geotechnique|estructural|estrutural|construccion|construcao|btp',
  mechanical:
    'mechanical|mecanique|mecanico|mecanica|maschinenbau|design engineer|hvac|thermal|mechatronics|mechatronik|mecatronica|konstruktion|mechanik|maschinen',
  electrical:
    'electrical|electronics|electronic|elektro|elektronik|electrique|electrica|electrico|eletrica|eletrico|hardware|power|controls|instrumentation|electromecanique|electrotechnique|rf|analog|electricidad|eletricidade|elektrotechnik',
  operations:
    'operations|ops|office|admin|administrative|administration|administrativo|administrativa|administratif|administrative assistant|back office|front desk|reception|data entry|operaciones|operacoes|executive|personal|bizops|business operations|revenue operations|revops|facilities|facility|buro',
  logistics:
    'logistics|supply chain|warehouse|inventory|procurement|purchasing|transport|transportation|fleet|shipping|logistique|logistica|logistik|lager|distribution|dispatch|demand|supply|materials|material|einkauf|einkaufs|achats|compras|suprimentos|stock|forklift|freight|delivery|truck|hgv|lgv|cdl|lkw|camion|poids lourd|lorry|van|courier|route|shipping and receiving|almacen|armazem|entrepot|magasin logistique|import|export|customs|douane|zoll|planning',
  support:
    'support|customer service|customer support|help desk|helpdesk|service desk|technical support|tech support|customer success|success|customer care|client services|client service|call center|call centre|contact center|contact centre|kundenservice|kundendienst|atencion al cliente|service client|relation client|soporte|suporte|it support|desktop support|clientele|customer experience|cx|sav|service apres vente',
  retail: 'store|retail|shop|boutique|tienda|loja|magasin|filiale|sales floor|supermarket|grocery|einzelhandel|varejo|markt|commerce',
  project: 'project|projects|program|programme|projet|projets|proyecto|proyectos|projeto|projetos|projekt|projekte|pmo|portfolio management|programs|implementation',
  delivery: 'delivery',
  strategy: 'strategy|management|strategie|estrategia|unternehmens|transformation|digital transformation|operations strategy|estrategica|estrategico',
  business: 'business|negocio|negocios|metier|fonctionnel|functional|business systems|processus metier',
  technology: 'technology|tech|technical|technique|tecnologia|technologie|technologies|tecnico|technischer|technische|techniques',
  engineering: 'engineering|ingenierie|ingenieria|engenharia|entwicklung|r&d|research and development|development|developpement logiciel',
  trades:
    'maintenance|field service|service|automotive|kfz|cnc|machine|welding|plumbing|diesel|elevator|solar|wind|hvac|electrical|mechanical|facilities|construction|building services|repair|installation|instandhaltung|wartung|mantenimiento|manutencao|industrial maintenance|fitter',
  scrum: 'scrum|agile|agile coach',
  social: 'social|social work|travail social|trabajo social|servico social|sozialarbeit|sozial',
  hospitality: 'kitchen|restaurant|hotel|food and beverage|culinary|catering|hospitality|bar|cafe|food service',
  team: 'team|equipe|equipo|teams',
  hiring: 'hiring|line',
  realestate: 'real estate|property|immobilier|inmobiliario|inmobiliaria|immobilien|imobiliario|imobiliaria|land',
  managing: 'managing|general|country|regional|area|district',
  travel: 'travel|locum|per diem|prn|agency|contract|temporary|interim|freelance',
  medicaldirector: 'medical',
};

// ---------------------------------------------------------------------------------------------
// Heads and their rules

/** A family, or [family with a software context, family without]. null: not a role we map. */
type Target = RoleFamily | null | readonly [RoleFamily | null, RoleFamily | null];
type Rules = readonly (readonly [key: string, target: Target])[];

interface Head {
  rules: Rules;
  /** Family for the head alone ("developer", "nurse"); a pair is [software context, otherwise]. */
  bare: Target;
  /** Where modifiers sit: English/German before the head, Romance languages after it. */
  side: 'left' | 'right' | 'both';
  /** Right-hand modifiers after "of"/"de" ("Head of Design", "Director of Nursing"). */
  of?: boolean;
  /** Written exactly so ("RN", "SRE"), never as a lower-case word. */
  exact?: boolean;
  /** Also an English verb ("we engineer solutions"): bare and lower case before a lower-case word, it is not a title. */
  verb?: boolean;
}

const SUPPRESS: Rules = [
  ['hiring', null],
  ['realestate', null],
];

const GENERIC: Rules = [
  ...SUPPRESS,
  ['presales', 'sales.presales'],
  ['medicaldevice', 'sales.medical-device'],
  ['pharma', 'sales.pharma'],
  ['commercial', 'sales.account'],
  ['account', 'sales.account'],
  ['sales', 'sales.account'],
  ['erp', 'consulting.erp'],
  ['recruiting', 'hr.recruiting'],
  ['hr', 'hr.general'],
  ['personalde', 'hr.general'],
  ['ml', 'data.ml'],
  ['datascience', 'data.science'],
  ['bi', 'data.analytics'],
  ['analytics', 'data.analytics'],
  ['database', 'data.engineering'],
  ['data', 'data.analytics'],
  ['mobile', 'software.mobile'],
  ['fullstack', 'software.fullstack'],
  ['frontend', 'software.frontend'],
  ['backend', 'software.backend'],
  ['devops', 'software.devops'],
  ['qa', 'software.qa'],
  ['embedded', 'software.embedded'],
  ['security', 'software.security'],
  ['game', 'software.game'],
  ['ux', 'design.ux'],
  ['ui', 'design.ui'],
  ['graphic', 'design.graphic'],
  ['instructional', 'education.instructional'],
  ['architecture', 'design.architecture'],
  ['design', 'design.general'],
  ['content', 'marketing.content'],
  ['np', 'nursing.np'],
  ['lpn', 'nursing.lpn'],
  ['midwife', 'nursing.midwife'],
  ['nursing', 'nursing.rn'],
  ['care', 'nursing.aide'],
  ['dental', 'health.dental'],
  ['lab', 'health.allied'],
  ['radiology', 'health.allied'],
  ['therapy', 'health.allied'],
  ['surgical', 'health.allied'],
  ['pharmacy', 'pharmacy'],
  ['physician', 'medicine.physician'],
  ['medical', 'health.allied'],
  ['accounting', 'finance.accounting'],
  ['investment', 'finance.analysis'],
  ['advisory', 'finance.advisory'],
  ['insurance', 'finance.advisory'],
  ['finance', 'finance.accounting'],
  ['legal', 'legal'],
  ['teaching', 'education.teaching'],
  ['crm', 'marketing'],
  ['marketing', 'marketing'],
  ['support', 'support'],
  ['retail', 'retail'],
  ['logistics', 'operations.logistics'],
  ['project', 'project.management'],
  ['delivery', 'project.management'],
  ['scrum', 'project.management'],
  ['product', 'product.management'],
  ['strategy', 'consulting.strategy'],
  ['civil', 'engineering.civil'],
  ['mechanical', 'engineering.mechanical'],
  ['electrical', 'engineering.electrical'],
  ['chemical', 'engineering.chemical'],
  ['biomedical', 'engineering.biomedical'],
  ['aerospace', 'engineering.aerospace'],
  ['industrial', 'engineering.industrial'],
  ['quality', 'engineering.quality'],
  ['trades', 'trades'],
  ['hospitality', 'hospitality'],
  ['social', 'social.work'],
  ['operations', 'operations'],
  ['software', 'software.general'],
  ['engineering', 'software.general'],
  ['technology', 'software.general'],
  ['it', 'support.it'],
  ['systems', 'software.devops'],
  ['business', 'business.analysis'],
];

const SOFTWARE: Rules = [
  ...SUPPRESS,
  ['presales', 'sales.presales'],
  ['commercial', 'sales.account'],
  ['sales', 'sales.presales'],
  ['account', 'sales.account'],
  ['erp', 'consulting.erp'],
  ['ml', 'data.ml'],
  ['datascience', 'data.ml'],
  ['mobile', 'software.mobile'],
  ['fullstack', 'software.fullstack'],
  ['frontend', 'software.frontend'],
  ['ui', 'software.frontend'],
  ['web', 'software.frontend'],
  ['embedded', 'software.embedded'],
  ['security', 'software.security'],
  ['qa', 'software.qa'],
  ['bi', 'data.analytics'],
  ['analytics', 'data.engineering'],
  ['data', 'data.engineering'],
  ['database', 'data.engineering'],
  ['backend', 'software.backend'],
  ['devops', 'software.devops'],
  ['game', 'software.game'],
  ['support', 'support.technical'],
  ['civil', 'engineering.civil'],
  ['mechanical', 'engineering.mechanical'],
  ['electrical', 'engineering.electrical'],
  ['chemical', 'engineering.chemical'],
  ['biomedical', 'engineering.biomedical'],
  ['aerospace', 'engineering.aerospace'],
  ['industrial', 'engineering.industrial'],
  ['architecture', 'engineering.civil'],
  ['quality', ['software.qa', 'engineering.quality']],
  ['automation', ['software.qa', 'engineering.electrical']],
  ['systems', ['software.devops', 'engineering.general']],
  ['applied', 'data.ml'],
  ['research', ['data.ml', null]],
  ['software', 'software.general'],
  ['it', 'software.general'],
  ['product', 'software.general'],
  ['engineering', 'software.general'],
  ['technology', 'software.general'],
  ['business', 'sales.account'],
  ['trades', 'trades'],
];

const DESIGNER: Rules = [
  ...SUPPRESS,
  ['instructional', 'education.instructional'],
  ['product', 'design.product'],
  ['ux', 'design.ux'],
  ['user', 'design.ux'],
  ['content', 'design.ux'],
  ['ui', 'design.ui'],
  ['web', 'design.ui'],
  ['game', 'design.game'],
  ['graphic', 'design.graphic'],
  ['marketing', 'design.graphic'],
  ['fashion', 'design.fashion'],
  ['industrial', 'design.industrial'],
  ['mechanical', 'engineering.mechanical'],
  ['electrical', 'engineering.electrical'],
  ['architecture', 'design.architecture'],
  ['civil', 'design.architecture'],
];

const SCIENTIST: Rules = [
  ['ml', 'data.ml'],
  ['datascience', 'data.science'],
  ['data', 'data.science'],
  ['applied', ['data.ml', 'data.ml']],
  ['research', ['data.ml', null]],
  ['analytics', 'data.science'],
  ['decision', 'data.science'],
  ['lab', 'health.allied'],
  ['medical', 'health.allied'],
];

const ANALYST_COMMON: Rules = [
  ...SUPPRESS,
  ['security', 'software.security'],
  ['qa', 'software.qa'],
  ['datascience', 'data.science'],
  ['bi', 'data.analytics'],
  ['analytics', 'data.analytics'],
  ['data', 'data.analytics'],
  ['product', 'data.analytics'],
  ['erp', 'consulting.erp'],
  ['marketing', 'marketing'],
  ['investment', 'finance.analysis'],
  ['accounting', 'finance.accounting'],
  ['finance', 'finance.analysis'],
  ['insurance', 'finance.analysis'],
  ['recruiting', 'hr.recruiting'],
  ['hr', 'hr.general'],
  ['logistics', 'operations.logistics'],
  ['support', 'support'],
  ['legal', 'legal'],
  ['operations', 'operations'],
];

const ANALYST: Rules = [...ANALYST_COMMON, ['business', 'business.analysis'], ['systems', 'business.analysis']];
// "analista de sistemas", "analyste développeur": in Spanish, French and Portuguese these are developers.
const ANALISTA: Rules = [
  ...ANALYST_COMMON,
  ['business', 'business.analysis'],
  ['systems', 'software.general'],
  ['software', 'software.general'],
  ['it', 'software.general'],
  ['frontend', 'software.frontend'],
  ['backend', 'software.backend'],
  ['devops', 'software.devops'],
];

const MANAGER: Rules = [
  ...SUPPRESS,
  ['managing', null],
  ['product', 'product.management'],
  ['project', 'project.management'],
  ['delivery', 'project.management'],
  ['scrum', 'project.management'],
  ['presales', 'sales.presales'],
  ['account', 'sales.account'],
  ['commercial', 'sales.account'],
  ['sales', 'sales.account'],
  ['content', 'marketing.content'],
  ['crm', 'marketing'],
  ['marketing', 'marketing'],
  ['recruiting', 'hr.recruiting'],
  ['hr', 'hr.general'],
  ['personalde', 'hr.general'],
  ['accounting', 'finance.accounting'],
  ['investment', 'finance.analysis'],
  ['advisory', 'finance.advisory'],
  ['insurance', 'finance.advisory'],
  ['finance', 'finance.accounting'],
  ['nursing', 'nursing.rn'],
  ['care', 'nursing.rn'],
  ['pharmacy', 'pharmacy'],
  ['medical', 'medicine.physician'],
  ['ml', 'data.ml'],
  ['datascience', 'data.science'],
  ['bi', 'data.analytics'],
  ['analytics', 'data.analytics'],
  ['data', 'data.general'],
  ['ux', 'design.ux'],
  ['graphic', 'design.graphic'],
  ['design', 'design.general'],
  ['mobile', 'software.mobile'],
  ['frontend', 'software.frontend'],
  ['backend', 'software.backend'],
  ['devops', 'software.devops'],
  ['qa', 'software.qa'],
  ['security', 'software.security'],
  ['engineering', 'software.general'],
  ['software', 'software.general'],
  ['it', 'software.general'],
  ['technology', 'software.general'],
  ['support', 'support'],
  ['retail', 'retail'],
  ['logistics', 'operations.logistics'],
  ['civil', 'engineering.civil'],
  ['industrial', 'operations.manufacturing'],
  ['quality', 'engineering.quality'],
  ['trades', 'trades'],
  ['teaching', 'education.teaching'],
  ['legal', 'legal'],
  ['hospitality', 'hospitality'],
  ['strategy', 'consulting.strategy'],
  ['operations', 'operations'],
  ['team', null],
];

const CONSULTANT: Rules = [
  ...SUPPRESS,
  ['presales', 'sales.presales'],
  ['erp', 'consulting.erp'],
  ['crm', 'consulting.erp'],
  ['recruiting', 'hr.recruiting'],
  ['personalde', 'hr.recruiting'],
  ['commercial', 'sales.account'],
  ['sales', 'sales.account'],
  ['advisory', 'finance.advisory'],
  ['investment', 'finance.advisory'],
  ['insurance', 'finance.advisory'],
  ['accounting', 'finance.accounting'],
  ['finance', 'finance.advisory'],
  ['ux', 'design.ux'],
  ['design', 'design.general'],
  ['ml', 'data.ml'],
  ['bi', 'data.analytics'],
  ['analytics', 'data.analytics'],
  ['data', 'data.analytics'],
  ['hr', 'hr.general'],
  ['marketing', 'marketing'],
  ['legal', 'legal'],
  ['security', 'software.security'],
  ['devops', 'software.devops'],
  ['support', 'support'],
  ['strategy', 'consulting.strategy'],
  ['business', 'consulting.strategy'],
  ['it', 'consulting.it'],
  ['software', 'consulting.it'],
  ['technology', 'consulting.it'],
  ['nursing', 'nursing.rn'],
  ['logistics', 'operations.logistics'],
];

const ADVISOR: Rules = [
  ...SUPPRESS,
  ['advisory', 'finance.advisory'],
  ['investment', 'finance.advisory'],
  ['insurance', 'finance.advisory'],
  ['finance', 'finance.advisory'],
  ['accounting', 'finance.accounting'],
  ['legal', 'legal'],
  ['support', 'support'],
  ['commercial', 'sales.account'],
  ['sales', 'sales.account'],
  ['recruiting', 'hr.recruiting'],
  ['hr', 'hr.general'],
  ['teaching', 'education.teaching'],
  ['nursing', 'nursing.rn'],
];

const TECHNICIAN: Rules = [
  ...SUPPRESS,
  ['pharmacy', 'pharmacy'],
  ['architecture', 'design.architecture'],
  ['nursing', 'nursing.aide'],
  ['care', 'nursing.aide'],
  ['lab', 'health.allied'],
  ['radiology', 'health.allied'],
  ['surgical', 'health.allied'],
  ['dental', 'health.allied'],
  ['therapy', 'health.allied'],
  ['medical', 'health.allied'],
  ['support', 'support.it'],
  ['it', 'support.it'],
  ['software', 'support.it'],
  ['devops', 'software.devops'],
  ['systems', 'software.devops'],
  ['qa', 'software.qa'],
  ['recruiting', 'hr.recruiting'],
  ['accounting', 'finance.accounting'],
  ['hr', 'hr.general'],
  ['logistics', 'operations.logistics'],
  ['quality', 'engineering.quality'],
  ['trades', 'trades'],
  ['electrical', 'trades'],
  ['mechanical', 'trades'],
  ['civil', 'trades'],
  ['industrial', 'trades'],
  ['engineering', 'engineering.general'],
  ['marketing', 'marketing'],
  ['commercial', 'sales.account'],
  ['sales', 'sales.account'],
];

const ASSISTANT: Rules = [
  ...SUPPRESS,
  ['physician', 'medicine.pa'],
  ['nursing', 'nursing.aide'],
  ['care', 'nursing.aide'],
  ['dental', 'health.allied'],
  ['lab', 'health.allied'],
  ['therapy', 'health.allied'],
  ['medical', 'health.allied'],
  ['pharmacy', 'pharmacy'],
  ['teaching', 'education.teaching'],
  ['legal', 'legal'],
  ['recruiting', 'hr.recruiting'],
  ['hr', 'hr.general'],
  ['accounting', 'finance.accounting'],
  ['finance', 'finance.accounting'],
  ['marketing', 'marketing'],
  ['project', 'project.management'],
  ['product', 'product.management'],
  ['commercial', 'sales.account'],
  ['retail', 'retail'],
  ['sales', 'retail'],
  ['logistics', 'operations.logistics'],
  ['operations', 'operations'],
];

const AIDE: Rules = [
  ['teaching', 'education.teaching'],
  ['nursing', 'nursing.aide'],
  ['care', 'nursing.aide'],
  ['medical', 'nursing.aide'],
];

const NURSE: Rules = [
  ['np', 'nursing.np'],
  ['lpn', 'nursing.lpn'],
  ['midwife', 'nursing.midwife'],
  // Units and specialities only lengthen the title ("RN – Medical ICU").
  ['nursing', 'nursing.rn'],
  ['medical', 'nursing.rn'],
  ['surgical', 'nursing.rn'],
];

const ARCHITECT: Rules = [
  ...SUPPRESS,
  ['data', 'data.engineering'],
  ['security', 'software.security'],
  ['presales', 'software.architect'],
  ['devops', 'software.architect'],
  ['systems', 'software.architect'],
  ['software', 'software.architect'],
  ['it', 'software.architect'],
  ['technology', 'software.architect'],
  ['frontend', 'software.architect'],
  ['backend', 'software.architect'],
  ['ml', 'data.ml'],
  ['erp', 'consulting.erp'],
  ['business', 'software.architect'],
  ['strategy', 'software.architect'],
  ['architecture', 'design.architecture'],
  ['civil', 'design.architecture'],
  ['project', 'design.architecture'],
  ['design', 'design.architecture'],
];

const DRAFTER: Rules = [
  ['mechanical', 'engineering.mechanical'],
  ['technology', 'engineering.mechanical'],
  ['electrical', 'engineering.electrical'],
  ['civil', 'engineering.civil'],
];

const WRITER: Rules = [
  ['ux', 'design.ux'],
  ['technology', 'writing.technical'],
  ['software', 'writing.technical'],
  ['content', 'marketing.content'],
  ['marketing', 'marketing.content'],
  ['commercial', 'marketing.content'],
  ['web', 'marketing.content'],
  ['medical', 'marketing.content'],
];

const RESEARCHER: Rules = [
  ['ux', 'design.ux'],
  ['user', 'design.ux'],
  ['design', 'design.ux'],
  ['ml', 'data.ml'],
  ['datascience', 'data.ml'],
  ['data', 'data.science'],
  ['marketing', 'marketing'],
];

const PRACTITIONER: Rules = [
  ['nursing', 'nursing.np'],
  ['np', 'nursing.np'],
  ['managing', 'medicine.physician'],
  ['medical', 'medicine.physician'],
];

const WORKER: Rules = [
  ['care', 'nursing.aide'],
  ['nursing', 'nursing.aide'],
  ['social', 'social.work'],
  ['civil', 'trades'],
  ['trades', 'trades'],
  ['logistics', 'operations.logistics'],
  ['hospitality', 'hospitality'],
  ['retail', 'retail'],
];

const DRIVER: Rules = [['logistics', 'operations.logistics']];
const AGENT: Rules = [
  ...SUPPRESS,
  ['travel', null],
  ['support', 'support'],
  ['insurance', 'finance.advisory'],
  ['advisory', 'finance.advisory'],
  ['commercial', 'sales.account'],
  ['sales', 'sales.account'],
  ['logistics', 'operations.logistics'],
  ['recruiting', 'hr.recruiting'],
];
const PLANNER: Rules = [
  ['logistics', 'operations.logistics'],
  ['industrial', 'operations.logistics'],
  ['advisory', 'finance.advisory'],
  ['finance', 'finance.advisory'],
  ['marketing', 'marketing'],
];
const OWNER: Rules = [['product', 'product.management']];
const MASTER: Rules = [['scrum', 'project.management']];
const BUYER: Rules = [['marketing', 'marketing']];
const EDUCATOR: Rules = [
  ['nursing', 'nursing.rn'],
  ['medical', 'nursing.rn'],
];
const INTEGRATOR: Rules = [
  ['web', 'software.frontend'],
  ['frontend', 'software.frontend'],
  ['erp', 'consulting.erp'],
  ['systems', 'software.devops'],
];
const CONCEPTEUR: Rules = [
  ['ux', 'design.ux'],
  ['ui', 'design.ui'],
  ['graphic', 'design.graphic'],
  ['software', 'software.general'],
  ['it', 'software.general'],
];
const PHYSICIAN: Rules = [['dental', 'health.dental']];
const REDACTEUR: Rules = [
  ['technology', 'writing.technical'],
  ['ux', 'design.ux'],
];

// Heads: phrases (several forms, one line) → rules. English and German put modifiers first.
const HEADS: readonly (readonly [phrases: string, head: Head])[] = [
  ['developer|developers|dev|devs|programmer|programmers|coder|coders', { rules: SOFTWARE, bare: 'software.general', side: 'left' }],
  ['entwickler|entwicklerin|entwicklerinnen|programmierer|programmiererin|ontwikkelaar', { rules: SOFTWARE, bare: 'software.general', side: 'left' }],
  [
    'desarrollador|desarrolladora|desarrolladores|desarrolladoras|programador|programadora|programadores|programadoras|developpeur|developpeuse|developpeurs|developpeuses|programmeur|programmeuse|desenvolvedor|desenvolvedora|desenvolvedores|desenvolvedoras',
    { rules: SOFTWARE, bare: 'software.general', side: 'both' },
  ],
  ['engineer|engineers', { rules: SOFTWARE, bare: ['software.general', null], side: 'left', verb: true }],
  ['ingenieur|ingenieurin|ingenieure', { rules: SOFTWARE, bare: ['software.general', null], side: 'both' }],
  [
    'ingeniero|ingeniera|ingenieros|ingenieras|engenheiro|engenheira|engenheiros|engenheiras',
    { rules: SOFTWARE, bare: ['software.general', null], side: 'both' },
  ],
  ['informatiker|informatikerin|informaticien|informaticienne|informatico|informatica', { rules: SOFTWARE, bare: 'software.general', side: 'both' }],
  ['swe|swes', { rules: SOFTWARE, bare: 'software.general', side: 'left', exact: true }],
  ['SRE|SREs', { rules: [], bare: 'software.devops', side: 'left', exact: true }],
  ['SDET|SDETs', { rules: [], bare: 'software.qa', side: 'left', exact: true }],
  ['DBA|DBAs', { rules: [], bare: 'data.engineering', side: 'left', exact: true }],
  ['sysadmin|sysadmins|webmaster', { rules: [], bare: 'software.devops', side: 'left' }],
  ['tester|testers|testeur|testeuse|softwaretester', { rules: [['security', 'software.security']], bare: 'software.qa', side: 'left' }],
  ['integrateur|integratrice|integrador', { rules: INTEGRATOR, bare: null, side: 'both' }],
  ['designer|designers|designerin', { rules: DESIGNER, bare: 'design.general', side: 'both' }],
  ['disenador|disenadora|disenadores|disenadoras|ontwerper|gestalter|gestalterin', { rules: DESIGNER, bare: 'design.general', side: 'both' }],
  ['graphiste|graphistes|illustrator|illustrators|illustrateur|illustratrice|ilustrador|ilustradora', { rules: [], bare: 'design.graphic', side: 'left' }],
  ['concepteur|conceptrice', { rules: CONCEPTEUR, bare: null, side: 'both' }],
  ['scientist|scientists|wissenschaftler|wissenschaftlerin', { rules: SCIENTIST, bare: null, side: 'left' }],
  ['cientifico|cientifica|cientificos|cientista|cientistas|scientifique|scientifiques', { rules: SCIENTIST, bare: null, side: 'both' }],
  ['statistician|statisticians|statisticien|statisticienne|estadistico|estadistica|estatistico|statistiker', { rules: [], bare: 'data.science', side: 'left' }],
  ['analyst|analysts|analystin', { rules: ANALYST, bare: null, side: 'left' }],
  ['analyste|analystes|analista|analistas', { rules: ANALISTA, bare: null, side: 'both' }],
  ['actuary|actuaries|actuaire|actuario|atuario|aktuar', { rules: [], bare: 'finance.analysis', side: 'left' }],
  ['manager|managers|managerin', { rules: MANAGER, bare: null, side: 'left' }],
  [
    'gerente|gerentes|responsable|responsables|gestionnaire|jefe|jefa|chef|encargado|encargada|leiter|leiterin|leitung',
    { rules: MANAGER, bare: null, side: 'both' },
  ],
  ['supervisor|supervisors|supervisora|superviseur|superviseure', { rules: MANAGER, bare: null, side: 'both' }],
  ['director|directors|head|vp|svp|evp|vice president|chief|officer', { rules: MANAGER, bare: null, side: 'left', of: true }],
  ['directora|directeur|directrice|diretor|diretora|direktor|direktorin|vicepresidente', { rules: MANAGER, bare: null, side: 'both' }],
  ['lead|leads|leader|leaders', { rules: GENERIC, bare: null, side: 'left' }],
  ['lider|lideres|lideresa', { rules: GENERIC, bare: null, side: 'both' }],
  ['consultant|consultants|consultante|consultor|consultora|consultores|berater|beraterin', { rules: CONSULTANT, bare: null, side: 'both' }],
  ['advisor|advisors|adviser|advisers|asesor|asesora|asesores|conseiller|conseillere|conseillers|assessor|assessora', { rules: ADVISOR, bare: null, side: 'both' }],
  [
    'specialist|specialists|specialiste|especialista|especialistas|spezialist|spezialistin|referent|referentin|coordinator|coordinators|coordinador|coordinadora|coordinateur|coordinatrice|coordenador|coordenadora|koordinator|koordinatorin|representative|representatives|rep|reps|representante|representantes|representant|executive|executives|ejecutivo|ejecutiva|executivo|executiva|associate|associates|partner|partners|administrator|administrators|administrador|administradora|administrateur|administratrice|admin|sachbearbeiter|sachbearbeiterin|mitarbeiter|mitarbeiterin|charge|chargee|charges|chargees|attache|attachee|operator|operators|operador|operadora|operateur|clerk|clerks|generalist|expert|experte|experto|experta|kaufmann|kauffrau',
    { rules: GENERIC, bare: null, side: 'both' },
  ],
  ['agent|agents|agente|agentes', { rules: AGENT, bare: null, side: 'both' }],
  ['student|students|estudiante|estudiantes|etudiant|etudiante|studentin', { rules: GENERIC, bare: null, side: 'both' }],
  ['intern|interns|trainee|trainees|apprentice|apprentices|werkstudent|werkstudentin|praktikant|praktikantin|stagiaire|stagiaires|becario|becaria|estagiario|estagiaria|azubi|auszubildende|auszubildender|alternant|alternante|pasante', { rules: GENERIC, bare: null, side: 'both' }],
  ['technician|technicians|tech|techs|technologist|technologists|technicien|technicienne|tecnico|tecnica|tecnicos|techniker|technikerin|tecnologo|tecnologa', { rules: TECHNICIAN, bare: null, side: 'both' }],
  ['assistant|assistants|assistante|asistente|asistentes|assistente|assistentes|assistent|assistentin|assistenz|auxiliar|auxiliares|auxiliaire|auxiliaires', { rules: ASSISTANT, bare: null, side: 'both' }],
  ['aide|aides', { rules: AIDE, bare: null, side: 'both' }],
  ['soignant|soignante|aide soignant|aide soignante|aides soignants|aides soignantes', { rules: [], bare: 'nursing.aide', side: 'both' }],
  [
    'cuidador|cuidadora|cuidadores|cuidadoras|pflegehelfer|pflegehelferin|pflegeassistent|pflegeassistentin|betreuungskraft|auxiliaire de vie|auxiliaires de vie|care assistant|care worker|support worker|home care aide|home health aide|nurse aide|nursing aide|nursing assistant|nurse assistant',
    { rules: [], bare: 'nursing.aide', side: 'both' },
  ],
  ['caregiver|caregivers|carer|carers|care giver', { rules: [], bare: 'nursing.aide', side: 'left' }],
  ['CNA|CNAs|HHA|PCA|STNA', { rules: [], bare: 'nursing.aide', side: 'left', exact: true }],
  [
    'nurse|nurses|enfermero|enfermera|enfermeros|enfermeras|enfermeiro|enfermeira|enfermeiros|enfermeiras|infirmier|infirmiere|infirmiers|infirmieres|krankenschwester|krankenpfleger|krankenpflegerin|pflegefachkraft|pflegefachkrafte|pflegekraft|pflegekrafte|pflegefachfrau|pflegefachmann|altenpfleger|altenpflegerin|verpleegkundige',
    { rules: NURSE, bare: 'nursing.rn', side: 'both' },
  ],
  ['RN|RNs|IDE|IDEs', { rules: NURSE, bare: 'nursing.rn', side: 'left', exact: true }],
  ['LPN|LPNs|LVN|LVNs', { rules: [], bare: 'nursing.lpn', side: 'left', exact: true }],
  ['NP|NPs|APRN|APRNs|CRNA|CRNAs|FNP|FNPs|ARNP', { rules: [], bare: 'nursing.np', side: 'left', exact: true }],
  ['practitioner|practitioners', { rules: PRACTITIONER, bare: null, side: 'left' }],
  ['midwife|midwives|sage femme|sages femmes|matrona|matronas|hebamme|hebammen|parteira|parteiras|obstetriz', { rules: [], bare: 'nursing.midwife', side: 'both' }],
  [
    'physician|physicians|doctor|doctors|medico general|medica general|medico de familia|medica de familia|medico especialista|medica especialista|medico residente|medica residente|medico cirujano|medico internista|medico intensivista|medico de urgencias|medico do trabalho|medico clinico|medica clinica|medico plantonista|medica plantonista|medico hospitalista|medecin|medecins|arzt|arztin|arzte|surgeon|surgeons|chirurgien|chirurgienne|cirujano|cirujana|cirurgiao|chirurg|chirurgin|hospitalist|hospitalists|anesthesiologist|anaesthetist|radiologist|psychiatrist|pediatrician|paediatrician|cardiologist|oncologist|neurologist|dermatologist|internist|facharzt|fachartzin|oberarzt|assistenzarzt|chefarzt',
    { rules: PHYSICIAN, bare: 'medicine.physician', side: 'both' },
  ],
  ['GP|GPs', { rules: [], bare: 'medicine.physician', side: 'left', exact: true }],
  ['dentist|dentists|dentiste|dentista|dentistas|zahnarzt|zahnarztin', { rules: [], bare: 'health.dental', side: 'both' }],
  [
    'therapist|therapists|physiotherapist|physiotherapists|physiotherapeut|physiotherapeutin|kinesitherapeute|fisioterapeuta|paramedic|paramedics|radiographer|sonographer|phlebotomist|dietitian|dietician|nutritionist|optometrist|audiologist|hygienist|ergotherapeut|logopade|orthophoniste|therapeut|therapeutin',
    { rules: [], bare: 'health.allied', side: 'both' },
  ],
  ['EMT|EMTs', { rules: [], bare: 'health.allied', side: 'left', exact: true }],
  ['pharmacist|pharmacists|pharmacien|pharmacienne|farmaceutico|farmaceutica|farmaceuticos|apotheker|apothekerin', { rules: [], bare: 'pharmacy', side: 'both' }],
  [
    'recruiter|recruiters|recruiterin|recruteur|recruteuse|reclutador|reclutadora|recrutador|recrutadora|headhunter|headhunters|sourcer|sourcers|chasseur de tetes|cazatalentos|talent partner|talent acquisition partner|talent acquisition specialist|talent acquisition manager|talent acquisition lead|recruitment consultant|recruiting coordinator',
    { rules: [], bare: 'hr.recruiting', side: 'left' },
  ],
  [
    'teacher|teachers|professeur|professeure|professeurs|enseignant|enseignante|enseignants|instituteur|institutrice|profesor|profesora|profesores|maestro|maestra|maestros|docente|docentes|lehrer|lehrerin|lehrkraft|lehrkrafte|professor|professora|professores|tutor|tutors|tutora|lecturer|lecturers|instructor|instructors|instructora|erzieher|erzieherin|formateur|formatrice|headteacher|educateur|educatrice|educador|educadora',
    { rules: [], bare: 'education.teaching', side: 'both' },
  ],
  ['educator|educators', { rules: EDUCATOR, bare: 'education.teaching', side: 'left' }],
  [
    'accountant|accountants|bookkeeper|bookkeepers|comptable|comptables|contable|contables|contador|contadora|contadores|buchhalter|buchhalterin|auditor|auditors|auditeur|auditrice|controller|controllers|controleur|controleur de gestion|controleuse de gestion|steuerberater|steuerberaterin|wirtschaftsprufer|wirtschaftspruferin|expert comptable|bilanzbuchhalter',
    { rules: [], bare: 'finance.accounting', side: 'both' },
  ],
  ['CPA|CPAs', { rules: [], bare: 'finance.accounting', side: 'left', exact: true }],
  [
    'lawyer|lawyers|attorney|attorneys|solicitor|solicitors|barrister|barristers|counsel|paralegal|paralegals|avocat|avocate|avocats|juriste|juristes|abogado|abogada|abogados|rechtsanwalt|rechtsanwaltin|anwalt|anwaltin|jurist|juristin|advogado|advogada|advogados|notary|notaire|notario|notar|notarin',
    { rules: [], bare: 'legal', side: 'both' },
  ],
  [
    'electrician|electricians|plumber|plumbers|welder|welders|carpenter|carpenters|mechanic|mechanics|machinist|machinists|millwright|millwrights|pipefitter|pipefitters|bricklayer|bricklayers|roofer|roofers|glazier|plasterer|locksmith|handyman|lineman|electricien|electricienne|plombier|soudeur|soudeuse|menuisier|charpentier|macon|mecanicien|mecanicienne|electricista|electricistas|fontanero|plomero|soldador|soldadora|carpintero|carpintera|albanil|mecanico|eletricista|encanador|canalizador|carpinteiro|pedreiro|serralheiro|elektriker|elektrikerin|elektroniker|elektronikerin|installateur|anlagenmechaniker|schweisser|schreiner|schreinerin|tischler|tischlerin|zimmermann|zimmerer|maurer|dachdecker|mechatroniker|mechatronikerin|mechaniker|mechanikerin',
    { rules: [], bare: 'trades', side: 'both' },
  ],
  ['driver|drivers', { rules: DRIVER, bare: null, side: 'left' }],
  ['chauffeur|chauffeurs|fahrer|fahrerin|berufskraftfahrer|motorista|motoristas|camionero|routier|livreur|repartidor|lkw fahrer', { rules: [], bare: 'operations.logistics', side: 'both' }],
  ['dispatcher|dispatchers|warehouse associate|warehouse operative|picker|pickers|packer|lagerist|lageristin|magasinier|logistiker|logistikerin|storekeeper|cariste|carretillero|almacenista|estoquista', { rules: [], bare: 'operations.logistics', side: 'both' }],
  ['buyer|buyers|acheteur|acheteuse|comprador|compradora|einkaufer|einkauferin', { rules: BUYER, bare: 'operations.procurement', side: 'both' }],
  ['planner|planners|planificador|planificadora|planificateur|planejador|disponent|disponentin', { rules: PLANNER, bare: null, side: 'both' }],
  ['architect|architects', { rules: ARCHITECT, bare: ['software.architect', 'design.architecture'], side: 'left', verb: true }],
  ['architecte|architectes|arquitecto|arquitecta|arquitectos|arquiteto|arquiteta|arquitetos|architekt|architektin', { rules: ARCHITECT, bare: ['software.architect', 'design.architecture'], side: 'both' }],
  ['drafter|drafters|draftsman|draughtsman|draftsperson|dessinateur|dessinatrice|projeteur|delineante|desenhista|projetista|zeichner|zeichnerin', { rules: DRAFTER, bare: 'design.architecture', side: 'both' }],
  ['writer|writers|texter|texterin', { rules: WRITER, bare: null, side: 'both' }],
  ['redacteur|redactrice|redactor|redactora|redator|redatora', { rules: REDACTEUR, bare: 'marketing.content', side: 'both' }],
  ['copywriter|copywriters|concepteur redacteur|conceptrice redactrice', { rules: [], bare: 'marketing.content', side: 'left' }],
  ['researcher|researchers|chercheur|chercheuse|investigador|investigadora|pesquisador|pesquisadora|forscher|forscherin', { rules: RESEARCHER, bare: null, side: 'both' }],
  ['owner|owners', { rules: OWNER, bare: null, side: 'left' }],
  ['master|masters', { rules: MASTER, bare: null, side: 'left' }],
  ['worker|workers|trabajador|trabajadora|travailleur|trabalhador', { rules: WORKER, bare: null, side: 'both' }],
  ['salesperson|salespeople|salesman|saleswoman|vendedor|vendedora|vendedores|vendeur|vendeuse|verkaufer|verkauferin|vertriebler|vertrieblerin|commerciale|commerciaux', { rules: [], bare: 'sales.account', side: 'both' }],
  ['SDR|SDRs|BDR|BDRs', { rules: [], bare: 'sales.account', side: 'left', exact: true }],
  ['cashier|cashiers|caissier|caissiere|cajero|cajera|kassierer|kassiererin|merchandiser|merchandisers', { rules: [], bare: 'retail', side: 'both' }],
  ['cook|cooks|barista|baristas|bartender|bartenders|waiter|waiters|waitress|camarero|camarera|serveur|serveuse|garcom|kellner|kellnerin|sous chef|line cook|head chef|pastry chef', { rules: [], bare: 'hospitality', side: 'left' }],
  ['receptionist|receptionists|recepcionista|receptionniste|empfangsmitarbeiter', { rules: [], bare: 'operations', side: 'both' }],
  ['CTO|CIO', { rules: [], bare: 'software.general', side: 'left', exact: true }],
  ['CFO', { rules: [], bare: 'finance.accounting', side: 'left', exact: true }],
  ['CMO', { rules: [], bare: 'marketing', side: 'left', exact: true }],
  ['CPO', { rules: [], bare: 'product.management', side: 'left', exact: true }],
  ['CNO', { rules: [], bare: 'nursing.rn', side: 'left', exact: true }],
  ['CISO', { rules: [], bare: 'software.security', side: 'left', exact: true }],
  ['CDO', { rules: [], bare: 'data.general', side: 'left', exact: true }],
  ['COO', { rules: [], bare: 'operations', side: 'left', exact: true }],
  ['TPM|TPMs', { rules: [], bare: 'project.management', side: 'left', exact: true }],
];

// German compounds: "Softwareentwickler" = head "entwickler" + modifier "software".
const GERMAN_SUFFIXES: readonly (readonly [suffix: string, head: string])[] = [
  ['entwicklerin', 'entwickler'],
  ['entwickler', 'entwickler'],
  ['programmiererin', 'entwickler'],
  ['programmierer', 'entwickler'],
  ['ingenieurin', 'ingenieur'],
  ['ingenieur', 'ingenieur'],
  ['designerin', 'designer'],
  ['designer', 'designer'],
  ['gestalterin', 'designer'],
  ['gestalter', 'designer'],
  ['wissenschaftlerin', 'scientist'],
  ['wissenschaftler', 'scientist'],
  ['analystin', 'analyst'],
  ['analyst', 'analyst'],
  ['managerin', 'manager'],
  ['manager', 'manager'],
  ['leiterin', 'leiter'],
  ['leiter', 'leiter'],
  ['leitung', 'leiter'],
  ['beraterin', 'berater'],
  ['berater', 'berater'],
  ['referentin', 'referent'],
  ['referent', 'referent'],
  ['technikerin', 'techniker'],
  ['techniker', 'techniker'],
  ['architektin', 'architekt'],
  ['architekt', 'architekt'],
  ['lehrerin', 'lehrer'],
  ['lehrer', 'lehrer'],
  ['arztin', 'arzt'],
  ['arzt', 'arzt'],
  ['apothekerin', 'apotheker'],
  ['apotheker', 'apotheker'],
  ['buchhalterin', 'buchhalter'],
  ['buchhalter', 'buchhalter'],
  ['informatikerin', 'informatiker'],
  ['informatiker', 'informatiker'],
  ['mitarbeiterin', 'mitarbeiter'],
  ['mitarbeiter', 'mitarbeiter'],
  ['sachbearbeiterin', 'sachbearbeiter'],
  ['sachbearbeiter', 'sachbearbeiter'],
  ['pflegehelferin', 'pflegehelfer'],
  ['pflegehelfer', 'pflegehelfer'],
  ['pflegeassistentin', 'pflegeassistent'],
  ['pflegeassistent', 'pflegeassistent'],
  ['krankenschwester', 'krankenschwester'],
  ['pflegefachkrafte', 'pflegefachkraft'],
  ['pflegefachkraft', 'pflegefachkraft'],
  ['pflegekrafte', 'pflegekraft'],
  ['pflegekraft', 'pflegekraft'],
  ['pflegerin', 'krankenpfleger'],
  ['pfleger', 'krankenpfleger'],
  ['zeichnerin', 'zeichner'],
  ['zeichner', 'zeichner'],
  ['spezialistin', 'spezialist'],
  ['spezialist', 'spezialist'],
  ['koordinatorin', 'koordinator'],
  ['koordinator', 'koordinator'],
  ['assistentin', 'assistent'],
  ['assistent', 'assistent'],
  ['assistenz', 'assistenz'],
  ['elektrikerin', 'elektriker'],
  ['elektriker', 'elektriker'],
  ['elektronikerin', 'elektroniker'],
  ['elektroniker', 'elektroniker'],
  ['mechanikerin', 'mechaniker'],
  ['mechaniker', 'mechaniker'],
  ['mechatronikerin', 'mechatroniker'],
  ['mechatroniker', 'mechatroniker'],
  ['kauffrau', 'kauffrau'],
  ['kaufmann', 'kaufmann'],
  ['therapeutin', 'therapeut'],
  ['therapeut', 'therapeut'],
  ['fahrerin', 'fahrer'],
  ['fahrer', 'fahrer'],
  ['recruiterin', 'recruiterin'],
  ['recruiter', 'recruiter'],
  ['verkauferin', 'verkauferin'],
  ['verkaufer', 'verkaufer'],
  ['erzieherin', 'erzieher'],
  ['erzieher', 'erzieher'],
  ['einkauferin', 'einkaufer'],
  ['einkaufer', 'einkaufer'],
  ['planerin', 'planner'],
  ['planer', 'planner'],
  ['disponentin', 'disponent'],
  ['disponent', 'disponent'],
  ['juristin', 'jurist'],
  ['jurist', 'jurist'],
  ['anwaltin', 'anwalt'],
  ['anwalt', 'anwalt'],
];

// Words a title may carry besides modifiers ("Senior", "Lead", "II", "pleno", "m/w/d").
const EXTENDERS = new Set(
  `senior sr snr junior jr lead staff principal head chief associate assistant deputy interim acting trainee graduate
  grad new apprentice intern entry level mid experienced expert freelance contract remote travel locum permanent
  temporary part full time vice executive global regional area national district junior-level senior-level
  journeyman master pleno confirme confirmee experimente experimentee experimentado experimentada experiente semi ssr estagiario
  becario stagiaire alternant alternance werkstudent praktikant sr. jr. i ii iii iv v l1 l2 l3 l4 l5 l6 l7 l8 certified
  registered licensed qualified charge staff`.split(/\s+/).filter(Boolean),
);

// Function words that may sit between a Romance head and its modifier ("ingeniero de datos").
const CONNECTORS = new Set(['de', 'del', 'da', 'do', 'das', 'dos', 'des', 'du', 'd', 'en', 'em', 'la', 'le', 'el', 'para', 'pour', 'fur', 'im', 'of', 'in', 'a', 'au', 'aux', 'al', 'no', 'na']);
// Short modifiers that are everyday words in lower case: "Go developer" but not "let's go engineer".
const CASED_MODIFIERS = new Set(['go', 'it', 'c', 'net', 'ai', 'ml', 'ia', 'ki', 'ti', 'back', 'front', 'ux', 'ui', 'bi', 'qa', 'pr', 'hr', 'rh', 'ed']);
const OF_WORDS = new Set(['of', 'de', 'des', 'du', 'del', 'da', 'do', 'fur', 'for']);
const CONJ = new Set(['and', 'und', 'y', 'e', 'et', 'or', 'ou', 'oder']);
// Gender markers after a title: "(m/w/d)", "(H/F)", "/a", "*in".
const GENDER = new Set(['m', 'w', 'd', 'f', 'x', 'h', 'mwd', 'wmd', 'gn', 'in', 'innen', 'a', 'as', 'o', 'os', 'e', 'es', 'ne', 'ere', 'euse', 'rice', 'trice', 'ora', 'ras', 'eira', 'all', 'genders', 'divers', 'hf', 'fh', 'fm', 'mf', 'n']);

// Words that show a software context, for a bare "engineer".
const TECH_CUES = new Set(
  `software tech startup saas app apps code coding github gitlab api apis platform cloud devops programming
  frontend backend fullstack microservices kubernetes developers developer engineering`.split(/\s+/).filter(Boolean),
);

// ---------------------------------------------------------------------------------------------
// Built indexes

interface Built {
  heads: Head[];
  headIndex: PhraseIndex<number>;
  headByWord: Map<string, number>;
  modIndex: PhraseIndex<string>;
  /** Single-word modifiers, for German compound prefixes. */
  modByWord: Map<string, string>;
  exactRaw: Map<number, Set<string>>;
}

function build(): Built {
  const heads: Head[] = [];
  const headIndex = new PhraseIndex<number>();
  const headByWord = new Map<string, number>();
  const exactRaw = new Map<number, Set<string>>();
  for (const [phrases, head] of HEADS) {
    const k = heads.length;
    heads.push(head);
    for (const phrase of phrases.split('|')) {
      headIndex.add(phrase, k);
      const words = phrase.toLowerCase().split(' ');
      if (words.length === 1 && !headByWord.has(words[0]!)) headByWord.set(words[0]!, k);
      if (head.exact) {
        const set = exactRaw.get(k) ?? new Set<string>();
        set.add(phrase);
        exactRaw.set(k, set);
      }
    }
  }
  const modIndex = new PhraseIndex<string>();
  const modByWord = new Map<string, string>();
  for (const [key, phrases] of Object.entries(MODIFIERS)) {
    for (const phrase of phrases.split('|')) {
      modIndex.add(phrase, key);
      if (!phrase.includes(' ') && !modByWord.has(phrase)) modByWord.set(phrase, key);
    }
  }
  return { heads, headIndex, headByWord, modIndex, modByWord, exactRaw };
}

let built: Built | undefined;
function indexes(): Built {
  built ??= build();
  return built;
}

// ---------------------------------------------------------------------------------------------
// Scanning

interface RawHit {
  families: RoleFamily[];
  from: number;
  to: number;
  /** Position of the head noun: of two titles over the same words, the later head wins ("Physician Assistant"). */
  head: number;
}

interface Scan {
  a: Analysed;
  tokens: readonly Token[];
  modEnding: Map<number, { from: number; key: string }[]>;
  modStarting: Map<number, { to: number; key: string }[]>;
  tech: () => boolean;
  /** Token positions where a head noun ends, and where one starts. */
  headEnds: Set<number>;
  headStarts: Set<number>;
}

/** The longest modifier span at a position, with every key its phrase has ("hvac": mechanical, trades). */
interface Mod {
  from: number;
  to: number;
  keys: string[];
}

function gap(a: Analysed, left: number, right: number): string {
  const l = a.tokens[left];
  const r = a.tokens[right];
  if (!l || !r) return '';
  return a.text.slice(l.end, r.start);
}

/** Gap inside a title: spaces, a hyphen, a slash, "&", "+" ("UX/UI", "Front-End", "R&D"). */
function isTitleGap(g: string): boolean {
  if (g.length > 4) return false;
  for (const ch of g) {
    if (ch !== ' ' && ch !== '\t' && ch !== '-' && ch !== '/' && ch !== '&' && ch !== '+' && ch !== '‑') return false;
  }
  return true;
}

/** Gap that opens a trailing qualifier of an English title: "Engineer, Frontend", "Engineer (Backend)", "RN – ICU". */
function isQualifierGap(g: string): boolean {
  if (g.length > 5 || g.includes('\n')) return false;
  let mark = false;
  for (const ch of g) {
    if (ch === ',' || ch === '(' || ch === '–' || ch === '—' || ch === '-' || ch === '[') mark = true;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return mark;
}

function target(t: Target, tech: () => boolean): RoleFamily | null {
  if (t === null || typeof t === 'string') return t;
  return tech() ? t[0] : t[1];
}

function resolve(head: Head, keys: ReadonlySet<string>, tech: () => boolean): RoleFamily[] | null {
  const out: RoleFamily[] = [];
  let first = true;
  for (const [key, t] of head.rules) {
    if (!keys.has(key)) continue;
    const family = target(t, tech);
    if (first && family === null) return null;
    first = false;
    if (family && !out.includes(family)) out.push(family);
  }
  if (out.length) return out;
  const bare = target(head.bare, tech);
  return bare ? [bare] : null;
}

function longestEnding(s: Scan, j: number): Mod | undefined {
  const list = s.modEnding.get(j);
  if (!list) return undefined;
  let from = j;
  for (const m of list) if (m.from < from) from = m.from;
  return { from, to: j + 1, keys: list.filter((m) => m.from === from).map((m) => m.key) };
}

function longestStarting(s: Scan, j: number): Mod | undefined {
  const list = s.modStarting.get(j);
  if (!list) return undefined;
  let to = j + 1;
  for (const m of list) if (m.to > to) to = m.to;
  return { from: j, to, keys: list.filter((m) => m.to === to).map((m) => m.key) };
}

function addKeys(keys: Set<string>, mod: Mod): void {
  for (const k of mod.keys) keys.add(k);
}

function isNumeral(t: Token): boolean {
  const r = t.raw;
  return /^(I|II|III|IV|V|VI)$/.test(r) || /^[1-6]$/.test(r) || /^L[1-8]$/.test(r);
}

/** Scans modifiers to the left of the head: "Senior Java" + "Developer". */
function scanLeft(s: Scan, headFrom: number, keys: Set<string>): number {
  let start = headFrom;
  let j = headFrom - 1;
  let steps = 0;
  while (j >= 0 && steps < 8) {
    steps += 1;
    const g = gap(s.a, j, j + 1);
    const t = s.tokens[j]!;
    const abbrev = (t.text === 'sr' || t.text === 'jr' || t.text === 'snr') && (g === '. ' || g === '.');
    if (!isTitleGap(g) && !abbrev) break;
    const mod = longestEnding(s, j);
    if (mod) {
      addKeys(keys, mod);
      if (mod.keys.includes('hiring')) break;
      start = mod.from;
      j = mod.from - 1;
      continue;
    }
    if (EXTENDERS.has(t.text)) {
      start = j;
      j -= 1;
      continue;
    }
    if (CONJ.has(t.text) && j - 1 >= 0 && s.modEnding.has(j - 1) && !s.headEnds.has(j - 1)) {
      j -= 1;
      continue;
    }
    break;
  }
  return start;
}

/** Skips a gender marker right after a head ("(m/w/d)", "/a", "(H/F)"); returns the next index. */
function skipGender(s: Scan, i: number): number {
  let j = i;
  let skipped = 0;
  while (j < s.tokens.length && skipped < 4) {
    const g = gap(s.a, j - 1, j);
    if (!GENDER.has(s.tokens[j]!.text)) break;
    if (!/[(/*:·|]/.test(g) && !(skipped > 0 && /^[/\s]*$/.test(g))) break;
    if (g.includes('\n')) break;
    j += 1;
    skipped += 1;
  }
  return j;
}

/** Does a modifier say anything to this head? ("Developer, Berlin" and "Developer, ICU" do not.) */
function relevant(head: Head, mod: Mod): boolean {
  return head.rules.some(([key]) => mod.keys.includes(key));
}

/**
 * Scans modifiers to the right of the head: "desarrollador" + "de software", or for an English or
 * German head a trailing qualifier after a comma, bracket or dash ("Engineer, Frontend",
 * "Engineer (Backend)", "RN – ICU"). Never runs into the next title. Returns the new end.
 */
function scanRight(s: Scan, headTo: number, head: Head, keys: Set<string>): number {
  const english = head.side === 'left';
  let end = headTo;
  let j = skipGender(s, headTo);
  const n = s.tokens.length;
  let steps = 0;
  let first = true;
  let qualifier = false;
  const skippedGender = j > headTo;
  while (j < n && steps < 8) {
    steps += 1;
    let g = gap(s.a, j - 1, j);
    // After "Infirmier(ère)" the closing bracket belongs to the gender marker.
    if (first && skippedGender) g = g.replace(/[)\]]/g, '');
    const t = s.tokens[j]!;
    if (g.includes('\n')) break;
    if (first) {
      first = false;
      if (english) {
        if (isNumeral(t) && /^[ \t]+$/.test(g)) {
          end = j + 1;
          j += 1;
          first = true;
          continue;
        }
        if (head.of && OF_WORDS.has(t.text) && /^[ \t]+$/.test(g)) {
          const mod = longestStarting(s, j + 1);
          if (!mod || mod.keys.includes('hiring')) break;
          addKeys(keys, mod);
          end = mod.to;
          j = mod.to;
          continue;
        }
        if (/^[ \t]+$/.test(g)) {
          // "VP Engineering", "Director Product Design"; "Head" needs its "of".
          const mod = head.of && s.tokens[headTo - 1]!.text !== 'head' ? longestStarting(s, j) : undefined;
          if (!mod || s.headStarts.has(j)) break;
          addKeys(keys, mod);
          end = mod.to;
          j = mod.to;
          continue;
        }
        if (!isQualifierGap(g)) break;
        qualifier = true;
      } else if (!isTitleGap(g) && !(isQualifierGap(g) && !g.includes('-'))) break;
    } else if (!isTitleGap(g) && !(qualifier && g.trim() === ',' && /\(/.test(s.a.text.slice(s.tokens[headTo - 1]!.end, t.start)))) {
      break;
    }
    if (s.headStarts.has(j) && (english || !s.modStarting.has(j))) break;
    const mod = longestStarting(s, j);
    if (mod) {
      if (mod.keys.includes('hiring')) break;
      if (qualifier && !relevant(head, mod)) break;
      addKeys(keys, mod);
      end = mod.to;
      j = mod.to;
      continue;
    }
    if (isNumeral(t) && /^[ \t]+$/.test(g)) {
      end = j + 1;
      j += 1;
      continue;
    }
    if (!english && EXTENDERS.has(t.text)) {
      end = j + 1;
      j += 1;
      continue;
    }
    if (CONNECTORS.has(t.text) && j + 1 < n && isTitleGap(gap(s.a, j, j + 1)) && s.modStarting.has(j + 1) && !s.headStarts.has(j + 1)) {
      j += 1;
      continue;
    }
    break;
  }
  return end;
}

// The last letters of every compound suffix: most long words end otherwise and skip the suffix loop.
const SUFFIX_TAIL = Math.min(3, ...GERMAN_SUFFIXES.map(([suffix]) => suffix.length));
const SUFFIX_TAILS = new Set(GERMAN_SUFFIXES.map(([suffix]) => suffix.slice(-SUFFIX_TAIL)));

function compoundHead(s: Scan, token: Token, b: Built): { head: number; key: string | undefined } | undefined {
  const w = token.text;
  if (w.length < 8 || !SUFFIX_TAILS.has(w.slice(-SUFFIX_TAIL))) return undefined;
  for (const [suffix, headWord] of GERMAN_SUFFIXES) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 2) continue;
    const head = b.headByWord.get(headWord);
    if (head === undefined) continue;
    const prefix = w.slice(0, w.length - suffix.length);
    let key = b.modByWord.get(prefix);
    if (!key && prefix.endsWith('s')) key = b.modByWord.get(prefix.slice(0, -1));
    if (!key && prefix.endsWith('n')) key = b.modByWord.get(prefix.slice(0, -1));
    if (!key && prefix.endsWith('e')) key = b.modByWord.get(prefix.slice(0, -1));
    if (!key) {
      // "Kinderkranken-", "Gesundheits-": try the last known modifier inside the prefix.
      for (let cut = 1; cut < prefix.length - 2 && !key; cut += 1) key = b.modByWord.get(prefix.slice(cut));
    }
    return { head, key };
  }
  return undefined;
}

// French titles that are English words without their accent: "chargé de recrutement" vs "in charge of".
const NEEDS_ACCENT = new Set(['charge', 'chargee', 'charges', 'chargees', 'attache', 'attachee']);

function isCapitalised(raw: string): boolean {
  const c = raw[0];
  return c !== undefined && c !== c.toLowerCase();
}

function isExactHead(b: Built, k: number, tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  if (NEEDS_ACCENT.has(first.text) && !/[éÉ]/.test(first.raw)) return false;
  const raws = b.exactRaw.get(k);
  if (!raws) return true;
  const raw = tokens.slice(from, to).map((t) => t.raw).join(' ');
  return raws.has(raw);
}

// Words that may follow a title noun; another lower-case word after a bare "engineer" makes it a verb.
const NOUN_FOLLOWERS = new Set(
  `with who whom whose that which to at in for on and or of from by as is are was were will would can could should
  has have had who's to join joining like based level role position opening job jobs team teams roles positions`.split(/\s+/).filter(Boolean),
);

function isVerbUse(s: Scan, i: number): boolean {
  const t = s.tokens[i]!;
  if (t.raw !== t.text) return false;
  const next = s.tokens[i + 1];
  if (!next) return false;
  if (!/^[ \t]+$/.test(gap(s.a, i, i + 1))) return false;
  if (next.raw !== next.text || NOUN_FOLLOWERS.has(next.text)) return false;
  return /^\p{L}+$/u.test(next.text);
}

function scanAll(a: Analysed, forceTech?: boolean): RawHit[] {
  const b = indexes();
  const tokens = a.tokens;
  if (!tokens.length) return [];
  const modEnding = new Map<number, { from: number; key: string }[]>();
  const modStarting = new Map<number, { to: number; key: string }[]>();
  for (const m of b.modIndex.findAll(tokens)) {
    if (m.to - m.from === 1 && CASED_MODIFIERS.has(tokens[m.from]!.text) && !isCapitalised(tokens[m.from]!.raw)) continue;
    const e = modEnding.get(m.to - 1) ?? [];
    e.push({ from: m.from, key: m.value });
    modEnding.set(m.to - 1, e);
    const st = modStarting.get(m.from) ?? [];
    st.push({ to: m.to, key: m.value });
    modStarting.set(m.from, st);
  }
  let techCache: boolean | undefined = forceTech;
  const tech = (): boolean => {
    if (techCache === undefined) {
      techCache =
        tokens.some((t) => TECH_CUES.has(t.text)) || findKnownSkills(a).some((h) => skillDomain(h.id) === 'tech');
    }
    return techCache;
  };
  const headHits = b.headIndex.findAll(tokens).filter((h) => isExactHead(b, h.value, tokens, h.from, h.to));
  const headEnds = new Set(headHits.map((h) => h.to - 1));
  const headStarts = new Set(headHits.map((h) => h.from));
  const s: Scan = { a, tokens, modEnding, modStarting, tech, headEnds, headStarts };
  const raw: RawHit[] = [];
  const covered = new Set<number>();
  for (const h of headHits) {
    for (let i = h.from; i < h.to; i += 1) covered.add(i);
    const head = b.heads[h.value]!;
    const keys = new Set<string>();
    let from = h.from;
    if (head.side !== 'right') from = scanLeft(s, h.from, keys);
    else from = scanLeft(s, h.from, new Set());
    const leftKeys = new Set(keys);
    const to = scanRight(s, h.to, head, keys);
    if (head.verb && !keys.size && from === h.from && to === h.to && isVerbUse(s, h.from)) continue;
    let families = resolve(head, keys, tech);
    // "Business Analyst (Banking)": a trailing qualifier from another field names the industry, not
    // the role; it only specialises a general title ("Software Engineer, Machine Learning").
    if (families && head.side === 'left' && leftKeys.size && leftKeys.size < keys.size) {
      const left = resolve(head, leftKeys, tech);
      if (left && !left[0]!.endsWith('.general') && topLevel(left[0]!) !== topLevel(families[0]!)) families = left;
    }
    if (families) raw.push({ families, from, to, head: h.from });
  }
  // German compounds that are not themselves listed heads.
  for (let i = 0; i < tokens.length; i += 1) {
    if (covered.has(i)) continue;
    const c = compoundHead(s, tokens[i]!, b);
    if (!c) continue;
    const head = b.heads[c.head]!;
    const keys = new Set<string>();
    if (c.key) keys.add(c.key);
    const from = scanLeft(s, i, keys);
    const to = scanRight(s, i + 1, head, keys);
    const families = resolve(head, keys, tech);
    if (families) raw.push({ families, from, to, head: i });
  }
  // A title inside a longer one ("Nurse" in "Nurse Recruiter") is part of it.
  // Sorted by start, longest first: a hit is inside an earlier one exactly when it ends no later
  // than the furthest end seen so far.
  raw.sort((x, y) => x.from - y.from || y.to - x.to || y.head - x.head);
  const kept: RawHit[] = [];
  let furthest = -1;
  for (const hit of raw) {
    if (hit.to <= furthest) continue;
    kept.push(hit);
    furthest = hit.to;
  }
  return kept;
}

/** Job titles mentioned in a message, each with its family and its span (the caller tells a signature apart). */
export function findRoleMentions(a: Analysed): RoleHit[] {
  return scanAll(a).map((h) => ({ family: h.families[0]!, title: spanText(a, h.from, h.to), from: h.from, to: h.to }));
}

function topLevel(family: RoleFamily): string {
  const dot = family.indexOf('.');
  return dot < 0 ? family : family.slice(0, dot);
}

/** Role families of one of the candidate's own titles ("Senior Frontend Engineer" → ['software.frontend']). */
export function familiesOfTitle(title: string): RoleFamily[] {
  if (typeof title !== 'string') return [];
  const a = analyse(title.slice(0, 300));
  const hits = scanAll(a, false);
  const out: RoleFamily[] = [];
  // A hit's further families count only inside its own group ("UX/UI Designer": ux and ui).
  for (const h of hits) {
    const primary = h.families[0]!;
    for (const f of h.families) if (!out.includes(f) && topLevel(f) === topLevel(primary)) out.push(f);
  }
  if (!out.length) {
    // No head noun: a title such as "UX" or "Frontend" still names a field.
    const b = indexes();
    const keys = new Set(b.modIndex.findAll(a.tokens).map((m) => m.value));
    const families = resolve({ rules: GENERIC, bare: null, side: 'left' }, keys, () => false);
    if (families) out.push(...families.slice(0, 1));
  }
  // "Software Engineer (Frontend)": the specific family replaces the general one of its group.
  return out.filter(
    (f) => !(f.endsWith('.general') && out.some((g) => g !== f && topLevel(g) === topLevel(f) && !g.endsWith('.general'))),
  );
}

// Neighbours across groups (same top-level group is related anyway).
const NEIGHBOURS: readonly (readonly [RoleFamily, RoleFamily])[] = [
  ['software.backend', 'data.engineering'],
  ['software.devops', 'data.engineering'],
  ['software.backend', 'data.ml'],
  ['data.analytics', 'business.analysis'],
  ['data.analytics', 'marketing'],
  ['engineering.civil', 'design.architecture'],
  ['engineering.mechanical', 'design.industrial'],
  ['consulting.erp', 'finance.accounting'],
  ['consulting.it', 'software.general'],
  ['software.architect', 'software.general'],
  ['sales.presales', 'software.general'],
  ['sales.presales', 'sales.account'],
  ['nursing.np', 'medicine.physician'],
  ['nursing.aide', 'health.allied'],
  ['nursing.rn', 'health.allied'],
  ['finance.advisory', 'sales.account'],
  ['product.management', 'project.management'],
  ['product.management', 'design.product'],
  ['support.it', 'software.devops'],
  ['support.technical', 'software.general'],
  ['education.instructional', 'design.ux'],
  ['marketing', 'design.graphic'],
  ['operations.logistics', 'operations'],
  ['retail', 'sales.account'],
];

/**
 * How two families relate: 'same' id; 'related' for the same top-level group (software.*, design.*,
 * data.*…) or a listed neighbour across groups (software.backend ~ data.engineering); else 'different'.
 */
export function relation(a: RoleFamily, b: RoleFamily): 'same' | 'related' | 'different' {
  if (typeof a !== 'string' || typeof b !== 'string' || !a || !b) return 'different';
  if (a === b) return 'same';
  if (topLevel(a) === topLevel(b)) return 'related';
  for (const [x, y] of NEIGHBOURS) if ((x === a && y === b) || (x === b && y === a)) return 'related';
  return 'different';
}
